"""Who and what the reports name. At phone width each row reflows into a card whose values are
labelled from `data-label`, so no column is squeezed into 2–3-letter pieces."""

from __future__ import annotations

from newsfuse.model import Brief, Entity
from newsfuse.rendering.page.chips import Chips
from newsfuse.rendering.page.markup import esc, section

HEADERS = ("Name", "Type", "Mentions", "Also called", "Sources")


def entities_section(brief: Brief, chips: Chips) -> str:
    if not brief.entities:
        return section("entities", "Entities", "", "No entities.")
    head = "".join(f'<th scope="col">{h}</th>' for h in HEADERS)
    everyone = {doc.id for doc in brief.sources}
    rows = "".join(_row(e, chips, everyone) for e in brief.entities)
    return section(
        "entities",
        "Entities",
        f'<div class="table-scroll"><table class="entities cards">'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>",
    )


def _row(entity: Entity, chips: Chips, everyone: set[str]) -> str:
    # A name every report uses would list every outlet; saying so is shorter and says more.
    if len(everyone) > 2 and set(entity.sources) >= everyone:
        sources = f"all {len(everyone)} reports"
    else:
        sources = ", ".join(chips.source_link(s) for s in entity.sources)
    cells = (
        esc(entity.name),
        esc(entity.type),
        f"{entity.mentions:,}",
        esc(", ".join(entity.aliases)),
        sources,
    )
    return (
        "<tr>"
        + "".join(f'<td data-label="{h}">{c}</td>' for h, c in zip(HEADERS, cells, strict=True))
        + "</tr>"
    )


__all__ = ["HEADERS", "entities_section"]
