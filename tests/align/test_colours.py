"""The colour of one named object across reports."""

from __future__ import annotations

from newsfuse.align.colours import colour_conflicts, colours_in
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication


def conflicts(reports: dict[str, str]) -> list[Conflict]:
    docs = [CleanDoc(id=i, text=t) for i, t in reports.items()]
    syndication = Syndication(shared_with={}, groups=tuple((d.id,) for d in docs))
    return colour_conflicts(docs, {d.id: split_sentences(d) for d in docs}, syndication)


def read(text: str) -> list[tuple[str, str, str]]:
    sentence = Sentence("a", 0, 0, len(text), text)
    return [(c.thing, c.colour, c.name) for c in colours_in(sentence)]


def test_colours_of_named_objects_a_model_year_between_or_before() -> None:
    assert read("She was struck by a gray 2013 Toyota Camry.") == [
        ("camry", "grey", "Toyota Camry")
    ]
    assert read("She was hit by a 2013 silver Camry.") == [("camry", "silver", "Camry")]


def test_names_that_hold_a_colour_and_unnamed_objects_are_not_read() -> None:
    assert read("They lost to Green Bay after a red light and a blue car.") == []


def test_two_colours_for_one_named_object_conflict() -> None:
    found = conflicts(
        {
            "a": "She was struck by a grey Toyota Camry heading north.",
            "b": "She was hit by a silver Toyota Camry and sent flying.",
            "c": "Police found the gray Camry a few blocks away.",
        }
    )
    assert [(c.about, [v.value for v in c.variants]) for c in found] == [
        ("colour of the Toyota Camry", ["grey", "silver"])
    ]


def test_a_report_giving_one_object_two_colours_is_left_out() -> None:
    reports = {
        "a": "A white Ford hit a red Ford at the junction.",
        "b": "The crash involved a blue Ford.",
    }
    assert conflicts(reports) == []
