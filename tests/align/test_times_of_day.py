"""The time of day of a story's incident: read as intervals, compared across reports."""

from __future__ import annotations

from newsfuse.align.times_of_day import time_conflicts, times_in
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication


def conflicts(reports: dict[str, str]) -> list[Conflict]:
    docs = [CleanDoc(id=i, text=t) for i, t in reports.items()]
    syndication = Syndication(shared_with={}, groups=tuple((d.id,) for d in docs))
    return time_conflicts(docs, {d.id: split_sentences(d) for d in docs}, syndication)


def read(text: str) -> list[tuple[str, int, int, str]]:
    sentence = Sentence("a", 0, 0, len(text), text)
    return [(t.text, t.low, t.high, t.zone) for t in times_in(sentence)]


def test_times_of_day_as_the_intervals_their_wording_allows() -> None:
    assert read("He was stopped at 2:30 a.m. on the freeway.") == [("2:30 a.m.", 148, 152, "")]
    assert read("He was stopped shortly after 2 a.m. on Route 52.") == [
        ("shortly after 2 a.m.", 120, 135, "")
    ]
    assert read("It struck at about 1: 00 am Sunday.") == [("at about 1: 00 am", 50, 70, "")]
    assert read("She was hit around 7 p.m. on Friday.") == [("around 7 p.m.", 1125, 1155, "")]
    assert read("The quake struck inland at 0737 GMT today.") == [("0737 GMT", 455, 459, "GMT")]


def test_deadlines_and_periods_are_no_point_in_time() -> None:
    assert read("He was released by 6 a.m. and stayed until 9 p.m.") == []


def test_incident_times_that_cannot_both_hold_conflict() -> None:
    found = conflicts(
        {
            "a": "Jackson failed sobriety tests shortly after 2 a.m. on Route 52.",
            "b": "Jackson was driving east just after 2:30 a.m. when he was pulled over.",
        }
    )
    assert [[v.value for v in c.variants] for c in found] == [
        ["shortly after 2 a.m.", "just after 2:30 a.m."]
    ]


def test_compatible_wordings_other_clocks_and_other_incidents_are_no_conflict() -> None:
    reports = {
        "a": "She was struck just after 7 p.m. outside the store.",
        "b": "She was struck around 7 p.m. outside the store on Wednesday.",
        "c": "Police responded to the crash at 7:01 p.m. on Friday.",
    }
    assert conflicts(reports) == []
    clocks = {
        "a": "The quake struck inland at 0737 GMT at a shallow depth.",
        "b": "It took place at 7:37 AM local time in the province.",
    }
    assert conflicts(clocks) == []
    series = {
        "a": "The quake struck off the coast at 7:48 a.m. local time today.",
        "b": "The first quake struck at 4:43 a.m. local time on Sunday.",
    }
    assert conflicts(series) == []


def test_headlines_and_datelines_are_skipped() -> None:
    reports = {
        "a": "Posted 2/3/2009 11:11 PM\nWilliams was stopped at about 1:30 a.m. on Sunday.",
        "b": "Williams was driving his car at about 1:30 a.m. on the highway.",
    }
    assert conflicts(reports) == []


def test_a_period_between_two_times_is_no_point_in_time() -> None:
    assert read("A curfew is in force from 10 p.m. to 6 a.m. in the docks.") == []
    assert read("Roads are shut 10 p.m. - 6 a.m. each night.") == []


def test_what_is_to_come_is_not_the_incident() -> None:
    reports = {
        "a": "Orozco is scheduled to appear in court at 1:45 p.m. today. He was seen at 3 p.m.",
        "b": "Gunfire was reported at about 3 p.m. in the Hawaiian Gardens area.",
    }
    assert conflicts(reports) == []
