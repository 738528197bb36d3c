"""Stories in the store: new articles clustered by `newsfuse.stories.cluster_docs` onto the
stories still hot, written with ids that stay put as stories grow (so `--story s3` and its
briefs keep meaning the same story after the next ingest).

An ingest reads back only the stories that new articles may join (those whose last article
is within the time window of the new ones, and the undated ones), never the whole store: those
are handed to the clusterer as known stories, which stay whole; stories further back are left
as they are."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

from newsfuse.settings import Settings
from newsfuse.store.articles import load_articles
from newsfuse.store.backend import Database
from newsfuse.stories import Story, cluster_docs


def assign_stories(db: Database, settings: Settings, now: str) -> int:
    """Cluster the articles that have no story yet onto the hot stories and rewrite those
    stories and their memberships in one transaction; returns the number of stories."""
    rows = db.execute("SELECT article_id, story_id FROM story_article")
    old: dict[int, str] = {int(a): str(s) for a, s in rows}
    fresh = [int(r[0]) for r in db.execute("SELECT id FROM article") if int(r[0]) not in old]
    if not fresh:
        return _story_count(db)
    hot = _hot_stories(db, fresh, settings.cluster_window_days)
    stored = load_articles(db, [a for a, s in old.items() if s in hot] + fresh)
    ids = {doc.id: article_id for article_id, doc in stored}
    members: dict[str, list[int]] = {}
    for position, (article_id, _) in enumerate(stored):
        if article_id in old:
            members.setdefault(old[article_id], []).append(position)
    docs = [doc for _, doc in stored]
    clustering = cluster_docs(docs, settings, known=list(members.values()))
    briefed = {str(r[0]) for r in db.execute("SELECT DISTINCT story_id FROM brief")}
    names = _stable_names(clustering.stories, ids, old, briefed)
    with db.transaction():
        for story_id in hot:
            db.execute("DELETE FROM story_article WHERE story_id = ?", (story_id,))
            db.execute("DELETE FROM story WHERE id = ?", (story_id,))
        for story in clustering.stories:
            _write_story(db, names[story.id], story, ids, now)
    return _story_count(db)


def _hot_stories(db: Database, fresh: list[int], window_days: int) -> set[str]:
    """The stored stories the new articles may join: undated ones, and those whose last
    article is at most the window before the earliest dated new article (before the latest
    stored story when no new article has a date)."""
    wanted = set(fresh)
    days = [
        dt.date.fromisoformat(str(day))
        for article_id, day in db.execute("SELECT id, published FROM article")
        if int(article_id) in wanted and day
    ]
    stories = [(str(s), r) for s, r in db.execute("SELECT id, last_date FROM story")]
    lasts = [dt.date.fromisoformat(str(last)) for _, last in stories if last]
    reference = min(days) if days else max(lasts, default=None)
    if reference is None:
        return {story for story, _ in stories}
    horizon = reference - dt.timedelta(days=window_days)
    return {s for s, last in stories if not last or dt.date.fromisoformat(str(last)) >= horizon}


def _story_count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM story")[0][0])


def _stable_names(
    stories: tuple[Story, ...], ids: dict[str, int], old: dict[int, str], briefed: set[str]
) -> dict[str, str]:
    """Each new cluster takes the stored id it shares most articles with (each id once);
    the rest get fresh ids after the largest ever used (a merged story's id is never reused,
    since its briefs keep it)."""
    overlaps = Counter(
        (story.id, old[ids[a]]) for story in stories for a in story.articles if ids[a] in old
    )
    names: dict[str, str] = {}
    used: set[str] = set()
    for (cluster, stored), _ in sorted(overlaps.items(), key=lambda kv: (-kv[1], kv[0])):
        if cluster not in names and stored not in used:
            names[cluster] = stored
            used.add(stored)
    known = set(old.values()) | briefed
    highest = max((int(s[1:]) for s in known if s[1:].isdigit()), default=0)
    for story in stories:
        if story.id not in names:
            highest += 1
            names[story.id] = f"s{highest}"
    return names


def _write_story(db: Database, name: str, story: Story, ids: dict[str, int], now: str) -> None:
    db.execute(
        "INSERT INTO story (id, title, size, first_date, last_date, outlets, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            name,
            story.title,
            story.size,
            story.first.isoformat() if story.first else None,
            story.last.isoformat() if story.last else None,
            json.dumps(list(story.outlets)),
            now,
        ),
    )
    for article in story.articles:
        db.execute(
            "INSERT INTO story_article (article_id, story_id) VALUES (?, ?)", (ids[article], name)
        )
