"""Written calendar dates with a year ("March 3, 2021", "3 March 2021", "14.09.2023",
"14-09-2023", "2021/03/03", ISO), found in free text and validated against the calendar.

Shared by the dateline finder and the temporal-expression resolver so that both read dates the
same way. Numbers that merely look like dates ("4.300", "12.5", "3.4.5", phone numbers) never
match: a numeric date needs a four-digit year and no digits or dots glued to either end.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "febr": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

YEAR_RANGE = range(1800, 2200)


_FULL_NAMES = frozenset(name.lower() for name in (*calendar.month_name, *calendar.day_name) if name)


def _names(table: dict[str, int]) -> str:
    """Alternation of the names in Title and UPPER case (lower case "may"/"mar" are words)."""
    names = sorted(table, key=len, reverse=True)
    forms = [n.title() for n in names] + [n.upper() for n in names]
    # An abbreviation may carry a dot ("Sept.", "Mar."); a full name's dot ends the sentence.
    return "|".join(form if form.lower() in _FULL_NAMES else f"{form}\\.?" for form in forms)


MONTH = rf"(?:{_names(MONTHS)})(?!\w)"
WEEKDAY = rf"(?:{_names(WEEKDAYS)})(?!\w)"
# Prose names weekdays in full: "Sun", "Wed" and "Sat" are words of their own.
WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\w)"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[89]\d\d|2[01]\d\d)"

_MDY = rf"(?P<m1>{MONTH})\s+(?P<d1>{DAY}),?\s+(?P<y1>{YEAR})"
_DMY = rf"(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR})"
_NUMERIC = r"(?P<d3>[0-3]?\d)(?P<sep>[./-])(?P<m3>[0-3]?\d)(?P=sep)(?P<y3>(?:1[89]|2[01])\d\d)"
# Year first is always year, month, day: "2021-03-03", "2021/3/3", "2021.03.03".
_ISO = r"(?P<y4>(?:1[89]|2[01])\d\d)(?P<isep>[-/.])(?P<m4>[01]?\d)(?P=isep)(?P<d4>[0-3]?\d)"
FULL_DATE = re.compile(
    rf"\b(?:{WEEKDAY},?\s+(?:the\s+)?)?(?:{_MDY}|{_DMY})(?!\d)"
    rf"|(?<![\d.,/-])(?:{_NUMERIC}|{_ISO})(?![\d/-]|[.,]\d)"
)


@dataclass(frozen=True)
class DateMatch:
    """A calendar date found in a text, with its character range there."""

    date: dt.date
    start: int
    end: int
    text: str


def month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def day_number(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None where the calendar has no such day (Feb 30, Feb 29 2023)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def full_date_of(match: re.Match[str]) -> dt.date | None:
    """The date a `FULL_DATE` match writes, or None where the calendar has no such day."""
    g = match.groupdict()
    if g["m1"]:
        return make_date(int(g["y1"]), month_number(g["m1"]), day_number(g["d1"]))
    if g["m2"]:
        return make_date(int(g["y2"]), month_number(g["m2"]), day_number(g["d2"]))
    if g["y4"]:
        return make_date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
    first, second = int(g["d3"]), int(g["m3"])
    if g["sep"] == "/" and first <= 12 and second <= 12 and first != second:
        return None  # "03/04/2021": day-first and month-first readings disagree
    if second > 12:
        first, second = second, first  # month first, unambiguous: "03/14/2021", "03-14-2021"
    return make_date(int(g["y3"]), second, first)


def find_full_dates(text: str) -> list[DateMatch]:
    """Every valid calendar date with a year in `text`, in order of appearance."""
    found = []
    for match in FULL_DATE.finditer(text):
        date = full_date_of(match)
        if date is not None and date.year in YEAR_RANGE:
            found.append(DateMatch(date, match.start(), match.end(), match.group()))
    return found
