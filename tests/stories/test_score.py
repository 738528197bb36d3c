from __future__ import annotations

import pytest

from newsfuse.stories.score import StoryState, cohesion, linkage
from newsfuse.stories.vectors import ArticleVectors


def _story(number: int, *articles: ArticleVectors) -> StoryState:
    story = StoryState.of(number, articles[0])
    for offset, article in enumerate(articles[1:], start=1):
        story.absorb(StoryState.of(number + offset, article))
    return story


def _article(terms: dict[str, float], names: dict[str, float]) -> ArticleVectors:
    return ArticleVectors(terms=terms, names=names, figures={}, published=None, keys=())


QUAKE = _article({"quake": 0.8, "rubble": 0.6}, {"arvel": 1.0})
FLOOD = _article({"flood": 1.0}, {"kosta": 1.0})


def test_a_story_of_one_text_told_three_times_is_fully_cohesive() -> None:
    assert cohesion(_story(0, QUAKE, QUAKE, QUAKE)) == pytest.approx(1.0)


def test_a_lone_article_has_no_cohesion_and_unrelated_reports_none() -> None:
    assert cohesion(_story(0, QUAKE)) == 0.0
    assert cohesion(_story(0, QUAKE, FLOOD)) == pytest.approx(0.0)


def test_cohesion_is_the_mean_over_distinct_pairs_and_follows_growth() -> None:
    story = _story(0, QUAKE, QUAKE, FLOOD)  # one pair alike (1.0), two unrelated (0.0)
    assert cohesion(story) == pytest.approx(1 / 3)
    story.absorb(_story(3, FLOOD))  # now two pairs alike out of six
    assert cohesion(story) == pytest.approx(2 / 6)
    assert linkage(story, story).score > cohesion(story)  # self-pairs are left out
