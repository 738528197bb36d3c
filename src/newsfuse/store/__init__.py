"""The newsfuse store: articles, stories and computed briefs in SQLite (default) or PostgreSQL.

    from newsfuse.store import open_store
    with open_store("news.db") as store:            # or "postgresql://user@host/db"
        store.ingest(["reports/"])
        for story in store.stories(): ...
        latest = store.brief("s1")                  # a StoredBrief, cached when unchanged
        history = store.briefs_of("s1")             # every brief of s1, oldest first
        again = store.load_brief(latest.id)

Layers: backend (drivers) -> schema (migrations) -> articles / assign / briefs -> this module.
Every write is one transaction, so a process killed at any point leaves whole articles and
whole story sets; rerunning the ingest finishes the job (inputs already stored are skipped by
the hash of their raw content, duplicates by the hash of their cleaned text).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from types import TracebackType

from newsfuse.errors import InputError
from newsfuse.ingest.inputs import Input
from newsfuse.model import Brief, Notice
from newsfuse.settings import Settings
from newsfuse.store.backend import DEFAULT_URL, Database, parse_url
from newsfuse.store.records import IngestReport, SearchHit, StoredBrief
from newsfuse.store.schema import migrate
from newsfuse.stories.results import StoryOutline

__all__ = [
    "DEFAULT_URL",
    "IngestReport",
    "SearchHit",
    "Store",
    "StoredBrief",
    "open_store",
]

_BATCH = 16  # articles cleaned and committed together: a kill loses at most one batch of work


def open_store(url: str = DEFAULT_URL) -> Store:
    """Open (creating and migrating as needed) the store at a file path or database URL."""
    return Store(Database(parse_url(url)))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db
        migrate(db)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.db.close()

    def ingest(
        self,
        inputs: Iterable[Input],
        settings: Settings | None = None,
        progress: Callable[[int, int], None] | None = None,
        briefs: bool = True,
    ) -> tuple[IngestReport, list[Notice]]:
        """Store the inputs' articles, recluster the stories and (with `briefs`) brief every
        story whose articles changed. `progress(done, total)` follows the articles."""
        from newsfuse.cleaning import clean_docs
        from newsfuse.ingest import read_inputs
        from newsfuse.store.articles import add_article, raw_seen
        from newsfuse.store.assign import assign_stories

        settings = settings or Settings()
        raws, notices = read_inputs(inputs, settings)
        added = duplicates = 0
        for start in range(0, len(raws), _BATCH):
            batch = raws[start : start + _BATCH]
            fresh = [raw for raw in batch if not raw_seen(self.db, raw)]
            docs, clean_notices = clean_docs(fresh, settings)
            notices += clean_notices
            by_id = {raw.id: raw for raw in fresh}
            now = _now()
            with self.db.transaction():
                for doc in docs:
                    if not doc.text.strip():
                        continue
                    if add_article(self.db, by_id[doc.id], doc, now):
                        added += 1
                    else:
                        duplicates += 1
            duplicates += len(batch) - len(fresh)
            if progress is not None:
                progress(start + len(batch), len(raws))
        stories = assign_stories(self.db, settings, _now())
        made = self.brief_all(settings) if briefs else 0
        return IngestReport(len(raws), added, duplicates, stories, made), notices

    def brief_all(self, settings: Settings | None = None) -> int:
        """Brief every story that has no brief of its current articles; returns how many."""
        before = self._brief_count()
        for story in self.stories():
            self.brief(story.id, settings)
        return self._brief_count() - before

    def brief(self, story_id: str, settings: Settings | None = None) -> StoredBrief:
        from newsfuse.store.briefs import brief_story

        return brief_story(self.db, story_id, settings or Settings(), _now())

    def cached_brief(self, story_id: str, settings: Settings | None = None) -> StoredBrief | None:
        """The stored brief `brief` would return without computing, or None when the story's
        articles changed since its last brief (for readers that must not compute)."""
        from newsfuse.store.briefs import cached_brief

        return cached_brief(self.db, story_id, settings or Settings())

    def compose(self, story_id: str, settings: Settings | None = None) -> Brief:
        """The story's brief as a `newsfuse.Brief`, computed now and not stored (for Markdown
        and HTML; the stored JSON is what `brief` returns)."""
        from newsfuse.store.briefs import compose_story, story_members

        members = story_members(self.db, story_id)
        if not members:
            raise InputError(story_id, "no such story in the store (see `newsfuse stories`)")
        return compose_story(self.db, members, settings or Settings())[0]

    def briefs_of(self, story_id: str) -> list[StoredBrief]:
        """Every brief stored for the story, oldest first (empty when it has none)."""
        from newsfuse.store.briefs import briefs_of

        return briefs_of(self.db, story_id)

    def load_brief(self, brief_id: int) -> StoredBrief:
        """One stored brief by its id; raises InputError when there is none."""
        from newsfuse.store.briefs import load_brief

        return load_brief(self.db, brief_id)

    def stories(self) -> list[StoryOutline]:
        rows = self.db.execute("SELECT id, title, size, first_date, last_date, outlets FROM story")
        found = [
            StoryOutline(
                str(r[0]),
                str(r[1]),
                int(r[2]),
                dt.date.fromisoformat(str(r[3])) if r[3] else None,
                dt.date.fromisoformat(str(r[4])) if r[4] else None,
                tuple(json.loads(str(r[5]))),
            )
            for r in rows
        ]
        return sorted(found, key=lambda s: int(s.id[1:]) if s.id[1:].isdigit() else 0)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Articles matching the words of `query`, best first (FTS5 / PostgreSQL text search)."""
        from newsfuse.store.search import search

        return search(self.db, query, limit)

    def _brief_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM brief")[0][0])
