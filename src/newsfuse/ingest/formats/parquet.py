"""Parquet written by `newsfuse spark`: one RawDoc per row, its cleaned form attached.

Each row holds an article's raw input and its cleaned text and metadata, so reading it back
skips cleaning (and the store keeps the raw input, as for any ingest). The file is read a
batch of rows at a time with pyarrow, so memory stays flat whatever its size. The `story`
column is not carried over: the store assigns stories on every ingest (keeping its own ids
stable), and into an empty store that gives the stories the Spark run wrote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from newsfuse.errors import InputError
from newsfuse.ingest.formats.records import Limits, RecordNotices, capped
from newsfuse.model import CleanDoc, RawDoc, Removed

# The columns, in the order `newsfuse spark` writes them (docs/spark.md has their types).
COLUMNS = (
    "id",
    "story",
    "score",
    "kind",
    "raw",
    "text",
    "title",
    "outlet",
    "author",
    "published",
    "published_basis",
    "url",
    "path",
    "language",
    "removed",
)
_NEEDED = frozenset(COLUMNS) - {"story", "score"}
_BASES = ("metadata", "dateline", "inferred")
_BATCH_ROWS = 256


def _parquet() -> Any:
    try:
        import pyarrow.parquet
    except ImportError as error:
        raise InputError(
            "Parquet",
            "reading Parquet files needs the 'parquet' extra: pip install 'newsfuse[parquet]'",
        ) from error
    return pyarrow.parquet


def read_parquet(path: Path, name: str, limits: Limits, notices: RecordNotices) -> Iterator[RawDoc]:
    """The articles of one Parquet file, in file order; bad rows are noted in `notices`."""
    parquet = _parquet()
    import pyarrow

    try:
        table = parquet.ParquetFile(path)
    except (pyarrow.ArrowException, OSError) as error:
        raise InputError(name, f"not a readable Parquet file ({error})") from error
    with table:  # the file stays open only while its rows are read
        missing = sorted(_NEEDED - set(table.schema_arrow.names))
        if missing:
            columns = ", ".join(missing)
            raise InputError(name, f"not a `newsfuse spark` output: no column {columns}")
        yield from capped(_rows(table, name, limits, notices), limits, notices)


def _rows(
    table: Any, name: str, limits: Limits, notices: RecordNotices
) -> Iterator[tuple[str, RawDoc]]:
    import pyarrow

    number = 0
    try:
        for batch in table.iter_batches(batch_size=_BATCH_ROWS, columns=sorted(_NEEDED)):
            for row in batch.to_pylist():
                number += 1
                doc = _article(row, name, number, limits, notices)
                if doc is not None:
                    yield f"row {number}", doc
    except (pyarrow.ArrowException, OSError) as error:
        if number == 0:
            raise InputError(name, f"not a readable Parquet file ({error})") from error
        notices.bad(f"after row {number}", "corrupt Parquet data, the rest is skipped", str(error))


def _article(
    row: Mapping[str, Any], name: str, number: int, limits: Limits, notices: RecordNotices
) -> RawDoc | None:
    where = f"row {number}"
    raw, text, kind = row["raw"], row["text"], row["kind"]
    if not isinstance(row["id"], str) or not row["id"].strip():
        notices.bad(where, "has no id")
        return None
    if kind not in ("text", "html") or not isinstance(raw, str) or not isinstance(text, str):
        notices.bad(where, "has no raw input, text or kind (text or html)")
        return None
    if len(raw) + len(text) > limits.max_record_bytes:
        notices.bad(where, f"longer than {limits.max_record_bytes:,} bytes (max_record_bytes)")
        return None
    published = row["published"] if isinstance(row["published"], dt.date) else None
    basis = row["published_basis"] if row["published_basis"] in _BASES else None
    removed = tuple(Removed(str(r["text"]), str(r["reason"])) for r in row["removed"] or ())
    # Both forms carry the metadata cleaning settled on: all the row keeps.
    meta = {key: row[key] for key in ("path", "url", "outlet", "title", "author")}
    cleaned = CleanDoc(
        id=row["id"],
        text=text,
        removed=removed,
        published=published,
        published_basis=basis,
        language=row["language"],
        **meta,
    )
    stamp = published.isoformat() if published else None
    return RawDoc(row["id"], raw, kind, published=stamp, cleaned=cleaned, **meta)


__all__ = ["COLUMNS", "read_parquet"]
