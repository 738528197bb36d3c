"""Browser-test fixtures: real `newsfuse serve` subprocesses and the system Chromium.

They live here rather than in tests/conftest.py so that the whole folder skips in one line
without Playwright (the `browser` extra), and a module that imports session fixtures would get
its own copies of them (a second browser, a second server). Every test also skips in one line
without Chromium or the server's packages (the `web` extra). The servers start once per
session: one over the bundled examples, one over the hostile reports of payloads.py.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip(
    "playwright.sync_api", reason="the browser extra is not installed (pip install '.[browser]')"
)
from playwright.sync_api import Browser, sync_playwright

from tests.conftest import ROOT
from tests.web.browser.payloads import write_hostile_reports
from tests.web.browser.tabs import DESKTOP, PHONE, Tab, open_tab


@pytest.fixture(scope="session")
def web_harness() -> Iterator[ModuleType]:
    """bench/web_harness.py, once the machine has Chromium."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import web_harness

        if not web_harness.CHROMIUM.exists():
            pytest.skip(f"Chromium not found at {web_harness.CHROMIUM} (apt-get install chromium)")
        yield web_harness
    finally:
        sys.path.remove(str(ROOT / "bench"))


@pytest.fixture(scope="session")
def chromium(web_harness: ModuleType) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = web_harness.launch_chromium(playwright)
        yield browser
        browser.close()


def _require_web_extra() -> None:
    for module in ("fastapi", "uvicorn"):
        pytest.importorskip(module, reason="the web extra is not installed (pip install '.[web]')")


@pytest.fixture(scope="session")
def example_server(web_harness: ModuleType, chromium: Browser) -> Iterator[Any]:
    """`newsfuse serve` over a store of examples/*/reports (both example stories)."""
    _require_web_extra()
    with web_harness.serve_store(web_harness.EXAMPLE_REPORTS) as server:
        yield server


@pytest.fixture(scope="session")
def hostile_reports(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_hostile_reports(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="session")
def hostile_server(
    web_harness: ModuleType, chromium: Browser, hostile_reports: list[Path]
) -> Iterator[Any]:
    """`newsfuse serve` over a store of the hostile reports only (one story)."""
    _require_web_extra()
    with web_harness.serve_store(hostile_reports) as server:
        yield server


@pytest.fixture(scope="session")
def standalone_brief(web_harness: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`newsfuse brief examples/harbour-fire/reports --format html`: the one-file brief page."""
    out = tmp_path_factory.mktemp("standalone") / "brief.html"
    reports = ROOT / "examples" / "harbour-fire" / "reports"
    command = [*web_harness.newsfuse_command(), "brief", str(reports), "--format", "html"]
    subprocess.run([*command, "--output", str(out)], check=True, capture_output=True)
    return out


@pytest.fixture
def desktop(chromium: Browser) -> Iterator[Tab]:
    yield from open_tab(chromium, viewport=DESKTOP)


@pytest.fixture
def phone(chromium: Browser) -> Iterator[Tab]:
    # A phone honours the page's viewport meta tag; without one it would lay out at 980 px.
    yield from open_tab(chromium, viewport=PHONE, is_mobile=True, has_touch=True)
