"""Quotes in curly single marks (‘…’), told apart from apostrophes and elisions."""

from __future__ import annotations

import pytest

from newsfuse.analyze.quotes.single import closing, opens
from newsfuse.analyze.quotes.spans import find_quotes


def _texts(text: str) -> list[str]:
    return [q.text(text) for q in find_quotes(text)]


def test_find_quotes_reads_a_single_quoted_statement() -> None:
    text = "‘The pumps failed at two in the morning,’ said harbour master Ruth Ellery."
    assert _texts(text) == ["The pumps failed at two in the morning,"]


def test_find_quotes_keeps_apostrophes_inside_and_at_the_end_of_words() -> None:
    text = (
        "‘We don’t know what the workers’ pay will be until the 1990s’ contracts end "
        "at Saltmere’s yard,’ said Olsen."
    )
    assert _texts(text) == [
        "We don’t know what the workers’ pay will be until the 1990s’ contracts end "
        "at Saltmere’s yard,"
    ]


def test_find_quotes_ends_a_quote_on_a_word_ending_in_s() -> None:
    text = "Olsen said the crews ‘did everything they could for the families’ and left."
    assert _texts(text) == ["did everything they could for the families"]


def test_find_quotes_keeps_rock_n_roll_whole() -> None:
    text = "‘I grew up on rock ’n’ roll and never stopped listening,’ he said."
    assert _texts(text) == ["I grew up on rock ’n’ roll and never stopped listening,"]


def test_find_quotes_yields_only_the_outer_of_nested_quotes() -> None:
    double_outer = "“The chairman told me ‘do not worry about it’ and then left,” she said."
    single_outer = "‘He shouted “get out now” at all of us and we ran,’ she said."
    assert _texts(double_outer) == ["The chairman told me ‘do not worry about it’ and then left,"]
    assert _texts(single_outer) == ["He shouted “get out now” at all of us and we ran,"]


def test_find_quotes_joins_a_single_quoted_quote_split_by_an_attribution() -> None:
    text = "‘We are safe,’ he added, ‘but the smoke is heavy and it won’t clear for days.’"
    quotes = find_quotes(text)
    assert [q.text(text) for q in quotes] == [
        "We are safe, but the smoke is heavy and it won’t clear for days."
    ]
    assert len(quotes[0].pieces) == 2


def test_find_quotes_ignores_single_quoted_scare_words() -> None:
    text = "Locals called the plan a ‘disgrace’ and Saltmere’s council agreed with them."
    assert _texts(text) == []


def test_find_quotes_reads_on_after_a_stray_opening_mark() -> None:
    text = 'The ‘burbs are quiet. "We like it here a lot," she said.'
    assert _texts(text) == ["We like it here a lot,"]


def test_find_quotes_runs_an_unclosed_single_quote_to_the_paragraph_end() -> None:
    text = "Strand said: ‘I felt the heat on my face. The whole sky went orange.\nSchools reopen."
    assert _texts(text) == ["I felt the heat on my face. The whole sky went orange."]


def test_find_quotes_continues_a_single_quote_over_paragraphs() -> None:
    text = "Marit Olsen said: ‘We warned them in writing.\n‘Nobody came to look at the cracks.’\n"
    assert _texts(text) == ["We warned them in writing. Nobody came to look at the cracks."]


@pytest.mark.parametrize(
    "text",
    ["in the ‘90s, he said", "get ‘em out", "rock ‘n’ roll", "rock‘n’roll", "a ‘ lone mark"],
)
def test_opens_rejects_elisions_and_marks_inside_words(text: str) -> None:
    assert not opens(text, text.index("‘"))


def test_closing_prefers_a_later_mark_over_a_plural_possessive() -> None:
    text = "‘The owners’ profits rose while the workers’ pay fell,’ she said."
    assert text[: closing(text, 1, len(text))] == (
        "‘The owners’ profits rose while the workers’ pay fell,"
    )


def test_closing_takes_a_plural_possessive_when_no_later_mark_can_close() -> None:
    text = "The ‘experts’ report was wrong, and the ministers’ view was worse."
    start = text.index("‘") + 1
    assert text[start : closing(text, start, len(text))] == "experts"


def test_closing_stops_at_the_next_quote_opening() -> None:
    text = "The ‘experts’ report was wrong. ‘We need better ones than these,’ he added."
    start = text.index("‘") + 1
    assert text[start : closing(text, start, len(text))] == "experts"
