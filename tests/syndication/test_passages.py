"""Cutting a report into passages and indexing their word pairs."""

from __future__ import annotations

import numpy as np

from newsfuse.syndication.passages import profile, ranges, split_passages, word_pairs


def test_split_passages_breaks_after_sentence_punctuation() -> None:
    text = "The blaze broke out at 6 a.m. on Tuesday. More than 120 firefighters came! Why?"
    assert split_passages(text) == [
        "The blaze broke out at 6 a.m. on Tuesday.",
        "More than 120 firefighters came!",
        "Why?",
    ]


def test_split_passages_keeps_closing_quote_with_its_sentence() -> None:
    text = '"We have never seen a fire like this," he said. "Stay indoors." Schools closed.'
    assert split_passages(text) == [
        '"We have never seen a fire like this," he said.',
        '"Stay indoors."',
        "Schools closed.",
    ]


def test_split_passages_breaks_at_lines_and_drops_blank_ones() -> None:
    text = "ROTTERDAM FIRE\n\nA fire tore through a warehouse\n   \nOfficials said"
    assert split_passages(text) == [
        "ROTTERDAM FIRE",
        "A fire tore through a warehouse",
        "Officials said",
    ]


def test_split_passages_does_not_break_before_lower_case() -> None:
    assert split_passages("It cost $4.3 million. vs. last year it rose.") == [
        "It cost $4.3 million. vs. last year it rose."
    ]


def test_split_passages_of_empty_text_is_empty() -> None:
    assert split_passages("") == []
    assert split_passages(" \n\n ") == []


def _pairs(tokens: list[str], passages: list[int]) -> list[tuple[int, int]]:
    keys, passage = word_pairs(tokens, np.array(passages, dtype=np.int64))
    return sorted(zip(keys.tolist(), passage.tolist(), strict=True))


def test_word_pairs_of_a_one_word_passage_is_that_word() -> None:
    assert _pairs(["advertisement"], [0]) == [(hash("advertisement"), 0)]


def test_word_pairs_never_cross_a_passage_boundary() -> None:
    found = _pairs(["smoke", "rose", "schools", "closed"], [0, 0, 1, 1])
    assert sorted(passage for _, passage in found) == [0, 1]


def test_word_pairs_are_distinct_within_a_passage_and_order_sensitive() -> None:
    assert len(_pairs(["police", "said", "police", "said"], [0, 0, 0, 0])) == 2
    assert _pairs(["fire", "port"], [0, 0]) != _pairs(["port", "fire"], [0, 0])


def test_profile_counts_words_per_passage_and_skips_wordless_ones() -> None:
    found = profile("Fire in the port. --- \n\nFourteen people were hurt.")
    assert found.sizes.tolist() == [4, 4]
    assert found.distinct.tolist() == [3, 3]
    assert found.words == 8


def test_profile_indexes_adjacent_passages_as_one_window() -> None:
    found = profile("Smoke rose. Schools closed.")
    keys = dict(
        (passage, key)
        for key, passage in _pairs(["smoke", "rose", "schools", "closed"], [0, 0, 1, 1])
    )
    smoke, schools = keys[0], keys[1]
    assert found.windows == 3
    assert found.window[found.window_pairs == smoke].tolist() == [0, 2]
    assert found.window[found.window_pairs == schools].tolist() == [1, 2]
    assert (found.window_pairs[:-1] <= found.window_pairs[1:]).all()


def test_profile_lists_each_windows_word_pairs_in_window_order() -> None:
    found = profile("Smoke rose over the port. Schools closed. Ferries were halted.")
    rows = found.by_window
    for window in range(found.windows):
        members = rows.members[rows.bounds[window] : rows.bounds[window + 1]]
        assert members.tolist() == found.window_pairs[found.window == window].tolist()


def test_profile_keys_windows_by_their_word_pairs_across_reports() -> None:
    first = profile("Smoke rose. Schools closed.").by_window.keys
    second = profile("Schools closed. Ferries were halted. Smoke rose.").by_window.keys
    # Windows of first: smoke, schools, smoke+schools; of second: schools, ferries, smoke, ...
    assert first[0] == second[2]
    assert first[1] == second[0]
    assert len(set(second.tolist())) == len(second) == 5
    assert first[2] not in second.tolist()


def test_profile_of_empty_text_has_no_passages() -> None:
    found = profile("")
    assert found.words == 0
    assert found.windows == 0
    assert found.by_window.keys.tolist() == [] and found.by_window.bounds.tolist() == [0]


def test_ranges_lays_index_ranges_end_to_end_and_skips_empty_ones() -> None:
    starts = np.array([2, 7, 0], dtype=np.int64)
    stops = np.array([5, 7, 2], dtype=np.int64)
    assert ranges(starts, stops).tolist() == [2, 3, 4, 0, 1]
