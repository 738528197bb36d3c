"""Facts: every claim of the story, with the reports that state it and how independent they are.

Each report is cut into claims (`claims.sentence_claims`); identical claims (wire copy) are
merged at once. Claims are compared by the TF-IDF cosine of their folded terms
(`claims_lexicon.comparable`, so "resume within a fortnight" meets "reopen in two weeks"),
lowered when they name different people, and kept apart when their figures or days clash
(`facts_evidence`). Average-link clustering (`facts_cluster`) groups equivalent claims; each
group is one fact, worded by its most central claim of a readable length and citing every claim.

A claim that is mostly direct quotation (`claims.Claim.quoted`) belongs to the quotes stage: it
backs the fact of its group but never words one, and a group of quotations alone is no fact.
A sentence that carries several facts ("declared a zone ... and imposed a curfew") backs every
group whose wording one of its clauses matches (`facts_join`), citing that clause's exact span.

Facts are ordered by independent sources, then by how early in a report they are told. Facts
that only one report states are kept, at most `SINGLE_SOURCE_CAP` per report.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from newsfuse.align.lexicon import EVENTS
from newsfuse.align.numbers import Quantity
from newsfuse.analyze.nlp import SentenceAnalysis
from newsfuse.compose.claims import Claim, sentence_claims
from newsfuse.compose.claims_lexicon import comparable
from newsfuse.compose.contested import figures_clash, standing_figures
from newsfuse.compose.facts_cluster import average_link
from newsfuse.compose.facts_evidence import Evidence, compatible, evidence, name_factor
from newsfuse.compose.facts_join import clause_count, joined_claims
from newsfuse.compose.quoting import open_at
from newsfuse.compose.similarity import similar_pairs, vectorize
from newsfuse.compose.summary import is_english
from newsfuse.model import CleanDoc, Fact, Sentence, Syndication
from newsfuse.settings import Settings

# Cosine of folded terms from which two claims are compared at all, and the average cosine at
# which two groups of claims merge. Folding raises paraphrase cosines, so the merge threshold
# sits a little below `similarity.EQUIVALENT`.
CANDIDATE = 0.3
MERGE = 0.45
SINGLE_SOURCE_CAP = 40  # facts stated by one report only, kept per report
_READABLE_WORDS = (8, 35)  # claim lengths preferred as a fact's wording
_LENGTH_PENALTY = 0.02  # per word outside the readable range
_MULTI_FACT_PENALTY = 0.1  # per clause past the first that could stand as a claim of its own
_REPEAT_BONUS = 0.05  # per log of a wording's occurrences: wire wording read by many

_EVENT_THINGS = frozenset(EVENTS.values())


@dataclass(frozen=True)
class _Distinct:
    """One distinct claim text and every place it occurs."""

    text: str
    claims: tuple[Claim, ...]

    @property
    def quoted(self) -> bool:
        return all(claim.quoted for claim in self.claims)


def extract_facts(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
    settings: Settings,
    analysis: Mapping[tuple[str, int], SentenceAnalysis] | None = None,
) -> list[Fact]:
    """The story's facts, best supported first; reports in a language other than English skipped.

    `settings` is accepted for the stage interface; the thresholds are module constants.
    `analysis`: each sentence's parse by (source, index), when the model ran (`nlp.analyze_docs`).
    """
    del settings
    english = [d for d in docs if is_english(d) and sentences.get(d.id)]
    distinct = _distinct_claims(english, sentences, analysis or {})
    if not distinct:
        return []
    space = vectorize([comparable(d.text) for d in distinct])
    published = {d.id: d.published for d in english}
    of = _evidence_cache(distinct, published)
    groups = [
        group
        for group in _group(distinct, space.matrix, of)
        if not all(distinct[i].quoted for i in group)
    ]
    medoids = [_wording(distinct, group, space.matrix) for group in groups]

    extra = joined_claims(
        [d.claims for d in distinct], groups, medoids, space, lambda i, j: compatible(of(i), of(j))
    )
    order = {d.id: n for n, d in enumerate(english)}
    stated = _figures_by_source(english, sentences)
    facts = []
    for group, medoid, more in zip(groups, medoids, extra, strict=True):
        others = [c for i in group if i != medoid for c in distinct[i].claims]
        backing = _agreeing([*others, *more], distinct[medoid], stated)
        facts.append(_fact(distinct[medoid], backing, syndication, order))
    return _bounded(facts)


def _figures_by_source(
    docs: Sequence[CleanDoc], sentences: Mapping[str, Sequence[Sentence]]
) -> dict[str, tuple[Quantity, ...]]:
    return {d.id: tuple(q for s in sentences[d.id] for q in standing_figures(s)) for d in docs}


def _agreeing(
    claims: list[Claim], wording: _Distinct, stated: Mapping[str, tuple[Quantity, ...]]
) -> list[Claim]:
    """The claims whose report does not contradict a figure of the fact's wording: a report
    saying "27 injured" states "three firefighters were among the injured" but does not back
    the fact "at least 40 people were injured, including three firefighters"."""
    claim = wording.claims[0]
    own = standing_figures(
        Sentence(claim.source, claim.sentence, claim.span.start, claim.span.end, claim.text)
    )
    if not own:
        return claims
    return [c for c in claims if not any(_contradicts(stated.get(c.source, ()), x) for x in own)]


def _contradicts(figures: tuple[Quantity, ...], figure: Quantity) -> bool:
    """Whether a report's figures deny `figure`, a count of an event (killed, injured,
    evacuated...): one of the same count clashes and none agrees. A report may give the same
    count at several scopes, and other figures ("people", "staff") are too loose to compare."""
    if figure.thing not in _EVENT_THINGS:
        return False
    key = (figure.thing, figure.unit, figure.group)
    same = [y for y in figures if (y.thing, y.unit, y.group) == key]
    return bool(same) and all(figures_clash(figure, y) for y in same)


def _distinct_claims(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    analysis: Mapping[tuple[str, int], SentenceAnalysis],
) -> list[_Distinct]:
    places: dict[str, list[Claim]] = {}
    for doc in docs:
        for sentence in sentences[doc.id]:
            inside = open_at(doc.text, sentence.start)
            parse = analysis.get((doc.id, sentence.index))
            for claim in sentence_claims(sentence, len(doc.text), inside, parse):
                places.setdefault(" ".join(claim.text.split()), []).append(claim)
    return [_Distinct(text, tuple(claims)) for text, claims in places.items()]


def _evidence_cache(
    distinct: list[_Distinct], published: Mapping[str, Any]
) -> Callable[[int], Evidence]:
    """The evidence of a distinct claim by index, read once, on demand."""
    found: dict[int, Evidence] = {}

    def of(index: int) -> Evidence:
        if index not in found:
            claim = distinct[index].claims[0]
            found[index] = evidence(claim, published[claim.source])
        return found[index]

    return of


def _group(
    distinct: list[_Distinct], vectors: Any, of: Callable[[int], Evidence]
) -> list[list[int]]:
    """Groups of equivalent distinct claims, by average link over the compatible pairs."""
    pairs = similar_pairs(vectors, CANDIDATE).tocoo()
    edges: list[tuple[int, int, float]] = []
    clashes: list[tuple[int, int]] = []
    for i, j, cosine in zip(
        pairs.row.tolist(), pairs.col.tolist(), pairs.data.tolist(), strict=True
    ):
        if i >= j:
            continue
        if not compatible(of(i), of(j)):
            clashes.append((i, j))
        elif (weight := cosine * name_factor(of(i), of(j))) >= CANDIDATE:
            edges.append((i, j, weight))
    return average_link(len(distinct), edges, clashes, MERGE)


def _fact(
    wording: _Distinct,
    backing: list[Claim],
    syndication: Syndication,
    order: Mapping[str, int],
) -> tuple[Fact, tuple[float, int, int]]:
    """The fact worded by `wording`, backed by its own claims and the other claims and clauses
    that state it, and where its group first appears (for ordering)."""
    own = list(wording.claims)
    claims = sorted([*own, *backing], key=lambda c: (order[c.source], c.span.start))
    sources = tuple(dict.fromkeys(c.source for c in claims))
    fact = Fact(
        text=wording.text,
        sources=sources,
        independent_sources=syndication.independent_sources(c.span for c in claims),
        spans=tuple(dict.fromkeys(c.span for c in claims)),
    )
    first = min(claims, key=lambda c: (c.position, order[c.source], c.span.start))
    return fact, (first.position, order[first.source], first.span.start)


def _wording(distinct: list[_Distinct], group: list[int], vectors: Any) -> int:
    """The group's most central claim that is not a quotation, preferring readable lengths,
    repeated wordings and claims of one clause (which every member is likelier to state)."""
    if len(group) == 1:
        return group[0]
    # Each member's summed cosine with the group is its dot product with the group's sum of
    # vectors, less its own (unit) length: linear in the group, no member-by-member matrix.
    members = vectors[group]
    summed = np.asarray(members @ np.asarray(members.sum(axis=0)).ravel()).ravel()
    # Rounded so members tied by symmetry (any two in a pair) stay tied whatever the summing
    # order, and the first is kept.
    centrality = np.round((summed - 1.0) / (len(group) - 1), 9)
    low, high = _READABLE_WORDS
    scores = [
        float(centrality[n])
        + _REPEAT_BONUS * math.log(len(distinct[i].claims))
        - _LENGTH_PENALTY * max(0, low - len(distinct[i].text.split()))
        - _LENGTH_PENALTY * max(0, len(distinct[i].text.split()) - high)
        - _MULTI_FACT_PENALTY * (clause_count(distinct[i].text) - 1)
        - (math.inf if distinct[i].quoted else 0.0)
        for n, i in enumerate(group)
    ]
    return group[int(np.argmax(scores))]


def _bounded(facts: list[tuple[Fact, tuple[float, int, int]]]) -> list[Fact]:
    """Facts in output order; single-source facts capped per report, the earliest kept."""
    ranked = sorted(facts, key=lambda pair: (-pair[0].independent_sources, pair[1]))
    singles: dict[str, int] = {}
    kept: list[Fact] = []
    for fact, _ in ranked:
        if len(fact.sources) == 1:
            singles[fact.sources[0]] = singles.get(fact.sources[0], 0) + 1
            if singles[fact.sources[0]] > SINGLE_SOURCE_CAP:
                continue
        kept.append(fact)
    return kept
