"""Indirect speech with a clear speaker: "The minister said (that) it was the regulator's
decision", "Officers found nothing, police said". Only sentences without quotation marks whose
speaker resolves to a named person or organisation count, to keep these few and precise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsfuse.analyze.quotes.merge import FoundQuote
from newsfuse.analyze.quotes.resolve import SpeakerResolver
from newsfuse.model import CleanDoc, Sentence, Span

_VERBS = r"(?:said|says)"
# Verbs other than "said" take too many non-speech objects ("warned the port authority")
# unless "that" follows.
_THAT_VERBS = r"(?:(?:added|warned|insisted|stressed|noted|explained|claimed|confirmed)\s+that)"
_TOLD = r"(?:told\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+that)"
_WHO = r"(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)"
_LEADING = re.compile(
    rf"^{_WHO}\s+(?:{_VERBS}|{_THAT_VERBS}|{_TOLD})\s+(?:that\s+)?(?P<clause>[^\"“”]+?)[.!]?$"
)
_TRAILING = re.compile(rf"^(?P<clause>[^\"“”]+?),\s+{_WHO}\s+{_VERBS}\.?$")
_MIN_WORDS = 4
# What the attribution may put between the verb and its "that": a time ("Tuesday", "on
# Monday", "late last week") or a manner ("in a statement", "at a news conference"), which
# opens with a preposition, a time word or a weekday/month name.
_ADVERBIAL_THAT = re.compile(
    r"^(?:(?:in|on|at|during|after|before|via|through|to|by|late|early|earlier|later|last|"
    r"this|today|yesterday|tonight|overnight|again|also|repeatedly|publicly|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b[^.;:!?]{0,60}?,?\s+)that\s+",
)
_QUOTE_MARKS = frozenset('"“”«»‘')  # not ’, which is also the apostrophe


def indirect_speech(
    doc: CleanDoc,
    report: Sequence[Sentence],
    resolver: SpeakerResolver,
    roles: Mapping[str, str],
) -> list[FoundQuote]:
    """Reported clauses of `doc` whose speaker is clear, as quotes without marks."""
    found: list[FoundQuote] = []
    for sentence in report:
        if _QUOTE_MARKS & set(sentence.text):
            continue
        match = _LEADING.match(sentence.text) or _TRAILING.match(sentence.text)
        if match is None:
            continue
        clause_start = match.start("clause")
        adverbial = _ADVERBIAL_THAT.match(match.group("clause"))
        if adverbial:  # "said Tuesday that ...", "said in a statement that ..."
            clause_start += adverbial.end()
        if len(sentence.text[clause_start : match.end("clause")].split()) < _MIN_WORDS:
            continue
        who = (sentence.start + match.start("who"), sentence.start + match.end("who"))
        speaker = resolver.resolve(*who, roles)
        if speaker:
            start = sentence.start + clause_start
            end = sentence.start + match.end("clause")
            found.append(
                FoundQuote(speaker, doc.text[start:end], (Span(doc.id, start, end),), False)
            )
    return found
