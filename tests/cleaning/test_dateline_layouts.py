"""Datelines in bylines and headlines, and dates in the common numeric layouts."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfuse.cleaning.dateline import find_dateline

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
