"""The story list: every stored story with its coverage, a search box and search results."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from newsfuse.rendering.page.markup import esc, plural
from newsfuse.rendering.page.shell import document

if TYPE_CHECKING:
    from newsfuse.store.records import SearchHit

# Outlets named in a row before the rest are only counted.
_OUTLETS_SHOWN = 3


@dataclass(frozen=True)
class StoryCard:
    """One row of the story list."""

    id: str
    title: str
    reports: int
    independent_sources: int | None
    outlets: tuple[str, ...]
    first: dt.date | None
    last: dt.date | None


def story_href(story_id: str) -> str:
    return f"/stories/{quote(story_id, safe='')}"


def stories_page(
    cards: Sequence[StoryCard], query: str = "", hits: Sequence[SearchHit] | None = None
) -> str:
    """The story list; with search `hits`, only the stories they belong to, then the hits."""
    if hits is None:
        heading, listed, found = "Stories", cards, ""
    else:
        matched = {hit.story_id for hit in hits}
        listed = [card for card in cards if card.id in matched]
        heading, found = f"Stories matching “{query}”", _hits(query, hits)
    body = (
        f'<header class="page-head"><h1>{esc(heading)}</h1>'
        '<p class="lead">The stories in the store, with how many reports and independent '
        'sources cover each. <a class="button" href="/upload">Upload reports</a></p></header>'
        + _search_form(query)
        + _table(listed, searched=hits is not None)
        + found
    )
    return document(f"Search: {query}" if hits is not None else "Stories", body)


def _search_form(query: str) -> str:
    return (
        '<form id="search" class="search" action="/search" method="get" role="search">'
        '<label for="q">Search the reports</label>'
        f'<span class="search-row"><input id="q" type="search" name="q" value="{esc(query)}" '
        'placeholder="a name, a place, a phrase" maxlength="500">'
        '<button type="submit">Search</button></span></form>'
    )


def _hits(query: str, hits: Sequence[SearchHit]) -> str:
    if not hits:
        return (
            f'<section id="hits"><p class="empty">No report matches “{esc(query)}”.</p></section>'
        )
    rows = "".join(_hit(hit) for hit in hits)
    return (
        f'<section id="hits"><h2>{plural(len(hits), "report")} matching “{esc(query)}”</h2>'
        f'<ul class="hits">{rows}</ul></section>'
    )


def _hit(hit: SearchHit) -> str:
    title = esc(hit.title or hit.source)
    source = f'<span class="hit-source">{esc(hit.source)}</span>'
    if hit.story_id is None:
        return f'<li><span class="hit-title">{title}</span> {source}</li>'
    return (
        f'<li><a class="hit-title" href="{esc(story_href(hit.story_id))}">{title}</a> {source}</li>'
    )


def _table(cards: Sequence[StoryCard], searched: bool) -> str:
    if not cards and searched:
        return '<p class="empty">No story matches.</p>'
    if not cards:
        return (
            '<p class="empty">No stories yet. <a href="/upload">Upload a set of reports</a> '
            "to get a brief.</p>"
        )
    head = "".join(
        f'<th scope="col">{h}</th>'
        for h in ("Story", "Reports", "Independent sources", "Outlets", "Dates")
    )
    rows = "".join(_row(card) for card in cards)
    return (
        '<div class="table-scroll"><table class="stories cards">'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
    )


def _row(card: StoryCard) -> str:
    independent = "—" if card.independent_sources is None else f"{card.independent_sources:,}"
    outlets = ", ".join(esc(o) for o in card.outlets[:_OUTLETS_SHOWN])
    if len(card.outlets) > _OUTLETS_SHOWN:
        more = len(card.outlets) - _OUTLETS_SHOWN
        outlets = f"{len(card.outlets)}: {outlets} and {more} more"
    return (
        "<tr>"
        f'<td data-label="Story"><a class="story" href="{esc(story_href(card.id))}">'
        f"{esc(card.title)}</a></td>"
        f'<td data-label="Reports" class="num">{card.reports:,}</td>'
        f'<td data-label="Independent sources" class="num">{independent}</td>'
        f'<td data-label="Outlets">{outlets}</td>'
        f'<td data-label="Dates">{_dates(card.first, card.last)}</td>'
        "</tr>"
    )


def _dates(first: dt.date | None, last: dt.date | None) -> str:
    shown = [d for d in dict.fromkeys((first, last)) if d is not None]
    return " – ".join(f'<time datetime="{d.isoformat()}">{d.isoformat()}</time>' for d in shown)


__all__ = ["StoryCard", "stories_page", "story_href"]
