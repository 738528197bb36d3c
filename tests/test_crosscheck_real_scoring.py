"""How bench/crosscheck_real.py matches a brief to the ECB+ gold, on small hand-made briefs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from newsfuse.model import (
    Brief,
    CleanDoc,
    Conflict,
    Fact,
    SharedWith,
    Span,
    Syndication,
    Variant,
)
from tests.conftest import ROOT

TEXTS = {
    "a": "Quake felt in Napa\nThe quake had a depth of 1. 2 miles.\nIt struck at 2:09 a.m.",
    "b": "The quake had a depth of 12 miles, the USGS said.\nIt struck at 2:09 a.m. Thursday.",
    "c": "Was it felt?\nThe quake had a depth of 12 miles.",
}


@pytest.fixture(scope="module")
def real() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import crosscheck_real

        yield crosscheck_real
    finally:
        sys.path.remove(str(ROOT / "bench"))


def span(doc: str, phrase: str) -> Span:
    start = TEXTS[doc].index(phrase)
    return Span(doc, start, start + len(phrase))


def sentence(doc: str, line: int) -> tuple[str, Span]:
    text = TEXTS[doc].split("\n")[line]
    return text, span(doc, text)


def variant(value: str, *places: tuple[str, int]) -> Variant:
    spans = tuple(sentence(doc, line)[1] for doc, line in places)
    return Variant(value, sentence(*places[0])[0], tuple(s.source for s in spans), spans)


def fact(independent: int, *places: tuple[str, int]) -> Fact:
    spans = tuple(sentence(doc, line)[1] for doc, line in places)
    return Fact(sentence(*places[0])[0], tuple(s.source for s in spans), independent, spans)


def brief(**parts: Any) -> Brief:
    sources = tuple(CleanDoc(id=doc, text=text) for doc, text in TEXTS.items())
    groups = parts.pop("groups", (("a",), ("b",), ("c",)))
    shared = parts.pop("shared_with", {})
    return Brief("t", sources, Syndication(shared_with=shared, groups=groups), **parts)


GOLD: dict[str, Any] = {
    "story": "s",
    "conflicts": [
        {
            "about": "depth",
            "kind": "figure",
            "sides": [
                {"value": "1.2 miles", "phrases": {"a": "a depth of 1. 2 miles"}},
                {"value": "12 miles", "phrases": {"b": "a depth of 12 miles"}},
            ],
        }
    ],
    "non_conflicts": [
        {
            "about": "time",
            "reason": "same time",
            "sides": [
                {"value": "2:09", "phrases": {"a": "It struck at 2:09 a.m."}},
                {"value": "2:09 Thursday", "phrases": {"b": "It struck at 2:09 a.m. Thursday."}},
            ],
        }
    ],
    "shared_facts": [
        {
            "claim": "the time",
            "phrases": {"a": "struck at 2:09 a.m.", "b": "struck at 2:09 a.m. Thursday"},
            "independent_outlets": 2,
        }
    ],
    "wire_copies": [{"documents": ["b", "c"]}],
    "partial_copies": [{"documents": ["a", "b"]}],
    "not_copies": [{"documents": ["a", "c"]}],
}


def test_a_conflict_matches_when_two_variants_cover_two_sides(real: ModuleType) -> None:
    conflict = Conflict("depth", (variant("1.2 miles", ("a", 1)), variant("12 miles", ("b", 0))))
    story = real.Story(GOLD, brief(conflicts=(conflict,)))
    precision, recall, lookalikes = real.score_conflicts(story)
    assert (precision.right, precision.total, recall.right, recall.total) == (1, 1, 1, 1)
    assert lookalikes == 0


def test_one_variant_holding_both_sides_is_no_match(real: ModuleType) -> None:
    merged = variant("some depth", ("a", 1), ("b", 0))
    conflict = Conflict("depth", (merged, variant("other", ("c", 1))))
    precision, recall, _ = real.score_conflicts(real.Story(GOLD, brief(conflicts=(conflict,))))
    assert (precision.right, recall.right) == (0, 0)


def test_a_conflict_on_a_labelled_look_alike_is_counted_apart(real: ModuleType) -> None:
    conflict = Conflict("time", (variant("2:09", ("a", 2)), variant("Thursday", ("b", 1))))
    precision, _, lookalikes = real.score_conflicts(real.Story(GOLD, brief(conflicts=(conflict,))))
    assert (precision.right, precision.total, lookalikes) == (0, 1, 1)


def test_a_shared_fact_needs_two_documents_and_its_count_is_compared(real: ModuleType) -> None:
    judge = real.ClaimJudge(None)
    one = real.score_facts(real.Story(GOLD, brief(facts=(fact(1, ("a", 2)),))), judge)
    assert one["recall"].right == 0
    both = real.score_facts(real.Story(GOLD, brief(facts=(fact(1, ("a", 2), ("b", 1)),))), judge)
    assert (both["recall"].right, both["exact"].right, both["error"]) == (1, 0, 1)


def test_partial_copies_are_neither_right_nor_wrong(real: ModuleType) -> None:
    linked = brief(
        groups=(("a", "b", "c"),),
        shared_with={"a": (SharedWith("b", 0.3),)},
    )
    precision, recall, on_not_copies = real.score_copies(real.Story(GOLD, linked))
    # Pairs a-b (partial, left out), b-c (a copy) and a-c (labelled not a copy).
    assert (precision.right, precision.total, recall.right, recall.total) == (1, 2, 1, 1)
    assert on_not_copies == 1


def test_headings_questions_and_split_numbers_are_not_claims(real: ModuleType) -> None:
    judge = real.ClaimJudge(None)
    heading = fact(1, ("a", 0))
    question = fact(1, ("c", 0))
    split = Fact("2 miles.", ("a",), 1, (span("a", "2 miles."),))
    claim = fact(1, ("a", 1))
    assert judge.reason(heading, TEXTS) == "heading, dateline or caption"
    assert judge.reason(question, TEXTS) is not None
    assert judge.reason(split, TEXTS) == "fragment"
    assert judge.reason(claim, TEXTS) is None
