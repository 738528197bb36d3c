"""Actor slots: one claim told with two different actors, typed by the entity stage."""

from __future__ import annotations

import re

from newsfuse.align.conflicts import find_conflicts
from newsfuse.model import CleanDoc, Conflict, Entity, Sentence, Syndication


def split(doc: CleanDoc) -> list[Sentence]:
    found = []
    for index, match in enumerate(re.finditer(r"\S[^.!?]*[.!?]?", doc.text)):
        found.append(Sentence(doc.id, index, match.start(), match.end(), match.group()))
    return found


def conflicts(reports: dict[str, str], entities: tuple[Entity, ...]) -> list[Conflict]:
    docs = [CleanDoc(id=i, text=t) for i, t in reports.items()]
    syndication = Syndication(shared_with={}, groups=tuple((d.id,) for d in docs))
    return find_conflicts(docs, {d.id: split(d) for d in docs}, syndication, entities)


SENTENCE = "Prosecutors said {} fired the shots that killed two guards outside the county jail."
PEOPLE = (
    Entity("Tom Baker", "PERSON", ("a",)),
    Entity("Jim Wells", "PERSON", ("b",)),
    Entity("Harlan County", "GPE", ("a", "b")),
)


def reports(first: str, second: str) -> dict[str, str]:
    return {"a": SENTENCE.format(first), "b": SENTENCE.format(second)}


def test_two_people_credited_with_one_act_are_an_actor_conflict() -> None:
    found = conflicts(reports("Tom Baker", "Jim Wells"), PEOPLE)
    assert len(found) == 1
    assert found[0].about.startswith("actor: ")
    assert {v.value: v.sources for v in found[0].variants} == {
        "Tom Baker": ("a",),
        "Jim Wells": ("b",),
    }


def test_without_entity_types_there_is_no_actor_conflict() -> None:
    assert conflicts(reports("Tom Baker", "Jim Wells"), ()) == []


def test_a_person_against_a_place_is_no_actor_conflict() -> None:
    assert conflicts(reports("Tom Baker", "Harlan County"), PEOPLE) == []


def test_a_person_against_a_description_is_no_actor_conflict() -> None:
    assert conflicts(reports("Tom Baker", "a former inmate"), PEOPLE) == []


def test_a_person_against_an_organisation_is_no_actor_conflict() -> None:
    typed = (*PEOPLE, Entity("Black Ridge Militia", "ORG", ("b",)))
    assert conflicts(reports("Tom Baker", "Black Ridge Militia"), typed) == []


def test_a_surname_and_the_full_name_are_one_actor() -> None:
    typed = (*PEOPLE, Entity("Baker", "PERSON", ("b",)))
    assert conflicts(reports("Tom Baker", "Baker"), typed) == []
