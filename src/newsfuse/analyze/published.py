"""Publication dates inferred for reports that give none, from their deictic expressions.

Only words that point at the day of writing say when a report was written: "today" (the
report was published on the event's day), "yesterday" / "last night" (the day after),
"tomorrow" (the day before), and a bare weekday ("on Tuesday": published within the six days
after the Tuesday it names, or before it when the verb looks ahead). Counted offsets ("three
days ago", "in two days") and year-less dates are left out: they are often counted from another
event or from the day of a speech. Each such expression is matched, by its event's words,
with the day another report (or the report's own written dates) gives that event; the
publication date is the one day every matched expression allows. Several days, or none,
leave the date unknown: no date is better than a guess, and the other reports' dates are
never copied.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from newsfuse.analyze.dates.clauses import blank_out, event_clause
from newsfuse.analyze.dates.events import EventWords, event_words, overlap_of
from newsfuse.analyze.dates.formats import WEEKDAYS
from newsfuse.analyze.dates.mentions import TimeMention, resolve_times
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc, Sentence

# Least share of a clue's event words an attested event must have for the two to be one event.
MIN_EVIDENCE = 0.5
# A past weekday is named within the week after it: "on Tuesday" up to the next Monday.
WEEKDAY_REACH = 6
# Any day serves to find a report's clues: it decides where they fall, not whether they are
# clues (a leap year, so that "Feb. 29" resolves too).
_PROBE = dt.date(2000, 6, 15)

# Days from the event a deictic word names to the day it was written.
_OFFSETS = {
    "today": 0, "tonight": 0, "this": 0, "yesterday": 1, "last night": 1,
    "the day before yesterday": 2, "tomorrow": -1, "the day after tomorrow": -2,
}  # fmt: skip
_DEICTIC = re.compile(
    r"(?:(?:early|earlier|later)\s+)?(?P<word>the\s+day\s+before\s+yesterday"
    r"|the\s+day\s+after\s+tomorrow|last\s+night|yesterday|today|tonight|tomorrow"
    r"|this(?=\s+(?:morning|afternoon|evening)))(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
_BARE_WEEKDAY = re.compile(
    r"(?:on\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Event:
    date: dt.date
    words: EventWords


@dataclass(frozen=True)
class _Clue:
    """A deictic expression of an undated report: the words of the event it dates, and how
    the day of that event bounds the day of writing."""

    words: EventWords
    offset: int | None = None  # days from the event to publication ("yesterday": 1)
    weekday: int | None = None  # a bare weekday: Monday = 0
    future: bool = False

    def allows(self, event_day: dt.date) -> set[dt.date]:
        """The publication days this clue allows if its event happened on `event_day`."""
        if self.offset is not None:
            return {event_day + dt.timedelta(days=self.offset)}
        if self.weekday is None or event_day.weekday() != self.weekday:
            return set()
        sign = -1 if self.future else 1
        return {event_day + dt.timedelta(days=sign * k) for k in range(WEEKDAY_REACH + 1)}


class _Attested:
    """Events dated to the day, each distinct one once, indexed by word: many reports tell
    the same events, and every undated report is matched against all of them."""

    def __init__(self, events: Iterable[_Event]) -> None:
        self._events = list(dict.fromkeys(events))
        self._by_word: dict[str, list[int]] = {}
        for index, event in enumerate(self._events):
            for word in event.words:
                self._by_word.setdefault(word, []).append(index)
        self._scores: dict[EventWords, dict[dt.date, float]] = {}

    def scores(self, words: EventWords) -> dict[dt.date, float]:
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
    """`docs` in order, those without `published` given one where the evidence fixes it
    (with `published_basis="inferred"`); the others unchanged."""
    if all(doc.published for doc in docs):
        return list(docs)
    attested = _Attested(
        event
        for doc in docs
        if doc.published
        for sentence in split_sentences(doc)
        for event in _events(sentence.text, doc.published)
    )
    result = []
    for doc in docs:
        inferred = None if doc.published else _infer(doc, attested)
        result.append(
            replace(doc, published=inferred, published_basis="inferred") if inferred else doc
        )
    return result


def _infer(doc: CleanDoc, attested: _Attested) -> dt.date | None:
    sentences = split_sentences(doc)
    clue_lists = [_clues(s.text) for s in sentences]
    if not any(clue_lists):
        return None
    # A sentence's own written date is no evidence for the deictic words beside it.
    own = _Attested(
        e for s, clues in zip(sentences, clue_lists, strict=True) if not clues
        for e in _events(s.text, None)
    )  # fmt: skip
    allowed: set[dt.date] | None = None
    for clue in chain.from_iterable(clue_lists):
        days = _allowed(clue, attested) | _allowed(clue, own)
        if days:
            allowed = days if allowed is None else allowed & days
    return next(iter(allowed)) if allowed is not None and len(allowed) == 1 else None


def _allowed(clue: _Clue, attested: _Attested) -> set[dt.date]:
    """The publication days the clue allows through the events it best matches."""
    scores = {
        day: score
        for day, score in attested.scores(clue.words).items()
        if score >= MIN_EVIDENCE and clue.allows(day)
    }
    if not scores:
        return set()
    best = max(scores.values())
    return set().union(*(clue.allows(day) for day, s in scores.items() if s == best))


def _events(text: str, published: dt.date | None) -> list[_Event]:
    """The day-dated events of a sentence, announced ones left out (a plan is no date an
    event had); without a publication date, only its written dates."""
    return [
        _Event(m.start, words)
        for m, words in _day_mentions(text, published)
        if words and not m.future and (published is not None or not m.relative)
    ]


def _clues(text: str) -> list[_Clue]:
    found = []
    for mention, words in _day_mentions(text, _PROBE):
        if not words:
            continue
        written = " ".join(mention.text.split())
        deictic = _DEICTIC.fullmatch(written)
        if deictic:
            word = " ".join(deictic["word"].lower().split())
            found.append(_Clue(words, offset=_OFFSETS[word]))
        elif weekday := _BARE_WEEKDAY.fullmatch(written):
            day = WEEKDAYS[weekday["day"].lower()]
            found.append(_Clue(words, weekday=day, future=mention.future))
    return found


# Keyed by wording: copies of a story share sentences.
@lru_cache(maxsize=1 << 16)
def _day_mentions(
    text: str, published: dt.date | None
) -> tuple[tuple[TimeMention, EventWords], ...]:
    """The sentence's single-day mentions with the words of the event each dates, as the
    timeline reads it: a day that dates a statement ("said on Monday that ...") or no event
    at all gets no words."""
    sentence = Sentence(source="", index=0, start=0, end=len(text), text=text)
    mentions = resolve_times(sentence, published)
    ranges = [(m.span.start, m.span.end) for m in mentions]
    blank = blank_out(text, ranges)
    found = []
    for mention, own in zip(mentions, ranges, strict=True):
        if mention.granularity != "day" or mention.start != mention.end:
            continue
        clause = event_clause(text, own, [r for r in ranges if r != own])
        words = event_words(blank[clause.start : clause.end]) if clause else frozenset()
        found.append((mention, words))
    return tuple(found)
