"""The web app's other pages: story list and search, upload form, job progress, errors. They
share the brief page's shell and link only the shared assets."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from newsfuse.rendering.page import (
    ASSETS,
    StoryCard,
    error_page,
    job_page,
    stories_page,
    upload_page,
)
from newsfuse.rendering.page.assets import asset_text
from newsfuse.rendering.page.upload import size_text
from newsfuse.store.records import SearchHit

from .pages import parse

FIRE = StoryCard(
    "s-1",
    "Saltmere port fire",
    7,
    6,
    ("Eastmarch Courier", "Lanterfield Herald", "Northmarch Tribune", "Quickfeed Digest", "X"),
    dt.date(2023, 3, 15),
    dt.date(2023, 3, 16),
)
MERGER = StoryCard("s/2", "Quillon buys Orbel", 5, None, ("Deal Feed",), dt.date(2024, 5, 1), None)


def _rows(tree: lxml.html.HtmlElement) -> list[dict[str, str]]:
    (table,) = tree.xpath('//table[contains(@class, "stories")]')
    head = [th.text_content() for th in table.xpath(".//thead//th")]
    return [
        dict(zip(head, (td.text_content() for td in tr.iter("td")), strict=True))
        for tr in table.xpath(".//tbody/tr")
    ]


def test_story_list_has_a_row_per_story_with_its_coverage() -> None:
    tree = parse(stories_page([FIRE, MERGER]))
    assert _rows(tree) == [
        {
            "Story": "Saltmere port fire",
            "Reports": "7",
            "Independent sources": "6",
            "Outlets": "5: Eastmarch Courier, Lanterfield Herald, Northmarch Tribune and 2 more",
            "Dates": "2023-03-15 – 2023-03-16",
        },
        {
            "Story": "Quillon buys Orbel",
            "Reports": "5",
            "Independent sources": "—",
            "Outlets": "Deal Feed",
            "Dates": "2024-05-01",
        },
    ]
    links = tree.xpath('//table//a[@class="story"]/@href')
    assert links == ["/stories/s-1", "/stories/s%2F2"]
    assert tree.xpath('//a[@href="/upload"]')
    (form,) = tree.xpath('//form[@id="search"]')
    assert (form.get("action"), form.get("method")) == ("/search", "get")
    assert form.xpath('.//input[@name="q"]') and form.xpath('.//button[@type="submit"]')


def test_a_search_lists_the_stories_its_hits_belong_to_then_the_hits() -> None:
    hits = [SearchHit(3, "deal-feed.jsonl", "Quillon to buy Orbel", "s/2", 1.5)]
    tree = parse(stories_page([FIRE, MERGER], "Quillon", hits))
    assert [row["Story"] for row in _rows(tree)] == ["Quillon buys Orbel"]
    assert tree.xpath('//input[@name="q"]/@value') == ["Quillon"]
    (hit,) = tree.xpath('//section[@id="hits"]//li')
    assert hit.xpath(".//a/@href") == ["/stories/s%2F2"]
    assert "deal-feed.jsonl" in hit.text_content()
    assert tree.findtext(".//title").startswith("Search: Quillon")


def test_a_search_without_hits_says_no_story_matches() -> None:
    tree = parse(stories_page([FIRE], "nothing", []))
    assert not tree.xpath("//table")
    assert "No story matches." in tree.text_content()


def test_an_empty_store_points_to_the_upload_form() -> None:
    tree = parse(stories_page([]))
    assert tree.xpath('//p[@class="empty"]/a[@href="/upload"]')


def test_upload_form_posts_files_as_multipart_and_states_the_limits() -> None:
    tree = parse(upload_page(200, 10 * 1024 * 1024, "upload.txt: 12 MB is over the limit"))
    (form,) = tree.xpath('//form[@id="upload"]')
    assert (form.get("action"), form.get("method"), form.get("enctype")) == (
        "/upload",
        "post",
        "multipart/form-data",
    )
    (files,) = form.xpath('.//input[@type="file"][@name="files"]')
    assert "multiple" in files.attrib
    assert form.xpath('.//button[@type="submit"]')
    assert "Up to 200 files, 10 MB each" in form.text_content()
    assert tree.xpath('string(//*[@role="alert"])') == "upload.txt: 12 MB is over the limit"


@pytest.mark.parametrize(
    ("size", "shown"),
    [(10 * 1024 * 1024, "10 MB"), (1536, "1.5 KB"), (900, "900 bytes"), (1, "1 byte")],
)
def test_sizes_are_said_the_way_a_reader_says_them(size: int, shown: str) -> None:
    assert size_text(size) == shown


@pytest.mark.parametrize("state", ["queued", "running"])
def test_a_job_under_way_refreshes_itself_and_shows_progress(state: str) -> None:
    tree = parse(job_page("j1", state, 2, 6))
    assert tree.xpath('//meta[@http-equiv="refresh"]/@content') == ["1"]
    (bar,) = tree.iter("progress")
    assert (bar.get("value"), bar.get("max")) == ("2", "6")


def test_a_finished_job_stops_refreshing_and_links_its_brief() -> None:
    tree = parse(job_page("j 1", "done", 6, 6))
    assert not tree.xpath('//meta[@http-equiv="refresh"]')
    assert tree.xpath('//a[@class="button"]/@href') == ["/jobs/j%201/brief"]


def test_a_failed_job_says_why_and_stops_refreshing() -> None:
    tree = parse(job_page("j1", "failed", 1, 6, "no report could be used"))
    assert not tree.xpath('//meta[@http-equiv="refresh"]')
    assert tree.xpath('string(//*[@role="alert"])') == "no report could be used"


def test_error_page_names_the_status_and_the_message() -> None:
    tree = parse(error_page(404, "no story s-9"))
    assert tree.findtext(".//h1") == "Not Found"
    assert "Error 404" in tree.text_content()
    assert tree.xpath('string(//*[@role="alert"])') == "no story s-9"
    assert parse(error_page(499, "x")).findtext(".//h1") == "Error"


@pytest.mark.parametrize(
    "page",
    [
        stories_page([FIRE]),
        upload_page(1, 1),
        job_page("j", "running", 0, 0),
        error_page(500, "x"),
    ],
)
def test_app_pages_share_the_shell_and_link_only_the_shared_assets(page: str) -> None:
    tree = parse(page)
    assert tree.xpath('//meta[@name="viewport"]')
    assert tree.xpath('//link[@rel="stylesheet"]/@href') == ["/static/newsfuse.css"]
    assert tree.xpath("//script/@src") == ["/static/newsfuse.js"]
    assert not tree.xpath("//style | //script[not(@src)] | //*[@style]")
    assert tree.xpath('//header[@class="site"]//a[@href="/"]')
    assert tree.xpath('//main[@class="page"]//h1')


def test_assets_are_served_with_their_types_from_the_shipped_files() -> None:
    assert set(ASSETS) == {"newsfuse.css", "newsfuse.js"}
    assert ASSETS["newsfuse.css"][0] == "text/css; charset=utf-8"
    assert ASSETS["newsfuse.js"][0] == "text/javascript; charset=utf-8"
    for name, (_, body) in ASSETS.items():
        assert body.decode("utf-8") == asset_text(name) and body
        # ASCII only: the standalone page's hashes cannot depend on how a text is encoded.
        assert body.isascii(), name
