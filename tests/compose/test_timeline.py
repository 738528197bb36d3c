"""The dated timeline across reports, and date conflicts."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfuse.analyze.sentences import split_sentences
from newsfuse.compose.timeline import build_timeline
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication, TimelineEntry

D = dt.date


def doc(id: str, text: str, published: dt.date | None, language: str | None = "en") -> CleanDoc:
    return CleanDoc(id=id, text=text, published=published, language=language)


def timeline(
    *docs: CleanDoc, copies: tuple[tuple[str, ...], ...] = ()
) -> tuple[list[TimelineEntry], list[Conflict]]:
    sentences: dict[str, list[Sentence]] = {d.id: split_sentences(d) for d in docs}
    copied = {s for group in copies for s in group}
    groups = copies + tuple((d.id,) for d in docs if d.id not in copied)
    return build_timeline(docs, sentences, Syndication({}, groups))


WIRE = doc(
    "wire",
    "The fire started on Tuesday at a warehouse near the port.\n"
    "More than 200 firefighters were sent to the scene.\n"
    "The port authority will hold an inquiry on Monday.",
    D(2021, 3, 4),  # Thursday
)
PAPER = doc(
    "paper",
    "A fire broke out at a warehouse near the port on March 2, officials said.\n"
    "Residents were told to keep their windows shut.",
    D(2021, 3, 5),
)


def test_build_timeline_merges_one_event_across_sources() -> None:
    entries, conflicts = timeline(WIRE, PAPER)
    fire = [e for e in entries if e.date == D(2021, 3, 2)]
    assert len(fire) == 1
    assert fire[0].sources == ("wire", "paper")
    # The paper's clause, its attribution "officials said" left out, is the shortest wording.
    assert fire[0].text == "A fire broke out at a warehouse near the port on March 2"
    assert not fire[0].announced
    assert {span.source for span in fire[0].spans} == {"wire", "paper"}
    assert conflicts == []


def test_build_timeline_dates_announced_events_in_order() -> None:
    entries, _ = timeline(WIRE, PAPER)
    assert [e.date for e in entries] == [D(2021, 3, 2), D(2021, 3, 8)]
    inquiry = entries[-1]
    assert inquiry.announced
    assert inquiry.text == "The port authority will hold an inquiry on Monday."


def test_build_timeline_gives_no_entry_without_a_time_expression() -> None:
    entries, _ = timeline(WIRE, PAPER)
    texts = " ".join(e.text for e in entries)
    assert "firefighters" not in texts and "windows" not in texts
    undated = doc("undated", "Crews fought the fire through the night.", D(2021, 3, 4))
    assert timeline(undated) == ([], [])


def test_build_timeline_never_dates_an_event_by_the_dateline() -> None:
    report = doc(
        "agency",
        "LONDON, March 4, 2021 (Agency) — Firefighters are still at the port.\n"
        "The fire started on Tuesday.",
        D(2021, 3, 4),
    )
    entries, _ = timeline(report)
    assert [(e.date, e.text) for e in entries] == [(D(2021, 3, 2), "The fire started on Tuesday.")]


def test_build_timeline_reports_a_date_conflict_and_keeps_the_best_supported_date() -> None:
    first = doc("a", "The fire started on March 3 at the warehouse.", D(2021, 3, 5))
    second = doc("b", "The fire started on March 3 at the warehouse, police said.", D(2021, 3, 5))
    third = doc("c", "The fire started on March 4 at the warehouse.", D(2021, 3, 5))
    entries, conflicts = timeline(first, second, third)
    assert [(e.date, e.sources) for e in entries] == [(D(2021, 3, 3), ("a", "b"))]
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert conflict.about == "date the fire started"
    assert [(v.value, v.sources) for v in conflict.variants] == [
        ("2021-03-03", ("a", "b")),
        ("2021-03-04", ("c",)),
    ]
    assert conflict.variants[1].text == "The fire started on March 4 at the warehouse."
    assert conflict.variants[1].spans[0].source == "c"


def test_build_timeline_counts_syndicated_copies_once_when_settling_a_date() -> None:
    first = doc("a", "The fire started on March 3 at the warehouse.", D(2021, 3, 5))
    copy = doc("a-copy", "The fire started on March 3 at the warehouse.", D(2021, 3, 5))
    second = doc("b", "The fire started on March 4 at the warehouse.", D(2021, 3, 5))
    third = doc("c", "The fire started on Thursday at the warehouse.", D(2021, 3, 5))
    entries, conflicts = timeline(first, copy, second, third, copies=(("a", "a-copy"),))
    assert [e.date for e in entries] == [D(2021, 3, 4)]
    assert conflicts[0].variants[0].sources == ("b", "c")


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (
            "Police arrested a man at the port on Monday.",
            "Police arrested a second man at the port on Wednesday.",
        ),
        (
            "Protests flared at the port on Monday.",
            "Protests flared again at the port on Wednesday.",
        ),
    ],
)
def test_build_timeline_a_repeat_event_on_another_day_is_no_conflict(
    earlier: str, later: str
) -> None:
    entries, conflicts = timeline(doc("a", earlier, D(2021, 3, 4)), doc("b", later, D(2021, 3, 4)))
    assert conflicts == []
    assert [e.date for e in entries] == [D(2021, 3, 1), D(2021, 3, 3)]


def test_build_timeline_one_report_dating_two_days_tells_of_two_events() -> None:
    report = doc(
        "a",
        "Protesters marched to the port on Monday.\nProtesters marched to the port on Tuesday.",
        D(2021, 3, 4),
    )
    entries, conflicts = timeline(report)
    assert conflicts == []
    assert len(entries) == 2


def test_build_timeline_skips_reports_in_other_languages() -> None:
    french = doc("fr", "The fire started on Tuesday at the port.", D(2021, 3, 4), language="fr")
    unknown = doc("x", "The fire started on Tuesday at the port.", D(2021, 3, 4), language=None)
    entries, _ = timeline(french, unknown)
    assert [e.sources for e in entries] == [("x",)]


def test_build_timeline_leaves_relative_dates_of_undated_reports_out() -> None:
    undated = doc("u", "The fire started on Tuesday. It began on March 2, 2021.", None)
    entries, _ = timeline(undated)
    assert [e.date for e in entries] == [D(2021, 3, 2)]
    assert entries[0].text == "It began on March 2, 2021."


def test_build_timeline_merges_one_deal_told_in_a_subordinate_clause_and_dated_differently() -> (
    None
):
    # "on Monday" in one report and "yesterday" in the next day's report: one event.
    monday = doc(
        "a",
        "Meridian Shipping agreed on Monday to sell its Tarrow terminal to Calder Ports "
        "for $300 million, the companies said.",
        D(2024, 5, 6),
    )
    tuesday = doc(
        "b",
        "Dock workers fear for their jobs after Meridian Shipping agreed yesterday to sell "
        "its Tarrow terminal to Calder Ports.",
        D(2024, 5, 7),
    )
    entries, conflicts = timeline(monday, tuesday)
    assert conflicts == []
    assert [(e.date, e.sources) for e in entries] == [(D(2024, 5, 6), ("a", "b"))]


def test_build_timeline_keeps_apart_two_events_of_one_company_on_one_day() -> None:
    profits = doc("a", "Calder Ports reported record profits on Monday.", D(2024, 5, 7))
    deal = doc("b", "Calder Ports agreed on Monday to buy the Tarrow terminal.", D(2024, 5, 7))
    entries, _ = timeline(profits, deal)
    assert [e.sources for e in entries] == [("a",), ("b",)]


def test_build_timeline_entry_is_the_event_clause_with_its_exact_span() -> None:
    text = (
        "Skip to content\n"
        "OSLO, May 7 (Nordwire) - A landslide buried the coastal road near Bergen on Monday, "
        "cutting off two villages, the roads agency said.\n"
    )
    report = doc("a", text, D(2024, 5, 7))
    [entry], _ = timeline(report)
    assert entry.date == D(2024, 5, 6)
    assert entry.text == "A landslide buried the coastal road near Bergen on Monday"
    [span] = entry.spans
    assert text[span.start : span.end] == entry.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine people were hurt in the blast, the police said on Tuesday.",
        "The offer is a 20% premium to the shares' closing price on Tuesday.",
        "Rescuers were still searching the debris on Tuesday.",
        "Two shops were looted in the hours after the blast on Tuesday.",
        "Please consider a donation today so that we can keep reporting.",
    ],
)
def test_build_timeline_gives_no_entry_where_the_day_dates_no_event(sentence: str) -> None:
    assert timeline(doc("a", sentence, D(2024, 5, 8))) == ([], [])


def test_build_timeline_dates_a_statement_to_the_press_as_the_statement() -> None:
    report = doc(
        "a",
        "“The line will reopen within a month,” the rail minister told reporters on Tuesday.",
        D(2024, 5, 8),
    )
    [entry], _ = timeline(report)
    assert (entry.date, entry.text) == (
        D(2024, 5, 7),
        "the rail minister told reporters on Tuesday",
    )


THU = D(2021, 3, 4)


def test_build_timeline_a_mention_resembling_two_events_joins_them_in_the_order_they_grew() -> None:
    fire = "The fire destroyed the warehouse on Tuesday."
    reports = [
        doc("a", fire, THU),
        doc("b", "Police arrested the owner on Tuesday.", THU),
        doc("a2", fire, THU),  # the fire's group grew last
        doc("c", "On Tuesday police arrested the owner as the fire destroyed the warehouse.", THU),
    ]
    entries, conflicts = timeline(*reports)
    assert [(e.date, e.sources) for e in entries] == [(D(2021, 3, 2), ("b", "a", "a2", "c"))]
    assert conflicts == []


def test_build_timeline_merges_hundreds_of_copies_into_one_entry() -> None:
    wordings = [
        "The fire started on March 3 at the warehouse.",
        "A fire broke out at the warehouse on March 3, officials said.",
        "The warehouse fire started on Wednesday.",
    ]
    reports = [doc(f"r{n}", wordings[n % 3], D(2021, 3, 5)) for n in range(300)]
    entries, conflicts = timeline(*reports)
    assert [(e.date, len(e.sources)) for e in entries] == [(D(2021, 3, 3), 300)]
    assert entries[0].sources[:3] == ("r0", "r1", "r2")
    assert conflicts == []
