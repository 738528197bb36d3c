"""A stored story's brief page, read in Chromium: summary, facts, conflicts side by side, the
timeline chart, and citation chips that open the exact passage they cite."""

from __future__ import annotations

import re
from typing import Any

from tests.web.browser.tabs import (
    Tab,
    assert_gazette_source_shows_what_cleaning_removed,
    expect,
    story_about,
)


def _number(text: str) -> int:
    found = re.search(r"\d+", text)
    assert found, f"no count in {text!r}"
    return int(found.group())


def _open_fire_brief(tab: Tab, server: Any) -> None:
    tab.page.goto(f"{server.url}/stories/{story_about(server, 'Saltmere').id}")


def test_brief_page_shows_summary_conflicts_and_timeline_chart(
    desktop: Tab, example_server: Any
) -> None:
    _open_fire_brief(desktop, example_server)
    page = desktop.page
    expect(page.locator("h1").first).to_contain_text("Saltmere port fire")
    summary = page.locator("section#summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Pier 9")
    expect(summary.locator("a.chip").first).to_be_visible()
    expect(page.locator("section#conflicts .conflict").first).to_be_visible()
    expect(page.locator("section#timeline svg.timeline-chart")).to_be_visible()
    for section in ("facts", "quotes", "overlap", "sources"):
        expect(page.locator(f"section#{section}")).to_be_attached()


def test_each_conflict_shows_its_variants_side_by_side_with_their_sources(
    desktop: Tab, example_server: Any
) -> None:
    _open_fire_brief(desktop, example_server)
    conflicts = desktop.page.locator("section#conflicts .conflict")
    assert conflicts.count() >= 1
    for i in range(conflicts.count()):
        variants = conflicts.nth(i).locator(".variant")
        assert variants.count() >= 2
        boxes = [variants.nth(j).bounding_box() for j in range(2)]
        assert boxes[0] and boxes[1]
        # Side by side: one row, the second to the right of the first.
        assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2
        assert boxes[1]["x"] >= boxes[0]["x"] + boxes[0]["width"] - 1
        for j in range(variants.count()):
            expect(variants.nth(j).locator("a.chip").first).to_be_visible()


def test_corroborated_facts_come_first_each_with_its_source_count(
    desktop: Tab, example_server: Any
) -> None:
    _open_fire_brief(desktop, example_server)
    facts = desktop.page.locator("section#facts")
    corroborated = facts.locator("ul.facts-corroborated > li")
    single = facts.locator("ul.facts-single > li")
    assert corroborated.count() >= 1 and single.count() >= 1
    counts = facts.locator("ul.facts-corroborated > li .count").all_inner_texts()
    assert len(counts) == corroborated.count()
    assert all(_number(count) >= 2 for count in counts)
    assert all(_number(count) == 1 for count in single.locator(".count").all_inner_texts())
    # Document order: every corroborated fact before the first single-source one.
    order = desktop.page.evaluate(
        """() => {
          const first = document.querySelector('ul.facts-corroborated');
          const second = document.querySelector('ul.facts-single');
          return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING;
        }"""
    )
    assert order


def test_citation_chips_name_the_outlet(desktop: Tab, example_server: Any) -> None:
    _open_fire_brief(desktop, example_server)
    outlets = set(story_about(example_server, "Saltmere").outlets)
    chips = desktop.page.locator("section#summary a.chip").all_inner_texts()
    assert chips
    assert {text.strip() for text in chips} <= outlets


def test_clicking_a_citation_opens_its_source_with_the_passage_highlighted_in_view(
    desktop: Tab, example_server: Any
) -> None:
    _open_fire_brief(desktop, example_server)
    page = desktop.page
    chip = page.locator("section#summary a.chip").last
    target = chip.get_attribute("href")
    assert target and target.startswith("#p-")
    source = page.locator("section#sources details.source", has=page.locator(target))
    expect(source).to_have_count(1)
    expect(source).not_to_have_attribute("open", "")
    chip.click()
    expect(source).to_have_attribute("open", "")
    current = page.locator("mark.current")
    expect(current).to_have_count(1)
    expect(current).to_have_id(target[1:])
    expect(current).to_be_visible()
    expect(current).to_be_in_viewport()


def test_without_javascript_a_citation_still_jumps_to_its_passage(
    no_script: Tab, example_server: Any
) -> None:
    _open_fire_brief(no_script, example_server)
    page = no_script.page
    chip = page.locator("section#summary a.chip").last
    target = chip.get_attribute("href")
    assert target
    chip.click()
    page.wait_for_url(f"**/stories/*{target}")
    expect(page.locator(f"mark{target}")).to_be_in_viewport()


def test_overlap_view_shows_which_outlets_ran_the_same_wire_copy(
    desktop: Tab, example_server: Any
) -> None:
    _open_fire_brief(desktop, example_server)
    overlap = desktop.page.locator("section#overlap")
    expect(overlap).to_be_visible()
    # Lanterfield Herald and Eastmarch Courier both ran Tidewire's copy (examples/README.md).
    expect(overlap).to_contain_text("Lanterfield Herald")
    expect(overlap).to_contain_text("Eastmarch Courier")


def test_each_stored_source_shows_its_cleaned_text_and_what_cleaning_removed(
    desktop: Tab, example_server: Any
) -> None:
    _open_fire_brief(desktop, example_server)
    assert_gazette_source_shows_what_cleaning_removed(desktop)
