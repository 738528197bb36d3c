"""A brief as one self-contained HTML5 page: inline CSS, no scripts, every source text escaped."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from importlib.resources import files

from newsfuse.model import Brief, Changes, Span
from newsfuse.rendering.html_sources import source_article, source_link
from newsfuse.rendering.labels import source_labels
from newsfuse.rendering.marks import cited_spans, clamp, passage_id, source_slugs
from newsfuse.rendering.notices import shown_source

_CSS = files("newsfuse.rendering").joinpath("templates/brief.css").read_text(encoding="utf-8")


class _Citer:
    """Citation links for one brief: to each source's section and to the cited passages."""

    def __init__(self, brief: Brief) -> None:
        self.slugs = source_slugs([doc.id for doc in brief.sources])
        self.labels = source_labels(brief.sources)
        self.lengths = {doc.id: len(doc.text) for doc in brief.sources}

    def __call__(self, sources: Iterable[str], spans: Iterable[Span] = ()) -> str:
        spans = tuple(spans)
        ordered = list(dict.fromkeys([*sources, *(s.source for s in spans)]))
        links = [
            source_link(source, self.slugs, self.labels.get(source)) + self._passages(source, spans)
            for source in ordered
        ]
        return f'<span class="cite">[{", ".join(links)}]</span>'

    def _passages(self, source: str, spans: tuple[Span, ...]) -> str:
        slug, length = self.slugs.get(source), self.lengths.get(source, 0)
        links = []
        for span in spans:
            cut = clamp(span.start, span.end, length) if span.source == source else None
            if slug and cut:
                href = passage_id(escape(slug), cut[0])
                links.append(f'<a class="passage" href="#{href}" title="cited passage">¶</a>')
        return "".join(dict.fromkeys(links))


def to_html(brief: Brief) -> str:
    cite = _Citer(brief)
    sections = [
        _header(brief),
        _changes(brief.changes, cite) if brief.changes is not None else "",
        _summary(brief, cite),
        _facts(brief, cite),
        _conflicts(brief, cite),
        _timeline(brief, cite),
        _quotes(brief, cite),
        _entities(brief, cite),
        _sources(brief, cite),
        _notices(brief),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="newsfuse">'
        f"<title>{escape(brief.title)}</title><style>{_CSS}</style></head>"
        f"<body><main>{''.join(sections)}</main></body></html>\n"
    )


_SECTIONS = (
    ("summary", "Summary"),
    ("facts", "Facts"),
    ("conflicts", "Conflicts"),
    ("timeline", "Timeline"),
    ("quotes", "Quotes"),
    ("entities", "Entities"),
    ("sources", "Sources"),
    ("notices", "Notices"),
)


def _header(brief: Brief) -> str:
    counts = (
        f"{len(brief.sources)} sources · {len(brief.facts)} facts · "
        f"{len(brief.conflicts)} conflicts · {len(brief.notices)} notices"
    )
    links = " ".join(f'<a href="#{key}">{label}</a>' for key, label in _SECTIONS)
    return (
        f"<header><h1>{escape(brief.title)}</h1>"
        f'<p class="meta">{counts}</p><nav>{links}</nav></header>'
    )


def _section(key: str, label: str, content: str, empty: str) -> str:
    inner = content or f'<p class="empty">{empty}</p>'
    return f'<section id="{key}"><h2>{label}</h2>{inner}</section>'


def _items(tag: str, items: list[str], css: str = "") -> str:
    if not items:
        return ""
    cls = f' class="{css}"' if css else ""
    return f"<{tag}{cls}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def _changes(changes: Changes, cite: _Citer) -> str:
    since = f" since {escape(changes.since)}" if changes.since else ""
    items = [f'<span class="tag">new source</span> {escape(s)}' for s in changes.new_sources]
    items += [
        f'<span class="tag">new fact</span> {escape(f.text)} {cite(f.sources, f.spans)}'
        for f in changes.new_facts
    ]
    items += [
        f'<span class="tag">{c.before} → {c.after} independent sources</span> '
        f"{escape(c.fact.text)} {cite(c.fact.sources, c.fact.spans)}"
        for c in changes.corroborated
    ]
    items += [
        f'<span class="tag">new conflict</span> {escape(c.about)}' for c in changes.new_conflicts
    ]
    items += [
        f'<span class="tag">resolved conflict</span> {escape(c.about)}'
        for c in changes.resolved_conflicts
    ]
    items += [
        f'<span class="tag">new event</span> <time datetime="{t.date.isoformat()}">'
        f"{t.date.isoformat()}</time> {escape(t.text)} {cite(t.sources, t.spans)}"
        for t in changes.new_timeline
    ]
    return _section("changes", f"Changes{since}", _items("ul", items, "changes"), "Nothing new.")


def _summary(brief: Brief, cite: _Citer) -> str:
    items = [f"{escape(s.text)} {cite(s.sources, s.spans)}" for s in brief.summary]
    return _section("summary", "Summary", _items("ol", items), "No summary.")


def _facts(brief: Brief, cite: _Citer) -> str:
    items = [
        f'<span class="count" title="independent sources">{f.independent_sources}</span>'
        f"{escape(f.text)} {cite(f.sources, f.spans)}"
        for f in brief.facts
    ]
    return _section("facts", "Facts", _items("ul", items, "facts"), "No facts.")


def _conflicts(brief: Brief, cite: _Citer) -> str:
    blocks = []
    for conflict in brief.conflicts:
        variants = [
            f"<strong>{escape(v.value)}</strong>: {escape(v.text)} {cite(v.sources, v.spans)}"
            for v in conflict.variants
        ]
        blocks.append(f"<h3>{escape(conflict.about)}</h3>{_items('ul', variants, 'variants')}")
    return _section("conflicts", "Conflicts", "".join(blocks), "No conflicting reports found.")


def _timeline(brief: Brief, cite: _Citer) -> str:
    items = [
        f'<time datetime="{t.date.isoformat()}">{t.date.isoformat()}</time> '
        + ('<span class="tag">announced</span> ' if t.announced else "")
        + f"{escape(t.text)} {cite(t.sources, t.spans)}"
        for t in brief.timeline
    ]
    return _section("timeline", "Timeline", _items("ol", items), "No dated events.")


def _quotes(brief: Brief, cite: _Citer) -> str:
    figures = "".join(
        f"<figure><blockquote>{escape(q.text)}</blockquote>"
        f"<figcaption>— {escape(q.speaker)} {cite(q.sources, q.spans)}</figcaption></figure>"
        for q in brief.quotes
    )
    return _section("quotes", "Quotes", figures, "No quotes.")


def _entities(brief: Brief, cite: _Citer) -> str:
    if not brief.entities:
        return _section("entities", "Entities", "", "No entities.")
    rows = "".join(
        f"<tr><td>{escape(e.name)}</td><td>{escape(e.type)}</td><td>{e.mentions}</td>"
        f"<td>{escape(', '.join(e.aliases))}</td><td>{cite(e.sources)}</td></tr>"
        for e in brief.entities
    )
    head = (
        "<tr><th>Name</th><th>Type</th><th>Mentions</th><th>Also called</th><th>Sources</th></tr>"
    )
    return _section("entities", "Entities", f"<table>{head}{rows}</table>", "")


def _sources(brief: Brief, cite: _Citer) -> str:
    spans = cited_spans(
        [s.spans for s in brief.summary]
        + [f.spans for f in brief.facts]
        + [v.spans for c in brief.conflicts for v in c.variants]
        + [t.spans for t in brief.timeline]
        + [q.spans for q in brief.quotes]
    )
    articles = "".join(
        source_article(
            doc, brief.syndication.shared_with.get(doc.id, ()), spans.get(doc.id, set()), cite.slugs
        )
        for doc in brief.sources
    )
    return _section("sources", "Sources", articles, "No sources.")


def _notices(brief: Brief) -> str:
    items = [
        f'<span class="{escape(n.level)}"><strong>{escape(n.level)}</strong></span> '
        + escape(": ".join(filter(None, [shown_source(n), n.message])))
        for n in brief.notices
    ]
    return _section("notices", "Notices", _items("ul", items, "notices"), "No notices.")


__all__ = ["to_html"]
