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


# Distinct tokens counted before the ones met only once are forgotten. A stream keeps bringing
# new names, most of them met once, so the counts would grow with the stream; a forgotten
# token weighs as one never seen, only log 2 more than one met once.
SWEEP_AT = 250_000


class Frequencies:
    """Document frequencies of one channel's tokens over the articles seen so far."""

    def __init__(self, sweep_at: int = SWEEP_AT) -> None:
        self.documents = 0
        self.counts: Counter[str] = Counter()
        self._sweep_at = sweep_at

    def add_block(self, token_sets: Iterable[Iterable[str]]) -> None:
        for tokens in token_sets:
            self.documents += 1
            self.counts.update(set(tokens))
        if len(self.counts) >= self._sweep_at:
            self.counts = Counter({t: c for t, c in self.counts.items() if c > 1})
            # The next sweep waits until the kept tokens have doubled at least: sweeps stay
            # linear in the stream, and memory stays within twice the recurring vocabulary.
            self._sweep_at = max(self._sweep_at, 2 * len(self.counts))

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
