"""Composing stages compare items without an all-pairs pass, and give what the pairwise
definition gives."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from newsfuse.caps import comparison_caps
from newsfuse.compose.timeline import _Group, _resembling
from newsfuse.compose.title import _best_headline
from newsfuse.settings import Settings


def _pairwise_best_headline(vectors: np.ndarray, centroid: np.ndarray, groups: list[str]) -> int:
    """The definition: mean cosine with the other groups' headlines (each group weighing one in
    all) plus the cosine with the centroid, the highest score winning."""
    weights = np.array([1.0 / groups.count(g) for g in groups])
    others = len(set(groups)) - 1
    scores = []
    for row, own in enumerate(groups):
        mask = np.array([g != own for g in groups])
        agreement = float(vectors[row] @ vectors[mask].T @ weights[mask]) / others if others else 0
        scores.append(agreement + float(vectors[row] @ centroid))
    return int(np.argmax(scores))


def test_best_headline_agrees_with_the_pairwise_definition_on_random_headlines() -> None:
    generator = np.random.default_rng(7)
    for _ in range(30):
        count = int(generator.integers(2, 25))
        dense = generator.random((count, 12)) * (generator.random((count, 12)) < 0.3)
        dense[:, 0] += 0.01  # no empty headline
        dense /= np.linalg.norm(dense, axis=1, keepdims=True)
        centroid = generator.random(12)
        centroid /= np.linalg.norm(centroid)
        groups = [f"g{generator.integers(0, max(1, count // 2))}" for _ in range(count)]
        headlines = {f"id{row}": f"headline {row}" for row in range(count)}
        by_id = dict(zip(headlines, groups, strict=True))
        chosen = _best_headline(headlines, sparse.csr_matrix(dense), centroid, by_id.__getitem__)
        assert chosen == f"headline {_pairwise_best_headline(dense, centroid, groups)}"


def _index(wordings: list[frozenset[str]]) -> tuple[dict[frozenset[str], _Group], dict[str, list]]:
    group_of: dict[frozenset[str], _Group] = {}
    by_word: dict[str, list[frozenset[str]]] = {}
    for tick, words in enumerate(wordings):
        group_of[words] = _Group([], [words], tick)
        for word in words:
            by_word.setdefault(word, []).append(words)
    return group_of, by_word


def test_same_day_linking_finds_resembling_wordings_through_a_word_in_every_wording() -> None:
    wordings = [frozenset({"said", f"topic{n}", f"detail{n}"}) for n in range(50)]
    group_of, by_word = _index(wordings)
    found = _resembling(frozenset({"said", "topic3", "detail3", "more"}), group_of, by_word)
    assert [group.wordings for group in found] == [[wordings[3]]]


def test_a_word_over_the_postings_cap_proposes_no_candidates_and_is_tallied() -> None:
    wordings = [frozenset({"said", "told", f"topic{n}"}) for n in range(50)]
    group_of, by_word = _index(wordings)
    with comparison_caps(Settings(max_term_postings=10)) as tally:
        # Shares two common words with every wording: none is proposed...
        assert _resembling(frozenset({"said", "told", "other"}), group_of, by_word) == []
        # ...but a rare word proposes its wording, and the common words count as shared.
        found = _resembling(frozenset({"said", "told", "topic9"}), group_of, by_word)
    assert [group.wordings for group in found] == [[wordings[9]]]
    assert tally.common_terms == 2
    assert tally.notices()
