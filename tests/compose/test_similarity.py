"""TF-IDF sentence similarity: paraphrases of one fact meet EQUIVALENT, different facts do not."""

from __future__ import annotations

import numpy as np

from newsfuse.compose.similarity import EQUIVALENT, similar_pairs, terms, vectorize

STORY = [
    "A wildfire tore through the hills above Santa Rosa on Tuesday, destroying at least 300 "
    "homes, officials said.",
    "Officials said the fire destroyed at least 300 homes near Santa Rosa on Tuesday.",
    "At least 300 homes were destroyed by the wildfire near Santa Rosa, officials said on Tuesday.",
    "Fire Chief Maria Lopez said strong winds pushed the flames toward the town.",
    "Strong winds drove the flames toward the town, Fire Chief Maria Lopez said.",
    "Fire Chief Maria Lopez said crews had contained 20 percent of the fire by Wednesday.",
    "More than 300 firefighters were battling the blaze on Tuesday, officials said.",
    "The cause of the fire is under investigation.",
    "The cause of the blaze remains under investigation, officials said.",
    "About 4,300 residents were ordered to evacuate as the blaze spread overnight.",
]


def cosines() -> np.ndarray:
    matrix = vectorize(STORY).matrix
    return np.asarray((matrix @ matrix.T).toarray())


def test_terms_fold_plurals_and_possessives_and_drop_stop_words() -> None:
    folded = terms("The mayor's homes and the cities were at risk")
    assert folded == ["city", "home", "mayor", "risk"]


def test_vectorize_paraphrases_of_one_fact_reach_equivalent() -> None:
    similarity = cosines()
    for first, second in [(0, 1), (0, 2), (1, 2), (3, 4), (7, 8)]:
        assert similarity[first, second] >= EQUIVALENT, (first, second)


def test_vectorize_different_facts_sharing_names_and_numbers_stay_below_equivalent() -> None:
    similarity = cosines()
    for first, second in [(3, 5), (4, 5), (0, 6), (1, 6), (6, 9), (7, 9)]:
        assert similarity[first, second] < EQUIVALENT, (first, second)


def test_vectorize_rows_are_unit_length_and_encode_uses_the_same_space() -> None:
    vectors = vectorize(STORY)
    norms = np.sqrt(np.asarray(vectors.matrix.multiply(vectors.matrix).sum(axis=1)).ravel())
    assert np.allclose(norms, 1.0)
    again = vectors.encode([STORY[3], "zzz unknown words only"])
    assert np.allclose(again[0].toarray(), vectors.matrix[3].toarray())
    assert again[1].nnz == 0


def test_similar_pairs_is_symmetric_keeps_only_pairs_above_threshold() -> None:
    vectors = vectorize(STORY).matrix
    pairs = similar_pairs(vectors, EQUIVALENT)
    dense = pairs.toarray()
    assert np.allclose(dense, dense.T)
    assert np.allclose(np.diag(dense), 1.0)
    assert (dense[dense > 0] >= EQUIVALENT - 1e-9).all()
    assert dense[0, 1] > 0 and dense[3, 5] == 0


def test_similar_pairs_of_no_texts_is_empty() -> None:
    assert similar_pairs(vectorize([]).matrix, EQUIVALENT).shape == (0, 0)
