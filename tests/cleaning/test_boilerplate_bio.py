"""Author boxes: a reporter's short biography above or below the article."""

from __future__ import annotations

from newsfuse.cleaning.boilerplate import clean_texts
from newsfuse.cleaning.boilerplate_bio import author_bio_lines
from newsfuse.cleaning.boilerplate_features import features
from newsfuse.model import RawDoc

STORY = [
    "Daniel Okafor is a reporter for the Northern Echo who was detained at the border on "
    "Friday while travelling to cover the election, his editor said.",
    "Border officials have not explained why he was held, and his lawyers said they had not "
    "been allowed to see him since his arrest on Friday evening.",
    "The paper's editor, Ruth Coleman, said the newsroom was doing everything it could to "
    "secure his release and called on the government to intervene.",
]
BOX = [
    "About the author",
    "Priya Natarajan is the Courier's health correspondent.",
    "She has reported on hospitals and the ambulance service since 2016.",
]


def bios(lines: list[str]) -> list[bool]:
    return author_bio_lines(lines, [features(line) for line in lines])


def test_author_bio_lines_find_biography_and_its_next_line() -> None:
    assert bios(BOX) == [False, True, True]


def test_author_bio_lines_find_beat_description() -> None:
    assert bios(["Tomás Alvarez covers energy and mining for the Valley Ledger."]) == [True]


def test_author_bio_lines_ignore_news_about_a_journalist() -> None:
    lines = [
        STORY[0],
        "The Reporter is a weekly paper founded in 1902.",
        "She has covered the courts since 2014.",
        "Sam Reyes was the paper's political editor until 2019, when he left for television.",
    ]
    assert bios(lines) == [False, False, False, False]


def test_clean_texts_drops_author_box_after_the_article_keeps_journalist_news() -> None:
    box = (
        "Priya Natarajan is the Courier's health correspondent. She has reported on hospitals, "
        "care homes and the ambulance service across the county since 2016."
    )
    result = clean_texts([RawDoc(id="a", content="\n".join([*STORY, box]), kind="text")])[0]
    assert result.text.split("\n\n") == STORY
    assert {r.text: r.reason for r in result.removed}[box] == "author box"
