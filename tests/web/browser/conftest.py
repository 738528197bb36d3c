"""Browser-test fixtures: real `newsfuse serve` subprocesses and the system Chromium.

They live here rather than in tests/conftest.py because a module that imports session fixtures
gets its own copies of them (a second browser, a second server). The test modules skip in one
line without Playwright (the `browser` extra, imported by tabs.py), every test without
Chromium, and the server tests without the server's packages (the `web` extra). The servers
start once per session: one over the bundled examples, one over the hostile reports of
payloads.py.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest

from tests.conftest import ROOT
from tests.web.browser.payloads import write_hostile_reports

if TYPE_CHECKING:
    from playwright.sync_api import Browser

    from tests.web.browser.tabs import Tab


@pytest.fixture(scope="session")
def web_harness() -> Iterator[ModuleType]:
    """bench/web_harness.py, once the machine has Chromium (and httpx, which it imports)."""
    pytest.importorskip("httpx", reason="the web extra is not installed (pip install '.[web]')")
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
    from playwright.sync_api import sync_playwright

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
    from tests.web.browser.tabs import DESKTOP, open_tab

    yield from open_tab(chromium, viewport=DESKTOP)


@pytest.fixture
def no_script(chromium: Browser) -> Iterator[Tab]:
    """A desktop page with JavaScript turned off."""
    from tests.web.browser.tabs import DESKTOP, open_tab

    yield from open_tab(chromium, viewport=DESKTOP, java_script_enabled=False)


@pytest.fixture
def phone(chromium: Browser) -> Iterator[Tab]:
    from tests.web.browser.tabs import PHONE, open_tab

    # A phone honours the page's viewport meta tag; without one it would lay out at 980 px.
    yield from open_tab(chromium, viewport=PHONE, is_mobile=True, has_touch=True)
