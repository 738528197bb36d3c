"""Candidate copy pairs from MinHash LSH: near-linear in the number of reports, never all pairs.

The banding is datasketch's (its optimal bands and rows for the threshold), the buckets our
own, in numpy, so that their size can be capped: a bucket of more than `_BUCKET` reports
(a story run by thousands of outlets, or thousands of near-identical reports) pairs each
member with its first `_BUCKET` members only, which keeps them connected through those while
the pairs stay linear in the reports. Each report then keeps at most `limit` partners, those
sharing the most bands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from datasketch import MinHashLSH

from newsfuse.settings import Settings
from newsfuse.syndication.passages import Ints
from newsfuse.syndication.shingles import signatures

UInts = npt.NDArray[np.uint64]

# Members of a large bucket that every other member of it is paired with.
_BUCKET = 48
# Odd multiplier folding a band's rows into one key (wrapping uint64 arithmetic).
_FOLD = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True)
class Candidates:
    """Index pairs (i, j), i < j, sorted, and whether a cap left some pairs out."""

    pairs: list[tuple[int, int]]
    truncated: bool


def candidate_pairs(texts: Sequence[str], settings: Settings) -> list[tuple[int, int]]:
    """Index pairs (i, j), i < j, of texts whose shingle sets may be alike, sorted.

    LSH only proposes: every pair is checked by passage alignment afterwards. A short text
    wholly inside a much longer one (Jaccard under `lsh_threshold`) may be missed.
    """
    return capped_candidates(texts, settings).pairs


def capped_candidates(texts: Sequence[str], settings: Settings) -> Candidates:
    """`candidate_pairs` with the caps reported: each text keeps at most
    `settings.copy_candidates` partners."""
    sigs = signatures(texts, settings.shingle_words, settings.minhash_permutations)
    found = [(i, s.hashvalues) for i, s in enumerate(sigs) if s is not None]
    if len(found) < 2:
        return Candidates([], False)
    index = np.array([i for i, _ in found], dtype=np.int64)
    values = np.stack([v for _, v in found]).astype(np.uint64)
    lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.minhash_permutations)
    codes, truncated = _banded_pairs(values, lsh.b, lsh.r)
    codes, truncated_partners = _top_partners(codes, len(found), settings.copy_candidates)
    first, second = index[codes // len(found)], index[codes % len(found)]
    pairs = sorted(zip(first.tolist(), second.tolist(), strict=True))
    return Candidates(pairs, truncated or truncated_partners)


def _banded_pairs(values: UInts, bands: int, rows: int) -> tuple[Ints, bool]:
    """Pair codes i * n + j (i < j, rows of `values`) of every shared band bucket, one code
    per shared band, and whether a bucket was too large to pair in full."""
    count = len(values)
    codes: list[Ints] = []
    truncated = False
    for band in range(bands):
        keys = np.zeros(count, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for column in range(band * rows, (band + 1) * rows):
                keys = keys * _FOLD + values[:, column]
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        sizes = np.diff(np.r_[starts, count])
        truncated |= bool((sizes > _BUCKET + 1).any())
        bucket = np.repeat(starts, sizes)
        rank = np.arange(count, dtype=np.int64) - bucket
        for partner in range(min(_BUCKET, int(sizes.max()) - 1)):
            # Every member ranked after the bucket's member `partner` pairs with it.
            chosen = np.flatnonzero(rank > partner)
            a, b = order[chosen], order[bucket[chosen] + partner]
            codes.append(np.minimum(a, b) * count + np.maximum(a, b))
    if not codes:
        return np.zeros(0, dtype=np.int64), truncated
    return np.concatenate(codes).astype(np.int64), truncated


def _top_partners(codes: Ints, count: int, limit: int) -> tuple[Ints, bool]:
    """The distinct pair codes, keeping for each text its `limit` partners that share the most
    bands (a pair stays when either of its texts keeps it)."""
    pairs, shared = np.unique(codes, return_counts=True)
    if not len(pairs):
        return pairs, False
    ends = np.concatenate([pairs // count, pairs % count])
    strength = np.concatenate([shared, shared])
    which = np.concatenate([np.arange(len(pairs)), np.arange(len(pairs))])
    order = np.lexsort((which, -strength, ends))
    ends = ends[order]
    starts = np.flatnonzero(np.r_[True, ends[1:] != ends[:-1]])
    rank = np.arange(len(ends)) - np.repeat(starts, np.diff(np.r_[starts, len(ends)]))
    kept = np.zeros(len(pairs), dtype=bool)
    kept[which[order][rank < limit]] = True
    return pairs[kept], bool((rank >= limit).any())
