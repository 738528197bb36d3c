"""Capped nearest-neighbour search: exact while no cap binds, bounded per row when one does,
and every cut tallied for the brief's notices."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from newsfuse import neighbours
from newsfuse.caps import comparison_caps, current_caps
from newsfuse.compose.quoting import _BREAKS, open_after, open_at
from newsfuse.compose.similarity import similar_pairs, vectorize
from newsfuse.neighbours import nearest, nearest_within, set_rows
from newsfuse.settings import Settings


def _random_rows(count: int, width: int, seed: int) -> sparse.csr_matrix:
    rng = np.random.default_rng(seed)
    dense = rng.random((count, width)) * (rng.random((count, width)) < 0.15)
    norms = np.linalg.norm(dense, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(dense / norms)


def test_nearest_is_the_exact_thresholded_product_while_no_cap_binds() -> None:
    queries, index = _random_rows(60, 40, 1), _random_rows(80, 40, 2)
    exact = (queries @ index.T).toarray()
    exact[exact < 0.3 - 1e-9] = 0.0
    found = nearest(queries, index, 0.3).toarray()
    assert np.count_nonzero(exact) > 100
    assert np.allclose(found, exact)


def test_small_blocks_and_pair_chunks_give_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    queries, index = _random_rows(60, 40, 1), _random_rows(80, 40, 2)
    whole = nearest(queries, index, 0.3).toarray()
    monkeypatch.setattr(neighbours, "_BLOCK_ENTRIES", 50)
    monkeypatch.setattr(neighbours, "_PAIRS_AT_ONCE", 7)
    assert np.allclose(nearest(queries, index, 0.3).toarray(), whole)


def test_nearest_within_never_pairs_a_row_with_itself() -> None:
    matrix = _random_rows(50, 30, 3)
    found = nearest_within(matrix, 0.2).toarray()
    assert not np.diag(found).any()
    exact = (matrix @ matrix.T).toarray()
    np.fill_diagonal(exact, 0.0)
    exact[exact < 0.2 - 1e-9] = 0.0
    assert np.allclose(found, exact)


def test_each_row_keeps_at_most_max_neighbours_and_the_cut_is_tallied() -> None:
    matrix = _random_rows(40, 5, 4)  # few columns: every row resembles most others
    with comparison_caps(Settings(max_neighbours=3)) as tally:
        found = nearest_within(matrix, 0.1)
    per_row = np.diff(found.indptr)
    assert per_row.max() == 3
    assert tally.capped_items == int(np.count_nonzero(np.diff((matrix @ matrix.T).indptr) > 4))
    (notice,) = tally.notices()
    assert "max_neighbours" in notice.message


def test_capped_rows_keep_their_best_matches() -> None:
    # Row 0 matches rows 1..4 more and more closely; with a cap of 2 it keeps 3 and 4.
    rows = [[0, 1, 2, 3, 4], [0, 9], [0, 1, 9], [0, 1, 2, 9], [0, 1, 2, 3, 9]]
    matrix = set_rows(rows, 10)
    with comparison_caps(Settings(max_neighbours=2)):
        found = nearest(matrix[:1], matrix[1:], 0.1)
    assert sorted(found.indices.tolist()) == [2, 3]


def test_a_word_in_too_many_rows_proposes_no_pairs_but_still_counts() -> None:
    # Column 0 is in every row; rows 0 and 1 also share the rare column 5.
    rows = [[0, 5], [0, 5, 6], [0, 1], [0, 2], [0, 3]]
    matrix = set_rows(rows, 7)
    with comparison_caps(Settings(max_term_postings=3)) as tally:
        found = nearest_within(matrix, 0.1).toarray()
    assert found[2, 3] == 0.0  # they share only the common column
    assert found[0, 1] == pytest.approx(2 / np.sqrt(2 * 3))  # the common column counted
    assert tally.common_terms == 1
    assert "max_term_postings" in tally.notices()[0].message


def test_set_rows_cosine_is_never_below_jaccard() -> None:
    rng = random.Random(5)
    sets = [sorted(rng.sample(range(30), rng.randint(1, 12))) for _ in range(40)]
    matrix = set_rows(sets, 30)
    cosines = (matrix @ matrix.T).toarray()
    for i, a in enumerate(sets):
        for j, b in enumerate(sets):
            jaccard = len(set(a) & set(b)) / len(set(a) | set(b))
            assert cosines[i, j] >= jaccard - 1e-9


def test_similar_pairs_of_repetitive_text_stay_linear_in_the_sentences() -> None:
    rng = random.Random(6)
    vocabulary = "fire port city police night smoke river crowd wall truck".split()
    texts = [" ".join(rng.choices(vocabulary, k=6)) for _ in range(1500)]
    pairs = similar_pairs(vectorize(texts).matrix, 0.3)
    caps = current_caps()
    assert pairs.nnz <= len(texts) * (2 * caps.neighbours + 1)


def test_no_cap_binding_gives_no_notice() -> None:
    with comparison_caps(Settings()) as tally:
        nearest_within(_random_rows(30, 40, 7), 0.3)
    assert tally.items == 30
    assert tally.notices() == []


def _open_at_by_scanning(text: str, position: int) -> bool:
    start = max(text.rfind(b, 0, position) for b in _BREAKS) + 1
    return open_after(text[start:position])


def test_open_at_agrees_with_following_the_marks_from_the_line_start() -> None:
    rng = random.Random(8)
    alphabet = 'ab .,(-—“”«»"\n'
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        for position in range(len(text) + 1):
            assert open_at(text, position) == _open_at_by_scanning(text, position), (text, position)


def test_a_brief_says_when_a_cap_cut_its_comparisons() -> None:
    from newsfuse.api import brief

    story = Path(__file__).resolve().parents[1] / "examples" / "harbour-fire" / "reports"
    tight = brief(story, Settings(use_model=False, max_neighbours=1, max_term_postings=5))
    capped = [n for n in tight.notices if n.message.startswith("comparisons capped")]
    assert len(capped) == 1
    assert "max_neighbours" in capped[0].message and "max_term_postings" in capped[0].message
    assert tight.facts  # the brief is still made
