"""Teaser cards below an article: other stories' title, byline, date and blurb, card after card."""

from __future__ import annotations

from newsfuse.cleaning.boilerplate import clean_texts
from newsfuse.cleaning.boilerplate_cards import card_blurbs
from newsfuse.model import RawDoc

STORY = [
    "Hong Kong police fired tear gas at protesters who had barricaded themselves inside a "
    "university campus on Monday, the third day of a standoff that has paralysed the city.",
    "Hundreds of students remained inside the Polytechnic University late on Monday, and police "
    "said anyone leaving the campus would be arrested for taking part in a riot.",
    "The city's leader, Carrie Lam, said in a statement that the government would do everything "
    "it could to end the siege peacefully, but gave no sign of meeting the protesters' demands.",
]
CARDS = [
    (
        "Carlos Ghosn and the dark side of Japanese justice",
        "Anthony Ghosn",
        "Wednesday November 20, 2019",
        "Our family always celebrates anniversaries, but not this week. A year ago our father was "
        "arrested at a Tokyo airport and he has been awaiting trial ever since.",
    ),
    (
        "What made Joker so popular at the box office",
        "Madeline Fry",
        "Wednesday November 20, 2019",
        "The film has now earned more than a billion dollars worldwide, and critics are still "
        "arguing over whether its success says something about the mood of the country.",
    ),
    (
        "Impeachment aside, relations with Ukraine remain strong",
        "Tom Rogan",
        "Tuesday November 19, 2019",
        "Beyond the partisan whirlwind of the hearings in Washington, the relationship between "
        "the two countries has held up better than many diplomats expected it would.",
    ),
    (
        "First election debate was a total shambles",
        "Tom Rogan",
        "Tuesday November 19, 2019",
        "The first debate between the leaders on Tuesday was a shambles, with both men talking "
        "over each other and the moderator losing control of the studio within minutes.",
    ),
]


def test_card_blurbs_mark_lone_prose_lines_below_date_stamps() -> None:
    # title, byline, date, blurb: four cards in a row
    prose = [False, False, False, True] * 4
    stamps = [False, False, True, False] * 4
    assert card_blurbs(prose, stamps) == [False, False, False, True] * 4


def test_card_blurbs_need_a_run_of_cards() -> None:
    prose = [False, False, False, True] * 2
    stamps = [False, False, True, False] * 2
    assert card_blurbs(prose, stamps) == [False] * 8


def test_card_blurbs_spare_dated_article_opening_followed_by_prose() -> None:
    # an article's dateline, then paragraphs: its first paragraph has prose after it
    article = ([False, True, True, True], [True, False, False, False])
    cards = ([False, False, False, True] * 3, [False, False, True, False] * 3)
    found = card_blurbs(article[0] + cards[0], article[1] + cards[1])
    assert found[:4] == [False] * 4
    assert sum(found) == 3


def test_clean_texts_drops_teaser_cards_after_the_article() -> None:
    lines = ["November 18, 2019 12:26 PM", *STORY, "Opinion", "China", "More from the Examiner"]
    for card in CARDS:
        lines += card
    result = clean_texts([RawDoc(id="a", content="\n".join(lines), kind="text")])[0]
    removed = {r.text: r.reason for r in result.removed}
    assert result.text.split("\n\n") == STORY
    assert removed[CARDS[0][3]] == "teaser card"
