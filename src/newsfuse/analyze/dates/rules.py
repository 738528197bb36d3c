"""The time expressions newsfuse reads, each a pattern and a resolver to a calendar range.

A resolver gets the reference date (the publication date, or the day of the speech that a
reported statement gives) and the tense of the governing verb; it returns None when it cannot
say which days are meant (a relative expression without a reference date, "in two days" in a
past-tense sentence, an impossible day such as Feb 30). Besides the days, a resolver may state
the expression's TIMEX3 value and type where its granularity alone does not give them
("the next four years" is the duration `P4Y`, "this morning" the time `2008-01-09TMO`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, NamedTuple

from newsfuse.analyze.dates.calendar import (
    ONE_DAY,
    add_months,
    add_years,
    month_of,
    nearest,
    week_of,
    weekday_on_or_after,
    weekday_on_or_before,
    year_of,
)
from newsfuse.analyze.dates.formats import (
    DAY,
    FULL_DATE,
    MONTH,
    WEEKDAY_NAME,
    WEEKDAYS,
    YEAR,
    day_number,
    full_date_of,
    make_date,
    month_number,
)
from newsfuse.analyze.dates.tense import Tense

Granularity = Literal["day", "week", "month", "quarter", "season", "year", "decade"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
UNIT = r"(?:day|week|fortnight|month|year)"
_UNIT_GRANULARITY: dict[str, Granularity] = {
    "day": "day", "week": "week", "fortnight": "week", "month": "month", "year": "year",
}  # fmt: skip
_DASH = r"\s*(?:[-–—]|\s(?:to|through|until|till)\s)\s*"


@dataclass(frozen=True)
class Context:
    """What a relative expression is resolved against: `reference`, the day it counts from
    (None when unknown), and the tense of its governing verb."""

    reference: dt.date | None
    tense: Tense


@dataclass(frozen=True)
class Resolved:
    """The days an expression means, `start` to `end` included; `value` and `type` only where
    they differ from what the granularity gives (see `timex.timex_value`)."""

    start: dt.date
    end: dt.date
    granularity: Granularity
    relative: bool
    value: str | None = None
    type: TimexType = "DATE"


@dataclass(frozen=True)
class Valued:
    """An expression with a TIMEX3 value but no days of its own on the calendar: a duration
    ("four years", `P4Y`), a set ("weekly"), a time of day, or a vague reference ("now")."""

    value: str
    type: TimexType
    relative: bool = False


Resolver = Callable[[re.Match[str], Context], Resolved | Valued | None]


class Rule(NamedTuple):
    """A pattern and its resolver; `digits`: every match holds a digit, so that a text without
    one need not be searched."""

    pattern: re.Pattern[str]
    resolver: Resolver
    digits: bool = False


def count_of(token: str) -> int:
    return int(token) if token.isdigit() else NUMBERS[token.lower()]


def shift(day: dt.date, count: int, unit: str) -> dt.date:
    """`day` moved by `count` (negative: back) days, weeks, fortnights, months or years."""
    unit = unit.lower()
    if unit == "month":
        return add_months(day, count)
    if unit == "year":
        return add_years(day, count)
    days = {"day": 1, "week": 7, "fortnight": 14}[unit]
    return day + dt.timedelta(days=days * count)


def _day(date: dt.date, relative: bool, part: str | None = None) -> Resolved:
    """A day; with a part of it ("morning"), the TIMEX3 time of that part."""
    code = _PARTS.get(" ".join(part.lower().split())) if part else None
    if code is None:
        return Resolved(date, date, "day", relative)
    return Resolved(date, date, "day", relative, f"{date.isoformat()}T{code}", "TIME")


_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


def unit_code(unit: str) -> str:
    """The TIMEX3 duration of one `unit`: "P1W" for "week", "PT1H" for "hour"."""
    return _UNIT_CODES[unit.lower()]


_UNIT_CODES = {
    "second": "PT1S", "minute": "PT1M", "hour": "PT1H", "day": "P1D", "week": "P1W",
    "fortnight": "P2W", "month": "P1M", "quarter": "P1Q", "year": "P1Y", "decade": "P10Y",
    "century": "P100Y",
}  # fmt: skip


def duration_value(count: float | None, unit: str) -> str:
    """The TIMEX3 value of `count` units ("P4Y", "PT30M"); `count` None for "several" ("PXY")."""
    code = unit_code(unit)
    number = re.search(r"\d+", code)
    assert number is not None
    if count is None:
        amount = "X"
    else:
        total = count * int(number.group())
        amount = str(int(total)) if total == int(total) else f"{total:g}"
    return code[: number.start()] + amount + code[number.end() :]


def year_for(month: int, day: int, ctx: Context, weekday: int | None = None) -> dt.date | None:
    """The date of a day and month without a year: the plausible year nearest publication."""
    if ctx.reference is None:
        return None
    years = range(ctx.reference.year - 1, ctx.reference.year + 2)
    candidates = [d for y in years if (d := make_date(y, month, day)) is not None]
    matching = [d for d in candidates if weekday is None or d.weekday() == weekday]
    return nearest(matching or candidates, ctx.reference, ctx.tense) if candidates else None


def _full_date(match: re.Match[str], _: Context) -> Resolved | None:
    date = full_date_of(match)
    return _day(date, False) if date else None


def _month_day(match: re.Match[str], ctx: Context) -> Resolved | None:
    weekday = WEEKDAYS[match["wd"].lower()] if match["wd"] else None
    month = month_number(match["m1"] or match["m2"])
    date = year_for(month, day_number(match["d1"] or match["d2"]), ctx, weekday)
    return _day(date, True) if date else None


def _range(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "Sept. 5-19", "Aug. 30-Sept. 2", "5-19 September 2021": the year belongs to the end."""
    first_month = month_number(match["m1"] or match["m2"])
    last_month = month_number(match["m2"] or match["m1"])
    first_day, last_day = day_number(match["d1"]), day_number(match["d2"])
    crosses_year = last_month < first_month
    if match["y"]:
        year = int(match["y"])
        start = make_date(year - int(crosses_year), first_month, first_day)
    else:
        start = year_for(first_month, first_day, ctx)
        year = start.year + int(crosses_year) if start else 0
    end = make_date(year, last_month, last_day) if start else None
    if start is None or end is None or end < start:
        return None
    return Resolved(start, end, "day", not match["y"])


def _month_year(match: re.Match[str], _: Context) -> Resolved | None:
    first = dt.date(int(match["y"]), month_number(match["m"]), 1)
    return Resolved(*month_of(first), "month", False)


def _bare_month(match: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.reference is None:
        return None
    month = month_number(match["m"])
    modifier = match["mod"].lower()
    tense: Tense = (
        "past" if modifier in ("last", "since") else "future" if modifier == "next" else ctx.tense
    )
    first = year_for(month, 1, Context(ctx.reference.replace(day=1), tense))
    if first is None:
        return None
    if modifier in ("last", "next") and first == ctx.reference.replace(day=1):
        first = add_years(first, -1 if modifier == "last" else 1)
    return Resolved(*month_of(first), "month", True)


def _year(match: re.Match[str], _: Context) -> Resolved | None:
    return Resolved(*year_of(dt.date(int(match["y"]), 1, 1)), "year", False)


def _weekday(match: re.Match[str], ctx: Context) -> Resolved | None:
    """Most recent such weekday on or before publication; the next one when it lies ahead."""
    if ctx.reference is None:
        return None
    weekday = WEEKDAYS[match["wd"].lower()]
    modifier = (match["mod"] or "").lower()
    if modifier in ("last", "past", "previous"):
        date = weekday_on_or_before(ctx.reference - ONE_DAY, weekday)
    elif modifier in ("next", "coming"):
        date = weekday_on_or_after(ctx.reference + ONE_DAY, weekday)
    elif ctx.tense == "future":
        date = weekday_on_or_after(ctx.reference, weekday)
    else:
        date = weekday_on_or_before(ctx.reference, weekday)
    return _day(date, True, match["part"])


_DAY_OFFSETS = {
    "the day before yesterday": -2, "the day after tomorrow": 2, "last night": -1,
    "yesterday": -1, "tomorrow": 1,
}  # fmt: skip


def _relative_day(match: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.reference is None:
        return None
    phrase = " ".join(match["phrase"].lower().split())
    offset = _DAY_OFFSETS.get(phrase, 0)
    part = match["part"] or phrase.rsplit(" ", 1)[-1]
    return _day(ctx.reference + dt.timedelta(days=offset), True, part)


def _relative_period(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "last week" (the calendar week before), "the past week" (the seven days before),
    "earlier this month" (the month's start to publication), "next year", "this weekend"."""
    if ctx.reference is None:
        return None
    p = ctx.reference
    unit = match["unit"].lower()
    modifier = " ".join(match["mod"].lower().split())
    granularity: Granularity = "week" if unit == "weekend" else _UNIT_GRANULARITY[unit]
    if match["the"] and modifier in ("last", "past", "previous"):
        return Resolved(shift(p, -1, unit if unit != "weekend" else "week"), p, granularity, True)
    start, end = _period(p, unit, modifier)
    if unit == "weekend":
        year, week, _ = start.isocalendar()
        return Resolved(start, end, granularity, True, f"{year}-W{week:02d}-WE")
    return Resolved(start, end, granularity, True)


_STEPS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}


def _period(p: dt.date, unit: str, modifier: str) -> tuple[dt.date, dt.date]:
    step = _STEPS.get(modifier, 0)
    if unit == "weekend":
        saturday = week_of(p)[0] + dt.timedelta(days=5 + 7 * step)
        return saturday, saturday + ONE_DAY
    span = {"week": week_of, "month": month_of, "year": year_of}[unit]
    start, end = span(shift(p, step, unit))
    if modifier.startswith("earlier"):
        return start, p
    if modifier.startswith("later"):
        return p, end
    return start, end


def _point_granularity(unit: str) -> Granularity:
    """A count of days or weeks from publication names a day ("two weeks ago"); a count of
    months or years only that month or year."""
    granularity = _UNIT_GRANULARITY[unit.lower()]
    return "day" if granularity == "week" else granularity


def _ago(match: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.reference is None:
        return None
    date = shift(ctx.reference, -count_of(match["n"]), match["unit"])
    return Resolved(date, date, _point_granularity(match["unit"]), True)


def _ahead(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "in two days" is a day ahead, "within a fortnight" the days up to it; only when the verb
    announces it ("in two days, the fire had spread" counts from the event, and "the lowest
    level in six years" is a duration)."""
    if ctx.reference is None or ctx.tense != "future":
        return None
    target = shift(ctx.reference, count_of(match["n"]), match["unit"])
    if match["prep"].lower() == "within":
        granularity = _UNIT_GRANULARITY[match["unit"].lower()]
        value = duration_value(count_of(match["n"]), match["unit"])
        return Resolved(ctx.reference, target, granularity, True, value, "DURATION")
    return Resolved(target, target, _point_granularity(match["unit"]), True)


def _window(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the past two weeks", "over the next 10 days": publication back or forward."""
    if ctx.reference is None:
        return None
    count = count_of(match["n"])
    forward = match["dir"].lower() in ("next", "coming")
    other = shift(ctx.reference, count if forward else -count, match["unit"])
    start, end = sorted((ctx.reference, other))
    granularity = _UNIT_GRANULARITY[match["unit"].lower()]
    value = duration_value(count, match["unit"])
    return Resolved(start, end, granularity, True, value, "DURATION")


def _rule(pattern: str, resolver: Resolver, digits: bool = False) -> Rule:
    return Rule(re.compile(pattern), resolver, digits)


# On overlap the longest match wins; on a tie, the earlier rule.
RULES: tuple[Rule, ...] = (
    _rule(
        rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){_DASH}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        _range,
        digits=True,
    ),
    _rule(
        rf"\b(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?{_DASH}(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        _range,
        digits=True,
    ),
    Rule(FULL_DATE, _full_date, digits=True),
    _rule(
        rf"\b(?:(?P<wd>{WEEKDAY_NAME}),?\s+)?(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY})"
        rf"|(?:the\s+)?(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}))",
        _month_day,
        digits=True,
    ),
    _rule(rf"\b(?P<m>{MONTH}),?\s+(?P<y>{YEAR})(?!\d)", _month_year, digits=True),
    _rule(
        r"\b(?P<mod>(?i:in|since|by|until|till|during|from|through|before|after|early|late|mid"
        rf"|last|next|this))[\s-]+(?:(?i:early|late|mid)[\s-]+)?(?P<m>{MONTH})(?!\s*\d)",
        _bare_month,
    ),
    _rule(
        r"\b(?i:in|since|by|until|till|during|from|through|before|after|early|late|mid)[\s-]+"
        rf"(?P<y>{YEAR})(?![\d]|[.,]\d)",
        _year,
        digits=True,
    ),
    _rule(
        r"\b(?:(?P<mod>(?i:last|next|this|on|past|coming|previous|late|early))\s+)?"
        rf"(?P<wd>{WEEKDAY_NAME})(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?",
        _weekday,
    ),
    _rule(
        r"(?i:\b(?:(?:early|earlier|later)\s+)?(?P<phrase>the\s+day\s+before\s+yesterday"
        r"|the\s+day\s+after\s+tomorrow|last\s+night|yesterday|today|tonight|tomorrow"
        r"|this\s+(?:morning|afternoon|evening))(?:\s+(?P<part>morning|afternoon|evening|night))?\b)",
        _relative_day,
    ),
    _rule(
        r"(?i:\b(?P<the>the\s+)?(?P<mod>last|past|previous|next|coming|this"
        r"|(?:earlier|later)\s+this)\s+(?P<unit>week|weekend|month|year)\b)",
        _relative_period,
    ),
    _rule(rf"(?i:\b(?P<n>{NUMBER})\s+(?P<unit>{UNIT})s?\s+ago\b)", _ago),
    _rule(
        rf"(?i:\b(?P<prep>in|within)\s+(?P<n>{NUMBER})\s+(?P<unit>{UNIT})s?\b"
        r"(?!\s+(?:of|after|before|from|since|later|earlier)\b))",
        _ahead,
    ),
    _rule(
        rf"(?i:\bthe\s+(?P<dir>next|coming|past|last|previous)\s+(?P<n>{NUMBER})\s+"
        r"(?:(?:trading|business|working)\s+)?"
        rf"(?P<unit>{UNIT})s?\b)",
        _window,
    ),
)
