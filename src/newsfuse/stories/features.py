"""What one article brings to story clustering: its word stems, its names and its figures.

Sibling stories (two earthquakes, two shootings) share their topic words; what tells them apart
is who and where (names), how many and which year (figures) and when (the publication date). So
each channel is kept apart and scored on its own (`score.py`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from newsfuse.analyze.dates.formats import MONTHS, WEEKDAYS
from newsfuse.analyze.tokens import STOPWORDS, stem, words

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
    full = unicodedata.normalize("NFKC", f"{title}\n{text}" if title else text)
    tokens = _tokens(full)
    # A capitalised word opening a sentence is a name when the text never writes it in lower
    # case ("Teixeira said" is, "Police said" is not when "police" occurs elsewhere).
    lower_case = {token for _, token in tokens if token[0].islower()}
    words_seen: Counter[str] = Counter()
    names: Counter[str] = Counter()
    figures: Counter[str] = Counter()
    for start, token in tokens:
        lowered = token.lower()
        if _NUMBER.search(token):
            figures[lowered.replace(",", "")] += 1
            continue
        if lowered in STOPWORDS or len(lowered) < 2:
            continue
        words_seen[lowered] += 1
        if _is_name(full, start, token, lowered, lower_case):
            names[lowered] += 1
    terms: Counter[str] = Counter()
    for word, count in words_seen.items():  # each distinct word stemmed once
        terms[stem(word)] += count
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


def _is_name(text: str, start: int, token: str, lowered: str, lower_case: set[str]) -> bool:
    """A capitalised word that is not capitalised merely for starting a sentence or line."""
    if not token[0].isupper() or lowered in _CALENDAR:
        return False
    if token.isupper() and len(token) > 1:
        return True  # an acronym (FBI, NASA) is a name wherever it stands
    before = text[max(start - 3, 0) : start].rstrip(" \t")
    opening = not before or before[-1] in _SENTENCE_END or before[-1] == "\n"
    return not opening or lowered not in lower_case
