"""Candidate sentence pairs from an inverted index of rare words, in numpy, never all pairs.

Each sentence proposes through its `proposing` rarest words; a word proposes the first
`posting_cap` sentences that contain it (a word found everywhere proposes only those, which
then stand for the rest). Candidates of other reports are ranked by the rarity weight they
share with the sentence; those sharing at least `min_share` of the weight of its proposing
words are kept, at most `cap` per sentence. Work and memory are O(sentences x proposing x
posting_cap), done in chunks of sentences so that memory stays flat.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsfuse.syndication.passages import Ints, ranges

# Sentences whose candidates are gathered at once (bounds the memory of one step).
_CHUNK = 4096


@dataclass(frozen=True)
class Limits:
    proposing: int
    posting_cap: int
    cap: int
    min_share: float


def index_candidates(
    tokens: Sequence[tuple[str, ...]], docs: Sequence[int], limits: Limits
) -> tuple[list[tuple[int, int]], bool]:
    """Pairs (i, j), i < j, of sentences (positions in `tokens`) of different reports
    (`docs[i] != docs[j]`) worth scoring, and whether a cap cut the search short."""
    vocabulary: dict[str, int] = {}
    rows_unit: list[int] = []
    rows_token: list[int] = []
    for position, words in enumerate(tokens):
        for word in set(words):
            rows_unit.append(position)
            rows_token.append(vocabulary.setdefault(word, len(vocabulary)))
    if not rows_unit:
        return [], False
    unit = np.array(rows_unit, dtype=np.int64)
    token = np.array(rows_token, dtype=np.int64)
    frequency = np.bincount(token)
    weight = np.log1p(len(tokens) / frequency)[token]
    owner = np.asarray(docs, dtype=np.int64)

    by_unit = np.lexsort((token, -weight, unit))
    proposing = by_unit[_ranks(unit[by_unit]) < limits.proposing]  # sorted by unit
    by_token = np.lexsort((unit, token))
    listed = by_token[_ranks(token[by_token]) < limits.posting_cap]
    posting_token, posting_unit = token[listed], unit[listed]
    starts = np.searchsorted(posting_token, np.arange(len(vocabulary)), side="left")
    stops = np.searchsorted(posting_token, np.arange(len(vocabulary)), side="right")
    truncated = bool((frequency[token[proposing]] > limits.posting_cap).any())
    total = np.bincount(unit[proposing], weights=weight[proposing], minlength=len(tokens))

    found: list[Ints] = []
    bounds = np.searchsorted(unit[proposing], np.arange(0, len(tokens) + _CHUNK, _CHUNK))
    for low, high in itertools.pairwise(bounds.tolist()):
        rows = proposing[low:high]
        if not len(rows):
            continue
        first, last = starts[token[rows]], stops[token[rows]]
        source = np.repeat(unit[rows], last - first)
        other = posting_unit[ranges(first, last)]
        shared = np.repeat(weight[rows], last - first)
        apart = owner[source] != owner[other]
        codes, inverse = np.unique(source[apart] * len(tokens) + other[apart], return_inverse=True)
        sums = np.bincount(inverse.ravel(), weights=shared[apart])
        source, other = codes // len(tokens), codes % len(tokens)
        enough = sums >= limits.min_share * total[source]
        source, other, sums = source[enough], other[enough], sums[enough]
        order = np.lexsort((other, -sums, source))
        rank = _ranks(source[order])
        truncated |= bool((rank >= limits.cap).any())
        best = order[rank < limits.cap]
        low_end, high_end = (
            np.minimum(source[best], other[best]),
            np.maximum(source[best], other[best]),
        )
        found.append(low_end * len(tokens) + high_end)
    if not found:
        return [], truncated
    pairs = np.unique(np.concatenate(found))
    return list(
        zip((pairs // len(tokens)).tolist(), (pairs % len(tokens)).tolist(), strict=True)
    ), truncated


def _ranks(keys: Ints) -> Ints:
    """Each element's rank within its run of equal keys (keys sorted)."""
    if not len(keys):
        return keys
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return np.arange(len(keys)) - np.repeat(starts, np.diff(np.r_[starts, len(keys)]))
