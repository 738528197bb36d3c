"""The story list at `/`: every stored story with its coverage, and a search box that finds one."""

from __future__ import annotations

from typing import Any

from tests.web.browser.tabs import Tab, expect, stored_stories, story_about

# Reads the table as the reader sees it: one {column heading: cell text} per story row.
_ROWS = """() => {
  const table = document.querySelector('table.stories');
  const rows = [...table.querySelectorAll('tr')];
  const head = rows.find((row) => !row.querySelector('a.story'));
  const names = [...head.children].map((cell) => cell.textContent.trim().toLowerCase());
  return rows.filter((row) => row.querySelector('a.story')).map((row) => {
    const cells = {};
    [...row.children].forEach((cell, i) => { cells[names[i]] = cell.innerText.trim(); });
    cells.href = row.querySelector('a.story').getAttribute('href');
    return cells;
  });
}"""


def _column(row: dict[str, str], word: str) -> str:
    return next(text for name, text in row.items() if word in name)


def test_story_list_shows_every_stored_story_with_its_coverage(
    desktop: Tab, example_server: Any
) -> None:
    desktop.page.goto(example_server.url + "/")
    rows: list[dict[str, str]] = desktop.page.evaluate(_ROWS)
    by_link = {row["href"]: row for row in rows}
    stories = stored_stories(example_server)
    # Both example stories are there (how many more the clustering splits off is its business).
    for headline in ("Saltmere port fire", "Quillon Robotics agrees"):
        assert any(story.title.startswith(headline) for story in stories), headline
    assert sorted(by_link) == sorted(f"/stories/{story.id}" for story in stories)
    for story in stories:
        row = by_link[f"/stories/{story.id}"]
        assert any(story.title in text for text in row.values())
        assert _column(row, "report") == str(story.size)
        independent = int(_column(row, "independent"))
        assert 1 <= independent <= story.size
        outlets = _column(row, "outlet")
        assert str(len(story.outlets)) in outlets or all(o in outlets for o in story.outlets)
    # The harbour fire ran on a wire: its copies count once among the independent sources.
    fire = by_link[f"/stories/{story_about(example_server, 'Saltmere').id}"]
    assert int(_column(fire, "independent")) < int(_column(fire, "report"))


def test_story_list_links_to_each_brief_and_to_the_upload_form(
    desktop: Tab, example_server: Any
) -> None:
    page = desktop.page
    page.goto(example_server.url + "/")
    expect(page.locator('a[href="/upload"]').first).to_be_visible()
    story = story_about(example_server, "Quillon")
    page.locator(f'a.story[href="/stories/{story.id}"]').click()
    page.wait_for_url(f"**/stories/{story.id}")
    expect(page.locator("section#summary")).to_be_visible()


def test_search_box_finds_the_story_whose_reports_name_the_word(
    desktop: Tab, example_server: Any
) -> None:
    page = desktop.page
    page.goto(example_server.url + "/")
    page.locator("form#search input[name=q]").fill("Quillon")
    page.locator("form#search input[name=q]").press("Enter")
    page.wait_for_url("**/search?q=Quillon*")
    merger = story_about(example_server, "Quillon")
    fire = story_about(example_server, "Saltmere")
    expect(page.locator(f'a[href="/stories/{merger.id}"]').first).to_be_visible()
    expect(page.locator(f'a[href="/stories/{fire.id}"]')).to_have_count(0)
    expect(page.locator("form#search input[name=q]")).to_have_value("Quillon")
