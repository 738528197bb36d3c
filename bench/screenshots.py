"""Screenshots of the web app for the README, taken in the system Chromium.

    .venv/bin/python bench/screenshots.py [--out docs/screenshots]

Serves a store of the bundled examples (bench/web_harness.py) and saves:
stories.png (the story list), brief.png (the harbour-fire brief: its top three screens at
1280 px wide), brief-conflicts.png (its conflicts and timeline chart), brief-citation.png (the
screen a citation chip opens: the cited passage highlighted in its source), brief-phone.png
(the brief at 360 px: its top three screens) and upload.png (the upload form). Needs the
`browser` and `web` extras and /usr/bin/chromium; says so in one line and exits 0 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from web_harness import CHROMIUM, EXAMPLE_REPORTS, ROOT, launch_chromium, serve_store

if TYPE_CHECKING:
    from playwright.sync_api import FloatRect, Page, ViewportSize

_DESKTOP: ViewportSize = {"width": 1280, "height": 800}
_PHONE: ViewportSize = {"width": 360, "height": 780}
_SCREENS = 3  # how many viewport heights of a long page to keep


def _shoot(page: Page, path: Path, top: float = 0, bottom: float | None = None) -> None:
    """The page from `top` to `bottom` (page pixels; default: three screens down)."""
    width, screen, height = page.evaluate(
        "() => [innerWidth, innerHeight, document.documentElement.scrollHeight]"
    )
    end = min(height, bottom if bottom is not None else top + screen * _SCREENS)
    clip: FloatRect = {"x": 0, "y": top, "width": width, "height": end - top}
    page.screenshot(path=str(path), full_page=True, clip=clip)
    print(f"wrote {path}")


def _span(page: Page, first: str, last: str) -> tuple[float, float]:
    """Where the `first` section starts and the `last` ends, in page pixels."""
    top, bottom = page.evaluate(
        """([first, last]) => [document.querySelector(first), document.querySelector(last)]
            .map((el, i) => el.getBoundingClientRect()[i ? 'bottom' : 'top'] + scrollY)""",
        [first, last],
    )
    return top - 16, bottom + 16


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("screenshots: Playwright is not installed (pip install '.[browser]')")
        return 0
    if not CHROMIUM.exists():
        print(f"screenshots: no Chromium at {CHROMIUM} (apt-get install chromium)")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    with serve_store(EXAMPLE_REPORTS) as server, sync_playwright() as playwright:
        stories = httpx.get(server.url + "/v1/stories").json()["stories"]
        fire = next(s["id"] for s in stories if s["title"].startswith("Saltmere port fire"))
        browser = launch_chromium(playwright)
        desktop = browser.new_page(viewport=_DESKTOP)
        desktop.goto(server.url + "/")
        _shoot(desktop, args.out / "stories.png")
        desktop.goto(f"{server.url}/stories/{fire}")
        _shoot(desktop, args.out / "brief.png")
        conflicts = _span(desktop, "#conflicts", "#timeline")
        _shoot(desktop, args.out / "brief-conflicts.png", *conflicts)
        desktop.locator("section#summary a.chip").last.click()
        desktop.locator("mark.current").wait_for()
        desktop.screenshot(path=str(args.out / "brief-citation.png"))
        print(f"wrote {args.out / 'brief-citation.png'}")
        desktop.goto(server.url + "/upload")
        _shoot(desktop, args.out / "upload.png")
        phone = browser.new_page(viewport=_PHONE, is_mobile=True, has_touch=True)
        phone.goto(f"{server.url}/stories/{fire}")
        _shoot(phone, args.out / "brief-phone.png")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
