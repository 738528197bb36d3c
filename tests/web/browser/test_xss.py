"""Reports carrying script in their text, title, outlet, URL and file name render as text on
every page that shows them, stored or uploaded: no dialog fires, no element of theirs exists."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tests.web.browser.payloads import OUTLET, PAYLOADS, SCRIPT, TITLE
from tests.web.browser.tabs import FilePayload, Tab, expect, stored_stories

# Everything on the page that a payload could have planted: event-handler attributes,
# javascript: URLs, scripts other than the app's own, and the elements the payloads spell.
_INJECTED = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (attr.name.toLowerCase().startsWith('on')) found.push(`${el.tagName} ${attr.name}`);
      const url = ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name);
      if (url && /^\\s*javascript:/i.test(attr.value)) found.push(`${el.tagName} ${attr.value}`);
    }
  }
  for (const script of document.scripts) {
    const own = script.src && new URL(script.src).origin === location.origin;
    if (!own) found.push(`script ${script.src || script.textContent.slice(0, 60)}`);
  }
  for (const selector of ['#xss-textarea', 'img[src="x"]', 'textarea', 'iframe', 'object',
                          'embed', 'base', 'svg[onload]']) {
    if (document.querySelector(selector)) found.push(selector);
  }
  return found;
}"""


def _read_everything(tab: Tab) -> str:
    tab.open_all_details()
    return tab.page.locator("body").inner_text()


def _assert_inert(tab: Tab) -> None:
    assert tab.page.evaluate(_INJECTED) == []
    assert tab.dialogs == []


def _hostile_story(server: Any) -> str:
    (story,) = stored_stories(server)
    return story.id


def test_hostile_story_in_the_list_shows_its_title_as_text(
    desktop: Tab, hostile_server: Any
) -> None:
    desktop.page.goto(hostile_server.url + "/")
    expect(desktop.page.locator("table.stories a.story")).to_have_text(TITLE)
    _assert_inert(desktop)


def test_hostile_brief_page_shows_every_payload_as_text(desktop: Tab, hostile_server: Any) -> None:
    desktop.page.goto(f"{hostile_server.url}/stories/{_hostile_story(hostile_server)}")
    expect(desktop.page.locator("h1").first).to_have_text(TITLE)
    text = _read_everything(desktop)
    for payload in (*PAYLOADS, OUTLET):
        assert payload in text, payload
    # Citations still work on hostile text: clicking a chip runs the app's script, no other.
    desktop.page.locator("section#summary a.chip").first.click()
    expect(desktop.page.locator("mark.current")).to_be_visible()
    _assert_inert(desktop)


def test_search_echoes_a_hostile_query_as_text(desktop: Tab, hostile_server: Any) -> None:
    desktop.page.goto(f"{hostile_server.url}/search?q={quote(SCRIPT)}")
    expect(desktop.page.locator("form#search input[name=q]")).to_have_value(SCRIPT)
    _assert_inert(desktop)


def test_missing_story_named_by_script_gets_an_inert_error_page(
    desktop: Tab, hostile_server: Any
) -> None:
    response = desktop.page.goto(f"{hostile_server.url}/stories/{quote(SCRIPT, safe='')}")
    assert response is not None and response.status == 404
    _assert_inert(desktop)


def test_uploading_hostile_reports_ends_on_an_inert_brief(
    desktop: Tab, hostile_server: Any, hostile_reports: list[Path]
) -> None:
    page = desktop.page
    page.goto(hostile_server.url + "/upload")
    files: list[FilePayload] = [
        {"name": path.name, "mimeType": _type(path.name), "buffer": path.read_bytes()}
        for path in hostile_reports
    ]
    # A name no file system holds: a closing tag and a climb out of the upload folder.
    files.append(
        {
            "name": f"../../{SCRIPT}.txt",
            "mimeType": "text/plain",
            "buffer": hostile_reports[0].read_bytes().replace(b"Ana Pell", b"Ola Brenn"),
        }
    )
    page.locator("form#upload input[type=file][name=files]").set_input_files(files)
    page.locator("form#upload button[type=submit]").click()
    desktop.wait_for_brief()
    text = _read_everything(desktop)
    for payload in PAYLOADS:
        assert payload in text, payload
    _assert_inert(desktop)
    # The server's folder holds its store, its log and its data folder, and nothing landed
    # beside it either: uploads stay in the data folder whatever their names say.
    root = hostile_server.data_dir.parent
    assert {path.name for path in root.iterdir()} <= {
        "store.db",
        "store.db-wal",
        "store.db-shm",
        "server.log",
        "data",
    }
    assert not list(root.parent.glob("*xss*"))


def _type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
