"""Datelines in bylines and headlines, and dates in the common numeric layouts."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfuse.cleaning.dateline import find_dateline, report_year

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected", "written"),
    [
        ("By Anna Berg and Tomas Lind | 13.01.2022\nTroops began", D(2022, 1, 13), "13.01.2022"),
        ("Anna Berg and Tomas Lind - 13.01.2022 10:32\nTroops", D(2022, 1, 13), "13.01.2022"),
        (
            "Russia-led troops to start leaving Kazakhstan | 13 January 2022\nTroops began",
            D(2022, 1, 13),
            "13 January 2022",
        ),
        (
            "Kazakhstan unrest: troops start to withdraw, January 13, 2022\nThe troops",
            D(2022, 1, 13),
            "January 13, 2022",
        ),
        ("Updated: 13-01-2022\nTroops", D(2022, 1, 13), "13-01-2022"),
        ("Posted 2022/01/13 09:00\nTroops", D(2022, 1, 13), "2022/01/13"),
        ("Published 01-31-2022\nTroops", D(2022, 1, 31), "01-31-2022"),
    ],
)
def test_find_dateline_reads_bylines_headlines_and_layouts(
    text: str, expected: dt.date, written: str
) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.date, found.text) == (expected, written)
    assert text[found.start : found.end] == written


@pytest.mark.parametrize(
    "text",
    [
        # A headline whose date is the event's, after a preposition, or a sentence ending in one.
        "Parliament will vote on the bill on, 13 January 2022",
        "The troops will leave the country on January 13, 2022.",
        "Officials said the curfew, imposed last week, ends 13 January 2022 at the earliest.",
        # Names joined by "and" do not make a prose line a byline.
        "Talks between the president and the prime minister resumed 13.01.2022",
    ],
)
def test_find_dateline_keeps_event_dates_out(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Published: 13 January\nTroops began to leave", "13 January"),
        ("By Anna Berg and Tomas Lind | Jan. 13 10:32\nTroops", "Jan. 13"),
        ("ALMATY, January 13 (Nordwire) - Troops began to leave", "January 13"),
    ],
)
def test_a_dateline_without_a_year_takes_the_reports_year(text: str, written: str) -> None:
    found = find_dateline(text, year=2022)
    assert found is not None and (found.date, found.text) == (D(2022, 1, 13), written)
    assert find_dateline(text) is None  # without the report's year there is no date


def test_a_yearless_event_date_is_no_dateline_even_with_the_year() -> None:
    assert find_dateline("On 13 January the troops began to leave.", year=2022) is None
    assert find_dateline("Troops left 13 January, officials said.", year=2022) is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Troops left on January 13, 2022, and again on 14.01.2022; plans for 2030.", 2022),
        ("A story with no full date.\n© 2019-2021 Nordwire. All rights reserved.", 2021),
        ("Copyright 2020 Harbour Press", 2020),
        ("No year here at all, only 4,300 people.", None),
        ("© 9999 Probe", None),
    ],
)
def test_report_year_is_the_year_a_report_writes_for_itself(text: str, year: int | None) -> None:
    assert report_year(text) == year
