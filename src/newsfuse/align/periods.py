"""Periods a sentence puts an expected event in: "in the first quarter of 2024", "by the end of
this year", "in the second half of next year", "by March 2024".

Quarters, halves and year ends are read here; every other expression comes from the
timeline's `resolve_times`. "by" (or "before", "no later than") turns a period into a deadline:
any day up to its end (up to the day before its start, for "before").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsfuse.analyze.dates import resolve_times
from newsfuse.model import Sentence

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4, "last": 4}  # fmt: skip


def _year_spec(tag: str) -> str:
    """ "this year", "next year", "the year" or "2024", in groups named rel<tag>, year<tag>."""
    return rf"(?:(?P<rel{tag}>this|next|the)\s+year|(?P<year{tag}>(?:19|20)\d\d))"


_PART = re.compile(
    r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+"
    rf"(?P<part>quarter|half)(?:\s+of)?(?:\s+{_year_spec('1')})?"
    rf"|\b(?P<code>[QH])(?P<n>[1-4])(?:\s+of\s+|\s+)?{_year_spec('2')}?\b"
    rf"|\b(?:the\s+)?end\s+of\s+{_year_spec('3')}"
    r"|\b(?P<yearend>year[\s-]end)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(r"\b(?P<word>in|by|before|no\s+later\s+than)\s+(?:the\s+)?$", re.IGNORECASE)
_EARLIEST = dt.date.min


@dataclass(frozen=True)
class Period:
    """The days an expression allows, both ends included, and where it is in the sentence."""

    start: dt.date
    end: dt.date
    text: str
    offset: int  # of the expression in the sentence text, its "by" included

    def meets(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end


def periods_in(sentence: Sentence, published: dt.date | None) -> list[Period]:
    """Every period in `sentence` that resolves to days, in order of appearance."""
    text = sentence.text
    found = [p for m in _PART.finditer(text) if (p := _part(m, published)) is not None]
    for mention in resolve_times(sentence, published):
        start = mention.span.start - sentence.start
        if all(start < p.offset or start >= p.offset + len(p.text) for p in found):
            found.append(Period(mention.start, mention.end, mention.text, start))
    return sorted((_with_deadline(text, p) for p in found), key=lambda p: p.offset)


def _part(match: re.Match[str], published: dt.date | None) -> Period | None:
    """A quarter, a half or a year's end, dated; None when its year cannot be told."""
    year = _year(match, published)
    if year is None:
        return None
    if match["yearend"] or (match["ord"] is None and match["code"] is None):
        first, last = dt.date(year, 12, 1), dt.date(year, 12, 31)
    else:
        quarter = (match["part"] or match["code"] or "").lower() in ("quarter", "q")
        size = 3 if quarter else 6
        index = _ORDINALS[match["ord"].lower()] if match["ord"] else int(match["n"])
        if index * size > 12:
            return None
        first = dt.date(year, (index - 1) * size + 1, 1)
        last = _month_end(year, index * size)
    return Period(first, last, match.group().strip(), match.start())


def _year(match: re.Match[str], published: dt.date | None) -> int | None:
    groups = match.groupdict()
    year = next((groups[f"year{t}"] for t in "123" if groups[f"year{t}"]), None)
    if year is not None:
        return int(year)
    if published is None:
        return None
    rel = next((groups[f"rel{t}"] for t in "123" if groups[f"rel{t}"]), "")
    return published.year + 1 if rel.lower() == "next" else published.year


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _with_deadline(text: str, period: Period) -> Period:
    """ "by the end of this year": any day up to the period's end; "in" is kept for reading."""
    lead = _LEAD.search(text[: period.offset])
    if lead is None:
        return period
    start = lead.start()
    whole = text[start : period.offset + len(period.text)]
    word = lead["word"].lower()
    if word == "in":
        return Period(period.start, period.end, whole, start)
    if word == "before" and "end" not in period.text.lower():
        return Period(_EARLIEST, period.start - dt.timedelta(days=1), whole, start)
    return Period(_EARLIEST, period.end, whole, start)
