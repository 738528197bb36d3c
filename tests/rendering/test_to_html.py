"""The HTML brief: self-contained, every source text escaped, citations that resolve."""

from __future__ import annotations

import dataclasses

import lxml.html

from newsfuse.model import Span
from newsfuse.rendering import to_html
from newsfuse.rendering.page.assets import asset_text
from newsfuse.rendering.page.marks import segments
from newsfuse.rendering.page.sources import marked_text

from .briefs import AFP, HOSTILE, hostile_brief, sample_brief


def _tree(brief_html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(brief_html)


def test_to_html_escapes_hostile_text_everywhere() -> None:
    page = to_html(hostile_brief())
    tree = _tree(page)
    assert tree.xpath("//img | //iframe | //object | //embed") == []
    # The one script is the page's own, inlined: nothing from the report runs.
    assert [s.text for s in tree.iter("script")] == [asset_text("newsfuse.js")]
    handlers = [a for el in tree.iter() for a in el.attrib if a.lower().startswith("on")]
    assert handlers == []
    assert tree.findtext(".//title") == HOSTILE
    assert tree.findtext(".//h1") == HOSTILE
    assert HOSTILE in tree.text_content()


def test_to_html_never_links_a_javascript_url() -> None:
    tree = _tree(to_html(hostile_brief()))
    hrefs = [a.get("href") for a in tree.iter("a")]
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert "javascript:alert(3)" in tree.text_content()


def test_to_html_is_self_contained() -> None:
    tree = _tree(to_html(sample_brief()))
    assert tree.xpath("//link | //*[@src]") == []
    assert [s.text for s in tree.iter("script")] == [asset_text("newsfuse.js")]
    external = [a.get("href") for a in tree.iter("a") if not a.get("href", "").startswith("#")]
    assert external == []  # a source's URL is shown as text, never linked
    assert "https://local.example/fire" in tree.text_content()


def test_to_html_citations_resolve_to_anchors() -> None:
    tree = _tree(to_html(sample_brief()))
    ids = {el.get("id") for el in tree.iter() if el.get("id")}
    targets = {a.get("href")[1:] for a in tree.iter("a") if a.get("href", "").startswith("#")}
    assert {"s-afp-txt", "s-local-txt"} <= targets
    assert targets <= ids
    passages = {t for t in targets if t.startswith("p-")}
    assert len(passages) == 3  # summary, the 212 figure (cited twice) and the quote


def test_to_html_marks_cited_passages_without_changing_the_text() -> None:
    tree = _tree(to_html(sample_brief()))
    (afp,) = tree.xpath('//details[@id="s-afp-txt"]//div[@class="text"]')
    assert afp.text_content() == AFP
    marked = [m.text_content() for m in afp.iter("mark")]
    assert "At least 212 people were injured." in marked
    assert "We will rebuild," in marked


def test_to_html_lists_source_metadata_and_removed_lines_with_why() -> None:
    tree = _tree(to_html(sample_brief()))
    (afp,) = tree.xpath('//details[@id="s-afp-txt"]')
    (details,) = afp.xpath('.//details[@class="removed"]')
    items = [li.text_content() for li in details.iter("li")]
    assert items == ["ad Advertisement", "nav Skip to content"]
    assert details.xpath('.//span[@class="why"]/text()') == ["ad", "nav"]
    meta = afp.find(".//dl").text_content()
    assert "AFP" in meta and "2021-03-03 (dateline)" in meta and "24" in meta


def test_to_html_says_when_sections_are_empty() -> None:
    brief = dataclasses.replace(sample_brief(), conflicts=(), timeline=())
    tree = _tree(to_html(brief))
    assert tree.xpath('string(//section[@id="conflicts"])').endswith(
        "No conflicting reports found."
    )
    assert tree.xpath('//section[@id="timeline"]/p[@class="empty"]')


def test_segments_split_overlapping_and_nested_spans_at_boundaries() -> None:
    cut = segments(20, [(2, 10), (5, 8), (5, 15), (30, 40), (-3, 1)])
    assert [(s.start, s.end, s.depth, s.opens) for s in cut] == [
        (0, 1, 1, True),
        (1, 2, 0, False),
        (2, 5, 1, True),
        (5, 8, 3, True),
        (8, 10, 2, False),
        (10, 15, 1, False),
        (15, 20, 0, False),
    ]


def test_marked_text_nests_nothing_and_keeps_every_character() -> None:
    text = "a < b & c > d"
    spans = {(0, 5), (2, 9), (4, 13)}
    marked = marked_text(text, spans, "s")
    fragment = lxml.html.fragment_fromstring(f"<div>{marked}</div>")
    assert fragment.text_content() == text
    assert all(len(m) == 0 for m in fragment.iter("mark"))  # flat: no mark inside a mark
    assert [m.get("id") for m in fragment.iter("mark") if m.get("id")] == [
        "p-s-0",
        "p-s-2",
        "p-s-4",
    ]


def test_to_html_ignores_spans_outside_the_text() -> None:
    brief = sample_brief()
    fact = dataclasses.replace(
        brief.facts[0], spans=(Span("afp.txt", 500, 900), Span("nope", 0, 3))
    )
    page = to_html(dataclasses.replace(brief, facts=(fact,), summary=(), conflicts=(), quotes=()))
    tree = _tree(page)
    assert not [a for a in tree.iter("a") if a.get("href", "").startswith("#p-")]
