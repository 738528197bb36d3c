"""TF-IDF vectors of short texts and sparse cosine similarity, for stages that compare sentences.

    vectors = vectorize(texts)                    # one L2-normalized row per text
    pairs = similar_pairs(vectors.matrix, EQUIVALENT)
    pairs[i, j]                                   # cosine of texts i and j where >= the threshold

Terms are the shared content words (`newsfuse.analyze.tokens.content_words`) with plurals and
possessives folded, counted once per text. IDF is computed over the texts given, so words the
whole story repeats ("fire", "police") weigh little and the words that carry a fact weigh most.
Matrices are `scipy.sparse.csr_matrix` (scipy comes with datasketch).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

from newsfuse.analyze.tokens import content_words
from newsfuse.neighbours import nearest_within

# Cosine at or above which two sentences count as saying the same thing. Paraphrases of one fact
# in news copy ("300 homes were destroyed, officials said" / "officials said the blaze destroyed
# 300 homes") score 0.55-0.9; different facts of one story that share its topic words score
# below 0.35 (see tests/compose/test_similarity.py).
EQUIVALENT = 0.5


def terms(text: str) -> list[str]:
    """The distinct comparison terms of `text`, sorted: content words, plurals folded."""
    return sorted({_fold(word) for word in content_words(text)})


def _fold(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True)
class TextVectors:
    """L2-normalized TF-IDF rows of some texts, and the vocabulary and IDF that made them."""

    matrix: Any  # scipy.sparse.csr_matrix, shape (texts, vocabulary)
    vocabulary: dict[str, int]
    idf: np.ndarray[Any, np.dtype[np.float64]]

    def encode(self, texts: Sequence[str]) -> Any:
        """Rows for other texts in the same space; terms outside the vocabulary are ignored."""
        rows: list[list[int]] = [
            [self.vocabulary[t] for t in terms(text) if t in self.vocabulary] for text in texts
        ]
        return _weighted(rows, self.idf)


def vectorize(texts: Sequence[str]) -> TextVectors:
    """TF-IDF vectors of `texts` with a vocabulary and smoothed IDF learned from them."""
    vocabulary: dict[str, int] = {}
    rows = [[vocabulary.setdefault(t, len(vocabulary)) for t in terms(text)] for text in texts]
    frequency = np.bincount(
        np.fromiter((c for row in rows for c in row), dtype=np.int64), minlength=len(vocabulary)
    )
    idf = np.log((1.0 + len(texts)) / (1.0 + frequency)) + 1.0
    return TextVectors(_weighted(rows, idf), vocabulary, idf)


def _weighted(rows: list[list[int]], idf: np.ndarray[Any, np.dtype[np.float64]]) -> Any:
    columns = np.fromiter((c for row in rows for c in row), dtype=np.int64)
    pointers = np.cumsum([0, *(len(row) for row in rows)])
    matrix = sparse.csr_matrix((idf[columns], columns, pointers), shape=(len(rows), len(idf)))
    return normalize_rows(matrix)


def normalize_rows(matrix: Any) -> Any:
    """`matrix` (sparse) with every non-zero row scaled to unit length."""
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def similar_pairs(matrix: Any, threshold: float) -> Any:
    """Sparse symmetric matrix of the cosines >= `threshold` between the rows of `matrix`, with
    every non-zero row's cosine with itself (1.0) on the diagonal.

    Rows must be L2-normalized. Each row proposes at most `max_neighbours` others (`nearest`),
    so memory is O(rows x max_neighbours) whatever the texts; the matrix is the union of what
    the rows proposed, so a row may hold more than the cap.
    """
    found = nearest_within(matrix, threshold)
    diagonal = np.flatnonzero(np.diff(sparse.csr_matrix(matrix).indptr))
    own = sparse.csr_matrix(
        (np.ones(len(diagonal)), (diagonal, diagonal)), shape=(matrix.shape[0],) * 2
    )
    return sparse.csr_matrix(found.maximum(found.T) + own)
