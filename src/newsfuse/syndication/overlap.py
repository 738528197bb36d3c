"""How much of one report sits in passages that another report also carries.

Overlap is directional: `overlap(a, b)` is the share of a's words in passages found in b.
A short recap copied whole into a long report has overlap 1.0 with it, while the long
report's overlap with the recap is small. Both directions lie in [0, 1], and a report with
words has overlap 1.0 with itself.
"""

from __future__ import annotations

import numpy as np

from newsfuse.syndication.passages import Ints, Profile, profile, ranges

# A passage is found in the other report when at least this share of its word pairs appears
# in one passage (or two adjacent ones) there: a sentence survives a few changed words, and
# a rewrite in other words that keeps names and figures stays well below it.
PASSAGE_MATCH = 0.5


def overlap(a: Profile, b: Profile) -> float:
    """Share of a's words that lie in passages of a found in b, independent of order."""
    if not a.words:
        return 0.0
    cells, counts = _shared(a, b.window_pairs, b.window, b.windows)
    best = np.zeros(len(a.sizes), dtype=np.int64)
    np.maximum.at(best, cells // max(b.windows, 1), counts)
    matched = best >= PASSAGE_MATCH * a.distinct
    return float(a.sizes[matched].sum()) / a.words


def _shared(a: Profile, pairs: Ints, window: Ints, windows: int) -> tuple[Ints, Ints]:
    """Cells (passage of a * windows + window) sharing word pairs, and how many they share,
    given another report's (word pair, window) rows sorted by word pair."""
    first = np.searchsorted(pairs, a.pairs, side="left")
    found = np.searchsorted(pairs, a.pairs, side="right") - first
    hit = window[ranges(first, first + found)]
    cells, counts = np.unique(np.repeat(a.passage, found) * windows + hit, return_counts=True)
    return cells, counts


def text_overlap(a: str, b: str) -> tuple[float, float]:
    """(overlap of a with respect to b, overlap of b with respect to a) for two texts."""
    first, second = profile(a), profile(b)
    return overlap(first, second), overlap(second, first)
