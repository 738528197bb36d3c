"""The tense that decides which way a relative date points."""

from __future__ import annotations

import pytest

from newsfuse.analyze.dates.tense import Tense, tense_at


def tense_of(sentence: str, expression: str) -> Tense:
    start = sentence.index(expression)
    return tense_at(sentence, start, start + len(expression))


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The council will vote on Friday.", "on Friday", "future"),
        ("The minister is due to visit on Friday.", "on Friday", "future"),
        ("A decision is expected within a fortnight.", "within a fortnight", "future"),
        ("The order would be lifted on Friday, the mayor said.", "on Friday", "future"),
        ("On Friday, the court will hear the case.", "On Friday", "future"),
        ("The fire started on Tuesday.", "on Tuesday", "past"),
        ("The suspect was arrested on Monday.", "on Monday", "past"),
        ("Police said on Monday the suspect will appear in court.", "on Monday", "past"),
        (
            "Orbel will pay $38, a premium to the closing price on Friday, it said.",
            "on Friday",
            "past",
        ),
        ("The festival runs on Sunday.", "on Sunday", None),
    ],
)
def test_tense_at_reads_the_nearest_verb(sentence: str, expression: str, expected: Tense) -> None:
    assert tense_of(sentence, expression) == expected


def test_tense_at_ignores_ed_words_that_are_not_verbs() -> None:
    assert tense_of("A hundred people gather on Sunday.", "on Sunday") is None
