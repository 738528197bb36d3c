"""Named entities of a story: people, organisations and places, with their aliases merged."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsfuse.analyze.entities.aliases import Cluster, merge_aliases
from newsfuse.analyze.entities.coordination import share_list_types
from newsfuse.analyze.entities.filters import keep_names
from newsfuse.analyze.entities.rules import Mention, model_mentions, rule_mentions
from newsfuse.analyze.nlp import SentenceAnalysis
from newsfuse.memo import per_brief
from newsfuse.model import CleanDoc, Entity, Sentence

Analyses = Mapping[tuple[str, int], SentenceAnalysis]


def story_mentions(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    analysis: Analyses | None,
) -> list[Mention]:
    """Every name mention in the reports, in report and text order, without heading-only
    names and capitalised common words."""
    mentions: list[Mention] = []
    for doc in docs:
        for sentence in sentences.get(doc.id, ()):
            found = analysis.get((sentence.source, sentence.index)) if analysis else None
            mentions.extend(_sentence_mentions((sentence, found)))
    return keep_names(docs, sentences, mentions)


# Entities and quotes both read the names of every sentence: once per brief.
@per_brief
def _sentence_mentions(read: tuple[Sentence, SentenceAnalysis | None]) -> tuple[Mention, ...]:
    sentence, found = read
    named = rule_mentions(sentence) if found is None else model_mentions(sentence, found)
    return tuple(share_list_types(sentence, named))


def extract_entities(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    analysis: Analyses | None = None,
) -> list[Entity]:
    """The story's entities, the most widely reported first.

    With `analysis` (the model's output per (source id, sentence index)) names come from the
    model's named-entity recogniser; without it, from capitalisation and word cues.
    """
    clusters = merge_aliases(story_mentions(docs, sentences, analysis))
    order = {doc.id: position for position, doc in enumerate(docs)}
    entities = [_entity(cluster, order) for cluster in clusters]
    entities.sort(key=lambda e: (-len(e.sources), -e.mentions, e.name))
    return entities


def _entity(cluster: Cluster, order: Mapping[str, int]) -> Entity:
    sources = sorted({m.source for m in cluster.mentions}, key=lambda s: order.get(s, len(order)))
    return Entity(
        name=cluster.name,
        type=cluster.label,
        sources=tuple(sources),
        aliases=cluster.aliases,
        mentions=len(cluster.mentions),
    )
