"""Indexed lookups in the conflict and timeline checks find what scanning every pair found."""

from __future__ import annotations

import json
import random
from itertools import combinations
from pathlib import Path

import pytest

from newsfuse.align import denials, slots
from newsfuse.align.claims_compare import Claim, claims_of
from newsfuse.analyze.sentences import split_sentences
from newsfuse.compose import timeline
from newsfuse.model import CleanDoc, Syndication

ECB = Path(__file__).resolve().parents[2] / "shared" / "data" / "clustering-dev" / "ecbplus.jsonl"


def _ecb_claims(stories: int) -> list[Claim]:
    if not ECB.exists():
        pytest.skip("../shared/data/clustering-dev is absent")
    records = [json.loads(line) for line in ECB.read_text(encoding="utf-8").splitlines()]
    wanted = sorted({r["topic"] for r in records})[:stories]
    docs = [CleanDoc(id=r["id"], text=r["text"]) for r in records if r["topic"] in wanted]
    sentences = {d.id: split_sentences(d) for d in docs}
    return claims_of(docs, sentences, Syndication({}, tuple((d.id,) for d in docs)))


def test_assertions_of_a_denial_are_those_found_by_reading_every_sentence() -> None:
    claims = _ecb_claims(6)
    texts: dict[str, list[int]] = {}
    for index, claim in enumerate(claims):
        texts.setdefault(claim.sentence.text, []).append(index)
    holders = denials._holders(claims, texts)
    propositions = {p[1:] for c in claims if (p := denials.denied(c))}
    assert len(propositions) >= 3
    for core, plain in propositions:
        every = sorted(
            i for at in texts.values() if denials._asserts(claims[at[0]], core, plain) for i in at
        )
        assert denials._asserting(claims, texts, holders, core, plain) == every


def test_slot_candidates_hold_every_pair_that_can_qualify() -> None:
    distinct = list({c.sentence.text: c for c in _ecb_claims(4)}.values())
    found = set(slots._candidate_pairs(distinct))
    qualifying = {
        (j, i)
        for j, i in combinations(range(len(distinct)), 2)
        if len(distinct[i].content & distinct[j].content) >= slots.MIN_SHARED
        and len(distinct[i].unquoted & distinct[j].unquoted)
        >= slots.SLOT_JACCARD * len(distinct[i].unquoted | distinct[j].unquoted)
        > 0
    }
    assert qualifying  # the stories repeat sentences with small edits
    assert qualifying <= found
    assert all(len(distinct[i].content & distinct[j].content) >= slots.MIN_SHARED for j, i in found)


def test_misdated_candidates_are_the_groups_holding_near_identical_wordings() -> None:
    rng = random.Random(3)
    vocabulary = [f"w{n}" for n in range(14)]
    groups = [
        [frozenset(rng.sample(vocabulary, rng.randint(2, 5))) for _ in range(rng.randint(1, 3))]
        for _ in range(60)
    ]
    expected = [
        (i, j)
        for i, j in combinations(range(len(groups)), 2)
        if timeline._misdated(groups[i], groups[j])
    ]
    assert expected
    found = timeline._similar_pairs(groups)
    assert [pair for pair in found if timeline._misdated(*(groups[k] for k in pair))] == expected
