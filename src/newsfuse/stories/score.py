"""How well an article fits a story: word, name and figure agreement, and closeness in time.

Words alone join sibling events (two earthquakes share "magnitude", "quake", "aftershock");
the names (people, places, organisations) and figures (tolls, magnitudes, years) of two such
events differ, so they weigh as much as the words, and a date far from the story's span
lowers the score.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from newsfuse.stories.centroid import Centroid
from newsfuse.stories.vectors import ArticleVectors

TERM_WEIGHT = 0.3
NAME_WEIGHT = 0.4
FIGURE_WEIGHT = 0.3
# Days outside the story's span before the date starts to count against a match, and how much
# a week further off takes away.
DATE_SLACK_DAYS = 2
DATE_PENALTY_PER_WEEK = 0.02


@dataclass
class StoryState:
    """A story while it can still grow."""

    number: int
    first: dt.date | None = None
    last: dt.date | None = None
    size: int = 0
    terms: Centroid = field(default_factory=Centroid)
    names: Centroid = field(default_factory=Centroid)
    figures: Centroid = field(default_factory=Centroid)
    keys: set[str] = field(default_factory=set)

    def add(self, article: ArticleVectors) -> None:
        self.size += 1
        self.terms.add(article.terms)
        self.names.add(article.names)
        self.figures.add(article.figures)
        day = article.published
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)

    def absorb(self, other: StoryState) -> None:
        """Take in every article of another story."""
        self.size += other.size
        self.terms.add(other.terms.weights)
        self.names.add(other.names.weights)
        self.figures.add(other.figures.weights)
        for day in (other.first, other.last):
            if day is not None:
                self.first = day if self.first is None else min(self.first, day)
                self.last = day if self.last is None else max(self.last, day)


def as_article(story: StoryState) -> ArticleVectors:
    """A story's centroids as one article's unit vectors, to score a story against another."""
    return ArticleVectors(
        terms=story.terms.unit(),
        names=story.names.unit(),
        figures=story.figures.unit(),
        published=story.last,
        keys=tuple(story.keys),
    )


def fit(story: StoryState, article: ArticleVectors) -> float:
    """The article's likeness to the story, about 0 (nothing shared) to 1 (the same text)."""
    score = TERM_WEIGHT * story.terms.cosine(article.terms)
    score += NAME_WEIGHT * _or_words(story.names, article.names, story, article)
    score += FIGURE_WEIGHT * _or_words(story.figures, article.figures, story, article)
    return score - _date_penalty(story, article.published)


def _or_words(
    centroid: Centroid, vector: dict[str, float], story: StoryState, article: ArticleVectors
) -> float:
    """A channel's cosine; when either side has none of it, the word cosine stands in, so that
    an article without figures is neither rewarded nor punished for it."""
    if not vector or centroid.squared <= 0.0:
        return story.terms.cosine(article.terms)
    return centroid.cosine(vector)


def _date_penalty(story: StoryState, day: dt.date | None) -> float:
    if day is None or story.first is None or story.last is None:
        return 0.0
    gap = max((story.first - day).days, (day - story.last).days, 0)
    return max(gap - DATE_SLACK_DAYS, 0) / 7 * DATE_PENALTY_PER_WEEK
