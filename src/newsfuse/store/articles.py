"""Articles in and out of the store: raw input, cleaned text, metadata and content hash."""

from __future__ import annotations

import datetime as dt
import hashlib

from newsfuse.model import CleanDoc, RawDoc
from newsfuse.store.backend import Database


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def raw_seen(db: Database, raw: RawDoc) -> bool:
    """Whether this exact input was stored before: a resumed ingest skips cleaning it."""
    return bool(db.execute("SELECT 1 FROM article WHERE raw_hash = ?", (digest(raw.content),)))


def add_article(db: Database, raw: RawDoc, doc: CleanDoc, now: str) -> bool:
    """Insert one article unless one with the same cleaned text exists; True when added.
    Call inside a transaction: the row and its search entry are written together."""
    content_hash = digest(doc.text)
    # ON CONFLICT rather than a check first: two ingests racing on one database stay correct.
    rows = db.execute(
        "INSERT INTO article (source, raw_hash, content_hash, kind, raw, text, title, outlet,"
        " author, url, path, published, published_basis, language, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (content_hash) DO NOTHING RETURNING id",
        (
            doc.id,
            digest(raw.content),
            content_hash,
            raw.kind,
            raw.content,
            doc.text,
            doc.title,
            doc.outlet,
            doc.author,
            doc.url,
            doc.path,
            doc.published.isoformat() if doc.published else None,
            doc.published_basis,
            doc.language,
            now,
        ),
    )
    if not rows:
        return False
    if db.dialect == "sqlite":
        db.execute(
            "INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)",
            (rows[0][0], doc.title or "", doc.text),
        )
    return True


_COLUMNS = (
    "id, source, text, title, outlet, author, url, path, published, published_basis, language"
)


def load_articles(db: Database, ids: list[int] | None = None) -> list[tuple[int, CleanDoc]]:
    """Stored articles (all, or those ids) as CleanDocs, in ingest order. Source ids are made
    unique, since two ingests may each have had a `report.txt`."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM article ORDER BY id")
    wanted = set(ids) if ids is not None else None
    taken: set[str] = set()
    result: list[tuple[int, CleanDoc]] = []
    for row in rows:
        if wanted is not None and row[0] not in wanted:
            continue
        name = row[1] if row[1] not in taken else f"{row[1]}#{row[0]}"
        taken.add(name)
        result.append((int(row[0]), _doc(name, row)))
    return result


def _doc(name: str, row: tuple[object, ...]) -> CleanDoc:
    published = dt.date.fromisoformat(str(row[8])) if row[8] else None
    return CleanDoc(
        id=name,
        text=str(row[2]),
        title=_text(row[3]),
        outlet=_text(row[4]),
        author=_text(row[5]),
        url=_text(row[6]),
        path=_text(row[7]),
        published=published,
        published_basis=row[9] if row[9] in ("metadata", "dateline", "inferred") else None,
        language=_text(row[10]),
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)
