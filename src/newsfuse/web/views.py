"""What the routes show, read from the store and the stored briefs' JSON (never recomputed):
story rows with their coverage counts, and a brief rendered as JSON, Markdown or a page.

A stored brief never changes under its id, so its renderings and its independent-source
count are cached by that id; a brief job's result by the job's id.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from newsfuse.model import Brief
from newsfuse.store import Store
from newsfuse.stories.output import outline
from newsfuse.stories.results import StoryOutline

V = TypeVar("V")
View = Literal["json", "md", "html"]
MEDIA = {
    "json": "application/json",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
}


@dataclass(frozen=True)
class StoryRow(StoryOutline):
    independent_sources: int | None  # None: the story has no stored brief yet
    briefs: tuple[tuple[int, dt.datetime], ...]  # (id, created) of its stored briefs

    def summary(self) -> dict[str, object]:
        return {**outline(self), "independent_sources": self.independent_sources}


class _Cache(Generic[V]):
    """A small thread-safe LRU map (request handlers run in several threads)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], V]) -> V:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = make()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value


class Views:
    def __init__(self, size: int = 128) -> None:
        self._rendered: _Cache[str] = _Cache(size)
        self._independent: _Cache[int] = _Cache(size * 32)

    def render(self, key: str, body: Callable[[], str], view: View) -> str:
        """The brief whose JSON `body()` gives, as `view`; `key` names that JSON for the cache,
        so a cached rendering does not read the JSON again."""
        if view == "json":
            return body()
        return self._rendered.get((key, view), lambda: render_brief(read_brief(body()), view))

    def rows(self, store: Store) -> list[StoryRow]:
        return [self.row(store, story) for story in store.stories()]

    def row(self, store: Store, story: StoryOutline) -> StoryRow:
        briefs = store.briefs_of(story.id)
        count: int | None = None
        if briefs:
            latest = briefs[-1]
            count = self._independent.get(latest.id, lambda: _independent(latest.body))
        return StoryRow(
            story.id,
            story.title,
            story.size,
            story.first,
            story.last,
            tuple(story.outlets),
            count,
            tuple((b.id, b.created) for b in briefs),
        )


def find_story(store: Store, story_id: str) -> StoryOutline | None:
    return next((s for s in store.stories() if s.id == story_id), None)


def read_brief(body: str) -> Brief:
    from newsfuse.rendering.from_json import from_json

    return from_json(body, "stored brief")


def render_brief(brief: Brief, view: View) -> str:
    """Markdown as the CLI writes it; HTML as the web app's page (linking /static assets, so
    the server's CSP header holds; `newsfuse brief -f html` makes the standalone file)."""
    if view == "html":
        from newsfuse.rendering.page import brief_page

        return brief_page(brief, standalone=False)
    from newsfuse import render

    return render(brief, view)


def _independent(body: str) -> int:
    from newsfuse.rendering.page.overlap import copy_groups_shown

    return len(copy_groups_shown(read_brief(body)))


__all__ = ["MEDIA", "StoryRow", "View", "Views", "find_story", "read_brief", "render_brief"]
