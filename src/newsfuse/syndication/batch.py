"""Overlaps of one report with many others at once, for wire stories run by many outlets.

Measuring each pair on its own costs a dozen array operations, and a story copied by hundreds
of outlets has hundreds of thousands of candidate pairs. Copies carry the same sentences, so
the windows of all the others are first reduced to the distinct ones (by their keys, see
`Windows`), each distinct window is matched once against the report's passages, and each other
report then finds a passage when one of its windows does. The figures equal `overlap(a, b)`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from newsfuse.syndication.overlap import PASSAGE_MATCH
from newsfuse.syndication.passages import Ints, Profile, ranges

# Up to this many (passage, window) cells, shared word pairs are counted in a dense array.
_DENSE = 1 << 22


def overlaps_with(a: Profile, others: Sequence[Profile]) -> list[float]:
    """`[overlap(a, b) for b in others]`, measured together: the same figures, much faster
    when the others are copies of one another."""
    counts = np.array([b.windows for b in others], dtype=np.int64)
    if not a.words or not counts.any():
        return [0.0] * len(others)
    starts = np.cumsum(counts) - counts
    keys = np.concatenate([b.by_window.keys for b in others])
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    matched = _matched(a, *_distinct_windows(others, starts, first), len(first))
    # Every window of every other report, then whether any window of each report matched
    # (a report without windows has no segment, and nothing found).
    found = np.zeros((len(others), len(a.sizes)), dtype=bool)
    some = counts > 0
    found[some] = np.logical_or.reduceat(matched[inverse], starts[some], axis=0)
    words, total = found.astype(np.int64) @ a.sizes, a.words
    return [int(w) / total for w in words]


def _distinct_windows(others: Sequence[Profile], starts: Ints, first: Ints) -> tuple[Ints, Ints]:
    """(word pair, distinct window) rows, where distinct window d is the window at `first[d]`
    of all the others' windows laid end to end."""
    owner = np.searchsorted(starts, first, side="right") - 1
    owners, rank = np.unique(owner, return_inverse=True)
    members = [others[o].by_window.members for o in owners]
    bounds = [others[o].by_window.bounds for o in owners]
    member_at = _starts([len(m) for m in members])[rank]
    bound_at = _starts([len(b) for b in bounds])[rank] + first - starts[owner]
    every_bound = np.concatenate(bounds)
    rows = ranges(member_at + every_bound[bound_at], member_at + every_bound[bound_at + 1])
    labels = np.repeat(np.arange(len(first)), every_bound[bound_at + 1] - every_bound[bound_at])
    return np.concatenate(members)[rows], labels


def _matched(a: Profile, pairs: Ints, window: Ints, windows: int) -> npt.NDArray[np.bool_]:
    """Whether each window (row) holds each passage of a (column), given (word pair, window)
    rows in any order: each row is looked up among a's few word pairs, so that the many rows
    of the others need no sorting."""
    low = np.searchsorted(a.pairs, pairs, side="left")
    high = np.searchsorted(a.pairs, pairs, side="right")
    cells = a.passage[ranges(low, high)] * windows + np.repeat(window, high - low)
    if len(a.sizes) * windows <= _DENSE:
        shared = np.bincount(cells, minlength=len(a.sizes) * windows)
        cells = np.flatnonzero(shared)
        shared = shared[cells]
    else:
        cells, shared = np.unique(cells, return_counts=True)
    hits = cells[shared >= PASSAGE_MATCH * a.distinct[cells // windows]]
    matched = np.zeros((windows, len(a.sizes)), dtype=bool)
    matched[hits % windows, hits // windows] = True
    return matched


def _starts(lengths: list[int]) -> Ints:
    """Where each of several arrays of these lengths starts once laid end to end."""
    ends = np.cumsum(np.array(lengths, dtype=np.int64))
    return ends - lengths
