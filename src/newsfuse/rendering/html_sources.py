"""The sources part of the HTML brief: metadata, removed lines and the marked-up full text."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from newsfuse.model import CleanDoc, SharedWith
from newsfuse.rendering.marks import passage_id, segments


def safe_link(url: str | None) -> str:
    """A link for an http(s) URL; any other scheme (javascript:, data:) is shown as text only."""
    if not url:
        return ""
    if urlsplit(url).scheme.lower() not in {"http", "https"}:
        return escape(url)
    return f'<a href="{escape(url)}" rel="noopener noreferrer nofollow">{escape(url)}</a>'


def source_link(source_id: str, slugs: dict[str, str], label: str | None = None) -> str:
    """A link to a source's section, shown as its `label`; plain text for an unlisted id."""
    slug = slugs.get(source_id)
    if slug is None:
        return escape(source_id)
    shown = escape(label or source_id)
    return f'<a href="#src-{escape(slug)}" title="{escape(source_id)}">{shown}</a>'


def marked_text(text: str, spans: set[tuple[int, int]], slug: str) -> str:
    """The text, escaped, with each cited passage in <mark>; a passage's first piece has its id."""
    parts: list[str] = []
    for segment in segments(len(text), spans) or []:
        piece = escape(text[segment.start : segment.end])
        if segment.depth == 0:
            parts.append(piece)
            continue
        anchor = f' id="{passage_id(escape(slug), segment.start)}"' if segment.opens else ""
        deep = ' class="deep"' if segment.depth > 1 else ""
        parts.append(f"<mark{anchor}{deep}>{piece}</mark>")
    return "".join(parts)


def source_article(
    doc: CleanDoc,
    shared: tuple[SharedWith, ...],
    spans: set[tuple[int, int]],
    slugs: dict[str, str],
) -> str:
    slug = slugs[doc.id]
    title = f"<p><strong>{escape(doc.title)}</strong></p>" if doc.title else ""
    return (
        f'<article class="source" id="src-{escape(slug)}">'
        f"<h3>{escape(doc.id)}</h3>{title}"
        f"<dl>{_facts(doc, shared, slugs)}</dl>"
        f"{_removed(doc)}"
        f'<div class="text">{marked_text(doc.text, spans, slug)}</div>'
        "</article>"
    )


def _facts(doc: CleanDoc, shared: tuple[SharedWith, ...], slugs: dict[str, str]) -> str:
    published = "unknown"
    if doc.published:
        basis = f" ({escape(doc.published_basis)})" if doc.published_basis else ""
        day = doc.published.isoformat()
        published = f'<time datetime="{day}">{day}</time>{basis}'
    copies = ", ".join(f"{source_link(s.source, slugs)} ({s.overlap:.0%})" for s in shared)
    rows = [
        ("Outlet", escape(doc.outlet or "unknown")),
        ("Published", published),
        ("Words", str(doc.words)),
        ("Language", escape(doc.language or "unknown")),
        ("URL", safe_link(doc.url)),
        ("File", escape(doc.path or "")),
        ("Shares text with", copies),
    ]
    return "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows if value)


def _removed(doc: CleanDoc) -> str:
    if not doc.removed:
        return ""
    items = "".join(
        f'<li><span class="why">{escape(r.reason)}</span> {escape(r.text)}</li>'
        for r in doc.removed
    )
    return (
        f"<details><summary>Removed as boilerplate ({len(doc.removed)})</summary>"
        f"<ul>{items}</ul></details>"
    )


__all__ = ["marked_text", "safe_link", "source_article", "source_link"]
