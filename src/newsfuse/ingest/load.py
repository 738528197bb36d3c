"""Read every input into RawDocs; a bad input becomes a Notice and the rest are still read."""

from __future__ import annotations

import codecs
import itertools
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from newsfuse.errors import InputError
from newsfuse.failures import unexpected
from newsfuse.ingest.decode import decode_bytes, wide_encoding
from newsfuse.ingest.fetch import Fetched, Fetcher, Resolver, fetch_url, resolve_host
from newsfuse.ingest.formats.dispatch import read_records, stream_format
from newsfuse.ingest.formats.feed import PageFetcher
from newsfuse.ingest.ids import ensure_unique
from newsfuse.ingest.jsonl import parse_jsonl, read_jsonl
from newsfuse.ingest.locate import Located, locate
from newsfuse.ingest.read import file_chunks, maybe_gunzip, read_capped, read_file
from newsfuse.ingest.sniff import Format, check_not_binary, format_from_name, sniff_format
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


_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


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
            if item.origin == "file" and format_from_name(item.given) == "jsonl":
                found, problems = _jsonl_file(item, settings)
            elif item.origin == "file" and stream_format(item.given) is not None:
                fetch = _page_fetcher(settings, fetcher, resolver)
                found, problems = read_records(Path(item.given), item.id, settings, fetch)
            else:
                payload = _payload(item, settings, fetcher, resolver, stdin)
                found, problems = _documents(item, payload, settings)
        except InputError as error:
            notices.append(Notice(item.given, "error", str(error)))
            continue
        except Exception as error:  # one input's failure costs only that input, type named
            message = f"{item.given}: could not be read: {unexpected(error)}"
            notices.append(Notice(item.given, "error", message))
            continue
        docs += found
        notices += problems
    docs, renamed = ensure_unique(docs)
    return docs, notices + renamed


def _page_fetcher(
    settings: Settings, fetcher: Fetcher | None, resolver: Resolver
) -> PageFetcher | None:
    """Fetches a feed entry's page through the guarded fetcher, only when network is allowed."""
    if not settings.allow_network:
        return None

    def fetch(url: str) -> Fetched:
        fetched = fetch_url(url, settings, fetcher, resolver)
        data = maybe_gunzip(fetched.data, url, settings.max_input_bytes)
        return Fetched(fetched.url, data, fetched.content_type, fetched.charset)

    return fetch


def _jsonl_file(item: Located, settings: Settings) -> tuple[list[RawDoc], list[Notice]]:
    """A JSONL file read line by line. UTF-16/32 files, whose lines cannot be split as bytes,
    are read whole under the file cap instead."""
    chunks = file_chunks(Path(item.given), item.given)
    first = next(chunks, b"")
    if not first:
        raise InputError(item.given, "empty file (0 bytes)")
    if first.startswith(_WIDE_BOMS) or wide_encoding(first):
        data = first + b"".join(chunks)
        if len(data) > settings.max_input_bytes:
            limit = settings.max_input_bytes
            raise InputError(item.given, f"larger than {limit:,} bytes (max_input_bytes)")
        return _documents(item, _Payload(data, "jsonl"), settings)
    check_not_binary(first, item.given)
    return read_jsonl(
        itertools.chain([first], chunks),
        item.id,
        item.given,
        max_record_bytes=settings.max_record_bytes,
        max_total_bytes=settings.max_input_bytes,
    )


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


def _documents(
    item: Located, payload: _Payload, settings: Settings
) -> tuple[list[RawDoc], list[Notice]]:
    if not payload.data:
        raise InputError(item.given, "empty file (0 bytes)")
    text = decode_bytes(payload.data, item.given, payload.charset)
    if not text.strip():
        raise InputError(item.given, "contains only whitespace")
    fmt = payload.format or sniff_format(text)
    path = item.given if item.origin == "file" else None
    if fmt == "jsonl":
        return parse_jsonl(text, item.id, path, payload.url, settings.max_record_bytes)
    return [RawDoc(id=item.id, content=text, kind=fmt, path=path, url=payload.url)], []


__all__ = ["load_inputs"]
