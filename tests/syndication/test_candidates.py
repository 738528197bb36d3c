"""Candidate pairs from MinHash LSH."""

from __future__ import annotations

import random
from pathlib import Path

from newsfuse.settings import Settings
from newsfuse.syndication.candidates import candidate_pairs

STORIES = Path(__file__).parent / "stories"


def _story(name: str) -> str:
    return (STORIES / f"{name}.txt").read_text(encoding="utf-8")


def _unrelated_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    vocabulary = [f"w{n}" for n in range(5000)]
    return [" ".join(rng.choice(vocabulary) for _ in range(120)) + "." for _ in range(count)]


def test_candidate_pairs_propose_an_edited_copy() -> None:
    texts = [_story("wire"), _story("derailment"), _story("edited_copy")]
    assert candidate_pairs(texts, Settings()) == [(0, 2)]


def test_candidate_pairs_skip_texts_without_words() -> None:
    assert candidate_pairs(["", "...", ""], Settings()) == []


def test_candidate_pairs_are_few_among_unrelated_texts() -> None:
    texts = [*_unrelated_texts(300, seed=7), _story("wire"), _story("wire")]
    assert candidate_pairs(texts, Settings()) == [(300, 301)]
