"""WARC and WARC.gz archives (Common Crawl, CC-NEWS): one RawDoc per HTML response record.

Records are read one at a time by warcio, which also inflates per-record gzip members, so an
archive of any size is streamed; the target URI and the capture date are kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_bytes
from newsfuse.ingest.formats.records import Limits, RecordNotices, capped
from newsfuse.ingest.read import file_chunks
from newsfuse.model import RawDoc

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_WARC_MAGIC = b"WARC/"


def _archive_iterator() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as error:
        raise InputError(
            "WARC", "reading WARC files needs the 'warc' extra: pip install 'newsfuse[warc]'"
        ) from error
    return ArchiveIterator


def read_warc(path: Path, name: str, limits: Limits, notices: RecordNotices) -> Iterator[RawDoc]:
    """The HTML pages archived in `path`, in archive order; other records (requests, metadata,
    images) are passed over, bad ones are noted in `notices`."""
    iterator = _archive_iterator()
    _check_warc(path, name)
    yield from capped(_pages(path, name, limits, notices, iterator), limits, notices)


def _pages(
    path: Path, name: str, limits: Limits, notices: RecordNotices, iterator: Any
) -> Iterator[tuple[str, RawDoc]]:
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with path.open("rb") as stream:
            for record in iterator(stream):
                if record.rec_type != "response":
                    continue
                number += 1
                doc = _page(record, name, number, limits, notices)
                if doc is not None:
                    yield f"record {number}", doc
    except ArchiveLoadFailed as error:
        if number == 0:
            raise InputError(name, f"not a readable WARC archive ({error})") from error
        notices.bad(f"after record {number}", "corrupt WARC data, the rest is skipped", str(error))
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from error


def _check_warc(path: Path, name: str) -> None:
    """Refuse a file that does not open with a WARC header: warcio skips over any garbage."""
    head = next(file_chunks(path, name), b"")
    if not head.startswith(_WARC_MAGIC):
        raise InputError(name, "not a WARC archive (it does not start with a WARC/1.x header)")


def _page(
    record: Any, name: str, number: int, limits: Limits, notices: RecordNotices
) -> RawDoc | None:
    where = f"record {number}"
    headers = record.http_headers
    media = (headers.get_header("Content-Type") or "") if headers is not None else ""
    if media.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None  # images, scripts, redirects' bodies: not articles
    status = headers.get_statuscode() if headers is not None else None
    if status and not str(status).startswith("2"):
        notices.bad(where, "HTTP status is not 2xx", str(status))
        return None
    data = record.content_stream().read(limits.max_record_bytes + 1)
    if len(data) > limits.max_record_bytes:
        notices.bad(where, f"longer than {limits.max_record_bytes:,} bytes (max_record_bytes)")
        return None
    if not data.strip():
        notices.bad(where, "empty response body")
        return None
    charset = _charset(media)
    try:
        text = decode_bytes(data, f"{name} {where}", charset)
    except InputError as error:
        notices.bad(where, "not text", str(error))
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return RawDoc(
        id=f"{name}#{number}",
        content=text,
        kind="html",
        path=name,
        url=uri or None,
        published=record.rec_headers.get_header("WARC-Date") or None,
    )


def _charset(media: str) -> str | None:
    for part in media.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


__all__ = ["read_warc"]
