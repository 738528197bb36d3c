"""Contested figures: one side of a count that independent reports contradict."""

from __future__ import annotations

from newsfuse.align.numbers import Quantity, extract_quantities
from newsfuse.analyze.sentences import split_sentences
from newsfuse.compose.contested import disputed_spans, figures_clash, standing_figures
from newsfuse.model import CleanDoc, Sentence, Syndication


def sentence(text: str) -> Sentence:
    return Sentence("r", 0, 0, len(text), text)


def figure(text: str) -> Quantity:
    (found,) = extract_quantities(sentence(text))
    return found


def test_figures_clash_when_intervals_of_one_count_cannot_meet() -> None:
    at_least_30 = figure("At least 30 people were injured in the flooding.")
    assert figures_clash(at_least_30, figure("Twelve people were injured in the flooding."))
    assert not figures_clash(at_least_30, figure("Some 35 people were injured in the flooding."))


def test_figures_clash_only_for_the_same_thing() -> None:
    injured = figure("Twelve people were injured in the flooding.")
    assert not figures_clash(injured, figure("Forty people were evacuated from the town."))


def test_standing_figures_leave_out_doubted_figures() -> None:
    assert standing_figures(sentence("It is not clear whether 40 people were injured.")) == ()


def test_disputed_spans_mark_both_sides_of_a_conflict_and_nothing_else() -> None:
    docs = [
        CleanDoc("a", "Twelve people were injured in the flooding in Ashby, the county said."),
        CleanDoc("b", "At least 30 people were injured in the flooding in Ashby on Sunday."),
        CleanDoc("c", "About 2,000 residents were told to leave their homes on Sunday."),
    ]
    sentences = {d.id: split_sentences(d) for d in docs}
    groups = Syndication(shared_with={}, groups=(("a",), ("b",), ("c",)))
    disputed = disputed_spans(docs, sentences, groups)
    assert {span.source for span in disputed} == {"a", "b"}


def test_disputed_spans_ignore_a_disagreement_between_copies_of_one_story() -> None:
    docs = [
        CleanDoc("a", "Twelve people were injured in the flooding in Ashby, the county said."),
        CleanDoc("b", "At least 30 people were injured in the flooding in Ashby on Sunday."),
    ]
    sentences = {d.id: split_sentences(d) for d in docs}
    copies = Syndication(shared_with={}, groups=(("a", "b"),))
    assert disputed_spans(docs, sentences, copies) == frozenset()
