"""TF-IDF weights from the stream itself: document frequencies grow as articles arrive.

No background corpus is needed, so one default works on any language mix and topic. Articles
are weighed in blocks (`Frequencies.add_block` before vectorising the block), so the first
articles of a stream are not weighed against an empty history.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

Vector = dict[str, float]


class Frequencies:
    """Document frequencies of one channel's tokens over the articles seen so far."""

    def __init__(self) -> None:
        self.documents = 0
        self.counts: Counter[str] = Counter()

    def add_block(self, token_sets: Iterable[Iterable[str]]) -> None:
        for tokens in token_sets:
            self.documents += 1
            self.counts.update(set(tokens))

    def idf(self, token: str) -> float:
        """Smoothed inverse document frequency; a token never seen gets the highest weight."""
        return math.log((self.documents + 1) / (self.counts[token] + 1)) + 1.0


def unit_vector(counts: Counter[str], frequencies: Frequencies) -> Vector:
    """Sublinear TF times IDF, scaled to length 1 (empty for no tokens)."""
    raw = {t: (1.0 + math.log(c)) * frequencies.idf(t) for t, c in counts.items()}
    length = math.sqrt(sum(w * w for w in raw.values()))
    return {t: w / length for t, w in raw.items()} if length else {}


def salient(vector: Vector, limit: int) -> list[str]:
    """The `limit` heaviest tokens of a vector, heaviest first."""
    return sorted(vector, key=vector.__getitem__, reverse=True)[:limit]
