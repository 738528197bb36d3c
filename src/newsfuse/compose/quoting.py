"""How much of a sentence is direct quotation, following quotes across the sentences of a
paragraph.

A quotation of several sentences opens in one sentence and closes in a later one:

    “Most patients have breathing problems from the smoke.
    None of them is in a critical condition,” said Dr Quist.

The second sentence starts inside the quotation, so its first words are quoted although no
mark opens them. `open_at(text, position)` follows the marks from the start of the paragraph
(the line) to `position`; `quoted_share(text, inside)` then counts the words inside quotes.
Curly and guillemet marks say which way they go; a straight double quote opens after a space,
a bracket or a dash and at the start, and closes elsewhere.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

_OPENING = "“«"
_CLOSING = "”»"
_OPENS_AFTER = "([—–-"
_WORD = re.compile(r"\w[\w'’-]*")
_BREAKS = "\n\r\u2028\u2029"
_MARKS = _OPENING + _CLOSING + '"'
_MARK_OR_BREAK = re.compile(f"[{_MARKS}{_BREAKS}]")
_CLOSERS = _CLOSING + '"'
_OPENER = re.compile(r'[“«"]')
_MAX_ATTRIBUTION_WORDS = 15
_CLAUSE_OPENERS = frozenset(
    "who whom whose which that where when while because after before since as if".split()
)
_SAYING = frozenset(
    """said says say told tells added adds asked asks explained explains insisted insists
    warned warns recalled recalls wrote writes continued continues according replied replies
    shouted exclaimed noted notes""".split()
)
_ENDS_QUOTE = re.compile(r'[.!?…]\s*"\s*$')
_FIRST_MARK = re.compile(r'[“«”»]|[.,!?;:…](")|"')


def _states(text: str, inside: bool) -> Iterator[tuple[int, bool]]:
    """(offset, inside quotes) for every character of `text` that is not a quotation mark."""
    for position, char in enumerate(text):
        if char in _MARKS:
            inside = _after_mark(char, text[position - 1] if position else " ", inside)
        else:
            yield position, inside


def _after_mark(mark: str, before: str, inside: bool) -> bool:
    """Whether a quotation is open after quotation mark `mark`, preceded by `before`."""
    if mark in _OPENING:
        return True
    if mark in _CLOSING:
        return False
    return not inside and (before.isspace() or before in _OPENS_AFTER)


def _starts_inside(text: str) -> bool:
    """Whether the first quotation mark of `text` closes one: a curly closing mark, a
    straight one right after punctuation ('reached it," she said'), or a lone straight mark
    that ends the sentence after its stop, spaced or not ('so fantastic. "')."""
    mark = _FIRST_MARK.search(text)
    if mark is not None and mark.group(1) is None and mark.group() == '"' and text.count('"') == 1:
        return _ENDS_QUOTE.search(text) is not None
    return mark is not None and (mark.group() in _CLOSING or mark.group(1) is not None)


def open_at(text: str, position: int) -> bool:
    """Whether a quotation opened earlier in the paragraph is still open at `position`."""
    offsets, states = _marks(text)
    last = bisect.bisect_left(offsets, position) - 1
    return last >= 0 and states[last]


# Callers ask about every sentence of one text in turn: reading the text's marks once keeps
# that linear in a long one-line text, where following marks from the line start is quadratic.
@functools.lru_cache(maxsize=4)
def _marks(text: str) -> tuple[list[int], list[bool]]:
    """Offsets of the quotation marks and line breaks of `text`, and whether a quotation is
    open just after each (a line break closes every quotation)."""
    offsets, states = [], []
    inside = False
    for match in _MARK_OR_BREAK.finditer(text):
        position, char = match.start(), match.group()
        before = text[position - 1] if position else " "
        inside = char not in _BREAKS and _after_mark(char, before, inside)
        offsets.append(position)
        states.append(inside)
    return offsets, states


def open_after(text: str, inside: bool = False) -> bool:
    """Whether a quotation is open at the end of `text`; `inside`: open at its start."""
    # The space stands for the end itself, so its state is the one after the last mark.
    *_, (_, inside) = _states(text + " ", inside)
    return inside


def outside_quotes(text: str, inside: bool = False) -> str:
    """`text` with every quoted character blanked (offsets kept), for comparisons in which a
    shared quotation must not make two reports' sentences look alike."""
    flags = dict(_states(text, inside or _starts_inside(text)))
    return "".join(c if flags.get(n) is False else " " for n, c in enumerate(text))


def quoted_share(text: str, inside: bool = False) -> float:
    """The share of the words of `text` that lie inside quotation marks, not counting the
    attribution set off from a quote ('“...,” said Dr Quist, a surgeon.'). `inside` says whether
    a quotation is already open where `text` starts (also taken to be so when the first mark
    of `text` closes a quotation)."""
    flags = dict(_states(text, inside or _starts_inside(text)))
    words = [(m, flags.get(m.start(), False)) for m in _WORD.finditer(text)]
    quoted = sum(flag for _, flag in words)
    said = sum(len(run) for run in _outside_runs(words) if _attribution(text, run))
    counted = len(words) - said
    return quoted / counted if counted else 0.0


def _outside_runs(words: list[tuple[re.Match[str], bool]]) -> list[list[re.Match[str]]]:
    """The runs of consecutive words outside quotation marks."""
    runs: list[list[re.Match[str]]] = []
    for previous, (word, flag) in zip([True, *(f for _, f in words)], words, strict=False):
        if not flag:
            if previous:
                runs.append([])
            runs[-1].append(word)
    return runs


def _attribution(text: str, run: list[re.Match[str]]) -> bool:
    """Whether a run of words outside quotes only says who speaks: short, with a verb of
    saying and no clause of its own ("who has run the bakery since 2009" is content), and set
    off from a quote by punctuation (a comma or stop closing the quote before it, or a comma or
    colon before the quote it opens)."""
    before = text[: run[0].start()].rstrip()
    after = text[run[-1].end() :].lstrip()
    # Scraped and tokenised copy may space the mark off: 'shocked, ” said her nephew'.
    follows = before[-1:] in _CLOSERS and before[:-1].rstrip()[-1:] in tuple(",.!?…")
    precedes = after[:1] in ",:" and _OPENER.match(after[1:].lstrip()) is not None
    lowered = {m.group().lower() for m in run}
    return (
        (follows or precedes)
        and len(run) <= _MAX_ATTRIBUTION_WORDS
        and bool(lowered & _SAYING)
        and not lowered & _CLAUSE_OPENERS
    )
