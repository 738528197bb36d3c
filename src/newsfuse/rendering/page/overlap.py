"""The source-overlap view: which outlets ran the same wire copy, how much text each report
shares with the others, which agencies they credit, and which facts rest on copied text.

A brief read back from JSON carries only the overlaps, not the copy groups; the groups are then
rebuilt from the overlaps with the syndication stage's own rule, at its default threshold.
"""

from __future__ import annotations

from newsfuse.model import Brief, Fact
from newsfuse.rendering.page.chips import Chips
from newsfuse.rendering.page.markup import esc, items, plural, section
from newsfuse.settings import Settings


def copy_groups_shown(brief: Brief) -> list[tuple[str, ...]]:
    """The brief's groups of copies of one wire story, each source in exactly one group."""
    groups = [tuple(g) for g in brief.syndication.groups]
    if brief.syndication.links is not None or any(len(g) > 1 for g in groups):
        return groups
    # Imported here: the syndication package loads the numeric stack, which rendering a brief
    # that knows its groups never needs.
    from newsfuse.syndication.groups import copy_groups

    ids = [doc.id for doc in brief.sources]
    index = {source: i for i, source in enumerate(ids)}
    strength: dict[tuple[int, int], float] = {}
    for source, shared in brief.syndication.shared_with.items():
        for other in shared:
            if source in index and other.source in index and source != other.source:
                i, j = sorted((index[source], index[other.source]))
                strength[i, j] = max(strength.get((i, j), 0.0), other.overlap)
    found = copy_groups(
        [doc.words for doc in brief.sources],
        list(strength),
        lambda i, j: strength.get((min(i, j), max(i, j)), 0.0),
        Settings().copy_overlap,
    )
    return [tuple(ids[i] for i in group) for group in found]


def rests_on_copies(fact: Fact) -> bool:
    """More reports back the fact than independent sources: some of them are copies."""
    return len(set(fact.sources)) > fact.independent_sources


def overlap_section(brief: Brief, chips: Chips) -> str:
    groups = copy_groups_shown(brief)
    parts = [_lead(brief, groups), _groups(groups, chips), _matrix(brief, chips)]
    parts += [_credits(brief, chips), _copied_facts(brief, chips)]
    return section("overlap", "Source overlap", "".join(parts))


def _lead(brief: Brief, groups: list[tuple[str, ...]]) -> str:
    copies = sum(len(g) for g in groups if len(g) > 1)
    if not copies:
        return (
            f'<p class="lead">None of the {plural(len(brief.sources), "report")} copies '
            "another: each counts as an independent source.</p>"
        )
    return (
        f'<p class="lead">{plural(len(brief.sources), "report")} come down to '
        f"<strong>{plural(len(groups), 'independent source')}</strong>: "
        f"{plural(copies, 'report')} ran the same wire copy, and copies of one story "
        "count once.</p>"
    )


def _groups(groups: list[tuple[str, ...]], chips: Chips) -> str:
    shared = [g for g in groups if len(g) > 1]
    if not shared:
        return ""
    cards = "".join(
        '<li class="copy-group"><span class="group-title">One wire story, '
        f"{plural(len(group), 'outlet')}</span>"
        f'<span class="group-members">{"".join(chips.source_link(s) for s in group)}</span>'
        '<span class="group-note">counted as one source</span></li>'
        for group in shared
    )
    return f'<h3>Same wire copy</h3><ul class="copy-groups">{cards}</ul>'


def _matrix(brief: Brief, chips: Chips) -> str:
    """How much of each row's text the column's report also has: syndication at a glance."""
    shared = brief.syndication.shared_with
    involved = [
        doc.id
        for doc in brief.sources
        if shared.get(doc.id) or any(s.source == doc.id for v in shared.values() for s in v)
    ]
    if not involved:
        return ""
    share = {(a, s.source): s.overlap for a, found in shared.items() for s in found}
    head = "".join(f'<th scope="col">{esc(chips.label(s))}</th>' for s in involved)
    rows = "".join(
        f'<tr><th scope="row">{chips.source_link(row)}</th>'
        + "".join(_cell(row, col, share) for col in involved)
        + "</tr>"
        for row in involved
    )
    return (
        "<h3>Shared text</h3>"
        '<p class="hint">Share of the row’s report found in the column’s report.</p>'
        '<div class="table-scroll"><table class="overlap-matrix">'
        f"<thead><tr><td></td>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
    )


def _cell(row: str, col: str, share: dict[tuple[str, str], float]) -> str:
    if row == col:
        return '<td class="self">—</td>'
    value = share.get((row, col))
    if value is None:
        return '<td class="none"></td>'
    level = "high" if value >= 0.6 else "mid" if value >= 0.3 else "low"
    return f'<td class="share {level}">{value:.0%}</td>'


def _credits(brief: Brief, chips: Chips) -> str:
    by_agency: dict[str, list[str]] = {}
    for doc in brief.sources:
        for agency in brief.syndication.credits.get(doc.id, ()):
            by_agency.setdefault(agency, []).append(doc.id)
    entries = [
        f'<span class="agency">{esc(agency)}</span> credited by '
        f'<span class="group-members">{"".join(chips.source_link(s) for s in sources)}</span>'
        for agency, sources in sorted(by_agency.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    return f"<h3>Agency credits</h3>{items('ul', entries, 'credits')}" if entries else ""


def _copied_facts(brief: Brief, chips: Chips) -> str:
    facts = [f for f in brief.facts if rests_on_copies(f)]
    if not facts:
        return ""
    entries = [
        f'<span class="fact-text">{esc(f.text)}</span> '
        f'<span class="tally">{plural(len(set(f.sources)), "report")}, '
        f"{plural(f.independent_sources, 'independent source')}</span> "
        f"{chips(f.sources, f.spans)}"
        for f in facts
    ]
    return (
        "<h3>Facts that rest on wire copy</h3>"
        '<p class="hint">Some of the reports behind these facts are copies of one another; '
        "they count once.</p>" + items("ul", entries, "facts-wire")
    )


__all__ = ["copy_groups_shown", "overlap_section", "rests_on_copies"]
