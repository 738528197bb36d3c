"""Clause windows: one sentence backing every fact that one of its clauses states."""

from __future__ import annotations

from newsfuse.compose.claims import Claim
from newsfuse.compose.facts_join import clause_count, clause_windows, window_claim
from newsfuse.model import Span

SENTENCE = (
    "The governor declared a state of emergency in Ashby County and ordered the National Guard "
    "to the river, where crews were still filling sandbags on Monday."
)


def windows(text: str) -> list[str]:
    return [text[a:b] for a, b in clause_windows(text)]


def test_clause_windows_cut_coordinated_predicates_and_keep_verbatim_text() -> None:
    found = windows(SENTENCE)
    assert "The governor declared a state of emergency in Ashby County" in found
    assert "ordered the National Guard to the river" in found
    assert "where crews were still filling sandbags on Monday" in found
    assert SENTENCE not in found  # the whole claim is not one of its own windows
    assert all(w in SENTENCE for w in found)


def test_clause_windows_skip_pieces_that_are_not_claims() -> None:
    text = "Mayor Lena Ortiz, a former engineer, said the levee would be rebuilt by June."
    assert "a former engineer" not in windows(text)
    assert "Mayor Lena Ortiz" not in windows(text)


def test_clause_count_counts_the_pieces_that_stand_as_claims() -> None:
    assert clause_count(SENTENCE) == 3
    assert clause_count("The levee failed early on Sunday near the town of Ashby.") == 1


def test_window_claim_keeps_an_exact_span() -> None:
    text = "Intro. " + SENTENCE
    claim = Claim(SENTENCE, Span("r", 7, 7 + len(SENTENCE)), 1, 0.1)
    start = SENTENCE.index("ordered")
    part = window_claim(claim, start, start + len("ordered the National Guard to the river"))
    assert text[part.span.start : part.span.end] == part.text
    assert part.text == "ordered the National Guard to the river"
    assert (part.sentence, part.position, part.quoted) == (1, 0.1, False)
