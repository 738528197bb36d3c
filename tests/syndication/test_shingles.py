"""Word shingles and MinHash signatures."""

from __future__ import annotations

from newsfuse.syndication.shingles import shingles, signatures


def test_shingles_are_normalised_word_runs() -> None:
    found = shingles("Fire at the PORT, “officials” said.", 3)
    assert found == {b"fire at the", b"at the port", b"the port officials", b"port officials said"}


def test_shingles_of_text_shorter_than_one_shingle_is_the_whole_text() -> None:
    assert shingles("Breaking news", 5) == {b"breaking news"}


def test_shingles_of_text_without_words_is_empty() -> None:
    assert shingles(" -- ... ", 5) == set()


def test_signatures_mark_wordless_texts_as_none() -> None:
    found = list(signatures(["", "A fire tore through a warehouse in Rotterdam."], 5, 64))
    assert found[0] is None
    assert found[1] is not None
    assert len(found[1]) == 64


def test_signatures_agree_for_identical_texts_across_calls() -> None:
    text = "A fire tore through a chemical storage warehouse in the port of Rotterdam on Tuesday."
    first, second = list(signatures([text, text], 5, 128))
    again = next(signatures([text], 5, 128))
    assert first is not None and second is not None and again is not None
    assert first.jaccard(second) == 1.0
    assert (first.hashvalues == again.hashvalues).all()
