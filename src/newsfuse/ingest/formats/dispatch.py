"""Which many-record reader a file's name calls for, and reading a file with it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsfuse.errors import InputError
from newsfuse.ingest.formats.csv import read_csv
from newsfuse.ingest.formats.feed import PageFetcher, read_feed
from newsfuse.ingest.formats.parquet import read_parquet
from newsfuse.ingest.formats.records import Limits, RecordNotices
from newsfuse.ingest.formats.warc import read_warc
from newsfuse.ingest.jsonl import JsonlReader, split_lines
from newsfuse.ingest.read import file_chunks, read_file
from newsfuse.ingest.sniff import StreamFormat, format_from_name, named_format
from newsfuse.model import Notice, RawDoc
from newsfuse.settings import Settings


def stream_format(name: str) -> StreamFormat | None:
    """The many-record format a file name declares (`.gz` looked through), or None."""
    fmt = named_format(name)
    return fmt if fmt in ("warc", "feed", "csv", "parquet") else None


def iter_records(
    path: Path,
    name: str,
    settings: Settings,
    notices: RecordNotices,
    fetch: PageFetcher | None = None,
) -> Iterator[RawDoc]:
    """The documents of a WARC, feed, CSV or Parquet file, one at a time; `name` names it in notices
    and record ids. Raises InputError when the file as a whole cannot be read."""
    fmt = stream_format(name)
    limits = Limits.of(settings)
    if fmt == "warc":
        return read_warc(path, name, limits, notices)
    if fmt == "csv":
        return read_csv(path, name, limits, notices)
    if fmt == "parquet":
        return read_parquet(path, name, limits, notices)
    if fmt == "feed":
        # A feed is one XML document, so it is read whole, within the file cap.
        data = read_file(path, name, settings.max_input_bytes)
        return read_feed(data, name, notices, fetch)
    raise InputError(name, "not a WARC, RSS/Atom, CSV or Parquet file name")


def iter_file(
    path: Path,
    name: str,
    settings: Settings,
    notices: RecordNotices,
    fetch: PageFetcher | None = None,
) -> Iterator[RawDoc]:
    """Like iter_records, and JSONL files too, line by line (for callers that stream)."""
    if format_from_name(name) == "jsonl":
        return _jsonl(path, name, Limits.of(settings), notices)
    return iter_records(path, name, settings, notices, fetch)


def _jsonl(path: Path, name: str, limits: Limits, notices: RecordNotices) -> Iterator[RawDoc]:
    reader = JsonlReader(name, name, None, limits.max_record_bytes)
    kept = 0
    for number, line, _ in split_lines(file_chunks(path, name), limits.max_record_bytes):
        reader.add_line(number, line)
        for doc in reader.docs:
            kept += len(doc.content)
            if kept > limits.max_total_bytes:
                notices.stopped(f"line {number}", limits.max_total_bytes)
                return
            yield doc
        reader.docs.clear()  # handed on: only the current line's record is held
    notices.notices.extend(reader.notices)


def read_records(
    path: Path, name: str, settings: Settings, fetch: PageFetcher | None = None
) -> tuple[list[RawDoc], list[Notice]]:
    """All documents of the file and its notices; InputError when none could be used."""
    notices = RecordNotices(name)
    docs = list(iter_records(path, name, settings, notices, fetch))
    if not docs:
        skipped = f" ({notices.skipped:,} skipped)" if notices.skipped else ""
        raise InputError(name, f"no usable record{skipped}")
    return docs, notices.finish()


__all__ = ["StreamFormat", "iter_file", "iter_records", "read_records", "stream_format"]
