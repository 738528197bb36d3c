"""Publication dates at or past the ends of the calendar never sink a brief."""

from __future__ import annotations

import datetime as dt

import pytest

import newsfuse
from newsfuse.cleaning.dateline import parse_published, published_notice

TEXT = (
    "Crews battled a warehouse fire at the port yesterday, the fire service said.\n"
    "The mayor said the harbour road would reopen tomorrow, in two weeks at the latest.\n"
)
GOOD = newsfuse.RawDoc(id="good.txt", content=TEXT, kind="text", published="2023-03-15")


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "2150-06-01T10:00:00Z"])
def test_brief_ignores_a_publication_date_outside_1800_to_2100_with_a_notice(
    published: str,
) -> None:
    odd = newsfuse.RawDoc(id="odd.txt", content=TEXT, kind="text", published=published)
    brief = newsfuse.brief([odd, GOOD], newsfuse.Settings(use_model=False))
    notices = [
        n for n in brief.notices if n.source == "odd.txt" and "publication date" in n.message
    ]
    assert len(notices) == 1
    assert published in notices[0].message and "1800-2100" in notices[0].message
    source = next(s for s in brief.sources if s.id == "odd.txt")
    assert source.published is None or 1800 <= source.published.year <= 2100


@pytest.mark.parametrize(
    ("value", "kept"),
    [("2100-12-31", True), ("1800-01-01", True), ("2101-01-01", False), ("1799-12-31", False)],
)
def test_parse_published_keeps_only_years_1800_to_2100(value: str, kept: bool) -> None:
    assert (parse_published(value) is not None) == kept
    assert (published_notice(value, "r") is None) == kept


def test_a_dateless_string_gets_no_range_notice() -> None:
    assert published_notice("yesterday", "r") is None
    assert parse_published("yesterday") is None


def test_clean_date_range_check_does_not_touch_ordinary_dates() -> None:
    assert parse_published("2023-03-15") == dt.date(2023, 3, 15)


def test_brief_of_a_report_dated_by_its_dateline_at_the_calendar_end_still_comes_out() -> None:
    dated = newsfuse.RawDoc(
        id="end.txt", content="Published: December 31, 2199\n" + TEXT, kind="text"
    )
    brief = newsfuse.brief([dated, GOOD], newsfuse.Settings(use_model=False))
    source = next(s for s in brief.sources if s.id == "end.txt")
    assert source.published is None or source.published.year <= 2100
