"""Publication dates inferred for reports that give none, from the events they date relatively.

A report without a date that says "on Tuesday the fire ..." and "yesterday the roof fell" is
matched against the days other reports (and its own written dates) give those events: each
candidate publication date is scored by how well the events its relative expressions would
fall on are attested there. No evidence, no date: the other reports' dates are never copied.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from newsfuse.analyze.dates.events import EventWords, mention_words, overlap_of
from newsfuse.analyze.dates.mentions import TimeMention, resolve_times
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


@dataclass(frozen=True)
class _Reading:
    """A day-precise mention of a sentence under one publication date, with its event words."""

    date: dt.date
    words: EventWords
    relative: bool


class _Attested:
    """Events dated to the day, each distinct one once, indexed by word: many reports tell
    the same events, and every undated report is matched against all of them."""

    def __init__(self, events: Iterable[_Event]) -> None:
        self._events = list(dict.fromkeys(events))
        self.days = {event.date for event in self._events}
        self._by_word: dict[str, list[int]] = {}
        for index, event in enumerate(self._events):
            for word in event.words:
                self._by_word.setdefault(word, []).append(index)
        self._scores: dict[EventWords, dict[dt.date, float]] = {}

    def best(self, words: EventWords, day: dt.date) -> float:
        """How well `words` match the closest event attested on `day` (0 without one)."""
        return self._scores_of(words).get(day, 0.0)

    def days_matching(self, words: EventWords) -> set[dt.date]:
        """The days of the events `words` match at least `MIN_EVIDENCE`."""
        return {day for day, score in self._scores_of(words).items() if score >= MIN_EVIDENCE}

    def _scores_of(self, words: EventWords) -> dict[dt.date, float]:
        """The best `overlap` of `words` with an event of each day; only events sharing a
        word score above 0, and the word index counts what they share."""
        if words not in self._scores:
            shared = Counter(chain.from_iterable(self._by_word.get(w, ()) for w in words))
            best: dict[dt.date, float] = {}
            for index, count in shared.items():
                event = self._events[index]
                score = overlap_of(count, len(words), len(event.words))
                if score > best.get(event.date, 0.0):
                    best[event.date] = score
            self._scores[words] = best
        return self._scores[words]


def infer_published(docs: Sequence[CleanDoc]) -> list[CleanDoc]:
    """`docs` in order, those without `published` given one where the evidence allows it
    (with `published_basis="inferred"`); the others unchanged."""
    if all(doc.published for doc in docs):
        return list(docs)
    known = [doc.published for doc in docs if doc.published]
    attested = _Attested(
        event
        for doc in docs
        if doc.published
        for sentence in split_sentences(doc)
        for event in _events(sentence, doc.published)
    )
    reference = statistics.median_low(known) if known else None
    result = []
    for doc in docs:
        inferred = None if doc.published else _infer(doc, attested, reference)
        result.append(
            replace(doc, published=inferred, published_basis="inferred") if inferred else doc
        )
    return result


def _events(sentence: Sentence, published: dt.date | None) -> list[_Event]:
    """The day-dated events of a sentence; without a publication date, only written dates."""
    return [_Event(r.date, r.words) for r in _readings(sentence.text, published) if r.words]


def _relative_words(sentence: Sentence, published: dt.date) -> list[_Reading]:
    """The sentence's relative day mentions under `published`, with their event words."""
    return [r for r in _readings(sentence.text, published) if r.relative]


# Keyed by wording: copies of a story share sentences, and each clue sentence is read under
# every candidate publication date.
@lru_cache(maxsize=1 << 16)
def _readings(text: str, published: dt.date | None) -> tuple[_Reading, ...]:
    sentence = Sentence(source="", index=0, start=0, end=len(text), text=text)
    mentions = resolve_times(sentence, published)
    pairs = zip(mentions, mention_words(sentence, mentions), strict=True)
    return tuple(_Reading(m.start, words, m.relative) for m, words in pairs if _is_day(m))


def _is_day(mention: TimeMention) -> bool:
    return mention.granularity == "day" and mention.start == mention.end


def _infer(doc: CleanDoc, attested: _Attested, reference: dt.date | None) -> dt.date | None:
    sentences = split_sentences(doc)
    clues = [s for s in sentences if _dates_relatively(s)]
    # A sentence's own written date is no evidence for the relative expressions beside it.
    own = _Attested(e for s in sentences if s not in clues for e in _events(s, None))
    if not clues or not (attested.days or own.days):
        return None
    # Without any dated report, `attested` is empty and only the report's own dates count.
    reference = reference or max(own.days)
    scored = [
        (_evidence(clues, attested, own, day), day) for day in _candidates(clues, attested, own)
    ]
    best = max((score for score, _ in scored), default=0.0)
    if best < MIN_EVIDENCE:
        return None
    ties = [day for score, day in scored if score == best]
    return min(ties, key=lambda day: (abs((day - reference).days), day))


def _dates_relatively(sentence: Sentence) -> bool:
    return bool(_relative_words(sentence, _PROBE))


def _candidates(clues: list[Sentence], attested: _Attested, own: _Attested) -> list[dt.date]:
    """Days near the attested events that the report's relative expressions speak of."""
    words = [r.words for s in clues for r in _relative_words(s, _PROBE)]
    days = {day for w in words for day in attested.days_matching(w) | own.days_matching(w)}
    spread = range(-SEARCH_DAYS, SEARCH_DAYS + 1)
    return sorted({day + dt.timedelta(days=offset) for day in days for offset in spread})


def _evidence(
    clues: list[Sentence], attested: _Attested, own: _Attested, published: dt.date
) -> float:
    """How well the events dated relatively under `published` match attested ones."""
    total = 0.0
    for sentence in clues:
        for reading in _relative_words(sentence, published):
            day, words = reading.date, reading.words
            total += max(attested.best(words, day), own.best(words, day))
    return total
