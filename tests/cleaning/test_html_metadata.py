"""read_metadata: each field from the most deliberate source the page offers."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfuse.cleaning.html_dom import parse_html
from newsfuse.cleaning.html_metadata import PageMetadata, read_metadata, strip_site_suffix


def _read(head: str, body: str = "", url: str | None = "https://news.example/a/1") -> PageMetadata:
    root = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert root is not None
    return read_metadata(root, url)


@pytest.mark.parametrize(
    ("title", "outlet", "expected"),
    [
        ("Storm hits coast | The Daily Star", "The Daily Star", "Storm hits coast"),
        ("Storm hits coast - BBC News", "BBC News", "Storm hits coast"),
        ("Storm hits coast | World | Globe Online", None, "Storm hits coast"),
        ("Man, 45, dies in crash - police say", None, "Man, 45, dies in crash - police say"),
        ("Brexit: what happens next", None, "Brexit: what happens next"),
        ("Daily Star", "Daily Star", "Daily Star"),
    ],
)
def test_strip_site_suffix_drops_only_the_site_name(
    title: str, outlet: str | None, expected: str
) -> None:
    assert strip_site_suffix(title, outlet) == expected


def test_read_metadata_prefers_open_graph_and_json_ld() -> None:
    meta = _read(
        "<title>Storm hits coast | Courier</title>"
        '<meta property="og:title" content="Storm hits the coast overnight">'
        '<script type="application/ld+json">{"@graph": ['
        '{"@type": "WebSite", "name": "Courier site"},'
        '{"@type": ["NewsArticle"], "datePublished": "2023-09-14T08:00:00+02:00",'
        ' "author": [{"name": "Ana Ruiz"}, {"name": "Li Wei"}],'
        ' "publisher": {"name": "The Courier"}}]}</script>'
    )
    assert meta.title == "Storm hits the coast overnight"
    assert meta.outlet == "The Courier"
    assert meta.author == "Ana Ruiz, Li Wei"
    assert meta.published == dt.date(2023, 9, 14)


def test_read_metadata_falls_back_to_what_a_reader_sees() -> None:
    meta = _read(
        "<title>Council votes on budget | Herald</title>",
        '<h1>Council votes</h1><div class="byline">By Sam Lee · Updated 2 hours ago</div>'
        '<time datetime="2022-01-05">Jan 5</time>',
        url="https://www.herald.example/news/1",
    )
    assert meta.title == "Council votes on budget"
    assert meta.outlet == "herald.example"
    assert meta.author == "Sam Lee"
    assert meta.published == dt.date(2022, 1, 5)
    assert meta.url == "https://www.herald.example/news/1"


def test_read_metadata_resolves_a_relative_canonical_url() -> None:
    meta = _read('<link rel="canonical" href="/story/42">', url="https://news.example/amp/42")
    assert meta.url == "https://news.example/story/42"


def test_read_metadata_ignores_broken_json_ld_and_author_urls() -> None:
    meta = _read(
        '<script type="application/ld+json">{"author": </script>'
        '<meta property="article:author" content="https://facebook.com/someone">'
        '<meta name="author" content="Kim Park">'
    )
    assert meta.author == "Kim Park"


def test_read_metadata_leaves_missing_fields_empty() -> None:
    meta = _read("", "<p>No metadata here, and no date either.</p>", url=None)
    assert (meta.title, meta.author, meta.published, meta.url, meta.outlet) == (None,) * 5
