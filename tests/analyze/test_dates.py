"""Time expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfuse.analyze.dates.mentions import TimeMention, resolve_times
from newsfuse.model import Sentence, Span

D = dt.date
OFFSET = 40  # sentences sit somewhere inside their report


def times(text: str, published: dt.date | None) -> list[TimeMention]:
    return resolve_times(Sentence("wire", 3, OFFSET, OFFSET + len(text), text), published)


def only(text: str, published: dt.date | None) -> TimeMention:
    found = times(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # Thursday 2021-03-04: "on Tuesday" in the past is two days earlier.
        (D(2021, 3, 4), "The fire started on Tuesday in a warehouse.", D(2021, 3, 2)),
        # Monday 2023-01-02: the Saturday before is in the previous year.
        (D(2023, 1, 2), "Protests broke out on Saturday night.", D(2022, 12, 31)),
        # Friday 2024-03-01: Thursday is leap day.
        (D(2024, 3, 1), "The storm hit the coast on Thursday.", D(2024, 2, 29)),
        # Tuesday 2021-03-02: a past-tense "on Tuesday" in a Tuesday report is that very day.
        (D(2021, 3, 2), "The fire started on Tuesday.", D(2021, 3, 2)),
        (D(2021, 3, 4), "The ministry said last Tuesday that it had acted.", D(2021, 3, 2)),
        (D(2021, 3, 2), "Police made arrests last Tuesday.", D(2021, 2, 23)),
    ],
)
def test_resolve_times_past_weekday_is_latest_on_or_before_publication(
    published: dt.date, text: str, expected: dt.date
) -> None:
    mention = only(text, published)
    assert (mention.start, mention.end) == (expected, expected)
    assert mention.granularity == "day"
    assert mention.relative and not mention.future


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council will vote on Monday.", D(2021, 3, 8)),
        ("The minister is due to visit the site on Saturday.", D(2021, 3, 6)),
        ("The trial is expected to open on Wednesday.", D(2021, 3, 10)),
        ("A hearing is scheduled for Friday.", D(2021, 3, 5)),
        ("Talks resume next Thursday.", D(2021, 3, 11)),
    ],
)
def test_resolve_times_future_weekday_is_the_next_one(text: str, expected: dt.date) -> None:
    mention = only(text, D(2021, 3, 4))  # a Thursday
    assert mention.start == expected
    assert mention.future


def test_resolve_times_reads_tense_per_clause() -> None:
    found = times(
        "Police said on Monday that the suspect will appear in court on Friday.", D(2021, 3, 4)
    )
    assert [(m.text, m.start, m.future) for m in found] == [
        ("on Monday", D(2021, 3, 1), False),
        ("on Friday", D(2021, 3, 5), True),
    ]
    leading = only("On Friday, the court will hear the case.", D(2021, 3, 4))
    assert leading.start == D(2021, 3, 5) and leading.future


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crews contained the blaze yesterday.", D(2021, 3, 3)),
        ("The mayor spoke late last night.", D(2021, 3, 3)),
        ("The mayor spoke today.", D(2021, 3, 4)),
        ("The report is published tomorrow.", D(2021, 3, 5)),
        ("It began the day before yesterday.", D(2021, 3, 2)),
        ("The plant closed five days ago.", D(2021, 2, 27)),
        ("Ten days ago the river burst its banks.", D(2021, 2, 22)),
    ],
)
def test_resolve_times_relative_days(text: str, expected: dt.date) -> None:
    mention = only(text, D(2021, 3, 4))
    assert (mention.start, mention.end, mention.granularity) == (expected, expected, "day")


def test_resolve_times_relative_periods_are_calendar_ranges() -> None:
    published = D(2021, 3, 4)  # Thursday
    found = {m.text: m for m in times("Last week the mayor resigned.", published)}
    assert (found["Last week"].start, found["Last week"].end) == (D(2021, 2, 22), D(2021, 2, 28))
    assert found["Last week"].granularity == "week"
    month = only("Protests began earlier this month.", published)
    assert (month.start, month.end, month.granularity) == (D(2021, 3, 1), published, "month")
    year = only("The firm lost money last year.", D(2021, 1, 5))
    assert (year.start, year.end) == (D(2020, 1, 1), D(2020, 12, 31))
    ahead = only("Elections will be held next week.", published)
    assert (ahead.start, ahead.end, ahead.future) == (D(2021, 3, 8), D(2021, 3, 14), True)
    weeks = only("The plant closed two weeks ago.", published)
    assert (weeks.start, weeks.granularity) == (D(2021, 2, 18), "day")
    months = only("The plant closed three months ago.", published)
    assert (months.start, months.granularity) == (D(2020, 12, 4), "month")


def test_resolve_times_announced_spans_ahead_of_publication() -> None:
    deal = only("A deal is expected within a fortnight.", D(2021, 3, 4))
    assert (deal.start, deal.end, deal.future) == (D(2021, 3, 4), D(2021, 3, 18), True)
    vote = only("The vote will take place in two days.", D(2021, 3, 4))
    assert (vote.start, vote.future) == (D(2021, 3, 6), True)
    filing = only("Orbel will file the deal with regulators in two weeks.", D(2023, 10, 3))
    assert (filing.start, filing.granularity, filing.future) == (D(2023, 10, 17), "day", True)


def test_resolve_times_in_days_of_a_past_event_is_not_a_date() -> None:
    assert times("In two days of fighting, 40 people were killed.", D(2021, 3, 4)) == []
    assert times("Within two weeks the virus had spread.", D(2021, 3, 4)) == []


@pytest.mark.parametrize(
    ("published", "text", "start", "end"),
    [
        (D(2021, 3, 4), "The festival runs for Sept. 5-19.", D(2021, 9, 5), D(2021, 9, 19)),
        (D(2021, 8, 1), "Schools close Aug. 30-Sept. 2.", D(2021, 8, 30), D(2021, 9, 2)),
        (D(2021, 12, 1), "Offices shut Dec. 30-Jan. 2.", D(2021, 12, 30), D(2022, 1, 2)),
        (None, "The fair ran 5-19 September 2019.", D(2019, 9, 5), D(2019, 9, 19)),
        (None, "It runs Dec. 28, 2021-Jan. 3, 2022.", D(2021, 12, 28), D(2022, 1, 3)),
        (D(2021, 3, 4), "Roads stay shut from Monday to Wednesday.", D(2021, 3, 1), D(2021, 3, 3)),
    ],
)
def test_resolve_times_date_ranges(
    published: dt.date | None, text: str, start: dt.date, end: dt.date
) -> None:
    found = times(text, published)
    assert [(m.start, m.end, m.granularity) for m in found] == [(start, end, "day")]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (D(2021, 3, 4), "The fire started on March 3, 2021.", D(2021, 3, 3)),
        (D(2021, 3, 4), "The fire started on March 3.", D(2021, 3, 3)),
        (D(2021, 3, 4), "The fire started on 3 March.", D(2021, 3, 3)),
        (D(2021, 3, 4), "The fire started on the 3rd of March.", D(2021, 3, 3)),
        # Early January: a past "Dec. 28" is last year's.
        (D(2021, 1, 5), "Flooding began on Dec. 28.", D(2020, 12, 28)),
        # Late December: an announced "Jan. 10" is next year's.
        (D(2021, 12, 20), "The law will take effect on Jan. 10.", D(2022, 1, 10)),
        (D(2024, 3, 1), "He died on Thursday, Feb. 29.", D(2024, 2, 29)),
        (None, "The sale closed on 14.09.2023 after delays.", D(2023, 9, 14)),
        (None, "The sale closed on 2023-09-14.", D(2023, 9, 14)),
    ],
)
def test_resolve_times_calendar_dates(
    published: dt.date | None, text: str, expected: dt.date
) -> None:
    mention = only(text, published)
    assert (mention.start, mention.end, mention.granularity) == (expected, expected, "day")


def test_resolve_times_keeps_a_written_year_absolute() -> None:
    mention = only("The fire started on March 3, 2021.", None)
    assert not mention.relative
    assert mention.text == "March 3, 2021"


@pytest.mark.parametrize(
    "text",
    [
        "Some 4.300 people were evacuated and turnout rose 12.5 percent.",
        "Version 3.4.5 shipped; call 020.7946.0958 for details.",
        "The score was 31.04.2022 in the ledger.",  # April has no 31st
        "Officials may meet again soon.",
    ],
)
def test_resolve_times_ignores_numbers_that_are_not_dates(text: str) -> None:
    assert times(text, D(2021, 3, 4)) == []


def test_resolve_times_without_publication_date_skips_relative_expressions() -> None:
    found = times("On Tuesday, five days after the March 3, 2021 blast, crews left.", None)
    assert [m.text for m in found] == ["March 3, 2021"]


def test_resolve_times_spans_point_into_the_report() -> None:
    text = "Crews contained the blaze yesterday."
    mention = only(text, D(2021, 3, 4))
    assert mention.span.source == "wire"
    assert (mention.span.start, mention.span.end) == (OFFSET + 26, OFFSET + 35)
    assert text[mention.span.start - OFFSET : mention.span.end - OFFSET] == "yesterday"


def test_resolve_times_duration_runs_from_the_stated_event_date() -> None:
    found = times("On Monday the government imposed a two-week curfew.", D(2021, 3, 4))
    curfew = next(m for m in found if m.text == "two-week curfew")
    assert (curfew.start, curfew.end) == (D(2021, 3, 1), D(2021, 3, 14))
    freeze = next(
        m
        for m in times("The 90-day freeze takes effect on Jan. 1, 2021.", None)
        if "freeze" in m.text
    )
    assert (freeze.start, freeze.end) == (D(2021, 1, 1), D(2021, 3, 31))


def test_resolve_times_duration_without_event_date_is_not_placed() -> None:
    assert times("The government imposed a two-week curfew.", D(2021, 3, 4)) == []


def test_resolve_times_months_and_years() -> None:
    found = {m.text: m for m in times("Output fell in 2020 and again in March 2021.", None)}
    assert (found["in 2020"].start, found["in 2020"].granularity) == (D(2020, 1, 1), "year")
    assert (found["March 2021"].end, found["March 2021"].granularity) == (D(2021, 3, 31), "month")
    last_march = only("Prices rose last March.", D(2021, 3, 20))
    assert last_march.start == D(2020, 3, 1)


WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31)), st.integers(0, 6))
def test_resolve_times_weekday_lands_on_that_weekday_within_a_week(
    published: dt.date, weekday: int
) -> None:
    past = only(f"The strike began on {WEEKDAY_NAMES[weekday]}.", published)
    ahead = only(f"The strike will end on {WEEKDAY_NAMES[weekday]}.", published)
    assert past.start.weekday() == ahead.start.weekday() == weekday
    assert 0 <= (published - past.start).days <= 6
    assert 0 <= (ahead.start - published).days <= 6


def test_resolve_times_reads_one_wording_afresh_for_each_report_and_date() -> None:
    text = "The fire started on Tuesday at the port."
    early = resolve_times(Sentence("wire", 0, 0, len(text), text), D(2021, 3, 4))
    late = resolve_times(Sentence("paper", 5, 100, 100 + len(text), text), D(2021, 3, 12))
    assert [(m.start, m.span) for m in early] == [(D(2021, 3, 2), Span("wire", 17, 27))]
    assert [(m.start, m.span) for m in late] == [(D(2021, 3, 9), Span("paper", 117, 127))]
    assert resolve_times(Sentence("blog", 0, 0, len(text), text), None) == []


def test_resolve_times_counts_reported_speech_from_the_day_of_the_speech() -> None:
    # Published Wednesday 2022-01-12; the speech was on Monday the 10th.
    text = "The minister said on Monday that the curfew will be lifted in three days."
    days = [(m.text, m.start) for m in times(text, D(2022, 1, 12))]
    assert days == [("on Monday", D(2022, 1, 10)), ("in three days", D(2022, 1, 13))]


@pytest.mark.parametrize("published", [D(9999, 12, 31), D(1, 1, 1), D(9999, 12, 25)])
def test_resolve_times_at_the_ends_of_the_calendar_leaves_out_days_beyond_them(
    published: dt.date,
) -> None:
    text = "Crews left yesterday and return tomorrow for a two-week stay, or next month."
    for mention in times(text, published):
        assert dt.date.min <= mention.start <= mention.end <= dt.date.max
    assert any(m.text == "tomorrow" for m in times(text, D(9999, 12, 30)))
