"""CSV exports: one RawDoc per row, from a header naming a text (or content) column and,
optionally, title, url, published, outlet and author columns. Read row by row."""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from newsfuse.errors import InputError
from newsfuse.ingest.formats.records import Limits, RecordNotices
from newsfuse.ingest.read import GZIP_MAGIC
from newsfuse.model import DocKind, RawDoc

_TEXT_COLUMNS: tuple[tuple[str, DocKind], ...] = (
    ("text", "text"),
    ("content", "text"),
    ("body", "text"),
    ("html", "html"),
)
_META_COLUMNS = ("id", "title", "url", "published", "outlet", "author")


def read_csv(path: Path, name: str, limits: Limits, notices: RecordNotices) -> Iterator[RawDoc]:
    """The rows of the CSV file at `path` (gzipped or not) that have text, in file order."""
    # The csv module's cap is process-wide; a record over ours is refused below either way.
    csv.field_size_limit(max(csv.field_size_limit(), limits.max_record_bytes + 1))
    try:
        with _open_text(path) as stream:
            yield from _rows(csv.reader(stream), name, limits, notices)
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from error
    except EOFError as error:
        raise InputError(name, "corrupt gzip data (truncated stream)") from error


def _open_text(path: Path) -> IO[str]:
    with path.open("rb") as probe:
        gzipped = probe.read(2) == GZIP_MAGIC
    raw = gzip.open(path, "rb") if gzipped else path.open("rb")  # noqa: SIM115 (wrapper closes it)
    return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")


def _rows(
    rows: Iterator[list[str]], name: str, limits: Limits, notices: RecordNotices
) -> Iterator[RawDoc]:
    header = [cell.strip().lower() for cell in next(rows, [])]
    if not any(header):
        raise InputError(name, "empty CSV file (no header row)")
    found = [(header.index(column), kind) for column, kind in _TEXT_COLUMNS if column in header]
    if not found:
        shown = ", ".join(cell for cell in header if cell) or "nothing"
        raise InputError(
            name, f"no text column: the header has {shown}; expected text, content, body or html"
        )
    meta = {column: header.index(column) for column in _META_COLUMNS if column in header}
    kept = 0
    number = 1
    while True:
        number += 1
        where = f"row {number}"
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as error:
            notices.bad(where, "malformed CSV", str(error))
            continue
        size = sum(len(cell) for cell in row)
        if size > limits.max_record_bytes:
            notices.bad(where, f"longer than {limits.max_record_bytes:,} bytes (max_record_bytes)")
            continue
        kind, text = next(
            ((kind, row[i]) for i, kind in found if i < len(row) and row[i].strip()), ("text", "")
        )
        if not text:
            if any(cell.strip() for cell in row):
                notices.bad(where, "has an empty text column")
            continue
        kept += size
        if kept > limits.max_total_bytes:
            notices.stopped(where, limits.max_total_bytes)
            return
        values = {column: _cell(row, i) for column, i in meta.items()}
        yield RawDoc(
            id=values.get("id") or f"{name}#{number}",
            content=text,
            kind=kind,
            path=name,
            url=values.get("url"),
            title=values.get("title"),
            published=values.get("published"),
            outlet=values.get("outlet"),
            author=values.get("author"),
        )


def _cell(row: list[str], index: int) -> str | None:
    return (row[index].strip() or None) if index < len(row) else None


__all__ = ["read_csv"]
