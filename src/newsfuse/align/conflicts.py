"""All the conflicts between the reports of one story, most important first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsfuse.align.claims_compare import claims_of
from newsfuse.align.colours import colour_conflicts
from newsfuse.align.denials import denial_conflicts
from newsfuse.align.event_days import event_day_conflicts
from newsfuse.align.measures import measure_conflicts
from newsfuse.align.numeric_conflicts import numeric_conflicts
from newsfuse.align.populations import population_conflicts
from newsfuse.align.residences import residence_conflicts
from newsfuse.align.roles import role_conflicts
from newsfuse.align.slots import slot_conflicts
from newsfuse.align.times_of_day import time_conflicts
from newsfuse.align.timing_conflicts import timing_conflicts
from newsfuse.analyze.nlp import SentenceAnalysis
from newsfuse.model import CleanDoc, Conflict, Entity, Sentence, Syndication, Variant


def find_conflicts(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
    entities: Sequence[Entity] = (),
    analysis: Mapping[tuple[str, int], SentenceAnalysis] | None = None,
) -> list[Conflict]:
    """Disagreeing figures, measures (magnitude, depth, distance) and populations, homes of
    one person, holders of one post, colours of one named object, times of day of the
    incident, weekdays of one event, expected dates that cannot meet, denials against
    assertions, and claims differing in one slot.

    `entities` type the actors (without them, no actor slots); `analysis`, the parse of each
    sentence when the model is there, tells what a figure counts where its own words do not,
    and which event a weekday dates (without it, no weekday conflicts).

    Ordered by the number of independent reports involved (copies of one wire story count
    once), then by where the conflict first appears in the input order.
    """
    claims = claims_of(docs, sentences, syndication)
    found = [
        *numeric_conflicts(docs, sentences, syndication, analysis),
        *measure_conflicts(docs, sentences, syndication),
        *population_conflicts(docs, sentences, syndication),
        *residence_conflicts(docs, sentences, syndication),
        *role_conflicts(docs, sentences, syndication),
        *colour_conflicts(docs, sentences, syndication),
        *timing_conflicts(docs, sentences, syndication),
        *time_conflicts(docs, sentences, syndication),
        *event_day_conflicts(docs, sentences, syndication, analysis or {}),
        *denial_conflicts(claims),
        *slot_conflicts(claims, entity_types(entities)),
    ]
    found = merge_repeated(found)
    order = {doc.id: i for i, doc in enumerate(docs)}

    def importance(conflict: Conflict) -> tuple[int, int, int]:
        independent = syndication.independent_sources(x for v in conflict.variants for x in v.spans)
        first = min(
            (order.get(x.source, len(order)), x.start) for v in conflict.variants for x in v.spans
        )
        return -independent, *first

    return sorted(found, key=importance)


def entity_types(entities: Sequence[Entity]) -> dict[str, str]:
    """Each entity name and alias, lower-cased, with the entity's type."""
    return {
        " ".join(name.lower().split()): entity.type
        for entity in entities
        for name in (entity.name, *entity.aliases)
    }


def merge_repeated(conflicts: Sequence[Conflict]) -> list[Conflict]:
    """One conflict per disagreement: the same values about the same thing, found between
    several pairs of reports, become one conflict whose variants list every report."""
    merged: dict[tuple[str, frozenset[str]], list[Conflict]] = {}
    for conflict in conflicts:
        key = (conflict.about, frozenset(v.value for v in conflict.variants))
        merged.setdefault(key, []).append(conflict)
    return [_union(same) for same in merged.values()]


def _union(same: list[Conflict]) -> Conflict:
    variants: dict[str, Variant] = {}
    for variant in (v for conflict in same for v in conflict.variants):
        known = variants.get(variant.value)
        if known is None:
            variants[variant.value] = variant
            continue
        sources = known.sources + tuple(s for s in variant.sources if s not in known.sources)
        spans = known.spans + tuple(x for x in variant.spans if x not in known.spans)
        variants[variant.value] = replace(known, sources=sources, spans=spans)
    return Conflict(same[0].about, tuple(variants.values()))
