"""When the story's incident happened, as a time of day, and reports that disagree.

"Jackson failed sobriety tests shortly after 2 a.m." against "he was pulled over just after
2:30 a.m.": one stop, two times that cannot both hold. Each report's incident time is the
first time of day its sentences give as a point ("at", "about", "shortly after", bare; not
"by 6 a.m.", "until 9 p.m." or "from 10 p.m. to 6 a.m."), as news reports lead with the
incident. Headlines and datelines ("Posted 2/3/2009 11:11 PM") are no sentences of the report
and are skipped, and so are sentences about what is to come ("is scheduled to appear in court
at 1:45 p.m.").

A time is the interval its wording allows: two minutes either way for an exact time, ten
after "about", a quarter of an hour after "shortly after", the whole hour for a bare hour
("2 a.m."), a quarter of an hour either way for a bare hour after "about". Two independent
reports' incident times conflict when their intervals do not meet, both are told in one clock
(local or a named zone: "07:37 GMT" and "7:37 a.m. local time" may be one moment), and they
lie within `MAX_GAP_MINUTES` of each other: further apart, the reports lead with different
incidents (two quakes of one series, an arrest and a release).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from newsfuse.align.copies import CopyGroups
from newsfuse.align.variants import variant_of
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication, Variant

MAX_GAP_MINUTES = 120
MIN_WORDS = 6  # a sentence shorter than this, or unpunctuated, is a heading or dateline
_EXACT, _ABOUT, _AFTER, _HOUR, _ABOUT_HOUR = 2, 10, 15, 59, 15
_TIME = re.compile(
    r"(?P<hedge>\b(?:at\s+)?(?:about|around|approximately|roughly|shortly\s+after|just\s+after"
    r"|just\s+past|soon\s+after|a\s+little\s+after|by|until|till|before|since|after|from)\s+)?"
    r"\b(?P<hour>\d{1,2})(?:\s?[:.]\s?(?P<minute>\d{2}))?\s?"
    r"(?P<half>[ap])\.?\s?m\b\.?"
    r"(?P<zone>\s+(?:local\s+time|(?-i:[A-Z]{2,4})\b))?",
    re.IGNORECASE,
)
_ZONED = re.compile(r"\b(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s+(?P<zone>GMT|UTC)\b")
_NOT_A_POINT = frozenset({"by", "until", "till", "before", "since", "after", "from"})
# "from 10 p.m. to 6 a.m.", "10 p.m. - 6 a.m.": a period, neither end a point in time.
_RANGE_END = re.compile(r"\s*(?:to|until|till|-|–)\s*\d")
_RANGE_START = re.compile(r"(?:\bto|\buntil|\btill|-|–)\s*$")
_AHEAD = re.compile(r"\b(?:will|scheduled|expected|due|set to|plans? to)\b", re.IGNORECASE)
_PUNCTUATED = re.compile(r"[.!?\"'”’)]\s*$")


@dataclass(frozen=True)
class TimeOfDay:
    """A time of day a sentence gives as a point: [low, high] in minutes after midnight."""

    low: int
    high: int
    zone: str  # "" for local time
    text: str
    start: int  # offset in the sentence


@dataclass(frozen=True)
class _Stated:
    time: TimeOfDay
    sentence: Sentence
    doc: CleanDoc


def times_in(sentence: Sentence) -> list[TimeOfDay]:
    """Every time of day `sentence` gives as a point, in order."""
    text = sentence.text
    found = []
    for match in _TIME.finditer(text):
        hedge = " ".join((match.group("hedge") or "").lower().split())
        hedge = hedge.removeprefix("at ").strip()
        if hedge in _NOT_A_POINT or _RANGE_END.match(text, match.end()):
            continue
        if _RANGE_START.search(text, 0, match.start()):
            continue
        hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower() == "p" else 0)
        if int(match.group("hour")) > 12:
            continue
        minute = match.group("minute")
        zone = (match.group("zone") or "").strip().upper()
        found.append(
            _time(hour, minute, hedge, "" if zone == "LOCAL TIME" else zone, match, sentence)
        )
    for match in _ZONED.finditer(text):
        found.append(
            _time(
                int(match.group("hour")),
                match.group("minute"),
                "",
                match.group("zone").upper(),
                match,
                sentence,
            )
        )
    return sorted(found, key=lambda t: t.start)


def _time(
    hour: int, minute: str | None, hedge: str, zone: str, match: re.Match[str], sentence: Sentence
) -> TimeOfDay:
    at = hour * 60 + int(minute or 0)
    if hedge.endswith(("after", "past")):
        low, high = at, at + _AFTER
    elif minute is None:
        low, high = (at - _ABOUT_HOUR, at + _ABOUT_HOUR) if hedge else (at, at + _HOUR)
    elif hedge:
        low, high = at - _ABOUT, at + _ABOUT
    else:
        low, high = at - _EXACT, at + _EXACT
    start, end = match.start(), match.end()
    while end > start and sentence.text[end - 1].isspace():
        end -= 1
    return TimeOfDay(low, high, zone, sentence.text[start:end], start)


def time_conflicts(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
) -> list[Conflict]:
    """One conflict when independent reports lead with incident times that cannot meet."""
    groups = CopyGroups(syndication)
    leads: list[_Stated] = []
    for doc in docs:
        for sentence in sentences.get(doc.id, ()):
            if len(sentence.text.split()) < MIN_WORDS or not _PUNCTUATED.search(sentence.text):
                continue
            if _AHEAD.search(sentence.text):
                continue  # "is scheduled to appear in court at 1:45 p.m.": not the incident
            times = times_in(sentence)
            if times:
                leads.append(_Stated(times[0], sentence, doc))
                break
    by_value: dict[tuple[int, int, str], list[_Stated]] = {}
    for lead in leads:
        by_value.setdefault((lead.time.low, lead.time.high, lead.time.zone), []).append(lead)
    values = list(by_value.values())
    clashing: set[int] = set()
    for (i, left), (j, right) in combinations(enumerate(values), 2):
        a, b = left[0].time, right[0].time
        if a.zone != b.zone or (a.low <= b.high and b.low <= a.high):
            continue
        if abs((a.low + a.high) - (b.low + b.high)) / 2 > MAX_GAP_MINUTES:
            continue
        if any(groups.of(x.doc.id) != groups.of(y.doc.id) for x in left for y in right):
            clashing |= {i, j}
    if not clashing:
        return []
    return [Conflict("time of day", tuple(_variant(values[i]) for i in sorted(clashing)))]


def _variant(stated: list[_Stated]) -> Variant:
    return variant_of(stated[0].time.text, stated)
