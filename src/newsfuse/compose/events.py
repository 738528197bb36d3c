"""Which sentences of different reports tell the same event.

Two sentences report one event when what they say outside quotation marks is alike: the
TF-IDF cosine of their folded terms (`claims_lexicon.comparable`: stems, numbers as digits,
clock times as one term), with IDF learned over the story's sentences, so that the words every
report repeats weigh little and the participants, places and predicates that tell one event
from another of the same kind weigh most. Quoted text is left out: two reports quoting one
statement do not thereby tell one event. Two sentences that both date their event to the day,
with no day in common, tell two events (a story often recalls an earlier event of its kind);
the day on which something was said is not the day of the event.

The threshold is set on the ECB+ dev stories (`bench/events.py`): at the recall of the plain
word-overlap reference, it has higher precision and fewer false positives. With the spaCy
parse, the event's predicate counts too: two sentences that share a verb with a subject are
likelier one event, two whose verbs all differ less likely. Sentence embeddings
(all-MiniLM-L6-v2) did worse on those pairs and cost minutes per story on two cores; places
and named participants did not help (README, "Same-event sentence pairs").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsfuse.analyze.dates import resolve_times
from newsfuse.analyze.dates.reference import speech_anchors
from newsfuse.analyze.nlp import SentenceAnalysis
from newsfuse.analyze.tokens import stem
from newsfuse.compose.claims_lexicon import comparable
from newsfuse.compose.quoting import open_at, outside_quotes
from newsfuse.compose.similarity import similar_pairs, vectorize
from newsfuse.model import CleanDoc, Sentence

# Cosine of quote-free folded terms from which two sentences tell the same event. On the ECB+
# dev pairs whose sentences reach the brief (headlines become titles): 0.05 gives P 0.83,
# R 0.83 with 53% of the negatives; 0.07 gives P 0.84, R 0.77 with 46%, where the plain
# word-overlap reference has P 0.83, R 0.77 with 51%; 0.1 gives P 0.86, R 0.67 with 35%.
EVENT_SAME = 0.07
# With the parse, the cosine is scaled by these when the two sentences share a predicate (a
# verb with a subject: "destroyed", "arrested") or both have predicates and share none. On
# the same pairs at 0.07: P 0.85, R 0.73 with 40% of the negatives, where the cosine alone
# reaching that recall marks about 42%.
SHARED_PREDICATE = 1.5
OTHER_PREDICATES = 0.8


@dataclass(frozen=True)
class EventLink:
    """Two sentences of different reports that tell the same event, and how alike they are."""

    left: Sentence
    right: Sentence
    similarity: float


def event_terms(doc: CleanDoc, sentence: Sentence) -> str:
    """The comparison terms of `sentence` of `doc`, quotations left out."""
    inside = open_at(doc.text, sentence.start)
    return comparable(outside_quotes(sentence.text, inside))


def same_event_links(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    threshold: float = EVENT_SAME,
    analysis: Mapping[tuple[str, int], SentenceAnalysis] | None = None,
    across_days: bool = False,
) -> list[EventLink]:
    """Every pair of sentences of two different reports that tell the same event.

    `analysis`: each sentence's parse by (source, index), when the model ran; then the
    predicates weigh too (`SHARED_PREDICATE`, `OTHER_PREDICATES`). `across_days`: keep the
    pairs dating their events to different days too (the candidates of a date conflict).
    """
    flat = [(doc, s) for doc in docs for s in sentences.get(doc.id, ())]
    if not flat:
        return []
    space = vectorize([event_terms(doc, s) for doc, s in flat])
    parsed = analysis or {}
    predicates = [_predicates(parsed.get((doc.id, s.index))) for doc, s in flat]
    floor = threshold / (SHARED_PREDICATE if parsed else 1.0)
    pairs = similar_pairs(space.matrix, floor).tocoo()
    days: dict[int, frozenset[dt.date]] = {}

    def days_of(index: int) -> frozenset[dt.date]:
        if index not in days:
            doc, sentence = flat[index]
            days[index] = single_days(sentence, doc.published)
        return days[index]

    links = []
    for i, j, cosine in zip(
        pairs.row.tolist(), pairs.col.tolist(), pairs.data.tolist(), strict=True
    ):
        if i >= j or flat[i][0].id == flat[j][0].id:
            continue
        weight = cosine * _predicate_factor(predicates[i], predicates[j])
        if weight < threshold:
            continue
        a, b = (frozenset(), frozenset()) if across_days else (days_of(i), days_of(j))
        if a and b and not a & b:
            continue
        links.append(EventLink(flat[i][1], flat[j][1], weight))
    return links


def _predicates(analysis: SentenceAnalysis | None) -> frozenset[str]:
    """The stems of the verbs that have a subject in the parse: the sentence's predicates."""
    if analysis is None:
        return frozenset()
    return frozenset(stem(verb.text.lower()) for verb in analysis.verbs)


def _predicate_factor(a: frozenset[str], b: frozenset[str]) -> float:
    """How the predicates move the likeness of two sentences: up when they share one, down
    when both have predicates and none in common, unchanged when either has none."""
    if not a or not b:
        return 1.0
    return SHARED_PREDICATE if a & b else OTHER_PREDICATES


def single_days(sentence: Sentence, published: dt.date | None) -> frozenset[dt.date]:
    """The single days that `sentence` dates its events to, read as of `published`. The day
    of a saying ("the minister said on Monday that ...") dates the statement, not the event
    it announces, so two reports of one announcement need not share it."""
    days = [
        (mention.span.start - sentence.start, mention.span.end - sentence.start, mention.start)
        for mention in resolve_times(sentence, published)
        if mention.granularity == "day" and mention.start == mention.end
    ]
    said = {anchor.day for anchor in speech_anchors(sentence.text, days)}
    return frozenset(day for *_, day in days if day not in said)
