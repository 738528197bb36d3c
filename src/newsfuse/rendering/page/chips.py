"""Citation chips: each cited source shown by its outlet, linking to the passage it backs.

The chips also remember every passage they cite, so the sources section marks exactly those
and every chip's target exists on the page.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsfuse.model import Brief, Span
from newsfuse.rendering.labels import source_labels
from newsfuse.rendering.page.marks import clamp, passage_id, source_anchor, source_slugs
from newsfuse.rendering.page.markup import esc


class Chips:
    """Chips and source links for one brief."""

    def __init__(self, brief: Brief) -> None:
        self.slugs = source_slugs([doc.id for doc in brief.sources])
        self.labels = source_labels(brief.sources)
        self._lengths = {doc.id: len(doc.text) for doc in brief.sources}
        self._titles = {doc.id: doc.title or doc.id for doc in brief.sources}
        self.cited: dict[str, set[tuple[int, int]]] = {}

    def __call__(self, sources: Iterable[str], spans: Iterable[Span] = ()) -> str:
        """Chips for an item's sources (and any source only its spans name), in order."""
        spans = tuple(spans)
        ordered = dict.fromkeys([*sources, *(s.source for s in spans)])
        chips = "".join(self._chip(source, spans) for source in ordered)
        return f'<span class="chips">{chips}</span>' if chips else ""

    def label(self, source: str) -> str:
        return self.labels.get(source, source)

    def source_link(self, source: str) -> str:
        """A link to a source's text, shown by its label; plain text for an unlisted id."""
        slug = self.slugs.get(source)
        if slug is None:
            return f'<span class="source-ref">{esc(source)}</span>'
        return (
            f'<a class="source-ref" href="#{source_anchor(slug)}" data-source="{esc(source)}">'
            f"{esc(self.label(source))}</a>"
        )

    def _chip(self, source: str, spans: tuple[Span, ...]) -> str:
        slug = self.slugs.get(source)
        if slug is None:  # named by the brief but not among its sources: nothing to link to
            return f'<span class="chip unlinked">{esc(source)}</span>'
        length = self._lengths[source]
        cuts = sorted(
            cut for s in spans if s.source == source and (cut := clamp(s.start, s.end, length))
        )
        self.cited.setdefault(source, set()).update(cuts)
        target = passage_id(slug, cuts[0][0]) if cuts else source_anchor(slug)
        return (
            f'<a class="chip" data-source="{esc(source)}" href="#{target}" '
            f'title="{esc(self._titles[source])}">{esc(self.label(source))}</a>'
        )


__all__ = ["Chips"]
