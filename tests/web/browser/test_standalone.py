"""`newsfuse brief --format html` writes the brief page as one file that works opened straight
from disk: its inline style and script run under its own hashed policy, nothing is fetched,
and its citations open their passages as on the server."""

from __future__ import annotations

from pathlib import Path

from tests.web.browser.tabs import (
    PHONE,
    Tab,
    assert_gazette_source_shows_what_cleaning_removed,
    expect,
)


def test_the_one_file_brief_runs_within_its_own_policy_and_fetches_nothing(
    desktop: Tab, standalone_brief: Path
) -> None:
    page = desktop.page
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(standalone_brief.as_uri())
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]')
    expect(policy).to_have_count(1)
    assert "'unsafe-inline'" not in (policy.get_attribute("content") or "")
    # The stylesheet applied: the chart is drawn at a size, the sections laid out.
    expect(page.locator("section#timeline svg.timeline-chart")).to_be_visible()
    chip = page.locator("section#summary a.chip").first
    chip.click()
    current = page.locator("mark.current")
    expect(current).to_be_in_viewport()
    expect(current).to_have_id((chip.get_attribute("href") or "#")[1:])
    assert desktop.csp_violations() == []
    assert desktop.errors == []
    assert requested == [standalone_brief.as_uri()]


def test_the_one_file_brief_never_scrolls_sideways_on_a_phone(
    phone: Tab, standalone_brief: Path
) -> None:
    phone.page.goto(standalone_brief.as_uri())
    phone.open_all_details()
    scroll, inner = phone.page.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
    assert inner == PHONE["width"]
    assert scroll <= inner


def test_each_source_of_the_one_file_brief_shows_what_cleaning_removed(
    desktop: Tab, standalone_brief: Path
) -> None:
    desktop.page.goto(standalone_brief.as_uri())
    assert_gazette_source_shows_what_cleaning_removed(desktop)
