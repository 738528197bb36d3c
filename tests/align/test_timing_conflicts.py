"""Expected closing dates of a deal, told as periods that do or do not meet."""

from __future__ import annotations

import datetime as dt

from newsfuse.align.timing_conflicts import timing_conflicts
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication

PUBLISHED = dt.date(2024, 6, 3)


def check(reports: dict[str, str], published: dict[str, dt.date] | None = None) -> list[Conflict]:
    dates = published or {}
    docs = [CleanDoc(id=i, text=t, published=dates.get(i, PUBLISHED)) for i, t in reports.items()]
    sentences = {d.id: [Sentence(d.id, 0, 0, len(d.text), d.text)] for d in docs}
    return timing_conflicts(docs, sentences, Syndication({}, tuple((d.id,) for d in docs)))


def test_timing_conflicts_quarter_against_an_earlier_deadline() -> None:
    found = check(
        {
            "a": "The merger should be finalised in the first quarter of 2025.",
            "b": "The companies expect the deal to close by the end of the year.",
        }
    )
    assert [[v.sources for v in c.variants] for c in found] == [[("a",), ("b",)]]


def test_timing_conflicts_overlapping_periods_agree() -> None:
    reports = {
        "a": "The deal is expected to close in the fourth quarter.",
        "b": "The takeover is due to be completed by the end of the year.",
        "c": "The acquisition is expected to close in the second half of 2024.",
    }
    assert check(reports) == []


def test_timing_conflicts_hedged_or_negated_timing_is_no_claim() -> None:
    reports = {
        "a": "The deal is expected to close in the first quarter of 2025.",
        "b": "The deal could close by the end of the year if regulators agree.",
        "c": "The deal is not expected to close in the third quarter of 2024.",
    }
    assert check(reports) == []


def test_timing_conflicts_other_milestones_are_not_the_closing() -> None:
    reports = {
        "a": "The deal is expected to close in the first quarter of 2025.",
        "b": "The deal was announced in the second quarter of 2024, and the plant will close.",
    }
    assert check(reports) == []


def test_timing_conflicts_reports_weeks_apart_may_follow_a_new_timetable() -> None:
    reports = {
        "a": "The deal is expected to close in the first quarter of 2025.",
        "b": "The deal is now expected to close by the end of the year.",
    }
    apart = {"a": PUBLISHED, "b": PUBLISHED + dt.timedelta(days=30)}
    assert check(reports, apart) == []
    assert len(check(reports)) == 1
