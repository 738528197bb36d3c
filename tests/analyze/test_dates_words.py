"""Word cues for event clauses: verbs by their form, attributions, content."""

from __future__ import annotations

import itertools

import pytest

from newsfuse.analyze.dates.words import has_content, is_attribution, is_participle, verbs


def verb_words(text: str) -> list[str]:
    return [text[s:e] for s, e in verbs(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tanker sank near the strait", ["sank"]),
        ("Police will question the driver", ["will"]),
        ("Officials have evacuated the valley", ["have", "evacuated"]),
        ("Speaking at the summit", ["Speaking"]),
        ("The summit opens in Nairobi", ["opens"]),
        # Plural nouns are no present forms after a verb or a function word.
        ("She told analysts on a call", ["told"]),
        ("the talks in Vienna", []),
        # Names and adjectives ending in "-ed" are no past forms.
        ("the United Nations and a hundred aid workers", []),
        ("a 31% premium to the closing price", []),
    ],
)
def test_verbs_are_found_by_their_form(text: str, expected: list[str]) -> None:
    assert verb_words(text) == expected


def test_is_participle_takes_past_forms_but_not_speech_verbs() -> None:
    assert is_participle("signed") and is_participle("held")
    assert not is_participle("said") and not is_participle("hundred")


def test_has_content_ignores_function_words_and_time_fillers() -> None:
    assert not has_content("Late on ")
    assert not has_content("early in the ")
    assert has_content("after the vote on ")


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (", the coast guard said.", True),
        (", its director, Omar Haddad, said.", True),
        (", residents told the Gazette.", True),
        # Long speech: the report's own content, not an attribution.
        (", the minister said the reservoir would be drained by the army within a week.", False),
        (", flooding 300 homes.", False),
    ],
)
def test_is_attribution_recognises_a_trailing_source(tail: str, expected: bool) -> None:
    cuts = [0] + [i + 1 for i, c in enumerate(tail) if c == ","] + [len(tail)]
    segments = [(s, e) for s, e in itertools.pairwise(cuts) if e > s]
    assert is_attribution(tail, segments[1:]) is expected
