"""Browser-test fixtures: real `newsfuse serve` subprocesses and the system Chromium (imported
by the test modules, since fixtures live in tests/conftest.py only).

Every test skips in one line when Chromium, Playwright (the `browser` extra) or the server's
packages (the `web` extra) are absent. The servers are built once per session: one over the
bundled examples, one over the hostile reports of payloads.py.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip(
    "playwright.sync_api", reason="the browser extra is not installed (pip install '.[browser]')"
)
from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page, expect

from newsfuse.store import open_store
from newsfuse.stories.results import StoryOutline
from tests.conftest import ROOT
from tests.web.browser.payloads import write_hostile_reports

__all__ = ["expect"]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 780}


@pytest.fixture(scope="session")
def harness() -> Iterator[ModuleType]:
    """bench/web_harness.py, once the machine has what the browser tests need."""
    pytest.importorskip("fastapi", reason="the web extra is not installed (pip install '.[web]')")
    pytest.importorskip("uvicorn", reason="the web extra is not installed (pip install '.[web]')")
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import web_harness

        if not web_harness.CHROMIUM.exists():
            pytest.skip(f"Chromium not found at {web_harness.CHROMIUM} (apt-get install chromium)")
        yield web_harness
    finally:
        sys.path.remove(str(ROOT / "bench"))


@pytest.fixture(scope="session")
def chromium(harness: ModuleType) -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = harness.launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def example_server(harness: ModuleType, chromium: Browser) -> Iterator[Any]:
    """`newsfuse serve` over a store of examples/*/reports (both example stories)."""
    with harness.serve_store(harness.EXAMPLE_REPORTS) as server:
        yield server


@pytest.fixture(scope="session")
def hostile_reports(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_hostile_reports(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="session")
def hostile_server(
    harness: ModuleType, chromium: Browser, hostile_reports: list[Path]
) -> Iterator[Any]:
    """`newsfuse serve` over a store of the hostile reports only (one story)."""
    with harness.serve_store(hostile_reports) as server:
        yield server


@dataclass
class Tab:
    """A page and what it said: dialogs opened (and dismissed), console errors and warnings,
    and uncaught script errors."""

    page: Page
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def csp_violations(self) -> list[str]:
        return [line for line in self.console if "Content Security Policy" in line]


def _open_tab(browser: Browser, **options: Any) -> Iterator[Tab]:
    context = browser.new_context(**options)
    page = context.new_page()
    tab = Tab(page)

    def on_dialog(dialog: Dialog) -> None:
        tab.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_console(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            tab.console.append(message.text)

    page.on("dialog", on_dialog)
    page.on("console", on_console)
    page.on("pageerror", lambda error: tab.errors.append(str(error)))
    try:
        yield tab
    finally:
        context.close()


@pytest.fixture
def desktop(chromium: Browser) -> Iterator[Tab]:
    yield from _open_tab(chromium, viewport=DESKTOP)


@pytest.fixture
def phone(chromium: Browser) -> Iterator[Tab]:
    # A phone honours the page's viewport meta tag; without one it would lay out at 980 px.
    yield from _open_tab(chromium, viewport=PHONE, is_mobile=True, has_touch=True)


def stored_stories(server: Any) -> list[StoryOutline]:
    """The stories of a server's store, read straight from it: what the pages should show."""
    with open_store(str(server.db)) as store:
        return store.stories()


def story_about(server: Any, word: str) -> StoryOutline:
    return next(story for story in stored_stories(server) if word in story.title)
