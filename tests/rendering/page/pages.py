"""Reading rendered pages back in tests: parse, collect ids and links, find the inline blocks."""

from __future__ import annotations

import functools

import lxml.html

import newsfuse
from newsfuse import Brief, Settings
from tests.conftest import EXAMPLES

FIRE_REPORTS = EXAMPLES / "harbour-fire" / "reports"


@functools.cache
def fire_brief() -> Brief:
    """The bundled harbour-fire story, briefed once without the language model (fast, stable)."""
    return newsfuse.brief(FIRE_REPORTS, Settings(use_model=False))


def parse(page: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page)


def ids(tree: lxml.html.HtmlElement) -> set[str]:
    return {el.get("id") for el in tree.iter() if el.get("id")}


def fragment_links(tree: lxml.html.HtmlElement) -> list[str]:
    """The in-page targets of every link, HTML and SVG alike."""
    return [
        el.get("href")[1:]
        for el in tree.iter()
        if isinstance(el.tag, str) and (el.get("href") or "").startswith("#")
    ]
