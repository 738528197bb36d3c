"""What a dated sentence says happened, as a set of word stems, to tell whether two sentences
date the same event ("The fire started on Tuesday" / "the blaze, which started March 2")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from newsfuse.analyze.dates.formats import MONTHS, WEEKDAYS
from newsfuse.analyze.dates.mentions import TimeMention
from newsfuse.analyze.tokens import content_words, stem
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
# Words news reports use interchangeably for the same happening, each to one stand-in, so that
# "the blaze broke out" and "the fire started" meet. Irregular forms are listed as written.
_SYNONYM_GROUPS = {
    "fire": "fire fires blaze blazes flames inferno",
    "start": "start started starts starting began begun begin begins broke erupted erupts",
    "end": "end ended ends ending finished concluded",
    "injure": "injured injuring injuries injury hurt wounded wounding",
    "kill": "killed killing kills died dies dead",
    "arrest": "arrested arresting arrests detained detaining",
    "evacuate": "evacuated evacuating evacuation fled flee forced",
    "announce": "announced announces announcing unveiled unveils revealed",
    "meet": "meet meets met meeting talks",
    "approve": "approved approves approving passed backed",
    "deal": "deal deals agree agreed agrees agreement buy buys buying bought takeover acquire"
    " acquired acquires acquisition merger purchase",
    "quake": "quake quakes earthquake earthquakes tremor",
}
_SYNONYMS = {word: key for key, words in _SYNONYM_GROUPS.items() for word in words.split()}
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s|\b(?:and|but|while|then|before|after|until)\b")


def mention_words(sentence: Sentence, mentions: Sequence[TimeMention]) -> list[EventWords]:
    """For each mention, the stems of the content words of its part of the sentence.

    A sentence dating two things ("The blaze, which began on March 13, was brought under
    control on Wednesday") is cut between its mentions, at a clause break where there is one,
    so that each day keeps the words of its own event. Time expressions themselves are blanked.
    """
    offset = sentence.start
    ranges = tuple((m.span.start - offset, m.span.end - offset) for m in mentions)
    return list(_range_words(sentence.text, ranges))


# The cut depends on where the mentions are, not on the days they resolve to: a sentence read
# under many publication dates, or told by many copies, is cut once.
@lru_cache(maxsize=1 << 15)
def _range_words(text: str, ranges: tuple[tuple[int, int], ...]) -> tuple[EventWords, ...]:
    for start, end in ranges:
        text = text[:start] + " " * (end - start) + text[end:]
    cuts = [0]
    for (_, gap_start), (second, _) in itertools.pairwise(ranges):
        cuts.append(_cut(text, gap_start, max(gap_start, second)))
    cuts.append(len(text))
    return tuple(event_words(text[cuts[i] : cuts[i + 1]]) for i in range(len(ranges)))


def _cut(text: str, start: int, end: int) -> int:
    """Where the part of one mention ends and the next begins, between `start` and `end`."""
    found = _CLAUSE_BREAK.search(text, start, end)
    if found:
        return found.start()
    spaces = [i for i in range(start, end) if text[i].isspace()] or [start]
    return min(spaces, key=lambda i: abs(2 * i - start - end))


def event_words(text: str) -> EventWords:
    """The stems of the content words of `text`, synonyms folded and time words left out."""
    words = (w for w in content_words(text) if w not in _TIME_WORDS)
    return frozenset(_SYNONYMS.get(w) or stem(w) for w in words)


def overlap(first: EventWords, second: EventWords) -> float:
    """Share of the smaller set found in the other: 1.0 when one wording contains the other."""
    if not first or not second:
        return 0.0
    return overlap_of(len(first & second), len(first), len(second))


def overlap_of(shared: int, first: int, second: int) -> float:
    """`overlap` of two non-empty sets of `first` and `second` words with `shared` in common."""
    return shared / min(first, second)


def jaccard(first: EventWords, second: EventWords) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0
