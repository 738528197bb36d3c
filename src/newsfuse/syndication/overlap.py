"""How much of one report sits in passages that another report also carries.

Overlap is directional: `overlap(a, b)` is the share of a's words in passages found in b.
A short recap copied whole into a long report has overlap 1.0 with it, while the long
report's overlap with the recap is small. Both directions lie in [0, 1], and a report with
words has overlap 1.0 with itself.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from newsfuse.syndication.passages import Profile, profile

# A passage is found in the other report when at least this share of its word pairs appears
# in one passage (or two adjacent ones) there: a sentence survives a few changed words, and
# a rewrite in other words that keeps names and figures stays well below it.
PASSAGE_MATCH = 0.5

# How many profiles one aligner keeps, so memory stays flat however large the corpus.
_CACHE_SIZE = 4096


def overlap(a: Profile, b: Profile) -> float:
    """Share of a's words that lie in passages of a found in b, independent of order."""
    if not a.words:
        return 0.0
    # Every (passage of a, window of b) that share a word pair, once per shared pair.
    first = np.searchsorted(b.window_pairs, a.pairs, side="left")
    found = np.searchsorted(b.window_pairs, a.pairs, side="right") - first
    total = int(found.sum())
    if not total:
        return 0.0
    starts = np.repeat(first - (np.cumsum(found) - found), found)
    windows = b.window[starts + np.arange(total)]
    shared, counts = np.unique(
        np.repeat(a.passage, found) * b.windows + windows, return_counts=True
    )
    best = np.zeros(len(a.sizes), dtype=np.int64)
    np.maximum.at(best, shared // b.windows, counts)
    matched = best >= PASSAGE_MATCH * a.distinct
    return float(a.sizes[matched].sum()) / a.words


def text_overlap(a: str, b: str) -> tuple[float, float]:
    """(overlap of a with respect to b, overlap of b with respect to a) for two texts."""
    first, second = profile(a), profile(b)
    return overlap(first, second), overlap(second, first)


class Aligner:
    """Measures overlaps between the texts of one batch, profiling each text on demand.

    Profiles are kept in a bounded least-recently-used cache owned by this object.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._profiles: OrderedDict[int, Profile] = OrderedDict()

    def overlaps(self, i: int, j: int) -> tuple[float, float]:
        """(overlap of text i with respect to text j, overlap of j with respect to i)."""
        first, second = self._profile(i), self._profile(j)
        return overlap(first, second), overlap(second, first)

    def _profile(self, index: int) -> Profile:
        found = self._profiles.get(index)
        if found is None:
            found = profile(self._texts[index])
            self._profiles[index] = found
            if len(self._profiles) > _CACHE_SIZE:
                self._profiles.popitem(last=False)
        else:
            self._profiles.move_to_end(index)
        return found
