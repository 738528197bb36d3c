"""Alias merging and entity types on hand-made mentions; spelling variants of one name."""

from __future__ import annotations

from newsfuse.analyze.entities.aliases import merge_aliases
from newsfuse.analyze.entities.rules import CUED, GUESSED, MODEL, Mention
from newsfuse.analyze.entities.variants import skeleton, variant_pairs


def _mention(name: str, label: str, weight: int, source: str = "r0", start: int = 0) -> Mention:
    return Mention(name, label, source, start, start + len(name), weight=weight if label else 0)


def test_an_entity_takes_the_majority_of_the_models_types_over_rule_guesses() -> None:
    mentions = [_mention("Orbel", "ORG", MODEL, start=i * 50) for i in range(2)]
    mentions += [_mention("Orbel", "PERSON", GUESSED, start=200 + i * 50) for i in range(5)]
    mentions += [_mention("Orbel", "GPE", MODEL, start=600)]
    (cluster,) = merge_aliases(mentions)
    assert cluster.label == "ORG"


def test_a_title_outweighs_the_model_on_one_mention() -> None:
    mentions = [_mention("Tokayev", "ORG", MODEL), _mention("Tokayev", "PERSON", CUED, start=90)]
    (cluster,) = merge_aliases(mentions)
    assert cluster.label == "PERSON"


def test_nationality_adjectives_are_never_entities() -> None:
    mentions = [
        _mention("Kazakh", "NORP", MODEL),
        _mention("Kazakh Railways", "ORG", CUED, start=40),
    ]
    clusters = merge_aliases(mentions)
    assert [(c.name, c.aliases) for c in clusters] == [("Kazakh Railways", ())]


def test_an_acronym_of_another_type_is_no_alias_by_initials() -> None:
    mentions = [
        _mention("Dorven Harbour Board", "ORG", CUED),
        _mention("DHB", "GPE", MODEL, source="r1"),
    ]
    assert {c.name for c in merge_aliases(mentions)} == {"Dorven Harbour Board", "DHB"}


def test_spelling_variants_of_one_type_merge_and_of_two_types_do_not() -> None:
    same = [_mention("Mangystau", "GPE", MODEL), _mention("Mangistau", "GPE", MODEL, "r1")]
    assert len(merge_aliases(same)) == 1
    mixed = [_mention("Mangystau", "GPE", MODEL), _mention("Mangistau", "PERSON", MODEL, "r1")]
    assert len(merge_aliases(mixed)) == 2


def test_skeleton_forgets_transliteration_differences() -> None:
    assert skeleton("Aqtau") == skeleton("Aktau")
    assert skeleton("Mangystau") == skeleton("Mangistau")
    assert skeleton("Zürich") == skeleton("Zurich")
    assert skeleton("Pier 9") != skeleton("Pier 8")


def test_variant_pairs_one_edit_apart_only_for_long_non_person_names() -> None:
    names = ["Zhanaozen", "Zhanaozan", "Iran", "Iraq", "Jones", "Jonas", "Almaty"]
    exact = [False, False, False, False, True, True, False]
    assert variant_pairs(names, exact) == [(0, 1)]


def test_an_acronym_is_no_short_form_of_a_longer_name_it_begins() -> None:
    mentions = [_mention("US", "ORG", GUESSED), _mention("US Air Force", "ORG", CUED, "r1")]
    assert {c.name for c in merge_aliases(mentions)} == {"US", "US Air Force"}
