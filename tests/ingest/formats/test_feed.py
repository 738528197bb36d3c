"""RSS and Atom feeds given as XML text: each entry a report; entity bombs refused; entry pages
fetched only when network access is on, through the guarded fetcher."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.fetching.types import Fetched
from newsfuse.ingest.formats.feed import read_feed
from newsfuse.ingest.formats.records import RecordNotices
from newsfuse.ingest.load import load_inputs
from newsfuse.settings import Settings

pytest.importorskip("feedparser", reason="the 'feeds' extra is not installed")

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Daily</title><link>https://harbour.example/</link>
<item><title>Fire at Pier 9</title><link>https://harbour.example/fire</link>
<pubDate>Wed, 15 Mar 2023 08:00:00 GMT</pubDate>
<description>&lt;p&gt;A warehouse burned at Pier 9 overnight.&lt;/p&gt;</description></item>
<item><title>Curfew declared</title><link>https://harbour.example/curfew</link>
<description>The mayor declared a curfew in the Lower Docks.</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Wire</title>
<entry><title>Evacuation ends</title><link href="https://coast.example/evac"/>
<updated>2023-03-16T10:00:00Z</updated><summary>Short.</summary>
<content type="html">&lt;p&gt;Residents returned home on Thursday after the fire.&lt;/p&gt;
</content>
</entry></feed>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x</title>
<description>&lol3;</description></item></channel></rss>"""


def entries(data: bytes, name: str = "feed.rss") -> list:  # type: ignore[type-arg]
    return list(read_feed(data, name, RecordNotices(name)))


def test_each_rss_item_is_a_report_with_link_title_date_and_outlet() -> None:
    first, second = entries(RSS)
    assert (first.url, first.title, first.outlet) == (
        "https://harbour.example/fire",
        "Fire at Pier 9",
        "Harbour Daily",
    )
    assert first.published and "2023" in first.published
    assert first.kind == "html" and "warehouse burned" in first.content
    assert second.kind == "text" and second.content.startswith("The mayor declared")
    assert first.id != second.id


def test_atom_full_content_is_preferred_to_a_shorter_summary() -> None:
    (entry,) = entries(ATOM, "coast.atom")
    assert "Residents returned home" in entry.content
    assert entry.url == "https://coast.example/evac"


def test_a_billion_laughs_feed_is_refused_before_any_expansion() -> None:
    with pytest.raises(InputError, match="refused"):
        entries(BILLION_LAUGHS, "bomb.rss")


def test_a_feed_without_entries_is_refused_naming_it() -> None:
    with pytest.raises(InputError, match=r"empty\.rss"):
        entries(b"<rss version='2.0'><channel><title>t</title></channel></rss>", "empty.rss")


def test_entry_pages_are_fetched_only_with_network_access(tmp_path: Path) -> None:
    feed = tmp_path / "harbour.rss"
    feed.write_bytes(RSS)
    asked: list[str] = []

    def fetcher(url: str, max_bytes: int) -> Fetched:
        asked.append(url)
        body = b"<html><body><p>The full page of the story.</p></body></html>"
        return Fetched(url, body, "text/html", "utf-8")

    offline, _ = load_inputs([feed], Settings(), fetcher=fetcher)
    assert asked == [] and "warehouse burned" in offline[0].content

    online, _ = load_inputs(
        [feed],
        Settings(allow_network=True),
        fetcher=fetcher,
        resolver=lambda host: ["93.184.216.34"],
    )
    assert asked == ["https://harbour.example/fire", "https://harbour.example/curfew"]
    assert all("full page" in doc.content and doc.kind == "html" for doc in online)


def test_a_page_that_cannot_be_fetched_keeps_the_summary_with_a_notice(tmp_path: Path) -> None:
    feed = tmp_path / "harbour.rss"
    feed.write_bytes(RSS)

    def failing(url: str, max_bytes: int) -> Fetched:
        raise InputError(url, "connection refused")

    docs, notices = load_inputs(
        [feed], Settings(allow_network=True), fetcher=failing, resolver=lambda h: ["93.184.216.34"]
    )
    assert len(docs) == 2 and "warehouse burned" in docs[0].content
    assert any("entry 1" in n.message and "connection refused" in n.message for n in notices)


def test_a_bomb_file_among_good_inputs_costs_only_itself(tmp_path: Path) -> None:
    (tmp_path / "bomb.xml").write_bytes(BILLION_LAUGHS)
    (tmp_path / "good.rss").write_bytes(RSS)
    docs, notices = load_inputs([tmp_path], Settings())
    assert len(docs) == 2
    assert any("bomb.xml" in n.message and n.level == "error" for n in notices)
