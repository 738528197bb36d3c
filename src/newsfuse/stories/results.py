"""What clustering gives back: each article's story, and the stories themselves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsfuse.model import Notice


@dataclass(frozen=True)
class ArticleStory:
    """One article and the story it joined; `score` is its fit when it joined (None when it
    started the story)."""

    id: str
    story: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    score: float | None


@dataclass(frozen=True)
class StoryOutline:
    """A story told without its members: its title, size, span and outlets."""

    id: str
    title: str
    size: int
    first: dt.date | None
    last: dt.date | None
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class Story(StoryOutline):
    """One story: its articles in time order, its span and its outlets."""

    articles: tuple[str, ...]


@dataclass(frozen=True)
class Clustering:
    """Articles in input order, stories in order of their first article."""

    articles: tuple[ArticleStory, ...]
    stories: tuple[Story, ...]
    notices: tuple[Notice, ...] = ()
