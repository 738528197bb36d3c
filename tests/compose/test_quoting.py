"""Quoting: how much of a sentence is direct quotation, quotes followed across a paragraph."""

from __future__ import annotations

import pytest

from newsfuse.compose.quoting import open_after, open_at, quoted_share

PARAGRAPH = (
    "“The water came up faster than anyone expected. We lost the ground floor in an hour,” "
    "said Lena Ortiz, who runs a bakery on Mill Street."
)


def test_open_at_follows_a_quotation_opened_in_an_earlier_sentence() -> None:
    second = PARAGRAPH.index("We lost")
    assert open_at(PARAGRAPH, second)
    assert not open_at(PARAGRAPH, PARAGRAPH.index("said Lena"))


def test_open_at_starts_afresh_on_each_line() -> None:
    text = 'He said: "The pumps failed at midnight.\nThe council met on Monday.'
    assert open_at(text, text.index("The pumps"))
    assert not open_at(text, text.index("The council"))


def test_open_after_reads_straight_quotes_by_what_precedes_them() -> None:
    assert open_after('She said: "We stay')
    assert not open_after('She said: "We stay," and left')
    assert not open_after('a 12" pipe burst')  # an inch mark after a figure opens nothing
    assert not open_after("the river rose", inside=False)
    assert open_after("the river rose", inside=True)


@pytest.mark.parametrize(
    ("text", "inside", "share"),
    [
        ("We lost the ground floor in an hour,” said Lena Ortiz.", True, 1.0),
        ("“Nobody warned us about the levee.”", False, 1.0),
        ("The mayor said the levee would be repaired by June.", False, 0.0),
        ('The council called the repairs "urgent" on Monday.', False, 1 / 8),
    ],
)
def test_quoted_share_counts_words_inside_quotes(text: str, inside: bool, share: float) -> None:
    assert quoted_share(text, inside) == pytest.approx(share)


def test_quoted_share_reads_a_line_that_starts_inside_a_quotation() -> None:
    assert quoted_share("Nobody could have reached it,” an engineer said.") == 1.0
    assert quoted_share('Nobody could have reached it," an engineer said.') == 1.0
    assert quoted_share('A 12" pipe burst under Mill Street on Sunday.') == 0.0


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("“Nobody warned us,” said Dr Lena Ortiz, head of surgery at Ashby General.", 1.0),
        ('Haddad said: "The station flooded in minutes.', 1.0),
        ('"We stay," the mayor told reporters, "until the water goes down."', 1.0),
        ("“Nobody warned us,” said Lena Ortiz, who has run a bakery there since 2009.", 3 / 14),
        ('The council said the repairs would take "several months".', 2 / 9),
    ],
)
def test_quoted_share_does_not_count_an_attribution_set_off_from_the_quote(
    text: str, share: float
) -> None:
    assert quoted_share(text) == pytest.approx(share)
