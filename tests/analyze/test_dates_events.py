"""Event wording of dated sentences, for telling whether two sentences date one event."""

from __future__ import annotations

import datetime as dt

from newsfuse.analyze.dates.events import event_words, jaccard, mention_words, overlap
from newsfuse.analyze.dates.mentions import resolve_times
from newsfuse.analyze.tokens import stem
from newsfuse.model import Sentence


def words_of(text: str, published: dt.date = dt.date(2023, 3, 16)) -> list[frozenset[str]]:
    sentence = Sentence("s", 0, 0, len(text), text)
    return mention_words(sentence, resolve_times(sentence, published))


def test_stem_brings_inflections_together() -> None:
    assert stem("fires") == stem("fire") == stem("fired")
    assert stem("started") == stem("starting") == stem("starts") == stem("start")
    assert stem("press") == "press"


def test_mention_words_leave_out_the_time_expression() -> None:
    [words] = words_of("The fire started on Tuesday night at the port.")
    assert "tuesday" not in words and "night" not in words
    assert {"fire", "start", "port"} <= words


def test_mention_words_hear_synonyms_as_one_event() -> None:
    [blaze] = words_of("The blaze broke out on Tuesday at the warehouse.")
    [fire] = words_of("The fire began on Tuesday at the warehouse.")
    assert blaze == fire


def test_mention_words_give_each_dated_event_its_own_clause() -> None:
    began, controlled = words_of(
        "The blaze, which began on March 13 at a warehouse on Pier 9, "
        "was brought under control on Wednesday afternoon."
    )
    assert {"start", "warehous", "pier"} <= began
    assert "control" not in began
    assert "control" in controlled and "pier" not in controlled


def test_mention_words_never_cut_a_word_in_two() -> None:
    first, second = words_of("KELDERWICK, Oct 2 (Agency) Orbel Systems agreed on Monday.")
    assert "orbel" in first | second
    assert not any(w in {"orb", "bel", "el"} for w in first | second)


def test_overlap_and_jaccard() -> None:
    small, large = frozenset({"fire", "start"}), frozenset({"fire", "start", "port", "night"})
    assert overlap(small, large) == 1.0
    assert jaccard(small, large) == 0.5
    assert overlap(frozenset(), large) == 0.0 and jaccard(frozenset(), frozenset()) == 0.0


def test_event_words_fold_synonyms_and_leave_out_time_words() -> None:
    assert event_words("The blaze broke out on Tuesday morning") == {"fire", "start"}
    assert event_words("Orbel agreed to buy Quillon") == event_words("Orbel's takeover of Quillon")


def test_mention_words_depend_on_the_wording_not_on_where_the_sentence_sits() -> None:
    text = "The blaze, which began on March 13, was brought under control on Wednesday."
    first = Sentence("a", 0, 0, len(text), text)
    later = Sentence("b", 7, 250, 250 + len(text), text)
    published = dt.date(2023, 3, 16)
    assert mention_words(later, resolve_times(later, published)) == mention_words(
        first, resolve_times(first, published)
    )
    assert words_of(text) == [frozenset({"fire", "start"}), frozenset({"brought", "control"})]
