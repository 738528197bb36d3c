"""What one article brings to story clustering: its word stems, its names and its figures.

Sibling stories (two earthquakes, two shootings) share their topic words; what tells them apart
is who and where (names), how many and which year (figures) and when (the publication date). So
each channel is kept apart and scored on its own (`score.py`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from newsfuse.analyze.dates.formats import MONTHS, WEEKDAYS
from newsfuse.analyze.tokens import STOPWORDS, normalize, stem, words

_SENTENCE_END = frozenset(".!?:;\"'”“")
_NUMBER = re.compile(r"\d")
# Calendar words are capitalised without being names; dates are their own channel.
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


@dataclass(frozen=True)
class ArticleFeatures:
    """Token counts of one article, per channel, before any weighting."""

    terms: Counter[str]  # folded stems of content words (names included)
    names: Counter[str]  # capitalised words inside a sentence, lower-cased
    figures: Counter[str]  # numbers as written, without thousands separators
    published: dt.date | None


def article_features(text: str, title: str | None, published: dt.date | None) -> ArticleFeatures:
    """The features of an article's title and cleaned body."""
    full = f"{title}\n{text}" if title else text
    terms: Counter[str] = Counter()
    names: Counter[str] = Counter()
    figures: Counter[str] = Counter()
    for match_start, token in _tokens(full):
        lowered = normalize(token)
        if _NUMBER.search(token):
            figures[lowered.replace(",", "")] += 1
            continue
        if lowered in STOPWORDS or len(lowered) < 2:
            continue
        terms[stem(lowered)] += 1
        if _is_name(full, match_start, token, lowered):
            names[lowered] += 1
    return ArticleFeatures(terms, names, figures, published)


def _tokens(text: str) -> list[tuple[int, str]]:
    """Word tokens with their start offsets, from the shared tokeniser's matches."""
    found: list[tuple[int, str]] = []
    position = 0
    for token in words(text):
        start = text.find(token, position)
        found.append((start, token))
        position = start + len(token)
    return found


def _is_name(text: str, start: int, token: str, lowered: str) -> bool:
    """A capitalised word that is not capitalised merely for starting a sentence or line."""
    if not token[0].isupper() or lowered in _CALENDAR:
        return False
    if token.isupper() and len(token) > 1:
        return True  # an acronym (FBI, NASA) is a name wherever it stands
    before = text[:start].rstrip(" \t")
    return bool(before) and before[-1] not in _SENTENCE_END and before[-1] != "\n"
