"""Calendar arithmetic behind relative dates."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from newsfuse.analyze.dates.calendar import (
    add_months,
    nearest,
    week_of,
    weekday_on_or_after,
    weekday_on_or_before,
)

D = dt.date
days = st.dates(min_value=D(1900, 1, 1), max_value=D(2199, 12, 31))


@given(days, st.integers(0, 6))
def test_weekday_on_or_before_is_within_the_past_week(day: dt.date, weekday: int) -> None:
    found = weekday_on_or_before(day, weekday)
    assert found.weekday() == weekday
    assert 0 <= (day - found).days <= 6


@given(days, st.integers(0, 6))
def test_weekday_on_or_after_is_within_the_next_week(day: dt.date, weekday: int) -> None:
    found = weekday_on_or_after(day, weekday)
    assert found.weekday() == weekday
    assert 0 <= (found - day).days <= 6


def test_week_of_runs_monday_to_sunday_across_a_year_end() -> None:
    assert week_of(D(2021, 1, 1)) == (D(2020, 12, 28), D(2021, 1, 3))


def test_add_months_clamps_to_the_end_of_shorter_months() -> None:
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2023, 1, 31), 1) == D(2023, 2, 28)
    assert add_months(D(2021, 3, 15), -3) == D(2020, 12, 15)
    assert add_months(D(2024, 2, 29), 12) == D(2025, 2, 28)


def test_nearest_takes_the_side_the_tense_points_to() -> None:
    candidates = [D(2020, 12, 28), D(2021, 12, 28)]
    assert nearest(candidates, D(2021, 1, 5), "past") == D(2020, 12, 28)
    assert nearest(candidates, D(2021, 1, 5), "future") == D(2021, 12, 28)
    september = [D(2020, 9, 5), D(2021, 9, 5)]
    # Without a tense, a date about half a year away is read as the coming one.
    assert nearest(september, D(2021, 3, 4), None) == D(2021, 9, 5)
