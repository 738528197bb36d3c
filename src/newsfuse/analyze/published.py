"""Publication dates inferred for reports that give none, from the events they date relatively.

A report without a date that says "on Tuesday the fire ..." and "yesterday the roof fell" is
matched against the days other reports (and its own written dates) give those events: each
candidate publication date is scored by how well the events its relative expressions would
fall on are attested there. No evidence, no date: the other reports' dates are never copied.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsfuse.analyze.dates import TimeMention, resolve_times
from newsfuse.analyze.dates_events import EventWords, mention_words, overlap
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc, Sentence

# How far from an attested event day a candidate publication date may lie.
SEARCH_DAYS = 14
# Least summed match strength for a candidate to be taken: one clear shared event.
MIN_EVIDENCE = 0.5
# Any day serves to find a report's relative expressions: it decides where they fall, not
# whether they resolve (a leap year, so that "Feb. 29" resolves too).
_PROBE = dt.date(2000, 6, 15)


@dataclass(frozen=True)
class _Event:
    date: dt.date
    words: EventWords


def infer_published(docs: Sequence[CleanDoc]) -> list[CleanDoc]:
    """`docs` in order, those without `published` given one where the evidence allows it
    (with `published_basis="inferred"`); the others unchanged."""
    if all(doc.published for doc in docs):
        return list(docs)
    known = [doc.published for doc in docs if doc.published]
    attested = [
        event
        for doc in docs
        if doc.published
        for sentence in split_sentences(doc)
        for event in _events(sentence, doc.published)
    ]
    result = []
    for doc in docs:
        inferred = None if doc.published else _infer(doc, attested, known)
        result.append(
            replace(doc, published=inferred, published_basis="inferred") if inferred else doc
        )
    return result


def _events(sentence: Sentence, published: dt.date | None) -> list[_Event]:
    """The day-dated events of a sentence; without a publication date, only written dates."""
    mentions = resolve_times(sentence, published)
    pairs = zip(mentions, mention_words(sentence, mentions), strict=True)
    return [_Event(m.start, words) for m, words in pairs if _is_day(m) and words]


def _is_day(mention: TimeMention) -> bool:
    return mention.granularity == "day" and mention.start == mention.end


def _infer(doc: CleanDoc, attested: list[_Event], known: list[dt.date]) -> dt.date | None:
    sentences = split_sentences(doc)
    clues = [s for s in sentences if _dates_relatively(s)]
    # A sentence's own written date is no evidence for the relative expressions beside it.
    own = [e for s in sentences if s not in clues for e in _events(s, None)]
    events = attested + own
    if not clues or not events:
        return None
    reference = statistics.median_low(known) if known else max(e.date for e in events)
    by_day: dict[dt.date, list[EventWords]] = {}
    for event in events:
        by_day.setdefault(event.date, []).append(event.words)
    scored = [(_evidence(clues, by_day, day), day) for day in _candidates(clues, events)]
    best = max((score for score, _ in scored), default=0.0)
    if best < MIN_EVIDENCE:
        return None
    ties = [day for score, day in scored if score == best]
    return min(ties, key=lambda day: (abs((day - reference).days), day))


def _dates_relatively(sentence: Sentence) -> bool:
    return bool(_relative_words(sentence, _PROBE))


def _candidates(clues: list[Sentence], events: list[_Event]) -> list[dt.date]:
    """Days near the attested events that the report's relative expressions speak of."""
    words = [w for s in clues for w in _relative_words(s, _PROBE).values()]
    days = {e.date for e in events if any(overlap(w, e.words) >= MIN_EVIDENCE for w in words)}
    spread = range(-SEARCH_DAYS, SEARCH_DAYS + 1)
    return sorted({day + dt.timedelta(days=offset) for day in days for offset in spread})


def _evidence(
    clues: list[Sentence], by_day: dict[dt.date, list[EventWords]], published: dt.date
) -> float:
    """How well the events dated relatively under `published` match attested ones."""
    total = 0.0
    for sentence in clues:
        for mention, words in _relative_words(sentence, published).items():
            attested = by_day.get(mention.start, [])
            total += max((overlap(words, other) for other in attested), default=0.0)
    return total


def _relative_words(sentence: Sentence, published: dt.date) -> dict[TimeMention, EventWords]:
    """The sentence's relative day mentions under `published`, with their event words."""
    mentions = resolve_times(sentence, published)
    pairs = zip(mentions, mention_words(sentence, mentions), strict=True)
    return {m: words for m, words in pairs if m.relative and _is_day(m)}
