"""The day a reported statement was made, as the reference time of what it says.

"The minister said on Monday that the curfew will be lifted in three days": "in three days"
counts from that Monday, not from the publication date. A statement is dated when a day
expression sits right after its reporting verb ("said on Monday", "told reporters Monday") or
opens the clause whose first verb is one ("On Monday, the minister said", "The minister on
Monday announced"). What follows the verb, to the end of the sentence, is its content.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.analyze.dates.words import SPEECH, verbs

# Verbs that report a statement or a decision whose content can hold its own time
# expressions; inflected forms are listed as written.
REPORTING = SPEECH | frozenset(
    """announced announces warned warns promised promises pledged pledges vowed vows confirmed
    confirms declared declares predicted predicts claimed claims reported reports agreed agrees
    decided decides ruled rules ordered orders""".split()
)
_WORD = re.compile(r"[\w'’.-]+")
_BREAK = re.compile(r"[,;:()\"“”]|\s[-–—]\s")
# Words that may stand between a reporting verb and its day: "told reporters on Monday",
# "said in a televised address on Monday"; a subject between a day and its verb likewise.
_MAX_BETWEEN = 5
_OBJECT_VERBS = frozenset("told tells tell".split())
_PLACE_PREPOSITIONS = frozenset("in at to during after before".split())


@dataclass(frozen=True)
class Anchor:
    """A statement dated to `day`; its content is text[content_start:content_end]."""

    day: dt.date
    content_start: int
    content_end: int


def speech_anchors(text: str, days: Sequence[tuple[int, int, dt.date]]) -> list[Anchor]:
    """The dated statements of a sentence, given its day expressions as (start, end, day)."""
    anchors = []
    for start, end, day in days:
        verb_end = _dated_verb(text, start, end)
        if verb_end is not None:
            anchors.append(Anchor(day, verb_end, len(text)))
    return anchors


def _dated_verb(text: str, start: int, end: int) -> int | None:
    """Where the reporting verb the day expression at text[start:end] dates ends, or None."""
    before = _phrase_words(text, _phrase_start(text, start), start)
    if before and before[-1].group().lower() == "on":
        before.pop()
    for index in range(len(before) - 1, max(-1, len(before) - 2 - _MAX_BETWEEN), -1):
        word = before[index].group().lower()
        if word in REPORTING:
            between = [w.group().lower() for w in before[index + 1 :]]
            fits = not between or word in _OBJECT_VERBS or between[0] in _PLACE_PREPOSITIONS
            return end if fits else None
    # A day opening its clause ("On Monday, the minister said") dates the clause's first verb.
    if verbs(text, _phrase_start(text, start), start):
        return None
    stop = _BREAK.search(text, text.find(",", end, end + 2) + 1 or end)
    found = verbs(text, end, stop.start() if stop else len(text))
    if not found or len(_phrase_words(text, end, found[0][0])) > _MAX_BETWEEN:
        return None
    verb_start, verb_end = found[0]
    return verb_end if text[verb_start:verb_end].lower() in REPORTING else None


def _phrase_start(text: str, position: int) -> int:
    breaks = [m.end() for m in _BREAK.finditer(text, 0, position)]
    return breaks[-1] if breaks else 0


def _phrase_words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))
