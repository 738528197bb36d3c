"""Sentence splitting: tricky news prose, and exact offsets on any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(CleanDoc("doc", text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fire began on Sept. 5 near St. Louis. Gov. Jane Doe declared an emergency.",
            ["The fire began on Sept. 5 near St. Louis.", "Gov. Jane Doe declared an emergency."],
        ),
        (
            "Mr. Brown and Dr. Ortiz met Jan. 12 in the capital. They spoke for an hour.",
            ["Mr. Brown and Dr. Ortiz met Jan. 12 in the capital.", "They spoke for an hour."],
        ),
        (
            "U.S. officials met U.N. envoys at 9 a.m. on Tuesday. Talks ended at noon.",
            ["U.S. officials met U.N. envoys at 9 a.m. on Tuesday.", "Talks ended at noon."],
        ),
        (
            "The author J. R. Smith lives on Route No. 5 with his family. He is 80.",
            ["The author J. R. Smith lives on Route No. 5 with his family.", "He is 80."],
        ),
        (
            "Prices rose 3.5 percent and 4,300 homes lost power. Repairs began.",
            ["Prices rose 3.5 percent and 4,300 homes lost power.", "Repairs began."],
        ),
    ],
)
def test_split_sentences_abbreviations_and_numbers_do_not_end_sentences(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected


def test_split_sentences_abbreviation_followed_by_sentence_opener_ends_sentence() -> None:
    assert texts(
        "The storm then hit the U.S. The damage was severe. It ended at 5 p.m. The end."
    ) == [
        "The storm then hit the U.S.",
        "The damage was severe.",
        "It ended at 5 p.m.",
        "The end.",
    ]


def test_split_sentences_paragraph_breaks_always_end_a_sentence() -> None:
    assert texts("Wildfire forces evacuations\nCrews fought the blaze\n\nNo one was hurt") == [
        "Wildfire forces evacuations",
        "Crews fought the blaze",
        "No one was hurt",
    ]


def test_split_sentences_closing_quote_belongs_to_the_sentence() -> None:
    assert texts('"We will rebuild," the mayor said. "It is done." Next, crews left.') == [
        '"We will rebuild," the mayor said.',
        '"It is done."',
        "Next, crews left.",
    ]


def test_split_sentences_multi_sentence_quote_splits_without_dangling_quote() -> None:
    result = texts('"We lost everything. The water came so fast," she said. Rescuers came.')
    assert result == [
        '"We lost everything.',
        'The water came so fast," she said.',
        "Rescuers came.",
    ]
    assert not any(s[0] in '"”’' and s[1:2].isspace() for s in result)


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The pumps failed at midnight. Two were under water by noon. We had no backup,” "
        "the engineer said on Monday.",
        "“It is gone. All of it.” “We start again tomorrow,” said Lena Ortiz.",
        'Haddad said: "The station flooded in minutes. Nobody could reach it." Crews left.',
        "« Nous partons. Tout est perdu. » The mayor said the town would rebuild.",
    ],
)
def test_split_sentences_no_sentence_opens_with_a_closing_quote(paragraph: str) -> None:
    result = texts(paragraph)
    assert len(result) >= 3
    for sentence in result:
        assert sentence[0] not in "”’»", result
        assert not (sentence[0] == '"' and sentence[1:2] in ("", " ")), result
    assert " ".join(result) == paragraph


def test_split_sentences_closing_quote_set_off_by_space_stays_with_its_sentence() -> None:
    result = texts("“It came so fast. ” The river rose again.")
    assert result == ["“It came so fast. ”", "The river rose again."]


@pytest.mark.parametrize(
    "text",
    ['"Where is it?" she asked.', '"Run!" he shouted at them.', '"Why now?" Smith asked.'],
)
def test_split_sentences_question_in_quote_before_attribution_does_not_split(text: str) -> None:
    assert texts(text) == [text]


def test_split_sentences_ellipses_end_sentences_before_a_capital() -> None:
    assert texts("He paused... Then he left. It was over… Or was it? We waited... and waited.") == [
        "He paused...",
        "Then he left.",
        "It was over…",
        "Or was it?",
        "We waited... and waited.",
    ]


def test_split_sentences_bracketed_sentence_keeps_its_brackets() -> None:
    assert texts("Two died. (A third was found later.) Search continues.") == [
        "Two died.",
        "(A third was found later.)",
        "Search continues.",
    ]


def test_split_sentences_exclamation_and_question_end_sentences() -> None:
    assert texts("Is the dam safe? Engineers doubt it! They will inspect it.") == [
        "Is the dam safe?",
        "Engineers doubt it!",
        "They will inspect it.",
    ]


def test_split_sentences_offsets_index_and_source_are_exact() -> None:
    doc = CleanDoc("afp-1", "  First one.   Second one.\n\n  Third  ")
    sentences = split_sentences(doc)
    assert [(s.source, s.index) for s in sentences] == [("afp-1", 0), ("afp-1", 1), ("afp-1", 2)]
    assert [(s.start, s.end) for s in sentences] == [(2, 12), (15, 26), (30, 35)]
    assert all(doc.text[s.start : s.end] == s.text for s in sentences)


def test_split_sentences_blank_text_gives_no_sentences() -> None:
    assert texts(" \n\n \t ") == []


_PIECES = st.sampled_from(
    ["Mr.", "U.S.", "a.m.", "3.5", "4,300", "said.", "Where?", "Go!", "...", "…", '"', "”",
     "(", ")", "The", "he", "J.", "No.", "5", "\n", "\n\n", " ", "  ", "\t", "word", "x."]
)  # fmt: skip


@given(st.lists(_PIECES | st.text(max_size=6), max_size=40).map(" ".join))
def test_split_sentences_offsets_slice_back_in_order_covering_all_text(text: str) -> None:
    sentences = split_sentences(CleanDoc("doc", text))
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end
    covered = {i for s in sentences for i in range(s.start, s.end)}
    assert all(i in covered for i, char in enumerate(text) if not char.isspace())


def test_a_decimal_that_detokenised_text_split_is_not_a_sentence_end() -> None:
    doc = CleanDoc(
        id="a", text="A magnitude 4. 6 quake hit. It was 1960. 25 years later it hit again."
    )
    assert [s.text for s in split_sentences(doc)] == [
        "A magnitude 4. 6 quake hit.",
        "It was 1960.",
        "25 years later it hit again.",
    ]
