"""What changed between two briefs of one story: new sources, facts, conflicts and dated events,
and facts that more independent sources now back.

Items are matched by meaning, not by exact text: a new report can change a fact's best wording.
Two items are the same when they cite the same passage of a source both briefs share (same id,
same cleaned text), or when their texts are equivalent (`similarity.EQUIVALENT` cosine).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from newsfuse.compose.similarity import EQUIVALENT, vectorize
from newsfuse.model import Brief, Changes, Conflict, Corroboration, Span, TimelineEntry


def diff_briefs(previous: Brief, current: Brief, since: str | None = None) -> Changes:
    """The changes `current` brings over `previous`; `since` names `previous` for readers."""
    stable = _stable_sources(previous, current)
    fact_matches = _matches(
        [f.text for f in previous.facts],
        [f.text for f in current.facts],
        [f.spans for f in previous.facts],
        [f.spans for f in current.facts],
        stable,
    )
    new_facts = tuple(f for f, found in zip(current.facts, fact_matches, strict=True) if not found)
    corroborated = []
    for fact, found in zip(current.facts, fact_matches, strict=True):
        if not found:
            continue
        before = max(previous.facts[i].independent_sources for i in found)
        if fact.independent_sources > before:
            corroborated.append(Corroboration(fact, before, fact.independent_sources))
    new_conflicts, resolved = _conflict_changes(previous.conflicts, current.conflicts, stable)
    old_ids = {doc.id for doc in previous.sources}
    return Changes(
        since=since,
        new_sources=tuple(doc.id for doc in current.sources if doc.id not in old_ids),
        new_facts=new_facts,
        corroborated=tuple(corroborated),
        new_conflicts=new_conflicts,
        resolved_conflicts=resolved,
        new_timeline=_new_timeline(previous.timeline, current.timeline, stable),
    )


def _stable_sources(previous: Brief, current: Brief) -> frozenset[str]:
    """Sources whose cleaned text is the same in both briefs: only their spans are comparable."""
    before = {doc.id: doc.text for doc in previous.sources}
    return frozenset(doc.id for doc in current.sources if before.get(doc.id) == doc.text)


def _matches(
    old_texts: Sequence[str],
    new_texts: Sequence[str],
    old_spans: Sequence[Sequence[Span]],
    new_spans: Sequence[Sequence[Span]],
    stable: frozenset[str],
) -> list[list[int]]:
    """For each new item, the indices of the old items it is the same as."""
    found: list[list[int]] = [[] for _ in new_texts]
    if not old_texts or not new_texts:
        return found
    cosines = _cosines(old_texts, new_texts)
    for j in range(len(new_texts)):
        for i in range(len(old_texts)):
            if cosines[j, i] >= EQUIVALENT or _same_passage(old_spans[i], new_spans[j], stable):
                found[j].append(i)
    return found


def _cosines(old_texts: Sequence[str], new_texts: Sequence[str]) -> Any:
    """Dense (new x old) cosines in one TF-IDF space learned from both briefs' texts."""
    vectors = vectorize([*old_texts, *new_texts]).matrix
    old, new = vectors[: len(old_texts)], vectors[len(old_texts) :]
    return np.asarray((new @ old.T).todense())


def _same_passage(old: Sequence[Span], new: Sequence[Span], stable: frozenset[str]) -> bool:
    return any(
        a.source == b.source and a.source in stable and a.start < b.end and b.start < a.end
        for a in old
        for b in new
    )


def _conflict_changes(
    previous: Sequence[Conflict], current: Sequence[Conflict], stable: frozenset[str]
) -> tuple[tuple[Conflict, ...], tuple[Conflict, ...]]:
    """(new conflicts, resolved conflicts): a conflict is matched on what it is about and on
    the meaning or passages of its variants, so a new variant does not make it a new conflict."""

    def text(conflict: Conflict) -> str:
        return " ".join(v.text for v in conflict.variants)

    def spans(conflict: Conflict) -> tuple[Span, ...]:
        return tuple(s for v in conflict.variants for s in v.spans)

    found = _matches(
        [text(c) for c in previous],
        [text(c) for c in current],
        [spans(c) for c in previous],
        [spans(c) for c in current],
        stable,
    )
    for j, conflict in enumerate(current):
        found[j] = [i for i in found[j] if previous[i].about.lower() == conflict.about.lower()]
    matched = {i for row in found for i in row}
    new = tuple(c for c, row in zip(current, found, strict=True) if not row)
    resolved = tuple(c for i, c in enumerate(previous) if i not in matched)
    return new, resolved


def _new_timeline(
    previous: Sequence[TimelineEntry], current: Sequence[TimelineEntry], stable: frozenset[str]
) -> tuple[TimelineEntry, ...]:
    """Current entries with no earlier entry of the same day saying the same."""
    found = _matches(
        [t.text for t in previous],
        [t.text for t in current],
        [t.spans for t in previous],
        [t.spans for t in current],
        stable,
    )
    return tuple(
        entry
        for entry, row in zip(current, found, strict=True)
        if not any(previous[i].date == entry.date for i in row)
    )


__all__ = ["diff_briefs"]
