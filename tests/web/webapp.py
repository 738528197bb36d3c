"""Fixtures of the web tests (imported by the test modules; fixtures live in tests/conftest.py
only): apps over real SQLite files in a temporary folder, fast settings (no spaCy model), one
worker process, and the bundled example reports as input."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "fastapi", reason="the web extra is not installed (pip install 'newsfuse[web]')"
)

from fastapi.testclient import TestClient

from newsfuse import Settings
from newsfuse.store import open_store
from newsfuse.web import WebLimits, create_app
from tests.conftest import EXAMPLES

FAST = Settings(use_model=False)
HARBOUR = EXAMPLES / "harbour-fire" / "reports"
ROBOTICS = EXAMPLES / "robotics-merger" / "reports"
XSS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "</textarea><b>raw</b>",
    '"><svg onload=alert(1)>',
)


def client(
    tmp: Path, limits: WebLimits | None = None, db: str | None = None
) -> Iterator[TestClient]:
    app = create_app(
        db or str(tmp / "store.db"),
        data_dir=tmp / "data",
        settings=FAST,
        limits=limits or WebLimits(workers=1),
    )
    with TestClient(app) as test_client:
        yield test_client


def files_of(folder: Path) -> list[tuple[str, tuple[str, bytes]]]:
    return [("files", (p.name, p.read_bytes())) for p in sorted(folder.iterdir())]


def until_over(http: TestClient, job: str, seconds: float = 240) -> list[dict[str, Any]]:
    """Every state the job reported, polled until it is done or failed."""
    seen: list[dict[str, Any]] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        state = http.get(f"/v1/jobs/{job}").json()
        seen.append(state)
        if state["state"] in ("done", "failed"):
            return seen
        time.sleep(0.1)
    raise AssertionError(f"job {job} still {seen[-1]['state']} after {seconds} s")


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding both bundled examples, their stories and briefs (built once)."""
    url = str(tmp_path_factory.mktemp("examples") / "examples.db")
    with open_store(url) as store:
        store.ingest([HARBOUR, ROBOTICS], FAST)
    return url


@pytest.fixture(scope="module")
def examples(example_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """An app over the example store."""
    yield from client(tmp_path_factory.mktemp("served"), db=example_db)


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[TestClient]:
    """An app over an empty store, with small limits that tests can reach."""
    limits = WebLimits(max_body_bytes=200_000, max_files=3, max_file_bytes=50_000, workers=1)
    yield from client(tmp_path, limits)


def assert_error(response: Any, status: int, code: str, input: str | None = None) -> None:
    """The one error shape, with this status and code (and the input it names)."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "input"}
    assert body["error"]["status"] == status and body["error"]["code"] == code
    assert body["error"]["message"]
    if input is not None:
        assert body["error"]["input"] == input
