"""The timeline as an SVG chart drawn on the server: no script, no network, no inline style.

A vertical date axis: one mark per entry, placed down the axis by date, with gaps between
dates growing with the days between them (up to a cap, so a year-old event does not push the
rest off the page). Each entry gets its own row, at least `_ROW` below the previous one, so
neither marks nor labels can overlap. The chart is laid out in CSS pixels (no viewBox), so its
text keeps its size on a phone; each label comes in a long and a short version and the
stylesheet shows the one that fits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.model import TimelineEntry
from newsfuse.rendering.page.markup import esc

_TOP = 22  # y of the first mark
_ROW = 28  # least distance between two marks
_PER_DAY = 6  # extra distance per day between two dates...
_MAX_GAP = 60  # ...up to this much
_DAY_WIDTH = 60  # room for a date label "11 Mar"; with its year, "11 Mar 2023", 100
_YEAR_WIDTH = 40
_RADIUS = 6
_LONG, _SHORT = 64, 28  # label lengths (characters) on wide and narrow (360 px) screens


@dataclass(frozen=True)
class _Placed:
    entry: TimelineEntry
    number: int  # 1-based, as in the list under the chart
    y: int
    first_of_day: bool


def entry_anchor(number: int) -> str:
    return f"t-{number}"


def timeline_chart(entries: Sequence[TimelineEntry]) -> str:
    """The chart of `entries` (in date order, as the brief lists them); "" when there are none."""
    if not entries:
        return ""
    placed = _layout(entries)
    height = placed[-1].y + _TOP
    days = [p for p in placed if p.first_of_day]
    # The year is left out of the date labels when every entry is in one year (the caption
    # and the list name it), to leave more of a phone's width to the labels.
    years = len({e.date.year for e in entries}) > 1
    axis = 12 + _DAY_WIDTH + (_YEAR_WIDTH if years else 0)
    parts = [
        f'<svg class="timeline-chart" width="100%" height="{height}" role="img" '
        'aria-labelledby="timeline-chart-title">',
        f'<title id="timeline-chart-title">{_caption(entries)}</title>',
        f'<line class="axis" x1="{axis}" y1="{_TOP - 14}" x2="{axis}" y2="{height - _TOP + 14}"/>',
    ]
    parts += [
        f'<text class="date" x="{axis - 14}" y="{p.y + 5}" text-anchor="end">'
        f"{_day(p.entry.date, years)}</text>"
        for p in days
    ]
    parts += [_mark(p, axis) for p in placed]
    parts.append("</svg>")
    return "".join(parts)


def _layout(entries: Sequence[TimelineEntry]) -> list[_Placed]:
    placed: list[_Placed] = []
    y, previous = _TOP, None
    for number, entry in enumerate(entries, start=1):
        if previous is not None:
            gap = abs((entry.date - previous).days)
            y += _ROW + min(gap * _PER_DAY, _MAX_GAP) if gap else _ROW
        placed.append(_Placed(entry, number, y, entry.date != previous))
        previous = entry.date
    return placed


def _mark(p: _Placed, axis: int) -> str:
    kind = "announced" if p.entry.announced else "reported"
    when = "announced for" if p.entry.announced else "on"
    text = " ".join(p.entry.text.split())
    return (
        f'<g class="event {kind}"><a href="#{entry_anchor(p.number)}">'
        f"<title>{esc(f'{p.number}. {when} {p.entry.date.isoformat()}: {text}')}</title>"
        f'<circle class="mark" cx="{axis}" cy="{p.y}" r="{_RADIUS}"/>'
        f'<text class="label label-long" x="{axis + 16}" y="{p.y + 5}">'
        f"{esc(_cut(text, _LONG))}</text>"
        f'<text class="label label-short" x="{axis + 16}" y="{p.y + 5}">'
        f"{esc(_cut(text, _SHORT))}</text>"
        "</a></g>"
    )


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:-–—") + "…"


def _day(date: dt.date, year: bool) -> str:
    return f"{date.day} {date:%b %Y}" if year else f"{date.day} {date:%b}"


def _caption(entries: Sequence[TimelineEntry]) -> str:
    announced = sum(e.announced for e in entries)
    first, last = entries[0].date, entries[-1].date
    return esc(
        f"Timeline of {len(entries)} dated events from {first.isoformat()} to "
        f"{last.isoformat()}, {announced} of them announced for later"
    )


__all__ = ["entry_anchor", "timeline_chart"]
