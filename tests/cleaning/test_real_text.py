"""Cleaning real news text we did not write (ECB+, ../shared/data/clustering-dev): text that is
already clean must come through nearly whole, and the whole pipeline must hold on it."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import newsfuse
from newsfuse.cleaning import clean_docs
from newsfuse.model import RawDoc
from newsfuse.settings import Settings


def _reports(shared_data: Path) -> list[dict[str, str]]:
    path = shared_data / "clustering-dev" / "ecbplus.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _labelled_conflicts(story: str) -> int:
    gold = Path(__file__).resolve().parents[2] / "bench" / "gold" / "ecbplus" / f"{story}.json"
    if not gold.is_file():
        return 2
    return len(json.loads(gold.read_text(encoding="utf-8"))["conflicts"])


def test_clean_real_articles_keeps_nearly_all_their_words(shared_data: Path) -> None:
    records = _reports(shared_data)
    raws = [RawDoc(r["id"], r["text"], "text") for r in records]
    docs, _ = clean_docs(raws, Settings())
    kept = sum(len(d.text.split()) for d in docs)
    given = sum(len(r.content.split()) for r in raws)
    assert kept >= 0.9 * given  # headlines at the top are the main thing dropped
    assert sum(1 for d in docs if not d.text.strip()) <= len(docs) // 100


def test_brief_of_real_stories_holds_its_invariants(shared_data: Path) -> None:
    stories: dict[str, list[RawDoc]] = defaultdict(list)
    for record in _reports(shared_data):
        stories[record["story"]].append(RawDoc(record["id"], record["text"], "text"))
    for story in ("13_ecb", "37_ecbplus", "44_ecbplus"):
        brief = newsfuse.brief(stories[story], Settings(use_model=False))
        texts = {s.id: s.text for s in brief.sources}
        assert 5 <= len(brief.summary) <= 10 and brief.title
        for sentence in brief.summary:
            assert any(sentence.text == texts[x.source][x.start : x.end] for x in sentence.spans)
        for fact in brief.facts:
            # Per fact: copies of one group whose supporting sentences were written apart
            # count apart, so the count may exceed the groups but never the sources.
            assert 1 <= fact.independent_sources <= len(fact.sources)
        # No more conflicts than a journalist flags: the count we labelled where we did
        # (bench/gold/ecbplus), else a couple.
        assert len(brief.conflicts) <= _labelled_conflicts(story), [
            c.about for c in brief.conflicts
        ]
