"""Uploaded files to `RawDoc`s, read by the core's own readers: the first file that is not a
usable report refuses the request, naming it. Files the record readers need on disk (WARC, CSV,
RSS/Atom) are spooled under the data directory with names made here, and deleted once read.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_bytes
from newsfuse.ingest.formats.dispatch import read_records, stream_format
from newsfuse.ingest.ids import ensure_unique
from newsfuse.ingest.jsonl import parse_jsonl
from newsfuse.ingest.read import GZIP_MAGIC, maybe_gunzip
from newsfuse.ingest.sniff import format_from_name, sniff_format
from newsfuse.model import RawDoc
from newsfuse.settings import Settings
from newsfuse.web.errors import ApiError
from newsfuse.web.multipart import Upload

_KNOWN = ".txt, .html, .jsonl, .warc, .csv, .rss, .atom, .xml (optionally .gz)"


def upload_docs(uploads: list[Upload], settings: Settings, spool: Path) -> list[RawDoc]:
    """Every upload's documents; the first file that is not a usable report refuses them all
    (a wrong type is 415, a broken or empty file 422), naming it."""
    docs: list[RawDoc] = []
    for upload in uploads:
        try:
            docs += _documents(upload, settings, spool)
        except InputError as error:
            raise _refusal(upload, error) from None
    return ensure_unique(docs)[0]


def _documents(upload: Upload, settings: Settings, spool: Path) -> list[RawDoc]:
    name = upload.name
    if stream_format(name) is not None:
        return _records(upload, settings, spool)
    declared = format_from_name(name)
    stem = name.lower().removesuffix(".gz").lstrip(".")
    if declared is None and "." in stem:
        suffix = stem[stem.rfind(".") :]
        raise ApiError(
            415, "unsupported_type", f"{name}: {suffix} files are not read; send {_KNOWN}", name
        )
    if not upload.data:
        raise ApiError(422, "unprocessable", f"{name}: empty file (0 bytes)", name)
    data = maybe_gunzip(upload.data, name, settings.max_input_bytes)
    try:
        text = decode_bytes(data, name)
    except InputError as error:
        raise ApiError(415, "unsupported_type", str(error), name) from None
    if not text.strip():
        raise ApiError(422, "unprocessable", f"{name}: contains only whitespace", name)
    fmt = declared or sniff_format(text)
    if fmt == "jsonl":
        found, _ = parse_jsonl(text, name, None, None, settings.max_record_bytes)
        if not found:
            raise ApiError(422, "unprocessable", f"{name}: no usable JSONL record", name)
        return found
    return [RawDoc(id=name, content=text, kind=fmt)]


def _records(upload: Upload, settings: Settings, spool: Path) -> list[RawDoc]:
    """A WARC, CSV or feed file, read by the core's record readers from a spooled copy."""
    spool.mkdir(parents=True, exist_ok=True)
    suffix = ".gz" if upload.data.startswith(GZIP_MAGIC) else ""
    path = spool / f"{uuid.uuid4().hex}{suffix}"
    try:
        path.write_bytes(upload.data)
        return read_records(path, upload.name, settings)[0]
    finally:
        path.unlink(missing_ok=True)


def _refusal(upload: Upload, error: InputError) -> ApiError:
    reason = error.reason
    if "larger than" in reason or "decompresses to more than" in reason:
        return ApiError(413, "too_large", str(error), upload.name)
    return ApiError(422, "unprocessable", str(error), upload.name)


__all__ = ["upload_docs"]
