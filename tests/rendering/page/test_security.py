"""Every report-derived string renders as text: script, event handlers, javascript: URLs and
closing tags from a report never become markup, and the standalone page's policy allows
exactly its own inline stylesheet and script, by hash."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import re

import lxml.html
import pytest

from newsfuse.model import (
    Brief,
    Changes,
    CleanDoc,
    Conflict,
    Corroboration,
    Entity,
    Fact,
    Notice,
    Quote,
    Removed,
    SharedWith,
    Span,
    SummarySentence,
    Syndication,
    TimelineEntry,
    Variant,
)
from newsfuse.rendering.page import brief_page, error_page, job_page, stories_page, upload_page
from newsfuse.rendering.page.assets import asset_text
from newsfuse.rendering.page.stories import StoryCard
from newsfuse.store.records import SearchHit

from .pages import fire_brief, parse

PAYLOADS = (
    "<script>alert('x1')</script>",
    "<img src=x onerror=alert('x2')>",
    "javascript:alert('x3')",
    '</textarea><b id="x4">out</b>',
    "\"'><svg onload=alert('x5')>",
    "</style></title><iframe src=//evil.example>",
)
HOSTILE = " ".join(PAYLOADS)
LINK = "javascript:alert('x3')"


def hostile_brief() -> Brief:
    """Every free-text field of a brief, the changes included, carries every payload."""
    text = f"Intro. {HOSTILE} middle {HOSTILE} end."
    spans = (Span(HOSTILE, 7, 40), Span(HOSTILE, 20, len(text)))
    fact = Fact(HOSTILE, (HOSTILE, "x.txt"), 1, spans)
    conflict = Conflict(HOSTILE, (Variant(HOSTILE, HOSTILE, (HOSTILE,), spans),))
    event = TimelineEntry(dt.date(2024, 1, 1), HOSTILE, (HOSTILE,), announced=True, spans=spans)
    source = CleanDoc(
        HOSTILE,
        text,
        (Removed(HOSTILE, HOSTILE),),
        path=HOSTILE,
        url=LINK,
        outlet=HOSTILE,
        title=HOSTILE,
        author=HOSTILE,
        published=dt.date(2024, 1, 2),
        published_basis="metadata",
        language=HOSTILE,
    )
    other = CleanDoc("x.txt", HOSTILE, outlet=f"{HOSTILE} 2", url=LINK)
    return Brief(
        title=HOSTILE,
        sources=(source, other),
        syndication=Syndication(
            {HOSTILE: (SharedWith("x.txt", 0.9),), "x.txt": (SharedWith(HOSTILE, 0.9),)},
            ((HOSTILE, "x.txt"),),
            credits={HOSTILE: (HOSTILE,)},
        ),
        summary=(SummarySentence(HOSTILE, (HOSTILE,), spans),),
        facts=(fact, dataclasses.replace(fact, independent_sources=2)),
        conflicts=(conflict,),
        timeline=(event,),
        quotes=(Quote(HOSTILE, HOSTILE, (HOSTILE,), spans),),
        entities=(Entity(HOSTILE, HOSTILE, (HOSTILE, "nowhere"), (HOSTILE,), 1),),
        notices=(Notice(HOSTILE, "warning", HOSTILE),),
        changes=Changes(
            HOSTILE,
            new_sources=(HOSTILE,),
            new_facts=(fact,),
            corroborated=(Corroboration(fact, 1, 2),),
            new_conflicts=(conflict,),
            resolved_conflicts=(conflict,),
            new_timeline=(event,),
        ),
    )


def _pages() -> dict[str, str]:
    card = StoryCard(HOSTILE, HOSTILE, 2, 1, (HOSTILE,) * 5, dt.date(2024, 1, 1), None)
    hit = SearchHit(1, HOSTILE, HOSTILE, HOSTILE, 1.0)
    return {
        "standalone brief": brief_page(hostile_brief()),
        "web brief": brief_page(hostile_brief(), standalone=False),
        "stories": stories_page([card], HOSTILE, [hit, dataclasses.replace(hit, story_id=None)]),
        "upload": upload_page(10, 1 << 20, HOSTILE),
        "job": job_page(HOSTILE, "failed", 1, 2, HOSTILE),
        "running job": job_page(HOSTILE, HOSTILE, 1, 2),
        "error": error_page(404, HOSTILE),
    }


PAGES = _pages()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_payloads_render_as_text_never_as_markup(name: str) -> None:
    page = PAGES[name]
    tree = parse(page)
    tags = {el.tag for el in tree.iter() if isinstance(el.tag, str)}
    assert not tags & {"img", "iframe", "textarea", "object", "embed", "b"}
    assert all(svg.get("class") == "timeline-chart" for svg in tree.iter("svg"))
    assert not re.search(r"<(script|img|svg|iframe|b|/textarea|/style|/title)\b[^>]*alert", page)
    attributes = {a.lower() for el in tree.iter() for a in el.attrib}
    assert not [a for a in attributes if a.startswith("on")]
    assert "style" not in attributes
    assert "x4" not in {el.get("id") for el in tree.iter()}
    scripts = list(tree.iter("script"))
    assert len(scripts) <= 1
    assert all(s.text in (None, asset_text("newsfuse.js")) for s in scripts)
    for payload in PAYLOADS:
        assert payload in tree.text_content() or payload in page_titles(tree), payload


def page_titles(tree: lxml.html.HtmlElement) -> str:
    """Attribute text a reader sees (tooltips, the search box's value)."""
    return " ".join(el.get(a) for el in tree.iter() for a in ("title", "value") if el.get(a))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_links_go_only_to_the_page_itself_or_to_the_app(name: str) -> None:
    tree = parse(PAGES[name])
    hrefs = [el.get("href") for el in tree.iter() if isinstance(el.tag, str) and el.get("href")]
    assert hrefs
    standalone = name == "standalone brief"
    for href in hrefs:
        assert href.startswith("#") or (not standalone and href.startswith("/")), href
        assert not href.startswith("//"), href
    assert "javascript:" not in " ".join(hrefs).lower()


def test_every_payload_field_of_the_brief_is_shown() -> None:
    tree = parse(PAGES["standalone brief"])
    for key in (
        "changes",
        "summary",
        "facts",
        "conflicts",
        "timeline",
        "quotes",
        "overlap",
        "entities",
        "sources",
        "notices",
    ):
        (section,) = tree.xpath(f'//section[@id="{key}"]')
        assert HOSTILE in section.text_content(), key
    assert tree.findtext(".//title") == HOSTILE
    assert LINK in tree.xpath('string(//details[@class="source"]//dl)')


def _policy(tree: lxml.html.HtmlElement) -> dict[str, str]:
    (meta,) = tree.xpath('//meta[@http-equiv="Content-Security-Policy"]')
    parts = (p.strip().split(None, 1) for p in meta.get("content").split(";") if p.strip())
    return {p[0]: p[1] for p in parts}


def _hash(block: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(block.encode()).digest()).decode() + "'"


def test_the_standalone_policy_allows_exactly_the_inline_blocks_by_hash() -> None:
    tree = parse(brief_page(fire_brief()))
    (style,) = tree.iter("style")
    (script,) = tree.iter("script")
    policy = _policy(tree)
    assert policy["default-src"] == "'none'"
    assert policy["style-src"] == _hash(style.text)
    assert policy["script-src"] == _hash(script.text)
    assert "unsafe-inline" not in " ".join(policy.values())
    # The policy comes before anything it governs.
    head = [el.tag for el in tree.find("head")]
    assert head.index("meta", 1) < head.index("style")


def test_the_standalone_page_fetches_nothing() -> None:
    page = brief_page(fire_brief())
    tree = parse(page)
    assert not tree.xpath("//*[@src] | //link | //object | //iframe")
    assert not re.search(r"""(src|href|action)\s*=\s*["']?\s*(https?:)?//""", page)
    assert "url(" not in asset_text("newsfuse.css") and "@import" not in asset_text("newsfuse.css")
