"""What the browser tests look through: a page with what it said (dialogs, console, script
errors), and the stories a server's store holds, read straight from it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

pytest.importorskip(
    "playwright.sync_api", reason="the browser extra is not installed (pip install '.[browser]')"
)
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Dialog,
    FilePayload,
    Page,
    expect,
)
from playwright.sync_api import TimeoutError as PageTimeout

from newsfuse.store import open_store
from newsfuse.stories.results import StoryOutline

__all__ = [
    "DESKTOP",
    "PHONE",
    "FilePayload",
    "Tab",
    "assert_gazette_source_shows_what_cleaning_removed",
    "expect",
    "open_tab",
    "stored_stories",
    "story_about",
]

JOB_SECONDS = 120  # a brief of a few reports, queued behind others on a loaded two-core machine
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 780}


@dataclass
class Tab:
    """A page and what it said: dialogs opened (and dismissed), console errors and warnings,
    and uncaught script errors."""

    page: Page
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open_all_details(self) -> None:
        """Open every <details> (sources, removed text), as a reader expanding them all."""
        self.page.evaluate(
            "() => document.querySelectorAll('details').forEach((d) => { d.open = true; })"
        )

    def wait_for_brief(self) -> None:
        """Follow the job page (it refreshes itself) to the finished job's brief; if it never
        gets there, fail with what the page says (a failed job says why)."""
        try:
            self.page.wait_for_url("**/jobs/*/brief", timeout=JOB_SECONDS * 1000)
        except PageTimeout:
            said = self.page.locator("body").inner_text()[:600]
            pytest.fail(f"no brief after {JOB_SECONDS} s at {self.page.url}: {said}")

    def csp_violations(self) -> list[str]:
        return [line for line in self.console if "Content Security Policy" in line]


def open_tab(browser: Browser, **options: Any) -> Iterator[Tab]:
    """A fresh context (no shared cookies or cache) with one page; closed when done."""
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


def assert_gazette_source_shows_what_cleaning_removed(tab: Tab) -> None:
    """The harbour-fire brief's Saltmere Gazette source: its cleaned text, and behind its own
    disclosure the site furniture cleaning cut from it."""
    gazette = tab.page.locator("section#sources details.source").filter(
        has_text="The Saltmere Gazette"
    )
    gazette.locator("summary").first.click()
    expect(gazette).to_contain_text("failed a fire-safety inspection in 2021")
    removed = gazette.locator("details.removed")
    expect(removed.locator("summary")).to_be_visible()
    expect(removed).not_to_contain_text("Skip to content", use_inner_text=True)
    removed.locator("summary").click()
    expect(removed).to_contain_text("Skip to content", use_inner_text=True)


def stored_stories(server: Any) -> list[StoryOutline]:
    """The stories of a server's store, read straight from it: what the pages should show."""
    with open_store(str(server.db)) as store:
        return store.stories()


def story_about(server: Any, word: str) -> StoryOutline:
    return next(story for story in stored_stories(server) if word in story.title)
