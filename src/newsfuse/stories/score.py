"""How alike two groups of articles are: the mean over all their cross pairs of a pair score
that weighs word, name and figure agreement, less a penalty for distance in time.

Words alone join sibling events (two earthquakes share "magnitude", "quake", "aftershock");
the names (people, places, organisations) and figures (tolls, magnitudes, years) of two such
events differ, so they weigh as much as the words. Every pair score is a sum of dot products of
unit vectors, so the mean over all pairs of two stories (average linkage) comes from their
summed vectors alone: merging two stories costs no pass over their articles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from newsfuse.stories.centroid import Sum, dot
from newsfuse.stories.vectors import ArticleVectors

TERM_WEIGHT = 0.3
NAME_WEIGHT = 0.4
FIGURE_WEIGHT = 0.3
# Days between two stories' spans before the gap starts to count against a match, how much a
# week further off takes away, and the most it takes: names and figures, not dates, tell two
# events of one kind apart, and a story's follow-ups may come months later.
DATE_SLACK_DAYS = 2
DATE_PENALTY_PER_WEEK = 0.02
DATE_PENALTY_MAX = 0.05


@dataclass
class StoryState:
    """A story while it can still grow: its articles' vectors summed per channel.

    `bare_names` and `bare_figures` sum the word vectors of the articles that have no names
    (no figures): for a pair where either side lacks a channel, the word cosine stands in for
    it, so that an article without figures is neither rewarded nor punished for it."""

    number: int
    root: int  # the story's first article, in processing order
    first: dt.date | None = None
    last: dt.date | None = None
    size: int = 0
    named: int = 0  # articles with names
    terms: Sum = field(default_factory=dict)
    names: Sum = field(default_factory=dict)
    figures: Sum = field(default_factory=dict)
    bare_names: Sum = field(default_factory=dict)
    bare_figures: Sum = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    block: int = 0  # the last block that added to it
    cohesion: float | None = None  # see `cohesion`; None until asked for, and after growing

    @classmethod
    def of(cls, number: int, article: ArticleVectors) -> StoryState:
        story = cls(number, root=number, first=article.published, last=article.published, size=1)
        story.named = 1 if article.names else 0
        story.terms = dict(article.terms)
        story.names = dict(article.names)
        story.figures = dict(article.figures)
        if not article.names:
            story.bare_names = dict(article.terms)
        if not article.figures:
            story.bare_figures = dict(article.terms)
        story.keys = set(article.keys)
        return story

    def absorb(self, other: StoryState) -> None:
        """Take in every article of another story."""
        self.size += other.size
        self.named += other.named
        self.cohesion = None
        for mine, theirs in (
            (self.terms, other.terms),
            (self.names, other.names),
            (self.figures, other.figures),
            (self.bare_names, other.bare_names),
            (self.bare_figures, other.bare_figures),
        ):
            _add(mine, theirs)
        self.root = min(self.root, other.root)
        self.block = max(self.block, other.block)
        for day in (other.first, other.last):
            if day is not None:
                self.first = day if self.first is None else min(self.first, day)
                self.last = day if self.last is None else max(self.last, day)


def _add(total: Sum, vector: Sum) -> None:
    for token, weight in vector.items():
        total[token] = total.get(token, 0.0) + weight


@dataclass(frozen=True)
class Link:
    """How alike two stories are: `score`, the mean pair score less the date penalty, about 0
    (nothing shared) to 1 (the same texts); `names`, the mean name cosine over the pairs where
    both articles have names (None when no such pair)."""

    score: float
    names: float | None


def linkage(a: StoryState, b: StoryState) -> Link:
    """The mean over every article of `a` with every article of `b`."""
    named = dot(a.names, b.names)
    names = named + _stand_in(a.terms, b.terms, a.bare_names, b.bare_names)
    figures = dot(a.figures, b.figures)
    figures += _stand_in(a.terms, b.terms, a.bare_figures, b.bare_figures)
    total = TERM_WEIGHT * dot(a.terms, b.terms) + NAME_WEIGHT * names + FIGURE_WEIGHT * figures
    score = total / (a.size * b.size) - _date_penalty(gap_days(a, b))
    return Link(score, named / (a.named * b.named) if a.named and b.named else None)


def cohesion(story: StoryState) -> float:
    """The mean pair score over the story's distinct pairs of articles (0 for a lone one):
    the mean over all pairs, self-pairs included, less the self-pairs, which score 1 each."""
    if story.cohesion is None:
        n = story.size
        story.cohesion = (
            max((n * n * linkage(story, story).score - n) / (n * (n - 1)), 0.0) if n > 1 else 0.0
        )
    return story.cohesion


def _stand_in(terms_a: Sum, terms_b: Sum, bare_a: Sum, bare_b: Sum) -> float:
    """The word dot products of the pairs where either side lacks a channel: all pairs less
    the pairs where both have it (each side's words less its bare articles' words)."""
    if not bare_a and not bare_b:
        return 0.0
    return dot(terms_a, bare_b) + dot(bare_a, terms_b) - dot(bare_a, bare_b)


def gap_days(a: StoryState, b: StoryState) -> int:
    """Days between the two stories' spans (0 when they overlap or either is undated)."""
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return 0
    return max((a.first - b.last).days, (b.first - a.last).days, 0)


def _date_penalty(gap: int) -> float:
    return min(max(gap - DATE_SLACK_DAYS, 0) / 7 * DATE_PENALTY_PER_WEEK, DATE_PENALTY_MAX)
