"""A report's own date: the dateline near its top, and dates given as metadata strings.

A date counts as the dateline only when what precedes it on its line reads like a dateline
("LONDON,", "Published:", "Updated", "By Jane Doe |", a weekday) and not like prose: "On March 3,
2021, the council voted" dates an event, not the report.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsfuse.analyze.dates.formats import WEEKDAYS, DateMatch, find_full_dates, make_date

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


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the top of `text` (raw or cleaned), or None when there is none."""
    for offset, line in _top_lines(text):
        found = _dateline_in_line(line)
        if found is not None:
            return Dateline(found.date, found.text, offset + found.start, offset + found.end)
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
        if _reads_as_dateline(line[: match.start]):
            return match
    return None


def _reads_as_dateline(prefix: str) -> bool:
    """Whether the text before a date on its line is a dateline's lead-in, not prose."""
    tokens = re.findall(r"[^\W\d_]+", prefix)
    if len(tokens) > _MAX_PREFIX_WORDS:
        return False
    lowered = [t.lower() for t in tokens]
    for token, low in zip(tokens, lowered, strict=True):
        if not (token[0].isupper() or low in _DATELINE_WORDS or low in WEEKDAYS):
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


def parse_published(value: str) -> dt.date | None:
    """The date of a metadata date string: ISO date or datetime (any zone, date as written),
    RFC 2822 ("Tue, 03 Mar 2021 10:00:00 GMT"), compact "20210303", or a written date."""
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
