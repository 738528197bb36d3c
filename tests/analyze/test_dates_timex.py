"""TIMEX3 tagging: every time expression of a text with its value and type."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsfuse
from newsfuse import TemporalExpression, temporal_expressions

D = dt.date
# Wednesday 12 January 2022.
WEDNESDAY = D(2022, 1, 12)
# Every value TIMEX3 allows that the tagger writes.
_VALUE = re.compile(
    r"\d{4}(?:-\d\d(?:-\d\d(?:T(?:\d\d:\d\d Z?|MO|AF|EV|NI))?)?|-W\d\d(?:-WE)?|-Q\d|-H\d"
    r"|-(?:SP|SU|FA|WI))?|\d{3}|P(?:T?(?:\d+(?:\.\d+)?|X)[YMWDQHS])|(?:PRESENT|PAST|FUTURE)_REF",
    re.VERBOSE,
)


def tag(text: str, published: dt.date | None = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.type) for t in temporal_expressions(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks ended on January 13, 2022.", ("January 13, 2022", "2022-01-13", "DATE")),
        ("Prices fell last week.", ("last week", "2022-W01", "DATE")),
        (
            "Sales rose in the third quarter of 2021.",
            ("the third quarter of 2021", "2021-Q3", "DATE"),
        ),
        ("The strike lasted ten days.", ("ten days", "P10D", "DURATION")),
        ("The board meets weekly.", ("weekly", "P1W", "SET")),
        ("The plant is currently closed.", ("currently", "PRESENT_REF", "DATE")),
        ("The index closed at 16:08 UTC.", ("16:08 UTC", "2022-01-12T16:08Z", "TIME")),
        ("The report will come out next month.", ("next month", "2022-02", "DATE")),
        ("Production stopped in 2008.", ("2008", "2008", "DATE")),
        ("The fire broke out on Tuesday.", ("Tuesday", "2022-01-11", "DATE")),
        ("Crowds gathered this morning.", ("this morning", "2022-01-12TMO", "TIME")),
        (
            "The vote is expected over the next four years.",
            ("the next four years", "P4Y", "DURATION"),
        ),
    ],
)
def test_values_and_types_follow_timex3(text: str, expected: tuple[str, str, str]) -> None:
    assert tag(text) == [expected]


def test_a_leading_preposition_is_outside_the_extent_and_offsets_index_the_text() -> None:
    text = "Report one.\nThe deal closed on Monday and will be reviewed in March 2023."
    found = temporal_expressions(text, WEDNESDAY)
    assert [(t.text, t.value) for t in found] == [
        ("Monday", "2022-01-10"),
        ("March 2023", "2023-03"),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_without_a_publication_date_only_values_the_text_fixes_are_given() -> None:
    found = tag(
        "On Tuesday the plant, shut since March 3, 2021, stayed closed for two weeks.", None
    )
    assert found == [("March 3, 2021", "2021-03-03", "DATE"), ("two weeks", "P2W", "DURATION")]


def test_relative_expressions_in_reported_speech_count_from_the_day_of_the_speech() -> None:
    text = "The minister said on Monday that the curfew will be lifted in three days."
    assert tag(text) == [("Monday", "2022-01-10", "DATE"), ("three days", "2022-01-13", "DATE")]


def test_a_speech_dated_by_an_opening_day_is_a_reference_too() -> None:
    text = "On Monday, the minister announced that the troops would leave in two days."
    assert tag(text)[-1] == ("two days", "2022-01-12", "DATE")


def test_without_a_dated_speech_relative_expressions_count_from_publication() -> None:
    text = "The curfew will be lifted in three days, the minister said."
    assert tag(text) == [("three days", "2022-01-15", "DATE")]


def test_a_day_dating_an_event_is_no_speech_reference() -> None:
    text = "The fire started on Monday, officials said, and will burn for days."
    assert ("Monday", "2022-01-10", "DATE") in tag(text)
    text = "The fire started on Monday and crews will arrive in two days."
    assert tag(text)[-1] == ("two days", "2022-01-14", "DATE")


def test_an_anaphoric_day_is_the_day_last_named() -> None:
    text = "Shares fell on Monday.\nThe index ended the day 3% lower."
    assert tag(text)[-1] == ("the day", "2022-01-10", "DATE")


def test_a_clock_time_beside_a_day_is_one_time_on_that_day() -> None:
    assert tag("Trading resumes at 12:00 UTC Monday.") == [
        ("12:00 UTC Monday", "2022-01-10T12:00Z", "TIME")
    ]


def test_temporal_expression_is_exported_and_frozen() -> None:
    expression = temporal_expressions("It happened today.", WEDNESDAY)[0]
    assert isinstance(expression, newsfuse.TemporalExpression)
    assert expression == TemporalExpression(12, 17, "today", "2022-01-12", "DATE")
    with pytest.raises(AttributeError):
        expression.value = "x"  # type: ignore[misc]


@pytest.mark.parametrize("published", [D(9999, 12, 31), D(1, 1, 1)])
def test_dates_at_the_ends_of_the_calendar_never_overflow(published: dt.date) -> None:
    text = "The mayor said yesterday that the zone reopens tomorrow, in two weeks or next year."
    found = tag(text, published)
    assert all(_VALUE.fullmatch(value) for _, value, _ in found), found


def test_meantime_values_are_well_formed_timex3_and_offsets_exact(shared_data: Path) -> None:
    path = shared_data / "meantime-en" / "meantime-en.jsonl"
    if not path.is_file():
        pytest.skip(f"MEANTIME not found at {path}")
    with path.open(encoding="utf8") as lines:
        for line in lines:
            article = json.loads(line)
            published = D.fromisoformat(article["published"])
            for t in temporal_expressions(article["text"], published):
                assert article["text"][t.start : t.end] == t.text
                assert _VALUE.fullmatch(t.value), (article["id"], t)


_WORDS = [
    "said", "on", "Monday", "that", "in", "three", "days", "yesterday", "tomorrow", "the",
    "same", "day", "next", "week", "last", "year", "March", "3", "2021", "12:00", "UTC", "p.m.",
    "weekly", "the fourth quarter", "'82", "1980s", "now", "by", "since", "until", "-", ",",
]  # fmt: skip


@given(
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=8)), max_size=14),
    st.one_of(st.none(), st.dates(), st.sampled_from([D(1, 1, 1), D(9999, 12, 31)])),
)
def test_any_text_and_date_give_well_formed_expressions_inside_the_text(
    parts: list[str], published: dt.date | None
) -> None:
    text = " ".join(parts)
    for t in temporal_expressions(text, published):
        assert 0 <= t.start < t.end <= len(text) and text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
