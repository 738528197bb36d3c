"""Near-identical reports, found before anything is compared, so that they cost one report.

Thousands of reports that differ in a word or two (one item pushed by many feeds, a template
filled in many times) would otherwise each be compared with many others. Their sets of
distinct words are nearly equal, so MinHash over words (not shingles: one changed word breaks
five shingles of a tiny report but only one of its words) puts them in a shared bucket of
some band; each member of a bucket joins the bucket's first member when their estimated word
Jaccard reaches `NEAR` and their lengths are close. A report's original is the first report
of its chain of such joins. The work is linear in the words of the input.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from newsfuse.analyze.tokens import normalize, words

# Estimated Jaccard of two reports' word sets from which on one is a near copy of the other.
NEAR = 0.8
# Word counts of near copies differ by at most this ratio.
_LENGTH = 0.8
_PERMUTATIONS = 64
_ROWS = 4  # per band: 16 bands; word Jaccard 0.8 shares a band with probability 0.9999
_SEED = 17


def near_copy_originals(texts: Sequence[str]) -> list[int]:
    """For each text, the index of the earlier text it nearly copies (itself if none).

    Texts without words are never copies."""
    sets = [sorted(set(words(normalize(text)))) for text in texts]
    sizes = np.array([len(s) for s in sets], dtype=np.int64)
    original = list(range(len(texts)))
    present = np.flatnonzero(sizes)
    if len(present) < 2:
        return original
    values = _signatures([sets[i] for i in present])
    parent = list(range(len(present)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for band in range(_PERMUTATIONS // _ROWS):
        keys = values[:, band * _ROWS : (band + 1) * _ROWS]
        _, first = np.unique(keys, axis=0, return_inverse=True)
        leader: dict[int, int] = {}
        for i, bucket in enumerate(first.ravel().tolist()):
            lead = leader.setdefault(bucket, i)
            if lead != i and root(lead) != root(i) and _near(values, sizes[present], lead, i):
                a, b = root(lead), root(i)
                parent[max(a, b)] = min(a, b)
    for i, index in enumerate(present.tolist()):
        original[index] = int(present[root(i)])
    return original


def _near(values: npt.NDArray[np.uint64], sizes: npt.NDArray[np.int64], a: int, b: int) -> bool:
    shorter, longer = sorted((int(sizes[a]), int(sizes[b])))
    return shorter >= _LENGTH * longer and float(np.mean(values[a] == values[b])) >= NEAR


def _signatures(sets: Sequence[list[str]]) -> npt.NDArray[np.uint64]:
    """A (texts, permutations) array of MinHash values of each word set, by multiply-shift
    hashing of Python's string hashes (stable within one process, which is all one call
    needs)."""
    hashes = np.fromiter((hash(w) for s in sets for w in s), dtype=np.int64).view(np.uint64)
    starts = np.cumsum([0] + [len(s) for s in sets[:-1]])
    rng = np.random.default_rng(_SEED)
    factors = rng.integers(1, 2**63, _PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
    offsets = rng.integers(0, 2**63, _PERMUTATIONS, dtype=np.uint64)
    out = np.empty((len(sets), _PERMUTATIONS), dtype=np.uint64)
    for column in range(_PERMUTATIONS):
        with np.errstate(over="ignore"):
            mixed = hashes * factors[column] + offsets[column]
        out[:, column] = np.minimum.reduceat(mixed, starts)
    return out
