"""A brief as readable Markdown: every sentence followed by the sources it came from."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from newsfuse.model import Brief, Changes, CleanDoc, Notice
from newsfuse.rendering.labels import source_labels
from newsfuse.rendering.notices import shown_source

# Backslash-escaping ASCII punctuation is always literal in CommonMark; this keeps source text
# from turning into links, emphasis, tables or raw HTML.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md_escape(text: str) -> str:
    """Source text as inline Markdown: special characters escaped, line breaks folded."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


Cite = Callable[[Iterable[str]], str]


def to_markdown(brief: Brief) -> str:
    labels = source_labels(brief.sources)

    def cite(sources: Iterable[str]) -> str:
        return "[" + ", ".join(md_escape(labels.get(s, s)) for s in sources) + "]"

    sections = [
        f"# {md_escape(brief.title)}",
        _changes(brief.changes, cite) if brief.changes is not None else "",
        _section("Summary", [f"{md_escape(s.text)} {cite(s.sources)}" for s in brief.summary]),
        _section(
            "Facts", [_fact(f.text, cite(f.sources), f.independent_sources) for f in brief.facts]
        ),
        _conflicts(brief, cite),
        _section(
            "Timeline",
            [
                f"**{t.date.isoformat()}**{' (announced)' if t.announced else ''}: "
                f"{md_escape(t.text)} {cite(t.sources)}"
                for t in brief.timeline
            ],
        ),
        _section(
            "Quotes",
            [
                f"{md_escape(q.speaker)}: {md_escape(q.text)} {cite(q.sources)}"
                for q in brief.quotes
            ],
        ),
        _section(
            "Entities",
            [
                f"{md_escape(e.name)} ({md_escape(e.type)}), {len(e.sources)} source(s)"
                for e in brief.entities
            ],
        ),
        _sources(brief),
        _notices(brief.notices),
    ]
    return "\n\n".join(s for s in sections if s) + "\n"


def _section(heading: str, items: list[str], empty: str = "") -> str:
    if not items:
        return f"## {heading}\n\n_{empty}_" if empty else ""
    return f"## {heading}\n\n" + "\n".join(f"- {item}" for item in items)


def _fact(text: str, cited: str, independent: int) -> str:
    noun = "independent source" if independent == 1 else "independent sources"
    return f"{md_escape(text)} {cited} — {independent} {noun}"


def _changes(changes: Changes, cite: Cite) -> str:
    """What this brief adds to the earlier one, first: a returning reader reads this."""
    since = f" since {md_escape(changes.since)}" if changes.since else ""
    items = [f"New source: {md_escape(s)}" for s in changes.new_sources]
    items += [f"New fact: {md_escape(f.text)} {cite(f.sources)}" for f in changes.new_facts]
    items += [
        f"More sources: {md_escape(c.fact.text)} {cite(c.fact.sources)} — "
        f"{c.before} → {c.after} independent sources"
        for c in changes.corroborated
    ]
    items += [f"New conflict: {md_escape(c.about)}" for c in changes.new_conflicts]
    items += [f"Resolved conflict: {md_escape(c.about)}" for c in changes.resolved_conflicts]
    items += [
        f"New on the timeline: **{t.date.isoformat()}**: {md_escape(t.text)} {cite(t.sources)}"
        for t in changes.new_timeline
    ]
    return _section(f"Changes{since}", items, "Nothing new.")


def _conflicts(brief: Brief, cite: Cite) -> str:
    if not brief.conflicts:
        return "## Conflicts\n\n_No conflicting reports found._"
    blocks = ["## Conflicts"]
    for conflict in brief.conflicts:
        variants = "\n".join(
            f"- **{md_escape(v.value)}**: {md_escape(v.text)} {cite(v.sources)}"
            for v in conflict.variants
        )
        blocks.append(f"### {md_escape(conflict.about)}\n\n{variants}")
    return "\n\n".join(blocks)


def _sources(brief: Brief) -> str:
    rows = [
        "| Source | Outlet | Title | Published | Words | Shares text with |",
        "| --- | --- | --- | --- | ---: | --- |",
    ]
    for doc in brief.sources:
        shared = brief.syndication.shared_with.get(doc.id, ())
        cells = [
            md_escape(doc.id),
            md_escape(doc.outlet or ""),
            md_escape(doc.title or ""),
            _published(doc),
            str(doc.words),
            ", ".join(f"{md_escape(s.source)} ({s.overlap:.0%})" for s in shared),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "## Sources\n\n" + "\n".join(rows)


def _published(doc: CleanDoc) -> str:
    if not doc.published:
        return "unknown"
    return f"{doc.published.isoformat()} ({doc.published_basis or 'unknown basis'})"


def _notices(notices: Iterable[Notice]) -> str:
    items = [
        f"**{n.level}** " + md_escape(": ".join(filter(None, [shown_source(n), n.message])))
        for n in notices
    ]
    return _section("Notices", items)


__all__ = ["md_escape", "to_markdown"]
