"""Versioned schema migrations, applied in order; each one commits with its version number.

A database whose `schema_version` is newer than the code is refused, never downgraded: an old
newsfuse must not write rows a newer one would misread.
"""

from __future__ import annotations

from newsfuse.errors import ConfigError
from newsfuse.store.backend import Database, Dialect

_ID = {"sqlite": "INTEGER PRIMARY KEY", "postgresql": "BIGSERIAL PRIMARY KEY"}


def _v1(dialect: Dialect) -> list[str]:
    key = _ID[dialect]
    tables = [
        f"""CREATE TABLE article (
            id {key},
            source TEXT NOT NULL,
            raw_hash TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            raw TEXT NOT NULL,
            text TEXT NOT NULL,
            title TEXT, outlet TEXT, author TEXT, url TEXT, path TEXT,
            published TEXT, published_basis TEXT, language TEXT,
            ingested_at TEXT NOT NULL)""",
        "CREATE INDEX article_raw_hash ON article (raw_hash)",
        """CREATE TABLE story (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            size INTEGER NOT NULL,
            first_date TEXT, last_date TEXT,
            outlets TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        """CREATE TABLE story_article (
            article_id BIGINT PRIMARY KEY REFERENCES article (id),
            story_id TEXT NOT NULL REFERENCES story (id))""",
        "CREATE INDEX story_article_story ON story_article (story_id)",
        f"""CREATE TABLE brief (
            id {key},
            story_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            input_key TEXT NOT NULL,
            articles TEXT NOT NULL,
            body TEXT NOT NULL)""",
        "CREATE INDEX brief_story ON brief (story_id)",
        """CREATE TABLE passage_link (
            brief_id BIGINT NOT NULL REFERENCES brief (id),
            first_article BIGINT NOT NULL, first_start INTEGER NOT NULL,
            first_end INTEGER NOT NULL,
            second_article BIGINT NOT NULL, second_start INTEGER NOT NULL,
            second_end INTEGER NOT NULL,
            score REAL NOT NULL, run INTEGER NOT NULL)""",
        "CREATE INDEX passage_link_brief ON passage_link (brief_id)",
    ]
    if dialect == "sqlite":
        search = ["CREATE VIRTUAL TABLE article_fts USING fts5 (title, text)"]
    else:
        # Stored, so ranking reads the vector instead of re-parsing every matching text.
        search = [
            "ALTER TABLE article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED",
            "CREATE INDEX article_search ON article USING GIN (search_vector)",
        ]
    return tables + search


def _v2(dialect: Dialect) -> list[str]:
    # What cleaning removed from each article, as JSON [[text, reason], ...]: a stored brief
    # shows it beside the cleaned text, as a brief of files does. NULL for older rows.
    return ["ALTER TABLE article ADD COLUMN removed TEXT"]


#: Migration n (1-based) brings the schema from version n-1 to n.
MIGRATIONS = (_v1, _v2)
CURRENT = len(MIGRATIONS)


def migrate(db: Database) -> int:
    """Bring the database to the code's schema version; returns the version found before."""
    with db.transaction():
        db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    found = version_of(db)
    if found > CURRENT:
        raise ConfigError(
            f"database schema version {found} is newer than this newsfuse ({CURRENT}): "
            "upgrade newsfuse to use it"
        )
    for number in range(found + 1, CURRENT + 1):
        with db.transaction():
            db.script(MIGRATIONS[number - 1](db.dialect))
            db.execute("DELETE FROM schema_version")
            db.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
    return found


def version_of(db: Database) -> int:
    rows = db.execute("SELECT max(version) FROM schema_version")
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0
