"""The typed rows the store hands back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class StoredBrief:
    """A brief as computed at `created` from the articles `articles` (store ids); `body` is
    its JSON (the public contract, docs/brief-json.md)."""

    id: int
    story_id: str
    created: dt.datetime
    articles: tuple[int, ...]
    body: str


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    source: str
    title: str | None
    story_id: str | None
    rank: float


@dataclass(frozen=True)
class IngestReport:
    read: int
    added: int
    duplicates: int
    stories: int
    briefs: int
