"""Calendar arithmetic for resolving relative dates: weekdays, weeks, months, nearest years."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from typing import Literal

Direction = Literal["past", "future"] | None
DateRange = tuple[dt.date, dt.date]

ONE_DAY = dt.timedelta(days=1)
# Without a tense cue, a day-and-month is read as nearer this far past publication: reports
# name upcoming dates months ahead ("for Sept. 5-19" in March) but past ones mostly recently.
_UNTENSED_LEAN = dt.timedelta(days=90)


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The latest date with `weekday` (Monday = 0) that is not after `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    """The earliest date with `weekday` (Monday = 0) that is not before `day`."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def week_of(day: dt.date) -> DateRange:
    """Monday to Sunday of the week holding `day`."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_of(day: dt.date) -> DateRange:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def year_of(day: dt.date) -> DateRange:
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, clamped to the month's end (Jan 31 + 1 month = Feb 28/29)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)


def nearest(candidates: Iterable[dt.date], reference: dt.date, direction: Direction) -> dt.date:
    """The candidate closest to `reference`, on its side when the tense says which side.

    Falls back to every candidate when none lies on the side the tense asks for.
    """
    pool = list(candidates)
    if direction == "past":
        pool = [d for d in pool if d <= reference] or pool
    elif direction == "future":
        pool = [d for d in pool if d >= reference] or pool
    else:
        reference = reference + _UNTENSED_LEAN
    return min(pool, key=lambda d: (abs((d - reference).days), d))
