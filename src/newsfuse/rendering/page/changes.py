"""What a brief adds to an earlier brief of the story, shown first to a returning reader."""

from __future__ import annotations

from newsfuse.model import Changes
from newsfuse.rendering.page.chips import Chips
from newsfuse.rendering.page.markup import esc, items, section


def changes_section(changes: Changes, chips: Chips) -> str:
    since = f" since {changes.since}" if changes.since else ""
    entries = [f"{_tag('new source')} {chips.source_link(s)}" for s in changes.new_sources]
    entries += [
        f"{_tag('new fact')} {esc(f.text)} {chips(f.sources, f.spans)}" for f in changes.new_facts
    ]
    entries += [
        f"{_tag(f'{c.before} → {c.after} independent sources')} "
        f"{esc(c.fact.text)} {chips(c.fact.sources, c.fact.spans)}"
        for c in changes.corroborated
    ]
    entries += [f"{_tag('new conflict')} {esc(c.about)}" for c in changes.new_conflicts]
    entries += [f"{_tag('resolved conflict')} {esc(c.about)}" for c in changes.resolved_conflicts]
    entries += [
        f'{_tag("new event")} <time datetime="{t.date.isoformat()}">{t.date.isoformat()}</time> '
        f"{esc(t.text)} {chips(t.sources, t.spans)}"
        for t in changes.new_timeline
    ]
    return section(
        "changes", f"What changed{since}", items("ul", entries, "changes"), "Nothing new."
    )


def _tag(text: str) -> str:
    return f'<span class="tag">{esc(text)}</span>'


__all__ = ["changes_section"]
