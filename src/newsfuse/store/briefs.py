"""Briefs computed from stored stories, each kept with an id and a time, so that "what changed
since brief X" can compare two of them. A brief is reused while its story's articles and the
settings are unchanged."""

from __future__ import annotations

import datetime as dt
import json

from newsfuse.errors import InputError
from newsfuse.model import Brief, Notice
from newsfuse.settings import Settings
from newsfuse.store.articles import digest, load_articles
from newsfuse.store.backend import Database
from newsfuse.store.records import StoredBrief

_BRIEF_COLUMNS = "id, story_id, created_at, articles, body"


def story_members(db: Database, story_id: str) -> list[int]:
    rows = db.execute(
        "SELECT article_id FROM story_article WHERE story_id = ? ORDER BY article_id", (story_id,)
    )
    return [int(r[0]) for r in rows]


def brief_story(db: Database, story_id: str, settings: Settings, now: str) -> StoredBrief:
    """The story's brief: the stored one when its inputs are unchanged, else computed now."""
    members = _members(db, story_id)
    key = _input_key(db, members, settings)
    return _cached(db, story_id, key) or _compute(db, story_id, members, key, settings, now)


def cached_brief(db: Database, story_id: str, settings: Settings) -> StoredBrief | None:
    """The stored brief of the story's current articles under these settings, or None when
    `brief_story` would have to compute it."""
    return _cached(db, story_id, _input_key(db, _members(db, story_id), settings))


def _members(db: Database, story_id: str) -> list[int]:
    members = story_members(db, story_id)
    if not members:
        raise InputError(story_id, "no such story in the store (see `newsfuse stories`)")
    return members


def _cached(db: Database, story_id: str, key: str) -> StoredBrief | None:
    rows = db.execute(
        f"SELECT {_BRIEF_COLUMNS} FROM brief WHERE story_id = ? AND input_key = ?"
        " ORDER BY id DESC LIMIT 1",
        (story_id, key),
    )
    return _brief(rows[0]) if rows else None


def _input_key(db: Database, members: list[int], settings: Settings) -> str:
    hashes = db.execute("SELECT id, content_hash FROM article ORDER BY id")
    wanted = set(members)
    chosen = [h for i, h in hashes if i in wanted]
    return digest(json.dumps([chosen, repr(settings)]))


def _compute(
    db: Database, story_id: str, members: list[int], key: str, settings: Settings, now: str
) -> StoredBrief:
    from newsfuse.rendering import render

    result, ids = compose_story(db, members, settings)
    body = render(result, "json")
    with db.transaction():
        rows = db.execute(
            "INSERT INTO brief (story_id, created_at, input_key, articles, body)"
            " VALUES (?, ?, ?, ?, ?) RETURNING id",
            (story_id, now, key, json.dumps(members), body),
        )
        brief_id = int(rows[0][0])
        for link in result.syndication.links or ():
            db.execute(
                "INSERT INTO passage_link (brief_id, first_article, first_start, first_end,"
                " second_article, second_start, second_end, score, run)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    brief_id,
                    ids[link.first.source],
                    link.first.start,
                    link.first.end,
                    ids[link.second.source],
                    link.second.start,
                    link.second.end,
                    float(link.score),
                    link.run,
                ),
            )
    return StoredBrief(brief_id, story_id, dt.datetime.fromisoformat(now), tuple(members), body)


def compose_story(
    db: Database, members: list[int], settings: Settings
) -> tuple[Brief, dict[str, int]]:
    """The brief of these stored articles, and each source id's article id."""
    from newsfuse.pipeline import compose_brief

    stored = load_articles(db, members)
    docs = [doc for _, doc in stored]
    notices: list[Notice] = []
    if len(docs) == 1:
        notices.append(Notice(docs[0].id, "info", "only one report: nothing to cross-check"))
    ids = {doc.id: article_id for article_id, doc in stored}
    return compose_brief(docs, notices, settings), ids


def briefs_of(db: Database, story_id: str) -> list[StoredBrief]:
    """Every brief stored for a story, oldest first."""
    rows = db.execute(
        f"SELECT {_BRIEF_COLUMNS} FROM brief WHERE story_id = ? ORDER BY id", (story_id,)
    )
    return [_brief(row) for row in rows]


def load_brief(db: Database, brief_id: int) -> StoredBrief:
    rows = db.execute(f"SELECT {_BRIEF_COLUMNS} FROM brief WHERE id = ?", (brief_id,))
    if not rows:
        raise InputError(str(brief_id), "no brief with this id in the store")
    return _brief(rows[0])


def _brief(row: tuple[object, ...]) -> StoredBrief:
    return StoredBrief(
        id=int(str(row[0])),
        story_id=str(row[1]),
        created=dt.datetime.fromisoformat(str(row[2])),
        articles=tuple(int(a) for a in json.loads(str(row[3]))),
        body=str(row[4]),
    )
