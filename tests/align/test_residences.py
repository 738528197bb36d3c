"""Where a named person lives: read from appositions, compared across reports."""

from __future__ import annotations

from newsfuse.align.residences import residence_conflicts, residences_in
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication


def conflicts(reports: dict[str, str]) -> list[Conflict]:
    docs = [CleanDoc(id=i, text=t) for i, t in reports.items()]
    syndication = Syndication(shared_with={}, groups=tuple((d.id,) for d in docs))
    return residence_conflicts(docs, {d.id: split_sentences(d) for d in docs}, syndication)


def read(text: str) -> list[tuple[str, str, str]]:
    sentence = Sentence("a", 0, 0, len(text), text)
    return [(r.person, r.name, r.place) for r in residences_in(sentence)]


def test_homes_in_appositions_and_relative_clauses() -> None:
    assert read("Police said Anthony LaSalle, 36, of Minneapolis, hit her.") == [
        ("lasalle", "Anthony LaSalle", "Minneapolis")
    ]
    assert read("Police stopped LaSalle, of Bloomington, when he hit a car.") == [
        ("lasalle", "LaSalle", "Bloomington")
    ]
    assert read("Chohan, who lived half a mile away in South Ozone Park, died.") == [
        ("chohan", "Chohan", "South Ozone Park")
    ]
    assert read("Raj K. Chohan, 59, of College Point, was found.") == [
        ("chohan", "Raj K. Chohan", "College Point")
    ]


def test_a_sentence_opening_word_alone_is_no_name() -> None:
    assert read("Police, of course, said nothing.") == []


def test_two_homes_of_one_person_from_independent_reports_conflict() -> None:
    found = conflicts(
        {
            "a": "Anthony Phillip LaSalle, 36, of Bloomington, was charged.",
            "b": "Anthony LaSalle, 36, of Minneapolis, was charged.",
        }
    )
    assert [(c.about, [v.value for v in c.variants]) for c in found] == [
        ("place: where Anthony Phillip LaSalle lives", ["Bloomington", "Minneapolis"])
    ]


def test_a_place_within_another_or_a_region_holding_streets_is_no_conflict() -> None:
    reports = {
        "a": "Raj Chohan, 59, of Queens, was hit on 117th Street in Queens.",
        "b": "Raj K. Chohan, 59, of College Point, was found.",
        "c": "John Smith, 40, of Dover, spoke.",
        "d": "Smith, of Dover Heights, spoke.",
    }
    assert conflicts(reports) == []
