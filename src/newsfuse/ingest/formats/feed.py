"""RSS and Atom feeds: one RawDoc per entry (link, title, published, content or summary).

A feed is XML, so it is first parsed by defusedxml, which refuses entity declarations: a
billion-laughs feed is rejected before feedparser (whose parser would expand them) sees it.
With network access on, each entry's page is fetched (through the guarded fetcher the caller
passes) and read in place of the feed's summary; a page that cannot be had keeps the summary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_bytes
from newsfuse.ingest.fetching.types import Fetched
from newsfuse.ingest.formats.records import RecordNotices
from newsfuse.model import DocKind, RawDoc

PageFetcher = Callable[[str], Fetched]
"""Entry URL -> its page; raises InputError when refused or failing."""

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[a-zA-Z][^>]*>")


def _modules() -> tuple[Any, Any]:
    try:
        import defusedxml.ElementTree as safe_tree
        import feedparser
    except ImportError as error:
        raise InputError(
            "feed", "reading RSS/Atom feeds needs the 'feeds' extra: pip install 'newsfuse[feeds]'"
        ) from error
    return safe_tree, feedparser


def check_safe_xml(data: bytes, name: str) -> None:
    """Refuse XML that declares entities (entity-expansion bombs) or external resources."""
    safe_tree, _ = _modules()
    import defusedxml

    try:
        safe_tree.fromstring(data)
    except defusedxml.DefusedXmlException as error:
        raise InputError(
            name, f"refused: the XML declares entities or external resources ({error})"
        ) from error
    except safe_tree.ParseError as error:
        # Malformed feeds are common and feedparser reads them leniently, but not one that
        # hides an entity declaration behind the error.
        if _ENTITY_DECLARATION.search(data):
            raise InputError(name, "refused: malformed XML that declares entities") from error


def read_feed(
    data: bytes, name: str, notices: RecordNotices, fetch: PageFetcher | None = None
) -> Iterator[RawDoc]:
    """The entries of the feed in `data` (already within the size cap), in feed order."""
    check_safe_xml(data, name)
    _, feedparser = _modules()
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            raise InputError(name, f"not a readable RSS/Atom feed ({reason})")
        raise InputError(name, "feed has no entries")
    outlet = _text(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        doc = _entry(entry, name, number, outlet, notices, fetch)
        if doc is not None:
            yield doc


def _entry(
    entry: Any,
    name: str,
    number: int,
    outlet: str | None,
    notices: RecordNotices,
    fetch: PageFetcher | None,
) -> RawDoc | None:
    where = f"entry {number}"
    link = _text(entry.get("link"))

    def doc(content: str, kind: DocKind, url: str | None) -> RawDoc:
        return RawDoc(
            id=f"{name}#{number}",
            content=content,
            kind=kind,
            path=name,
            url=url,
            title=_text(entry.get("title")),
            published=_text(entry.get("published") or entry.get("updated")),
            outlet=outlet,
            author=_text(entry.get("author")),
        )

    if fetch is not None and link:
        try:
            page = fetch(link)
            return doc(decode_bytes(page.data, link, page.charset), "html", page.url)
        except InputError as error:
            notices.bad(where, "page not fetched, the feed's summary is used", str(error))
    kind, content = _content(entry)
    if not content:
        notices.bad(where, "has no content or summary")
        return None
    return doc(content, kind, link)


def _content(entry: Any) -> tuple[DocKind, str]:
    """The longest of the entry's full content and its summary: feeds differ in which they fill."""
    candidates: list[tuple[str, str]] = [
        (str(part.get("type") or ""), str(part.get("value") or ""))
        for part in entry.get("content") or []
    ]
    detail = entry.get("summary_detail") or {}
    candidates.append((str(detail.get("type") or ""), str(entry.get("summary") or "")))
    media, value = max(candidates, key=lambda pair: len(pair[1].strip()))
    value = value.strip()
    # RSS calls every description HTML; only markup in it makes it so.
    html = "plain" not in media and bool(_HTML_TAG.search(value))
    return ("html" if html else "text"), value


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


__all__ = ["PageFetcher", "check_safe_xml", "read_feed"]
