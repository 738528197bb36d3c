"""Every time expression of a text with its TIMEX3 value and type.

The same rules and reference times as the timeline's (`mentions`), plus the expressions that
name no day of their own (durations, sets, times of day, vague references). Extents follow
TIMEX3: a leading preposition ("on Monday", "in 2008") is left out, a modifier ("early June",
"nearly five months") kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from newsfuse.analyze.dates.mentions import Outcome, parse_timexes, resolve_candidates
from newsfuse.analyze.dates.rules import Resolved, TimexType
from newsfuse.analyze.dates.timex_rules import SAME_DAY
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc

__all__ = ["TemporalExpression", "temporal_expressions", "timex_value"]


@dataclass(frozen=True)
class TemporalExpression:
    """A time expression at text[start:end] (`text`), with its TIMEX3 `value` ("2022-01-13",
    "2022-W02", "2022-01", "2022-Q3", "P10D", "PRESENT_REF", "2022-01-13T16:08Z") and `type`
    (DATE, TIME, DURATION or SET)."""

    start: int
    end: int
    text: str
    value: str
    type: TimexType


_PREPOSITION = re.compile(
    r"(?i:on|in|at|since|by|until|till|during|from|through|before|after|within|for|of)\s+"
)


def temporal_expressions(text: str, published: dt.date | None) -> list[TemporalExpression]:
    """The time expressions of `text`, in order, resolved against `published`.

    Relative expressions ("Thursday", "last week", "in two days") count from `published`,
    or, inside reported speech dated to a day ("said on Monday that ... in three days"),
    from that day; without `published` they are left out where their value needs it.
    `text` is plain text (one paragraph per line reads best); offsets index into it.
    """
    found: list[TemporalExpression] = []
    last_day = published.isoformat() if published else None
    for sentence in split_sentences(CleanDoc(id="", text=text)):
        candidates = parse_timexes(sentence.text)
        outcomes = resolve_candidates(candidates, published)
        local = [
            _expression(sentence.text, c.start, c.end, o)
            for c, o in zip(candidates, outcomes, strict=True)
            if o is not None
        ]
        for expression in _with_clock_days(sentence.text, local):
            if expression.value == SAME_DAY:
                if last_day is None:
                    continue
                expression = replace(expression, value=last_day)
            elif _DAY.fullmatch(expression.value):
                last_day = expression.value
            start, end = sentence.start + expression.start, sentence.start + expression.end
            found.append(replace(expression, start=start, end=end))
    return found


def timex_value(resolved: Resolved) -> str:
    """The TIMEX3 value of a calendar reading: a day, an ISO week, a month, a year, a decade."""
    if resolved.value is not None:
        return resolved.value
    start = resolved.start
    if resolved.granularity == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if resolved.granularity == "month":
        return start.strftime("%Y-%m")
    if resolved.granularity == "year":
        return f"{start.year:04d}"
    if resolved.granularity == "decade":
        return f"{start.year:04d}"[:3]
    return start.isoformat()


def _expression(text: str, start: int, end: int, outcome: Outcome) -> TemporalExpression:
    assert outcome is not None
    lead = _PREPOSITION.match(text, start, end)
    if lead is not None and lead.end() < end:
        start = lead.end()
    if isinstance(outcome, Resolved):
        value, kind = timex_value(outcome), outcome.type
    else:
        value, kind = outcome.value, outcome.type
    return TemporalExpression(start, end, text[start:end], value, kind)


def _with_clock_days(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """A clock time written beside a day ("12:00 UTC Monday", "Friday at 6 p.m.") is one
    TIME on that day; one elsewhere in a sentence that names a day is on that day."""
    days = [e for e in expressions if e.type == "DATE" and _DAY.fullmatch(e.value)]
    merged: list[TemporalExpression] = []
    for expression in expressions:
        if days and expression.type == "TIME" and _CLOCK.match(expression.value, 10):
            day = min(
                days, key=lambda d: (d.start > expression.start, abs(d.start - expression.start))
            )
            expression = replace(expression, value=day.value + expression.value[10:])
        last = merged[-1] if merged else None
        if last is not None and _is_pair(text, last, expression):
            clock, day = (last, expression) if last.type == "TIME" else (expression, last)
            value = day.value[:10] + clock.value[clock.value.index("T") :]
            start, end = last.start, expression.end
            merged[-1] = TemporalExpression(start, end, text[start:end], value, "TIME")
        else:
            merged.append(expression)
    return merged


def _is_pair(text: str, first: TemporalExpression, second: TemporalExpression) -> bool:
    clock = [e for e in (first, second) if e.type == "TIME" and _CLOCK.search(e.value)]
    day = [e for e in (first, second) if e.type == "DATE" and _DAY.fullmatch(e.value)]
    gap = text[first.end : second.start]
    return len(clock) == len(day) == 1 and _CLOCK_DAY_GAP.fullmatch(gap) is not None


_CLOCK = re.compile(r"T\d\d:\d\d")
# What may stand between a clock time and its day: "16:00 UTC today", "Friday at 6 p.m.".
_CLOCK_DAY_GAP = re.compile(r"\s*(?:(?i:on|at)\s*)?")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
