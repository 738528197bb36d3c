"""The weekday of one event across reports, read from the parse."""

from __future__ import annotations

import pytest

from newsfuse.align.event_days import event_day_conflicts
from newsfuse.analyze.nlp import analyze_docs, shared_model
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc, Conflict, Syndication


def conflicts(reports: dict[str, str]) -> list[Conflict]:
    if shared_model().nlp is None:
        pytest.skip("the spaCy model is not installed")
    docs = [CleanDoc(id=i, text=t) for i, t in reports.items()]
    sentences = {d.id: split_sentences(d) for d in docs}
    syndication = Syndication(shared_with={}, groups=tuple((d.id,) for d in docs))
    analysis = analyze_docs(sentences, 16) or {}
    return event_day_conflicts(docs, sentences, syndication, analysis)


def test_one_event_on_two_weekdays_is_a_time_conflict() -> None:
    found = conflicts(
        {
            "a": "Winston Blackmore and James Oler were arrested Wednesday.",
            "b": "Blackmore and Oler were arrested by police on Tuesday, the minister said.",
        }
    )
    assert [(c.about, [v.value for v in c.variants]) for c in found] == [
        ("time: when arrested", ["Wednesday", "Tuesday"])
    ]


def test_speech_other_events_and_other_people_are_no_conflict() -> None:
    reports = {
        "a": "Blackmore was arrested on Tuesday, the minister said Wednesday.",
        "b": "Blackmore was arrested Tuesday, police said on Thursday.",
        "c": "Blackmore is expected to appear in court Friday.",
        "d": "Smith was arrested Monday in another case.",
    }
    assert conflicts(reports) == []


def test_a_report_giving_one_event_two_days_is_left_out() -> None:
    reports = {
        "a": "Blackmore was arrested Tuesday. Oler and Blackmore were arrested Wednesday.",
        "b": "Blackmore was arrested on Monday.",
    }
    assert conflicts(reports) == []


def test_the_day_a_paper_reported_is_not_the_day_of_the_event() -> None:
    reports = {
        "a": "The Wasilla church burned down, the Daily News reported Saturday.",
        "b": "The Wasilla church burned, the Daily News reported on Sunday.",
    }
    assert conflicts(reports) == []
