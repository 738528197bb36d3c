"""Periods an expected event is put in: quarters, halves, year ends and deadlines."""

from __future__ import annotations

import datetime as dt

from newsfuse.align.periods import periods_in
from newsfuse.model import Sentence

PUBLISHED = dt.date(2025, 5, 20)


def periods(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    sentence = Sentence("r", 0, 0, len(text), text)
    return [(p.text, str(p.start), str(p.end)) for p in periods_in(sentence, published)]


def test_periods_in_quarter_of_a_named_year() -> None:
    assert periods("The sale should be completed in the third quarter of 2026.") == [
        ("in the third quarter of 2026", "2026-07-01", "2026-09-30")
    ]


def test_periods_in_half_of_next_year_and_quarter_code() -> None:
    assert periods("It is due to close in the first half of next year.") == [
        ("in the first half of next year", "2026-01-01", "2026-06-30")
    ]
    assert periods("Closing is expected in Q4.") == [("in Q4", "2025-10-01", "2025-12-31")]


def test_periods_in_deadline_reaches_back_to_any_earlier_day() -> None:
    [(text, start, end)] = periods("The merger is set to close by the end of the year.")
    assert (text, end) == ("by the end of the year", "2025-12-31")
    assert start == str(dt.date.min)


def test_periods_in_before_a_quarter_ends_the_day_before_it() -> None:
    [(_, _, end)] = periods("It will close before the second quarter of 2026.")
    assert end == "2026-03-31"


def test_periods_in_relative_year_needs_a_publication_date() -> None:
    assert periods("The deal should close by the end of this year.", published=None) == []
    assert periods("The deal should close in the fourth quarter of 2026.", published=None) == [
        ("in the fourth quarter of 2026", "2026-10-01", "2026-12-31")
    ]


def test_periods_in_other_expressions_come_from_the_timeline_reader() -> None:
    assert periods("The deal is expected to close in 2026.") == [
        ("in 2026", "2026-01-01", "2026-12-31")
    ]
