"""How many people live in the story's place: read from its wordings, compared."""

from __future__ import annotations

import math

from newsfuse.align.populations import population_conflicts, populations_in
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication


def conflicts(reports: dict[str, str]) -> list[Conflict]:
    docs = [CleanDoc(id=i, text=t) for i, t in reports.items()]
    syndication = Syndication(shared_with={}, groups=tuple((d.id,) for d in docs))
    return population_conflicts(docs, {d.id: split_sentences(d) for d in docs}, syndication)


def read(text: str) -> list[tuple[str, float, float]]:
    sentence = Sentence("a", 0, 0, len(text), text)
    return [(p.text, p.low, p.high) for p in populations_in(sentence)]


def test_populations_in_their_common_wordings() -> None:
    assert read("Manokwari, a city of 160,000 people, was hit.") == [("160,000", 155_000, 165_000)]
    assert read("The town is home to 167,000 people.") == [("167,000", 166_500, 167_500)]
    assert read("The city, home by over 170,000 people, shook.")[0][1:] == (
        math.nextafter(170_000, math.inf),
        math.inf,
    )
    assert read("About 800 people live in the community.")[0][:2] == ("About 800", 720)
    assert read("It has a population of approximately 1,000.")[0][0] == "approximately 1,000"
    assert read("An estimated 1,000 Canadians living in Bountiful.")[0][0] == "An estimated 1,000"


def test_other_counts_of_people_are_no_population() -> None:
    assert read("About 700 members living in the province joined.") == []
    assert read("800 people fled the city of Manokwari.") == []


def test_main_populations_that_cannot_both_hold_conflict() -> None:
    found = conflicts(
        {
            "a": "Manokwari, a city of 160,000 people, was hit.",
            "b": "Residents of Manokwari, home to 167,000 people, fled.",
            "c": "Manokwari is home to 167,000 people. Indonesia has a population of 230 million.",
        }
    )
    assert [(c.about, [v.value for v in c.variants]) for c in found] == [
        ("population", ["160,000", "167,000"])
    ]


def test_populations_of_different_places_are_not_compared() -> None:
    reports = {
        "a": "The village, home to 3,000 people, was flattened.",
        "b": "The capital, a city of 160,000 people, was spared.",
    }
    assert conflicts(reports) == []
