"""The brief page of the bundled harbour-fire story: its sections, facts, chips and sources."""

from __future__ import annotations

import dataclasses
import re

import lxml.html
import pytest

import newsfuse
from newsfuse import Brief
from newsfuse.model import Changes, Corroboration
from newsfuse.rendering import render
from newsfuse.rendering.labels import source_labels
from newsfuse.rendering.page import brief_page
from newsfuse.rendering.page.brief import SECTIONS

from ..briefs import sample_brief
from .pages import fire_brief, fragment_links, ids, parse


@pytest.fixture(scope="module")
def brief() -> Brief:
    return fire_brief()


@pytest.fixture(scope="module")
def tree(brief: Brief) -> lxml.html.HtmlElement:
    return parse(brief_page(brief))


def test_sections_come_in_reading_order(tree: lxml.html.HtmlElement) -> None:
    found = [s.get("id") for s in tree.iter("section")]
    # No `changes` (no earlier brief); one notice: the model is off.
    assert found == [key for key, _ in SECTIONS] + ["notices"]
    nav = [a.get("href") for a in tree.xpath('//nav[@class="sections"]/a')]
    assert nav == [f"#{key}" for key in found]


def test_what_changed_comes_first_with_its_own_chips() -> None:
    base = sample_brief()
    fact = base.facts[0]
    changes = Changes("brief 3", ("local.txt",), (fact,), (Corroboration(fact, 1, 2),))
    tree = parse(brief_page(dataclasses.replace(base, changes=changes)))
    assert [s.get("id") for s in tree.iter("section")][:2] == ["changes", "summary"]
    assert tree.xpath('//nav[@class="sections"]/a/@href')[0] == "#changes"
    (section,) = tree.xpath('//section[@id="changes"]')
    assert section.findtext("h2") == "What changed since brief 3"
    tags = section.xpath('.//span[@class="tag"]/text()')
    assert tags == ["new source", "new fact", "1 → 2 independent sources"]
    start = fact.spans[0].start
    assert section.xpath('.//a[@class="chip"]/@href') == [f"#p-afp-txt-{start}"] * 2
    assert set(tree.xpath('//a[@class="chip"]/@href')) <= {f"#{i}" for i in ids(tree)}


def test_render_html_is_the_standalone_brief_page(brief: Brief) -> None:
    assert render(brief, "html") == brief_page(brief, standalone=True)
    assert newsfuse.render(brief, "html") == brief_page(brief)


def test_header_counts_reports_independent_sources_and_outlets(
    brief: Brief, tree: lxml.html.HtmlElement
) -> None:
    counts = [li.text_content() for li in tree.xpath('//ul[@class="coverage"]/li')]
    # Seven reports from seven outlets; two of them ran one wire story, which counts once.
    assert counts == ["7 reports", "6 independent sources", "7 outlets"]
    assert tree.findtext(".//h1") == brief.title


def test_corroborated_facts_come_first_sorted_by_count_then_single_source_facts(
    brief: Brief, tree: lxml.html.HtmlElement
) -> None:
    (facts,) = tree.xpath('//section[@id="facts"]')
    lists = [ul.get("class") for ul in facts.iter("ul")]
    assert lists == ["facts facts-corroborated", "facts facts-single"]
    corroborated = [
        int(c)
        for c in facts.xpath('.//ul[contains(@class, "corroborated")]//*[@class="count"]/text()')
    ]
    single = [
        int(c) for c in facts.xpath('.//ul[contains(@class, "single")]//*[@class="count"]/text()')
    ]
    assert corroborated == sorted(corroborated, reverse=True) and min(corroborated) >= 2
    assert set(single) == {1}
    assert len(corroborated) + len(single) == len(brief.facts)


def test_facts_that_rest_on_copies_say_so(tree: lxml.html.HtmlElement) -> None:
    wire = tree.xpath('//section[@id="facts"]//li[.//*[@class="wire"]]')
    assert wire
    for li in wire:
        reports = int(re.search(r"(\d+) reports", li.text_content()).group(1))
        assert reports > int(li.findtext('.//*[@class="count"]'))


def test_chips_name_outlets_and_point_at_marked_passages_of_their_source(
    brief: Brief, tree: lxml.html.HtmlElement
) -> None:
    labels = source_labels(brief.sources)
    chips = tree.xpath('//a[@class="chip"]')
    assert chips
    for chip in chips:
        source = chip.get("data-source")
        assert chip.text_content() == labels[source]
        target = chip.get("href")[1:]
        assert target.startswith("p-")
        (mark,) = tree.xpath(f'//mark[@id="{target}"]')
        (details,) = mark.xpath('ancestor::details[@class="source"]')
        assert details.get("data-source") == source
    summary_labels = {
        c.text_content() for c in tree.xpath('//section[@id="summary"]//a[@class="chip"]')
    }
    assert summary_labels <= {doc.outlet for doc in brief.sources}


def test_every_in_page_link_has_its_target(tree: lxml.html.HtmlElement) -> None:
    targets = fragment_links(tree)
    assert len(targets) > 100
    assert set(targets) <= ids(tree)


def test_ids_are_unique(tree: lxml.html.HtmlElement) -> None:
    found = [el.get("id") for el in tree.iter() if el.get("id")]
    assert len(found) == len(set(found))


def test_each_conflict_has_one_variant_box_per_variant(
    brief: Brief, tree: lxml.html.HtmlElement
) -> None:
    conflicts = tree.xpath('//section[@id="conflicts"]//div[@class="conflict"]')
    assert len(conflicts) == len(brief.conflicts)
    for box, conflict in zip(conflicts, brief.conflicts, strict=True):
        variants = box.xpath('.//div[@class="variant"]')
        assert [v.findtext('p[@class="value"]') for v in variants] == [
            v.value for v in conflict.variants
        ]
        assert all(v.xpath('.//a[@class="chip"]') for v in variants)


def test_quotes_are_grouped_by_speaker_most_quoted_first(
    brief: Brief, tree: lxml.html.HtmlElement
) -> None:
    groups = tree.xpath('//section[@id="quotes"]//div[@class="speaker"]')
    sizes = [len(g.findall(".//blockquote")) for g in groups]
    assert sum(sizes) == len(brief.quotes)
    assert sizes == sorted(sizes, reverse=True)
    speakers = [g.find("h3").text.strip() for g in groups]
    assert len(speakers) == len(set(speakers)) == len({q.speaker for q in brief.quotes})


def test_overlap_view_shows_the_wire_copy_group_and_the_facts_resting_on_it(
    tree: lxml.html.HtmlElement,
) -> None:
    (overlap,) = tree.xpath('//section[@id="overlap"]')
    (group,) = overlap.xpath('.//li[@class="copy-group"]')
    assert [a.text for a in group.xpath(".//a")] == ["Eastmarch Courier", "Lanterfield Herald"]
    matrix = overlap.xpath('.//table[@class="overlap-matrix"]//td[contains(@class, "share")]')
    assert {td.text for td in matrix} >= {"100%", "92%"}
    credits = overlap.xpath('.//ul[@class="credits"]/li')[0].text_content()
    assert credits.startswith("Tidewire credited by")
    assert overlap.xpath('.//ul[@class="facts-wire"]/li')


def test_each_source_shows_its_whole_text_and_the_boilerplate_removed_with_reasons(
    brief: Brief, tree: lxml.html.HtmlElement
) -> None:
    sources = tree.xpath('//section[@id="sources"]/details[@class="source"]')
    assert [s.get("data-source") for s in sources] == [doc.id for doc in brief.sources]
    for details, doc in zip(sources, brief.sources, strict=True):
        assert details.get("id").startswith("s-")
        assert details.find('.//div[@class="text"]').text_content() == doc.text
        (removed,) = details.xpath('.//details[@class="removed"]')
        texts = removed.xpath('.//span[@class="removed-text"]/text()')
        reasons = removed.xpath('.//span[@class="why"]/text()')
        assert texts == [r.text for r in doc.removed]
        assert reasons == [r.reason or "removed" for r in doc.removed]


def test_the_web_page_links_the_shared_assets_and_inlines_nothing(brief: Brief) -> None:
    tree = parse(brief_page(brief, standalone=False))
    assert [link.get("href") for link in tree.iter("link")] == ["/static/newsfuse.css"]
    scripts = list(tree.iter("script"))
    assert [(s.get("src"), "defer" in s.attrib, s.text) for s in scripts] == [
        ("/static/newsfuse.js", True, None)
    ]
    assert not list(tree.iter("style"))
    assert not tree.xpath('//meta[@http-equiv="Content-Security-Policy"]')
    assert tree.xpath('//header[@class="site"]//a[@href="/"]')


def test_entities_name_their_sources_or_say_every_report_names_them(
    brief: Brief, tree: lxml.html.HtmlElement
) -> None:
    rows = tree.xpath('//table[contains(@class, "entities")]/tbody/tr')
    assert len(rows) == len(brief.entities)
    everyone = {doc.id for doc in brief.sources}
    for row, entity in zip(rows, brief.entities, strict=True):
        cell = row.xpath('td[@data-label="Sources"]')[0]
        if set(entity.sources) == everyone:
            assert cell.text_content() == "all 7 reports"
        else:
            assert cell.xpath("a/@data-source") == list(entity.sources)
