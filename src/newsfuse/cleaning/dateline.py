"""A report's own date: the dateline near its top, and dates given as metadata strings.

A date counts as the dateline only when what precedes it on its line reads like a dateline
("LONDON,", "Published:", "Updated", "By Jane Doe and John Roe |", a weekday) and not like
prose: "On March 3, 2021, the council voted" dates an event, not the report. A headline may end
in its date after a separator ("Troops to leave Kazakhstan | 13 January 2022"). Dates without a
year ("Published: 13 January") take the year the report writes elsewhere, when it writes one.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from newsfuse.analyze.dates.formats import (
    DAY,
    MONTH,
    WEEKDAY,
    WEEKDAYS,
    DateMatch,
    day_number,
    find_full_dates,
    make_date,
    month_number,
)
from newsfuse.model import Notice

# A dateline comes before or at the start of the first paragraphs. Short lines (menus, titles,
# bylines) do not count towards that, up to a cap, so that scraped page furniture above the
# story does not push the dateline out of reach.
TOP_PARAGRAPHS = 3
PARAGRAPH_WORDS = 10
TOP_LINES = 40


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that may stand before a dateline's date, whatever their case.
_DATELINE_WORDS = _word_set(
    "published updated posted modified last first date dated on at by edt est gmt utc bst cet"
)
# A preposition right before the date makes it an event date ("on March 3, 2021, police ..."),
# unless a publishing word comes before it ("First published on 3 March 2021").
_EVENT_PREPOSITIONS = _word_set("on by since until till from before after in of to through")
_PUBLISHING = _word_set("published updated posted modified dated")
_MAX_PREFIX_WORDS = 6
# Words that join the names of a byline, and the words each further name may take.
_NAME_JOINERS = _word_set("and")
_NAME_WORDS = 3
_ISO_PREFIX = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})\s*$")


@dataclass(frozen=True)
class Dateline:
    """The report's date as its dateline gives it; `text` is the date as written there,
    `start`/`end` its character range in the text searched."""

    date: dt.date
    text: str
    start: int = 0
    end: int = 0


def find_dateline(text: str, year: int | None = None) -> Dateline | None:
    """The dateline at the top of `text` (raw or cleaned), or None when there is none.

    Given the report's `year` (see `report_year`), a dateline without one ("Published: 13
    January", "OSLO, May 7 (Nordwire) -") is read in that year.
    """
    for offset, line in _top_lines(text):
        found = _dateline_in_line(line) or (_yearless_in_line(line, year) if year else None)
        if found is not None:
            return Dateline(found.date, found.text, offset + found.start, offset + found.end)
    return None


def report_year(text: str) -> int | None:
    """The year a report writes for itself: the most frequent year of its full dates (the
    latest on a tie), else the latest of its copyright lines; None when it writes none."""
    if len(text) > 2 * _YEAR_SCAN:  # the top and the footer of a huge page are enough
        text = text[:_YEAR_SCAN] + "\n" + text[-_YEAR_SCAN:]
    years = Counter(d.date.year for d in find_full_dates(text) if d.date.year in PUBLISHED_YEARS)
    if years:
        return max(years, key=lambda y: (years[y], y))
    marked = [int(m["y"]) for m in _COPYRIGHT.finditer(text) if int(m["y"]) in PUBLISHED_YEARS]
    return max(marked) if marked else None


_YEAR_SCAN = 100_000
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:(?:1[89]|2[01])\d\d\s*[-–]\s*)?(?P<y>(?:1[89]|2[01])\d\d)(?!\d)",
    re.IGNORECASE,
)
# A day and month with no year after them: "13 January", "Jan. 13", "Thursday, 13 January".
_DAY_MONTH = re.compile(
    rf"\b(?:{WEEKDAY},?\s+(?:the\s+)?)?(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY})"
    rf"|(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}))(?!,?\s*(?:1[89]|2[01])\d\d)(?![\w/.-]\d)"
)


def _yearless_in_line(line: str, year: int) -> DateMatch | None:
    for match in _DAY_MONTH.finditer(line):
        month = month_number(match["m1"] or match["m2"])
        date = make_date(year, month, day_number(match["d1"] or match["d2"]))
        if date is None:
            continue
        found = DateMatch(date, match.start(), match.end(), match.group())
        if _reads_as_dateline(line[: found.start]) or _ends_headline(line, found):
            return found
    return None


def _top_lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of the non-empty lines down to the first few paragraphs."""
    offset = lines = paragraphs = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            yield offset, line
            lines += 1
            paragraphs += len(line.split()) >= PARAGRAPH_WORDS
            if lines >= TOP_LINES or paragraphs >= TOP_PARAGRAPHS:
                return
        offset += len(line)


def _dateline_in_line(line: str) -> DateMatch | None:
    for match in find_full_dates(line):
        if match.date.year not in PUBLISHED_YEARS:
            continue
        if _reads_as_dateline(line[: match.start]) or _ends_headline(line, match):
            return match
    return None


# What separates a headline from the date it ends with: "... | 13 January 2022".
_HEADLINE_SEPARATOR = re.compile(r"(?:[|•·–—:/(]|\s-|,)\s*$")
# What may follow the date at the end of a headline: a time, a zone, a closing bracket.
_AFTER_DATE = re.compile(
    r"(?:[\s,]+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*\)?\s*$"
)


def _ends_headline(line: str, match: DateMatch) -> bool:
    """Whether `match` ends the line after a separator, as a headline's date does; a date after
    an event preposition ("... closed until, 14.09.2023") or before a full stop is prose."""
    prefix = line[: match.start]
    if not _HEADLINE_SEPARATOR.search(prefix) or not _AFTER_DATE.fullmatch(line, match.end):
        return False
    words = re.findall(r"[^\W\d_]+", prefix)
    return bool(words) and words[-1].lower() not in _EVENT_PREPOSITIONS


def _reads_as_dateline(prefix: str) -> bool:
    """Whether the text before a date on its line is a dateline's lead-in, not prose."""
    tokens = re.findall(r"[^\W\d_]+", prefix)
    # A byline names its authors: "By Jane Doe and John Roe |" holds two names.
    names = sum(1 for t in tokens if t.lower() in _NAME_JOINERS)
    if len(tokens) > _MAX_PREFIX_WORDS + _NAME_WORDS * names:
        return False
    lowered = [t.lower() for t in tokens]
    for index, (token, low) in enumerate(zip(tokens, lowered, strict=True)):
        joins = low in _NAME_JOINERS and 0 < index < len(tokens) - 1
        if not (token[0].isupper() or low in _DATELINE_WORDS or low in WEEKDAYS or joins):
            return False
    if lowered and lowered[-1] in _EVENT_PREPOSITIONS:
        return len(lowered) > 1 and lowered[-2] in _PUBLISHING
    return True


# A wire story's opening "SALTMERE, March 15, 2023 (Tidewire) - ": a place in capitals, then a
# date or an agency (at least one of them, so that "US - China talks" is no dateline), then a dash.
_PREFIX = re.compile(
    r"\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    r"(?=,|\s*\()(?:,[^()\n–—\d]{0,20}\d[^()\n–—]{0,20}?)?(?:\s*\([^()\n]{1,40}\))?\s*(?:--?|–|—)\s+"
)


def dateline_prefix_end(sentence: str) -> int:
    """Where a wire dateline opening `sentence` ends (0 when it has none), so that the place,
    date and agency of "SALTMERE (Tidewire) - Firefighters ..." stay out of event texts."""
    found = _PREFIX.match(sentence)
    return found.end() if found else 0


# Publication dates outside these years are typing errors or probes, never a report's date.
PUBLISHED_YEARS = range(1800, 2101)


def parse_published(value: str) -> dt.date | None:
    """The date of a metadata date string: ISO date or datetime (any zone, date as written),
    RFC 2822 ("Tue, 03 Mar 2021 10:00:00 GMT"), compact "20210303", or a written date; None
    when there is none or its year is outside `PUBLISHED_YEARS` (see `published_notice`)."""
    date = _read_date(value)
    return date if date is not None and date.year in PUBLISHED_YEARS else None


def published_notice(value: str, source: str) -> Notice | None:
    """The notice for a given publication date that is ignored because of its year."""
    date = _read_date(value)
    if date is None or date.year in PUBLISHED_YEARS:
        return None
    first, last = PUBLISHED_YEARS[0], PUBLISHED_YEARS[-1]
    return Notice(
        source,
        "warning",
        f"{source}: publication date {value.strip()!r} ignored: its year is outside {first}-{last}",
    )


def _read_date(value: str) -> dt.date | None:
    iso = _ISO_PREFIX.match(value)
    if iso:
        return make_date(int(iso[1]), int(iso[2]), int(iso[3]))
    compact = _COMPACT.match(value)
    if compact:
        return make_date(int(compact[1]), int(compact[2]), int(compact[3]))
    rfc = _parse_rfc2822(value)
    if rfc is not None:
        return rfc
    written = find_full_dates(value)
    return written[0].date if written else None


def _parse_rfc2822(value: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None
