"""The brief page: header with coverage counts, then every section of the brief, in the order a
reader checks a story (what is said, how well it is backed, where sources disagree, when,
who said it, who copied whom), and last the sources themselves."""

from __future__ import annotations

from newsfuse.model import Brief
from newsfuse.rendering.notices import shown_source
from newsfuse.rendering.page.changes import changes_section
from newsfuse.rendering.page.chips import Chips
from newsfuse.rendering.page.entities import entities_section
from newsfuse.rendering.page.findings import (
    conflicts_section,
    facts_section,
    quotes_section,
    timeline_section,
)
from newsfuse.rendering.page.markup import esc, items, section
from newsfuse.rendering.page.overlap import copy_groups_shown, overlap_section
from newsfuse.rendering.page.shell import document
from newsfuse.rendering.page.sources import sources_section

SECTIONS = (
    ("summary", "Summary"),
    ("facts", "Facts"),
    ("conflicts", "Conflicts"),
    ("timeline", "Timeline"),
    ("quotes", "Quotes"),
    ("overlap", "Overlap"),
    ("entities", "Entities"),
    ("sources", "Sources"),
)
_LEVELS = ("info", "warning", "error")


def brief_page(brief: Brief, *, standalone: bool = True) -> str:
    """The brief as an HTML page: one self-contained file, or (standalone=False) a page of the
    web app that links the shared assets from /static/."""
    chips = Chips(brief)
    body = [
        _header(brief),
        changes_section(brief.changes, chips) if brief.changes is not None else "",
        _summary(brief, chips),
        facts_section(brief, chips),
        conflicts_section(brief, chips),
        timeline_section(brief, chips),
        quotes_section(brief, chips),
        overlap_section(brief, chips),
        entities_section(brief, chips),
        sources_section(brief, chips),  # after every chip: it marks what they cite
        _notices(brief),
    ]
    return document(brief.title, "".join(body), standalone=standalone)


def _header(brief: Brief) -> str:
    outlets = {" ".join(d.outlet.split()).casefold() for d in brief.sources if d.outlet}
    counts = [
        (len(brief.sources), "report", "reports"),
        (len(copy_groups_shown(brief)), "independent source", "independent sources"),
        (len(outlets), "outlet", "outlets"),
    ]
    coverage = "".join(
        f"<li><strong>{n:,}</strong> {one if n == 1 else many}</li>" for n, one, many in counts
    )
    dates = sorted(d.published for d in brief.sources if d.published)
    span = ""
    if dates:
        first, last = dates[0].isoformat(), dates[-1].isoformat()
        span = f'<p class="dates">Published <time datetime="{first}">{first}</time>'
        if last != first:
            span += f' to <time datetime="{last}">{last}</time>'
        span += "</p>"
    links = list(SECTIONS)
    if brief.changes is not None:
        links.insert(0, ("changes", "Changes"))
    if brief.notices:
        links.append(("notices", f"Notices ({len(brief.notices)})"))
    nav = "".join(f'<a href="#{key}">{esc(label)}</a>' for key, label in links)
    return (
        f'<header class="brief-head"><p class="kicker">Cross-checked brief</p>'
        f'<h1>{esc(brief.title)}</h1><ul class="coverage">{coverage}</ul>{span}'
        f'<nav class="sections" aria-label="Sections">{nav}</nav></header>'
    )


def _summary(brief: Brief, chips: Chips) -> str:
    entries = [
        f'<span class="sentence">{esc(s.text)}</span> {chips(s.sources, s.spans)}'
        for s in brief.summary
    ]
    return section("summary", "Summary", items("ol", entries, "summary"), "No summary.")


def _notices(brief: Brief) -> str:
    if not brief.notices:
        return ""
    entries = [
        f'<span class="level {n.level if n.level in _LEVELS else "info"}">{esc(n.level)}</span> '
        + esc(": ".join(filter(None, [shown_source(n), n.message])))
        for n in brief.notices
    ]
    return section("notices", "Notices", items("ul", entries, "notices"))


__all__ = ["SECTIONS", "brief_page"]
