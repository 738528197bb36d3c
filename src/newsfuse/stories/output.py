"""Clustering results as JSON Lines (articles, then stories) or one JSON document."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from newsfuse.stories.results import ArticleStory, Clustering, Story, StoryOutline

SCHEMA = "newsfuse.stories/1"


def to_jsonl(result: Clustering) -> str:
    """One line per article in input order (`"kind": "article"`), then one per story."""
    lines = [{"kind": "article", **_article(a)} for a in result.articles]
    lines += [{"kind": "story", **_story(s)} for s in result.stories]
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def to_json(result: Clustering) -> str:
    document = {
        "schema": SCHEMA,
        "articles": [_article(a) for a in result.articles],
        "stories": [_story(s) for s in result.stories],
        "notices": [
            {"source": n.source, "level": n.level, "message": n.message} for n in result.notices
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _article(article: ArticleStory) -> dict[str, Any]:
    return {
        "id": article.id,
        "story": article.story,
        "title": article.title,
        "outlet": article.outlet,
        "published": _day(article.published),
        "score": None if article.score is None else round(article.score, 4),
    }


def outline(story: StoryOutline) -> dict[str, Any]:
    """A story's id, title, size, first and last day and outlets, as JSON fields (the story
    list of `newsfuse cluster`, `newsfuse stories` and the HTTP API alike)."""
    return {
        "id": story.id,
        "title": story.title,
        "size": story.size,
        "first": _day(story.first),
        "last": _day(story.last),
        "outlets": list(story.outlets),
    }


def _story(story: Story) -> dict[str, Any]:
    return {**outline(story), "articles": list(story.articles)}
