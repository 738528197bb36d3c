"""At phone width (360 x 780) the pages never scroll sideways, tables stay readable (wide ones
scroll in their own box or reflow into cards) and reading text is at least 14 px."""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.browser.tabs import PHONE, Tab, story_about

_MIN_CELL_PX = 60

# Table cells a reader sees that are squeezed narrower than _MIN_CELL_PX while still laid out
# as table cells; a short token (a count, a tick) may sit in a narrow column.
_SQUEEZED_CELLS = """(minimum) => [...document.querySelectorAll('td, th')]
  .filter((cell) => cell.getClientRects().length > 0)
  .filter((cell) => getComputedStyle(cell).display === 'table-cell')
  .filter((cell) => cell.innerText.trim().length > 4)
  .filter((cell) => cell.getBoundingClientRect().width < minimum)
  .map((cell) => `${cell.closest('section, table').id || 'table'}: ${cell.innerText.trim()}`)"""

# Reading text (paragraphs, list items, cells) rendered smaller than 14 px.
_SMALL_TEXT = """() => [...document.querySelectorAll('p, li, td, th, dd')]
  .filter((el) => el.getClientRects().length > 0 && el.innerText.trim())
  .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 14)
  .map((el) => `${el.tagName} ${getComputedStyle(el).fontSize}: ${el.innerText.slice(0, 40)}`)"""


def _pages(server: Any) -> dict[str, str]:
    fire = story_about(server, "Saltmere").id
    merger = story_about(server, "Quillon").id
    return {
        "story list": "/",
        "fire brief": f"/stories/{fire}",
        "merger brief": f"/stories/{merger}",
        "upload": "/upload",
    }


@pytest.mark.parametrize("name", ["story list", "fire brief", "merger brief", "upload"])
def test_page_never_scrolls_sideways_at_phone_width(
    phone: Tab, example_server: Any, name: str
) -> None:
    phone.page.goto(example_server.url + _pages(example_server)[name])
    phone.open_all_details()
    scroll, inner = phone.page.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
    # innerWidth 360: the page declares a device-width viewport (else a phone lays out 980 px).
    assert inner == PHONE["width"]
    assert scroll <= inner


@pytest.mark.parametrize("name", ["story list", "fire brief", "merger brief"])
def test_tables_stay_readable_at_phone_width(phone: Tab, example_server: Any, name: str) -> None:
    phone.page.goto(example_server.url + _pages(example_server)[name])
    phone.open_all_details()
    assert phone.page.evaluate(_SQUEEZED_CELLS, _MIN_CELL_PX) == []


@pytest.mark.parametrize("name", ["story list", "fire brief"])
def test_reading_text_is_at_least_14_px_at_phone_width(
    phone: Tab, example_server: Any, name: str
) -> None:
    phone.page.goto(example_server.url + _pages(example_server)[name])
    phone.open_all_details()
    assert phone.page.evaluate(_SMALL_TEXT) == []
