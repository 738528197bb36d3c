"""Nearest rows of two sparse matrices by cosine, with a cap per row: how every stage that
compares sentences or claims finds its candidate pairs without comparing all pairs.

    found = nearest(queries, index, threshold)    # sparse (queries x index) cosines
    found[i, j]                                   # >= threshold, at most the cap per row i

Rows are L2-normalized vectors over one vocabulary (TF-IDF, or 0/1 sets of words). The caps
(`max_neighbours` per row, `max_term_postings` per term) come from `newsfuse.caps`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse

from newsfuse.caps import current_caps

# Candidate scores held at once (about 16 bytes each, so some 64 MB), whatever the input.
_BLOCK_ENTRIES = 4_000_000
# Pairs scored at once; each copies its two rows (some 20 terms of 12 bytes each), so ~100 MB.
_PAIRS_AT_ONCE = 200_000


def nearest_within(matrix: Any, threshold: float) -> Any:
    """`nearest(matrix, matrix, threshold)`, a row never its own neighbour."""
    return nearest(matrix, matrix, threshold, same=True)


def nearest(queries: Any, index: Any, threshold: float, *, same: bool = False) -> Any:
    """Sparse (queries x index) matrix of the cosines >= `threshold`, at most `max_neighbours`
    per query row; `same`: the two are one matrix, and a row is not its own neighbour.

    Candidates come from an inverted index on the rarer terms: a term found in more than
    `max_term_postings` rows of `index` proposes none (it carries no signal, and its postings
    are what makes repetitive text quadratic), though it still counts in the cosine of the
    pairs rarer terms propose. When a row has more candidates than the cap, those sharing the
    most weight of rare terms are scored. The caps come from `newsfuse.caps` (the brief's
    settings) and every cut is tallied there for the brief's notices. When no cap binds, the
    result is exact: two rows with a positive cosine share a term.

    Time is O(stored rows' terms x max_term_postings); memory holds at most `_BLOCK_ENTRIES`
    candidate scores at once besides the result.
    """
    tally = current_caps()
    queries, index = sparse.csr_matrix(queries), sparse.csr_matrix(index)
    postings = np.bincount(index.indices, minlength=index.shape[1])
    rare = (postings <= tally.term_postings).astype(np.float64)
    common = int(np.count_nonzero(postings > tally.term_postings))
    rare_queries = _masked(queries, rare)
    proposed = _masked(index, rare).T.tocsr()
    # What the common terms can add to a pair's cosine is at most the product of the two
    # rows' lengths in those terms (Cauchy-Schwarz): pairs that cannot reach the threshold
    # even so are dropped before ranking.
    query_rest, index_rest = _length(queries, 1.0 - rare), _length(index, 1.0 - rare)
    bound = rare_queries.sign() @ postings.astype(np.float64)  # candidates of each query
    found: list[tuple[Any, Any, Any]] = []
    capped = 0
    for start, stop in _blocks(np.asarray(bound).ravel()):
        scores = sparse.coo_matrix(rare_queries[start:stop] @ proposed)
        rows, columns = scores.row.astype(np.int64) + start, scores.col.astype(np.int64)
        keep = scores.data + query_rest[rows] * index_rest[columns] >= threshold - 1e-9
        if same:
            keep &= rows != columns
        rows, columns, was_capped = _best_per_row(
            rows[keep], columns[keep], scores.data[keep], tally.neighbours
        )
        capped += was_capped
        cosines = _cosines(queries, index, rows, columns)
        kept = cosines >= threshold - 1e-9
        found.append((rows[kept], columns[kept], cosines[kept]))
    tally.record(queries.shape[0], capped, common)
    shape = (queries.shape[0], index.shape[0])
    if not found:
        return sparse.csr_matrix(shape)
    rows, columns, cosines = (np.concatenate(parts) for parts in zip(*found, strict=True))
    return sparse.csr_matrix((cosines, (rows, columns)), shape=shape)


def _cosines(queries: Any, index: Any, rows: Any, columns: Any) -> Any:
    """The cosine of each pair (queries[rows[n]], index[columns[n]]), `_PAIRS_AT_ONCE` at a
    time: each pair copies its two rows."""
    parts = [
        np.asarray(
            queries[rows[at : at + _PAIRS_AT_ONCE]]
            .multiply(index[columns[at : at + _PAIRS_AT_ONCE]])
            .sum(axis=1)
        ).ravel()
        for at in range(0, len(rows), _PAIRS_AT_ONCE)
    ]
    return np.concatenate(parts) if parts else np.zeros(0)


# Both work on the stored entries: stages call `nearest` once per figure key or group, on
# small matrices, where a product with a diagonal matrix costs far more than the entries.
def _length(matrix: Any, columns: np.ndarray[Any, np.dtype[np.float64]]) -> Any:
    """Each row's length over the columns where `columns` is 1."""
    weights = matrix.data * columns[matrix.indices]
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    return np.sqrt(np.bincount(rows, weights=weights * weights, minlength=matrix.shape[0]))


def _masked(matrix: Any, columns: np.ndarray[Any, np.dtype[np.float64]]) -> Any:
    """`matrix` with the columns where `columns` is 0 emptied."""
    kept = matrix.copy()
    kept.data = kept.data * columns[kept.indices]
    kept.eliminate_zeros()
    return kept


def _blocks(bound: np.ndarray[Any, np.dtype[np.float64]]) -> list[tuple[int, int]]:
    """Row ranges whose candidate scores together stay under `_BLOCK_ENTRIES` (a row over it
    alone makes a block of its own)."""
    ranges = []
    start, total = 0, 0.0
    for row, size in enumerate(bound.tolist()):
        if row > start and total + size > _BLOCK_ENTRIES:
            ranges.append((start, row))
            start, total = row, 0.0
        total += size
    if start < len(bound):
        ranges.append((start, len(bound)))
    return ranges


def _best_per_row(rows: Any, columns: Any, scores: Any, limit: int) -> tuple[Any, Any, int]:
    """The (rows, columns) of each row's `limit` best `scores` (the first found on ties), and
    how many rows had more than `limit`."""
    counts = np.bincount(rows) if len(rows) else np.zeros(0, dtype=np.int64)
    over = int(np.count_nonzero(counts > limit))
    if not over:
        return rows, columns, 0
    order = np.lexsort((-scores, rows))
    rows, columns = rows[order], columns[order]
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    keep = np.arange(len(rows)) - first[rows] < limit
    return rows[keep], columns[keep], over


def set_rows(rows: list[list[int]], width: int) -> Any:
    """Unit-length 0/1 rows, one per list of distinct column indexes: the cosine of two rows
    is |A & B| / sqrt(|A| |B|), never below their Jaccard |A & B| / |A | B|, so `nearest` at a
    Jaccard threshold finds every pair of sets that reaches it."""
    columns = np.fromiter((c for row in rows for c in row), dtype=np.int64)
    sizes = np.array([len(row) for row in rows], dtype=np.int64)
    pointers = np.concatenate([[0], np.cumsum(sizes)])
    weights = np.repeat(1.0 / np.sqrt(np.maximum(sizes, 1)), sizes)
    return sparse.csr_matrix((weights, columns, pointers), shape=(len(rows), width))
