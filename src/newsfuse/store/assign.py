"""Stories in the store: the stored articles clustered by `newsfuse.stories.cluster_docs`,
written with ids that stay put as stories grow (so `--story s3` and its briefs keep meaning
the same story after the next ingest)."""

from __future__ import annotations

import json
from collections import Counter

from newsfuse.settings import Settings
from newsfuse.store.articles import load_articles
from newsfuse.store.backend import Database
from newsfuse.stories import Story, cluster_docs


def assign_stories(db: Database, settings: Settings, now: str) -> int:
    """Recluster every stored article and rewrite stories and memberships in one transaction;
    returns the number of stories."""
    stored = load_articles(db)
    if not stored:
        return 0
    ids = {doc.id: article_id for article_id, doc in stored}
    clustering = cluster_docs([doc for _, doc in stored], settings)
    rows = db.execute("SELECT article_id, story_id FROM story_article")
    old: dict[int, str] = {int(a): str(s) for a, s in rows}
    briefed = {str(r[0]) for r in db.execute("SELECT DISTINCT story_id FROM brief")}
    names = _stable_names(clustering.stories, ids, old, briefed)
    with db.transaction():
        db.execute("DELETE FROM story_article")
        db.execute("DELETE FROM story")
        for story in clustering.stories:
            _write_story(db, names[story.id], story, ids, now)
    return len(clustering.stories)


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
