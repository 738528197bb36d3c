"""Quotes in curly single marks (‘…’), told apart from apostrophes.

’ is also the apostrophe ("don’t", "the workers’ union", "rock ’n’ roll"), and ‘ is often
typed for an elision ("the ‘90s"), so a mark counts only where a quote can open or close:
‘ starts a word and is no elision; ’ ends a word that did not itself start with an apostrophe.
A plural possessive ("the workers’ pay") closes the quote only when no later mark can.
"""

from __future__ import annotations

import re

OPEN, CLOSE = "‘", "’"
# Elisions typed with an opening mark, which open no quote.
_ELISION = re.compile(r"‘(?:\d0s|em|til|cause|cos|tis|twas|n’)(?![\w’])")
_NOUN_AFTER = re.compile(r" [^\W\d_]")


def opens(text: str, position: int) -> bool:
    """Whether the ‘ at `position` opens a quote: it starts a word that is no elision."""
    if text[position] != OPEN or text[position + 1 : position + 2].strip() == "":
        return False
    if position > 0 and text[position - 1].isalnum():
        return False
    return _ELISION.match(text, position) is None


def closing(text: str, opened: int, end: int) -> int | None:
    """Where the ’ closing a quote whose words start at `opened` is, before `end`, if any."""
    stop = next((i for i in range(opened, end) if opens(text, i)), end)
    marks = [i for i in range(opened + 1, stop) if _closes(text, i, opened)]
    for n, mark in enumerate(marks):
        if not _possessive(text, mark) or all(_possessive(text, m) for m in marks[n + 1 :]):
            return mark
    return None


def runs_on(text: str, opened: int) -> bool:
    """Whether a quote left open may run to its paragraph's end: it starts a sentence.

    Otherwise a stray ‘ ("the ‘burbs") would swallow the rest of the paragraph."""
    return text[opened : opened + 1].isupper()


def _closes(text: str, position: int, opened: int) -> bool:
    if text[position] != CLOSE or text[position - 1].isspace():
        return False
    if text[position + 1 : position + 2].isalnum():
        return False  # "don’t", "’90s"
    return not text[opened:position].split()[-1].startswith(CLOSE)  # the second of "’n’"


def _possessive(text: str, position: int) -> bool:
    """’ after a plural ("the workers’ pay", "the 1990s’ boom"), before the noun it owns."""
    return text[position - 1] in "sS" and _NOUN_AFTER.match(text, position + 1) is not None
