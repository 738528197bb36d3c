"""Cross-checking end to end on the bundled stories, against their hand-written gold.

Per-component precision and recall are measured by bench/crosscheck.py; these tests pin what a
journalist must be able to rely on: provenance, wire copies counted once, the planted conflicts
found and the compatible figures not flagged, dated events, and quotes given to the right person.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import newsfuse
from newsfuse.compose.claims_lexicon import comparable
from newsfuse.model import Brief, Span
from tests.conftest import example_stories, load_gold

STORIES = example_stories()


@cache
def _brief(story: Path) -> Brief:
    return newsfuse.brief(story / "reports")


@pytest.fixture(params=STORIES, ids=[s.name for s in STORIES])
def story(request: pytest.FixtureRequest) -> tuple[Brief, dict[str, Any]]:
    return _brief(request.param), load_gold(request.param)


def _text(brief: Brief, span: Span) -> str:
    source = next(s for s in brief.sources if s.id == span.source)
    return source.text[span.start : span.end]


def _bare(text: str) -> str:
    return re.sub(r"[\"“”‘’'\s]+", " ", text).strip()


def _supports(passage: str, claim: str) -> bool:
    """A passage supports a claim when they share enough of the shorter one's content words.

    Sources word an equivalent claim differently ("the blaze broke out" for "the fire started"):
    words are folded as the facts stage folds them, and the bar is a quarter; a span pointing at
    the wrong passage shares almost none.
    """
    claim_words, passage_words = set(comparable(claim).split()), set(comparable(passage).split())
    if not claim_words:
        return True
    return len(claim_words & passage_words) >= 0.25 * min(len(claim_words), len(passage_words))


def _whole_words(text: str, span: Span) -> bool:
    before = text[span.start - 1] if span.start else " "
    after = text[span.end] if span.end < len(text) else " "
    return not (before.isalnum() and text[span.start].isalnum()) and not (
        after.isalnum() and text[span.end - 1].isalnum()
    )


def _all_cited_items(brief: Brief) -> list[tuple[str, tuple[str, ...], tuple[Span, ...]]]:
    items = [(s.text, s.sources, s.spans) for s in brief.summary]
    items += [(f.text, f.sources, f.spans) for f in brief.facts]
    items += [(v.text, v.sources, v.spans) for c in brief.conflicts for v in c.variants]
    items += [(t.text, t.sources, t.spans) for t in brief.timeline]
    items += [(q.text, q.sources, q.spans) for q in brief.quotes]
    return items


def test_every_span_lies_in_its_source_and_supports_its_item(
    story: tuple[Brief, dict[str, Any]],
) -> None:
    brief, _ = story
    texts = {s.id: s.text for s in brief.sources}
    for text, sources, spans in _all_cited_items(brief):
        assert spans, f"no provenance for {text!r}"
        assert {span.source for span in spans} == set(sources), text
        for span in spans:
            assert 0 <= span.start < span.end <= len(texts[span.source]), span
            assert _whole_words(texts[span.source], span), _text(brief, span)
            assert _supports(_text(brief, span), text), (text, _text(brief, span))
        assert any(_bare(text) in _bare(_text(brief, sp)) for sp in spans) or any(
            _bare(_text(brief, sp)) in _bare(text) for sp in spans
        ), f"{text!r} is not taken from any of its sources"


def test_independent_sources_count_wire_copies_once(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, gold = story
    copies = [set(group) for group in gold["copies"]]
    both = 0
    for fact in brief.facts:
        # Per fact: copies count once, and so do reports whose supporting sentences derive.
        assert 1 <= fact.independent_sources <= len(fact.sources), fact.text
        if any(group <= set(fact.sources) for group in copies):
            both += 1
            assert fact.independent_sources < len(fact.sources)
    assert both, "no fact is carried by both copies of the wire story"


def test_facts_reported_by_one_source_are_kept(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, gold = story
    singles = [f for f in gold["facts"] if len(f["sources"]) == 1]
    found = [
        f
        for f in singles
        if any(
            f["sources"] == list(p.sources) and _supports(p.text, f["text"]) for p in brief.facts
        )
    ]
    assert len(found) >= len(singles) / 2, [f["text"] for f in singles if f not in found]


def _variant_sources(conflict: Any) -> list[set[str]]:
    return [set(v["sources"]) if isinstance(v, dict) else set(v.sources) for v in conflict]


def _matches(predicted: list[set[str]], gold: list[set[str]]) -> bool:
    return all(any(p & g for p in predicted) for g in gold)


def test_conflicts_are_real_and_the_planted_ones_are_found(
    story: tuple[Brief, dict[str, Any]],
) -> None:
    brief, gold = story
    golds = [_variant_sources(c["variants"]) for c in gold["conflicts"]]
    predicted = [_variant_sources(c.variants) for c in brief.conflicts]
    for conflict, variants in zip(brief.conflicts, predicted, strict=True):
        assert len(variants) >= 2
        assert all(not (a & b) for i, a in enumerate(variants) for b in variants[i + 1 :])
        assert any(_matches(variants, g) for g in golds), f"not a planted conflict: {conflict}"
    found = [g for g in golds if any(_matches(p, g) for p in predicted)]
    assert len(found) >= len(golds) / 3


def test_compatible_figures_are_not_conflicts(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, gold = story
    for calm in gold["non_conflicts"]:
        values = [v.lower() for v in calm["values"]]
        for conflict in brief.conflicts:
            texts = [f"{v.value} {v.text}".lower() for v in conflict.variants]
            holders = {i for i, t in enumerate(texts) for v in values if v in t}
            each = all(any(v in t for t in texts) for v in values)
            assert not (each and len(holders) >= 2), (calm["about"], conflict.about)


def test_timeline_dates_the_planted_events(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, gold = story
    story_date = dt.date.fromisoformat(gold["story_date"])
    for entry in brief.timeline:
        assert abs((entry.date - story_date).days) <= 366, entry
    assert [e.date for e in brief.timeline] == sorted(e.date for e in brief.timeline)
    found = 0
    for event in gold["timeline"]:
        date = dt.date.fromisoformat(event["date"])
        hits = [
            e for e in brief.timeline if e.date == date and set(e.sources) & set(event["sources"])
        ]
        if hits:
            found += 1
            assert any(h.announced == event["announced"] for h in hits), event
    assert found >= 0.75 * len(gold["timeline"])


def test_quotes_are_given_to_the_right_speaker(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, gold = story
    names = {e["name"]: {e["name"], *e["aliases"]} for e in gold["entities"]}
    found = right = 0
    for quote in gold["quotes"]:
        fragment = _bare(quote["fragment"])
        hits = [q for q in brief.quotes if fragment in _bare(q.text)]
        if hits:
            found += 1
            right += any(q.speaker in names.get(quote["speaker"], {quote["speaker"]}) for q in hits)
    assert found >= 0.8 * len(gold["quotes"])
    assert right >= 0.9 * found


def test_entities_merge_their_aliases(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, gold = story
    merged = 0
    for entity in gold["entities"]:
        forms = {entity["name"], *entity["aliases"]}
        hits = [e for e in brief.entities if e.name in forms or set(e.aliases) & forms]
        if len(hits) == 1:
            merged += 1
    assert merged >= 0.7 * len(gold["entities"])
