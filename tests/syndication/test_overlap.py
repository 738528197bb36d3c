"""Directional passage overlap between two reports."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.syndication.overlap import PASSAGE_MATCH, text_overlap

STORIES = Path(__file__).parent / "stories"
COPY = 0.5  # the default Settings.copy_overlap


def _story(name: str) -> str:
    return (STORIES / f"{name}.txt").read_text(encoding="utf-8")


def test_text_overlap_of_identical_copies_is_one_both_ways() -> None:
    assert text_overlap(_story("wire"), _story("wire")) == (1.0, 1.0)


def test_text_overlap_survives_word_changes_cuts_and_reordering() -> None:
    copy_in_wire, wire_in_copy = text_overlap(_story("edited_copy"), _story("wire"))
    assert copy_in_wire > 0.9
    # The copy cut the wire's last two paragraphs: the wire keeps about three quarters.
    assert 0.6 < wire_in_copy < 0.85


def test_text_overlap_of_a_rewrite_in_other_words_is_not_a_copy() -> None:
    rewrite_in_wire, wire_in_rewrite = text_overlap(_story("rewrite"), _story("wire"))
    assert max(rewrite_in_wire, wire_in_rewrite) < 0.1


def test_text_overlap_of_one_shared_quote_stays_under_the_copy_threshold() -> None:
    quote_in_wire, wire_in_quote = text_overlap(_story("shared_quote"), _story("wire"))
    assert 0.0 < quote_in_wire < COPY / 2
    assert 0.0 < wire_in_quote < COPY / 2


def test_text_overlap_is_directional_for_a_recap_inside_a_long_report() -> None:
    recap_in_wire, wire_in_recap = text_overlap(_story("recap"), _story("wire"))
    assert recap_in_wire == 1.0
    assert wire_in_recap < 0.2


def test_text_overlap_matches_a_sentence_split_in_two_by_an_editor() -> None:
    wire = "The blaze spread to two adjacent buildings, and more than 120 firefighters were sent."
    edit = "The blaze spread to two adjacent buildings. More than 120 firefighters were sent."
    assert text_overlap(edit, wire)[0] == 1.0


def test_text_overlap_drops_a_sentence_with_most_words_changed() -> None:
    wire = "Shipping traffic on part of the river was halted for several hours as a precaution."
    edit = "Ships on a stretch of the river were stopped for some hours to be safe."
    assert text_overlap(edit, wire) == (0.0, 0.0)


def test_text_overlap_of_empty_text_is_zero() -> None:
    assert text_overlap("", _story("wire")) == (0.0, 0.0)
    assert text_overlap("", "") == (0.0, 0.0)


def test_passage_match_threshold_is_a_majority() -> None:
    assert 0.5 <= PASSAGE_MATCH < 1.0


_WORDS = st.sampled_from(
    [
        "fire",
        "port",
        "police",
        "said",
        "the",
        "of",
        "a",
        "4,300",
        "Rotterdam",
        "mayor",
        "smoke",
        "on",
        "Tuesday",
        "firefighters",
    ]
)
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")
_TEXT = st.lists(_SENTENCE, max_size=8).map(" ".join)
_NONEMPTY_TEXT = st.lists(_SENTENCE, min_size=1, max_size=8).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_TEXT, _TEXT)
def test_text_overlap_lies_in_unit_interval_both_ways(first: str, second: str) -> None:
    forward, backward = text_overlap(first, second)
    assert 0.0 <= forward <= 1.0
    assert 0.0 <= backward <= 1.0
    assert text_overlap(second, first) == (backward, forward)


@settings(max_examples=100, deadline=None)
@given(_NONEMPTY_TEXT)
def test_text_overlap_of_a_text_with_itself_is_one(text: str) -> None:
    assert text_overlap(text, text) == (1.0, 1.0)


@settings(max_examples=100, deadline=None)
@given(_NONEMPTY_TEXT, _TEXT)
def test_text_overlap_of_a_part_in_the_whole_is_one(first: str, second: str) -> None:
    assert text_overlap(first, first + "\n" + second)[0] == 1.0
