"""Full-text search: FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL."""

from __future__ import annotations

import re

from newsfuse.store.backend import Database
from newsfuse.store.records import SearchHit

_WORD = re.compile(r"\w+")


def search(db: Database, query: str, limit: int) -> list[SearchHit]:
    words = _WORD.findall(query)
    if not words:
        return []
    if db.dialect == "sqlite":
        # Each word quoted: the user's text is never read as FTS5 query syntax.
        match = " ".join('"' + w.replace('"', "") + '"' for w in words)
        rows = db.execute(
            "SELECT a.id, a.source, a.title, s.story_id, bm25(article_fts) AS rank"
            " FROM article_fts JOIN article a ON a.id = article_fts.rowid"
            " LEFT JOIN story_article s ON s.article_id = a.id"
            " WHERE article_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        )
        return [_hit(row, -float(row[4])) for row in rows]
    rows = db.execute(
        "SELECT a.id, a.source, a.title, s.story_id, ts_rank(a.search_vector, q) AS rank"
        " FROM article a CROSS JOIN plainto_tsquery('simple', ?) q"
        " LEFT JOIN story_article s ON s.article_id = a.id"
        " WHERE a.search_vector @@ q"
        " ORDER BY rank DESC, a.id LIMIT ?",
        (" ".join(words), limit),
    )
    return [_hit(row, float(row[4])) for row in rows]


def _hit(row: tuple[object, ...], rank: float) -> SearchHit:
    title = None if row[2] is None else str(row[2])
    story = None if row[3] is None else str(row[3])
    return SearchHit(int(str(row[0])), str(row[1]), title, story, rank)
