"""The cross-checked parts of the brief: facts by how many independent sources back them,
conflicts with their variants side by side, the dated timeline, and quotes by speaker."""

from __future__ import annotations

from newsfuse.model import Brief, Fact, Quote
from newsfuse.rendering.page.chips import Chips
from newsfuse.rendering.page.markup import esc, items, plural, section
from newsfuse.rendering.page.overlap import rests_on_copies
from newsfuse.rendering.page.timeline_chart import entry_anchor, timeline_chart


def facts_section(brief: Brief, chips: Chips) -> str:
    corroborated = sorted(
        (f for f in brief.facts if f.independent_sources >= 2),
        key=lambda f: -f.independent_sources,
    )
    single = [f for f in brief.facts if f.independent_sources < 2]
    parts = []
    if corroborated:
        parts.append(
            f"<h3>Corroborated: {plural(len(corroborated), 'fact')} "
            "backed by two or more independent sources</h3>"
            + items("ul", (_fact(f, chips) for f in corroborated), "facts facts-corroborated")
        )
    if single:
        parts.append(
            f"<h3>Reported by one source only: {plural(len(single), 'fact')}</h3>"
            + items("ul", (_fact(f, chips) for f in single), "facts facts-single")
        )
    return section("facts", "Facts", "".join(parts), "No facts.")


def _fact(fact: Fact, chips: Chips) -> str:
    noun = "independent source" if fact.independent_sources == 1 else "independent sources"
    wire = (
        f' <span class="wire">{plural(len(set(fact.sources)), "report")}, '
        "copies counted once</span>"
        if rests_on_copies(fact)
        else ""
    )
    return (
        f'<span class="count" title="{fact.independent_sources} {noun}">'
        f"{fact.independent_sources}</span>"
        f'<span class="fact-body"><span class="fact-text">{esc(fact.text)}</span>{wire} '
        f"{chips(fact.sources, fact.spans)}</span>"
    )


def conflicts_section(brief: Brief, chips: Chips) -> str:
    blocks = []
    for conflict in brief.conflicts:
        variants = "".join(
            '<div class="variant">'
            f'<p class="value">{esc(v.value)}</p>'
            f'<p class="variant-text">{esc(v.text)}</p>'
            f'<p class="variant-sources">{chips(v.sources, v.spans)}</p></div>'
            for v in conflict.variants
        )
        blocks.append(
            f'<div class="conflict"><h3>{esc(conflict.about)}</h3>'
            f'<div class="variants">{variants}</div></div>'
        )
    return section("conflicts", "Conflicts", "".join(blocks), "No conflicting reports found.")


def timeline_section(brief: Brief, chips: Chips) -> str:
    entries = sorted(brief.timeline, key=lambda t: t.date)
    if not entries:
        return section("timeline", "Timeline", "", "No dated events.")
    rows = "".join(
        f'<li id="{entry_anchor(number)}" class="{"announced" if t.announced else "reported"}">'
        f'<time datetime="{t.date.isoformat()}">{t.date.isoformat()}</time>'
        + ('<span class="tag">announced</span>' if t.announced else "")
        + f' <span class="event-text">{esc(t.text)}</span> {chips(t.sources, t.spans)}</li>'
        for number, t in enumerate(entries, start=1)
    )
    legend = (
        '<p class="legend"><span><span class="key reported"></span>reported as happened</span>'
        '<span><span class="key announced"></span>announced or planned</span></p>'
    )
    return section(
        "timeline",
        "Timeline",
        f'<div class="chart">{timeline_chart(entries)}</div>{legend}'
        f'<ol class="timeline-list">{rows}</ol>',
    )


def quotes_section(brief: Brief, chips: Chips) -> str:
    by_speaker: dict[str, list[Quote]] = {}
    for quote in brief.quotes:
        by_speaker.setdefault(" ".join(quote.speaker.split()), []).append(quote)
    # Most-quoted speakers first; ties keep the order the brief first quotes them in.
    speakers = sorted(by_speaker.items(), key=lambda kv: -len(kv[1]))
    blocks = "".join(
        f'<div class="speaker"><h3>{esc(name)} '
        f'<span class="n">{plural(len(quotes), "quote")}</span></h3>'
        + "".join(
            f"<figure><blockquote>{esc(q.text)}</blockquote>"
            f"<figcaption>{chips(q.sources, q.spans)}</figcaption></figure>"
            for q in quotes
        )
        + "</div>"
        for name, quotes in speakers
    )
    return section("quotes", "Quotes", blocks, "No quotes.")


__all__ = ["conflicts_section", "facts_section", "quotes_section", "timeline_section"]
