"""Disclaimers and media teasers: lines about the page, not the story."""

from __future__ import annotations

import pytest

from newsfuse.cleaning.boilerplate import clean_texts
from newsfuse.cleaning.boilerplate_features import features
from newsfuse.cleaning.boilerplate_notes import is_disclaimer, is_media_teaser
from newsfuse.model import RawDoc

STORY = [
    "Shares in Brannock Foods fell 14% on Thursday after the company cut its profit forecast "
    "for the second time this year, blaming higher costs for wheat and energy.",
    "The company said sales in its bakery division had held up, but that it could no longer "
    "pass rising costs on to supermarkets, which have resisted price increases.",
    "Analysts at Kelby & Co said the warning raised questions about the dividend, which the "
    "board has promised to keep at least at last year's level.",
]


def disclaimer(line: str) -> bool:
    return is_disclaimer(line, features(line))


def teaser(line: str) -> bool:
    return is_media_teaser(line, features(line))


@pytest.mark.parametrize(
    "line",
    [
        "Disclaimer: The views expressed in this column are the writer's own.",
        "Disclosure - The author owns shares in none of the companies named above.",
        "This report was generated automatically from council meeting minutes.",
        "The content on this page is provided for information purposes only.",
        "Nothing here is a recommendation to buy or sell shares, and it is not investment advice.",
    ],
)
def test_is_disclaimer_finds_notes_on_the_text(line: str) -> None:
    assert disclaimer(line)


@pytest.mark.parametrize(
    "line",
    [
        "The flood alerts were generated automatically by the warning system, officials said.",
        "The regulator said it had asked for more information about the disclaimer on the ads.",
        "Analysts' advice to investors was to wait for the second-quarter figures.",
    ],
)
def test_is_disclaimer_keeps_news_mentioning_the_words(line: str) -> None:
    assert not disclaimer(line)


@pytest.mark.parametrize(
    "line",
    [
        "VIDEO: Firefighters battle the blaze through the night",
        "Listen: our full interview with the harbour master",
        "In pictures: the morning after the storm",
        "Highlights as Rovers come from behind to beat City (3:05)",
    ],
)
def test_is_media_teaser_finds_labels_and_running_times(line: str) -> None:
    assert teaser(line)


@pytest.mark.parametrize(
    "line",
    [
        "Watch what happens to the harbour at low tide, the council warned residents.",
        "She crossed the line in 1:42, a course record that had stood since 2009.",
        "The mayor will speak at 11:30 (local time).",
    ],
)
def test_is_media_teaser_keeps_article_lines(line: str) -> None:
    assert not teaser(line)


def test_clean_texts_drops_teaser_and_disclaimer_with_their_reasons() -> None:
    clip = "WATCH: Brannock's chief executive on the profit warning (2:14)"
    note = "Disclaimer: This article is for information only and is not investment advice."
    text = "\n".join([*STORY[:2], clip, STORY[2], note])
    result = clean_texts([RawDoc(id="a", content=text, kind="text")])[0]
    assert result.text.split("\n\n") == STORY
    reasons = {r.text: r.reason for r in result.removed}
    assert (reasons[clip], reasons[note]) == ("video teaser", "disclaimer")
