"""Each source in full: its cleaned text with the cited passages marked, its metadata, and the
boilerplate cleaning removed, viewable with the reason for each block."""

from __future__ import annotations

from newsfuse.model import Brief, CleanDoc
from newsfuse.rendering.page.chips import Chips
from newsfuse.rendering.page.marks import passage_id, segments, source_anchor
from newsfuse.rendering.page.markup import esc, plural, section


def marked_text(text: str, spans: set[tuple[int, int]], slug: str) -> str:
    """The text, escaped, with each cited passage in <mark>; a passage's first piece has its id.

    Overlapping passages are cut into flat pieces, so no mark sits inside another."""
    parts: list[str] = []
    for segment in segments(len(text), spans):
        piece = esc(text[segment.start : segment.end])
        if segment.depth == 0:
            parts.append(piece)
            continue
        anchor = f' id="{passage_id(slug, segment.start)}"' if segment.opens else ""
        deep = ' class="deep"' if segment.depth > 1 else ""
        parts.append(f"<mark{anchor}{deep}>{piece}</mark>")
    return "".join(parts)


def sources_section(brief: Brief, chips: Chips) -> str:
    """Render last: it marks the passages the other sections' chips cited."""
    articles = "".join(_source(doc, brief, chips) for doc in brief.sources)
    intro = (
        '<p class="hint">Each report as newsfuse read it, cited passages highlighted. '
        "Open one to read it; a citation chip opens it at its passage.</p>"
    )
    return section("sources", "Sources", intro + articles if articles else "", "No sources.")


def _source(doc: CleanDoc, brief: Brief, chips: Chips) -> str:
    slug = chips.slugs[doc.id]
    meta = [esc(doc.published.isoformat())] if doc.published else []
    meta.append(plural(doc.words, "word"))
    title = f'<span class="source-title">{esc(doc.title)}</span>' if doc.title else ""
    return (
        f'<details class="source" id="{source_anchor(slug)}" data-source="{esc(doc.id)}">'
        f'<summary><span class="source-label">{esc(chips.label(doc.id))}</span>{title}'
        f'<span class="source-meta">{" · ".join(meta)}</span></summary>'
        f'<div class="source-body"><dl class="source-facts">{_facts(doc, brief, chips)}</dl>'
        f'<div class="text">{marked_text(doc.text, chips.cited.get(doc.id, set()), slug)}</div>'
        f"{_removed(doc)}</div></details>"
    )


def _facts(doc: CleanDoc, brief: Brief, chips: Chips) -> str:
    published = "unknown"
    if doc.published:
        basis = f" ({esc(doc.published_basis)})" if doc.published_basis else ""
        day = doc.published.isoformat()
        published = f'<time datetime="{day}">{day}</time>{basis}'
    shared = brief.syndication.shared_with.get(doc.id, ())
    copies = ", ".join(f"{chips.source_link(s.source)} ({s.overlap:.0%})" for s in shared)
    credits = ", ".join(esc(agency) for agency in brief.syndication.credits.get(doc.id, ()))
    rows = [
        ("Outlet", esc(doc.outlet or "unknown")),
        ("By", esc(doc.author or "")),
        ("Published", published),
        ("Words", f"{doc.words:,}"),
        ("Language", esc(doc.language or "unknown")),
        # Shown, not linked: the page leads nowhere off itself, even when clicked.
        ("URL", f'<span class="url">{esc(doc.url)}</span>' if doc.url else ""),
        ("File", esc(doc.path or doc.id)),
        ("Shares text with", copies),
        ("Credits", credits),
    ]
    return "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows if value)


def _removed(doc: CleanDoc) -> str:
    if not doc.removed:
        return '<p class="removed-none">Cleaning removed nothing from this report.</p>'
    entries = "".join(
        f'<li><span class="why">{esc(r.reason or "removed")}</span> '
        f'<span class="removed-text">{esc(r.text)}</span></li>'
        for r in doc.removed
    )
    return (
        f'<details class="removed"><summary>Removed as boilerplate: '
        f"{plural(len(doc.removed), 'block')}</summary><ul>{entries}</ul></details>"
    )


__all__ = ["marked_text", "sources_section"]
