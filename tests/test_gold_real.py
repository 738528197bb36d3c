"""The hand-labelled ECB+ gold (bench/gold/ecbplus) is well formed and quotes its texts exactly."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SHARED_DATA

GOLD = ROOT / "bench" / "gold" / "ecbplus"
STORIES = sorted(p for p in GOLD.glob("*.json") if p.name != "baseline.json")
KINDS = {"figure", "place", "time", "actor", "claim"}
SECTIONS = {
    "story",
    "title",
    "conflicts",
    "non_conflicts",
    "shared_facts",
    "wire_copies",
    "partial_copies",
    "not_copies",
}


def load(path: Path) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return gold


def phrases_of(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """Every (document id, phrase) the gold quotes."""
    found = [
        (doc, phrase)
        for section in ("conflicts", "non_conflicts")
        for entry in gold[section]
        for side in entry["sides"]
        for doc, phrase in side["phrases"].items()
    ]
    found += [
        (doc, phrase) for fact in gold["shared_facts"] for doc, phrase in fact["phrases"].items()
    ]
    return found


def documents_of(gold: dict[str, Any]) -> set[str]:
    named = {doc for doc, _ in phrases_of(gold)}
    for section in ("wire_copies", "partial_copies", "not_copies"):
        for entry in gold.get(section, []):
            named.update(entry["documents"])
    return named


def pairs(entries: list[dict[str, Any]]) -> set[frozenset[str]]:
    return {frozenset(p) for e in entries for p in combinations(sorted(e["documents"]), 2)}


def is_phrase(value: Any) -> bool:
    return isinstance(value, str) and value == value.strip() and len(value) >= 2


def test_at_least_twelve_stories_are_labelled() -> None:
    assert len(STORIES) >= 12
    assert len({load(p)["story"] for p in STORIES}) == len(STORIES)


def test_the_licence_and_attribution_sit_next_to_the_labels() -> None:
    assert (GOLD / "LICENSE-ECBplus-CC-BY-3.0.txt").is_file()
    attribution = (GOLD / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "Cybulska" in attribution and "CC BY 3.0" in attribution


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.stem)
def test_gold_follows_the_schema(path: Path) -> None:
    gold = load(path)
    assert gold["story"] == path.stem
    assert set(gold) <= SECTIONS
    assert SECTIONS - {"partial_copies"} <= set(gold)
    for section in ("conflicts", "non_conflicts"):
        for entry in gold[section]:
            assert entry["about"].strip(), f"{section}: empty 'about'"
            assert len(entry["sides"]) >= 2, f"{entry['about']}: a disagreement needs two sides"
            for side in entry["sides"]:
                assert side["value"].strip() and side["phrases"]
                assert all(is_phrase(p) for p in side["phrases"].values())
    for entry in gold["conflicts"]:
        assert entry["kind"] in KINDS, entry["about"]
    for entry in gold["non_conflicts"]:
        assert entry["reason"].strip(), entry["about"]
    for fact in gold["shared_facts"]:
        assert len(fact["phrases"]) >= 2, f"{fact['claim']}: shared by one document only"
        assert all(is_phrase(p) for p in fact["phrases"].values())
        outlets = fact["independent_outlets"]
        assert isinstance(outlets, int) and 1 <= outlets <= len(fact["phrases"]), fact["claim"]
    for section in ("wire_copies", "partial_copies", "not_copies"):
        for entry in gold.get(section, []):
            assert len(set(entry["documents"])) == len(entry["documents"]) >= 2, section


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.stem)
def test_copy_labels_do_not_contradict_each_other(path: Path) -> None:
    gold = load(path)
    copies = pairs(gold["wire_copies"])
    assert not copies & pairs(gold["not_copies"]), "a pair is both a copy and not a copy"
    partial = pairs(gold.get("partial_copies", []))
    assert not copies & partial, "a pair is a copy and partial"
    assert not partial & pairs(gold["not_copies"]), "a pair is partial and not a copy"


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.stem)
def test_conflict_sides_state_different_values(path: Path) -> None:
    for entry in load(path)["conflicts"]:
        values = [side["value"] for side in entry["sides"]]
        assert len(set(values)) == len(values), entry["about"]


@pytest.fixture(scope="module")
def corpus() -> dict[str, dict[str, Any]]:
    path = SHARED_DATA / "clustering-dev" / "ecbplus.jsonl"
    if not path.is_file():
        pytest.skip(f"ECB+ documents not found at {path}")
    records = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {record["id"]: record for record in records}


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.stem)
def test_every_document_exists_in_the_story(path: Path, corpus: dict[str, dict[str, Any]]) -> None:
    gold = load(path)
    for doc in documents_of(gold):
        assert doc in corpus, f"{doc}: no such ECB+ dev document"
        assert corpus[doc]["story"] == gold["story"], f"{doc} belongs to {corpus[doc]['story']}"


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.stem)
def test_every_phrase_is_a_substring_of_its_document(
    path: Path, corpus: dict[str, dict[str, Any]]
) -> None:
    missing = [
        f"{doc}: {phrase!r}"
        for doc, phrase in phrases_of(load(path))
        if phrase not in corpus.get(doc, {}).get("text", "")
    ]
    assert not missing, "phrases not found verbatim:\n" + "\n".join(missing)


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.stem)
def test_stories_have_enough_documents(path: Path, corpus: dict[str, dict[str, Any]]) -> None:
    story = load(path)["story"]
    assert sum(record["story"] == story for record in corpus.values()) >= 6
