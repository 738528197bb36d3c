"""Articles in and out of the store: raw input, cleaned text, metadata and content hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from newsfuse.model import CleanDoc, RawDoc, Removed
from newsfuse.store.backend import Database, Row


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
        " author, url, path, published, published_basis, language, ingested_at, removed)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
            json.dumps([[r.text, r.reason] for r in doc.removed]),
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
    "id, source, text, title, outlet, author, url, path, published, published_basis, language,"
    " removed"
)
_CHUNK = 500  # ids per query: under every driver's limit on bound parameters


def load_articles(db: Database, ids: list[int] | None = None) -> list[tuple[int, CleanDoc]]:
    """Stored articles (all, or those ids) as CleanDocs, in ingest order. Source ids are made
    unique, since two ingests may each have had a `report.txt`."""
    taken: set[str] = set()
    result: list[tuple[int, CleanDoc]] = []
    for row in _rows(db, ids):
        name = row[1] if row[1] not in taken else f"{row[1]}#{row[0]}"
        taken.add(name)
        result.append((int(row[0]), _doc(name, row)))
    return result


def _rows(db: Database, ids: list[int] | None) -> list[Row]:
    """The chosen rows in id order, read by id rather than by scanning the whole table."""
    if ids is None:
        return db.execute(f"SELECT {_COLUMNS} FROM article ORDER BY id")
    wanted = sorted(set(ids))
    rows: list[Row] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows += db.execute(
            f"SELECT {_COLUMNS} FROM article WHERE id IN ({marks}) ORDER BY id", tuple(chunk)
        )
    return rows


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
        removed=tuple(Removed(str(text), str(reason)) for text, reason in json.loads(str(row[11])))
        if row[11]
        else (),
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)
