"""What a dated sentence says happened, as a set of word stems, to tell whether two sentences
date the same event ("The fire started on Tuesday" / "the blaze, which started March 2")."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.analyze.dates import TimeMention
from newsfuse.analyze.dates_formats import MONTHS, WEEKDAYS
from newsfuse.analyze.tokens import content_words
from newsfuse.model import Sentence

EventWords = frozenset[str]

# Time words left outside a mention's span ("Tuesday's vote", "early on Monday") say nothing
# about which event is meant.
_TIME_WORDS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | {"yesterday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "night"}
    | {"ago", "earlier", "later", "last", "next", "week", "weeks", "day", "days", "month", "year"}
)
_SUFFIXES = ("ing", "ed", "s")
_MIN_STEM = 3


def stem(word: str) -> str:
    """A crude stem that makes fire/fires/fired and start/started/starting meet."""
    word = word.removesuffix("'s")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and not word.endswith("ss"):
            if len(word) - len(suffix) >= _MIN_STEM:
                word = word[: -len(suffix)]
            break
    return word.removesuffix("e") if len(word) > _MIN_STEM else word


def event_words(sentence: Sentence, mentions: Sequence[TimeMention]) -> EventWords:
    """Stems of the sentence's content words outside its time expressions."""
    text = sentence.text
    for mention in mentions:
        start, end = mention.span.start - sentence.start, mention.span.end - sentence.start
        text = text[:start] + " " * (end - start) + text[end:]
    return frozenset(stem(w) for w in content_words(text) if w not in _TIME_WORDS)


def overlap(first: EventWords, second: EventWords) -> float:
    """Share of the smaller set found in the other: 1.0 when one wording contains the other."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


def jaccard(first: EventWords, second: EventWords) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0
