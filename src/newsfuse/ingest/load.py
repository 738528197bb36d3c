"""Read every input into RawDocs; a bad input becomes a Notice and the rest are still read."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_bytes
from newsfuse.ingest.fetch import Fetcher, Resolver, fetch_url, resolve_host
from newsfuse.ingest.ids import ensure_unique
from newsfuse.ingest.jsonl import parse_jsonl
from newsfuse.ingest.locate import Located, locate
from newsfuse.ingest.read import maybe_gunzip, read_capped, read_file
from newsfuse.ingest.sniff import Format, format_from_name, sniff_format
from newsfuse.model import Notice, RawDoc
from newsfuse.settings import Settings

_MEDIA_TYPES: dict[str, Format] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/jsonl": "jsonl",
    "application/x-ndjson": "jsonl",
    "application/json": "jsonl",
}


@dataclass(frozen=True)
class _Payload:
    data: bytes
    format: Format | None  # None: decide from the content
    url: str | None = None
    charset: str | None = None


def load_inputs(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    fetcher: Fetcher | None = None,
    resolver: Resolver = resolve_host,
    stdin: BinaryIO | None = None,
) -> tuple[list[RawDoc], list[Notice]]:
    """Read folders, files, glob patterns, `-` (stdin) and http(s) URLs into raw documents.

    Returns the documents, with unique ids, and a Notice for each input skipped and why.
    `fetcher`, `resolver` and `stdin` replace the network and the process's stdin (for tests).
    """
    located, notices = locate(paths)
    docs: list[RawDoc] = []
    for item in located:
        try:
            payload = _payload(item, settings, fetcher, resolver, stdin)
            found, problems = _documents(item, payload)
        except InputError as error:
            notices.append(Notice(item.given, "error", str(error)))
            continue
        docs += found
        notices += problems
    docs, renamed = ensure_unique(docs)
    return docs, notices + renamed


def _payload(
    item: Located,
    settings: Settings,
    fetcher: Fetcher | None,
    resolver: Resolver,
    stdin: BinaryIO | None,
) -> _Payload:
    limit = settings.max_input_bytes
    if item.origin == "file":
        data = read_file(Path(item.given), item.given, limit)
        return _Payload(data, format_from_name(item.given))
    if item.origin == "stdin":
        data = read_capped(stdin or sys.stdin.buffer, "stdin", limit)
        return _Payload(maybe_gunzip(data, "stdin", limit), None)
    fetched = fetch_url(item.given, settings, fetcher, resolver)
    data = maybe_gunzip(fetched.data, item.given, limit)
    named = format_from_name(urlsplit(fetched.url).path)
    typed = _MEDIA_TYPES.get(fetched.content_type or "")
    return _Payload(data, named or typed, fetched.url, fetched.charset)


def _documents(item: Located, payload: _Payload) -> tuple[list[RawDoc], list[Notice]]:
    if not payload.data:
        raise InputError(item.given, "empty file (0 bytes)")
    text = decode_bytes(payload.data, item.given, payload.charset)
    if not text.strip():
        raise InputError(item.given, "contains only whitespace")
    fmt = payload.format or sniff_format(text)
    path = item.given if item.origin == "file" else None
    if fmt == "jsonl":
        return parse_jsonl(text, item.id, path, payload.url)
    return [RawDoc(id=item.id, content=text, kind=fmt, path=path, url=payload.url)], []


__all__ = ["load_inputs"]
