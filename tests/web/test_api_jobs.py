"""Brief and ingest jobs through the API, and the stored stories they make, read back."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'newsfuse[web]'")

from fastapi.testclient import TestClient

from newsfuse.rendering.from_json import from_json
from newsfuse.store import open_store
from newsfuse.web import WebLimits
from tests.web import webapp
from tests.web.webapp import FAST, HARBOUR, ROBOTICS, assert_error, client, files_of, until_over

example_db = webapp.example_db  # the fixtures
examples = webapp.examples


@pytest.fixture(scope="module")
def one_job(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """An app that runs one job at a time and refuses a second."""
    limits = WebLimits(max_jobs=1, workers=1)
    yield from client(tmp_path_factory.mktemp("one-job"), limits)


def test_a_brief_job_reports_progress_then_serves_its_brief(one_job: TestClient) -> None:
    started = one_job.post("/v1/briefs", files=files_of(ROBOTICS))
    assert started.status_code == 202
    job = started.json()["job"]
    assert started.json()["status"] == f"/v1/jobs/{job}"
    # The queue holds one job: a second is refused while the first runs.
    assert_error(one_job.post("/v1/briefs", files=files_of(ROBOTICS)), 429, "busy")
    seen = until_over(one_job, job)
    final = seen[-1]
    assert final["state"] == "done", final
    assert final["kind"] == "brief" and final["result"] == f"/v1/jobs/{job}/brief"
    assert final["done"] == final["total"] == 6
    assert {s["state"] for s in seen} <= {"queued", "running", "done"}
    assert any(s["stage"] for s in seen[:-1]) or len(seen) == 1
    # The brief is kept on disk under the data dir, not in the server's memory.
    data_dir = one_job.app.state.web.data_dir  # type: ignore[attr-defined]
    assert [p.name for p in (data_dir / "briefs").iterdir()] == [f"{job}.json"]
    brief = one_job.get(f"/v1/jobs/{job}/brief")
    assert brief.headers["content-type"] == "application/json"
    data = brief.json()
    assert data["schema"] == "newsfuse.brief/3"
    ids = {source["id"] for source in data["sources"]}
    assert {p.name for p in ROBOTICS.iterdir() if p.suffix != ".jsonl"} <= ids
    assert one_job.get(f"/v1/jobs/{job}/brief.json").json() == data
    markdown = one_job.get(f"/v1/jobs/{job}/brief.md")
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert data["title"] in markdown.text
    page = one_job.get(f"/v1/jobs/{job}/brief.html")
    assert 'id="summary"' in page.text and "/static/newsfuse.css" in page.text


def test_wait_answers_the_brief_itself(one_job: TestClient) -> None:
    """Once the earlier job is over the queue takes one again; `?wait=true` answers with the
    brief JSON itself, here of JSON articles."""
    articles = [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "outlet": p.stem.title()}
        for p in sorted(HARBOUR.glob("*.txt"))
    ]
    response = one_job.post("/v1/briefs?wait=true", json={"articles": articles})
    assert response.status_code == 200, response.text
    brief = from_json(response.text)
    assert {s.id for s in brief.sources} == {p.stem for p in HARBOUR.glob("*.txt")}
    assert {s.outlet for s in brief.sources} >= {"Saltmere-Gazette"}


def test_stories_list_their_coverage(examples: TestClient) -> None:
    stories = examples.get("/v1/stories").json()["stories"]
    assert stories, "the examples make stories"
    keys = {"id", "title", "size", "first", "last", "outlets", "independent_sources"}
    assert all(set(s) == keys for s in stories)
    biggest = max(stories, key=lambda s: s["size"])
    assert 1 <= biggest["independent_sources"] <= biggest["size"]
    assert biggest["size"] >= 4 and len(biggest["outlets"]) >= 2
    one = examples.get(f"/v1/stories/{biggest['id']}").json()
    assert {k: one[k] for k in keys} == biggest
    assert one["brief"] == f"/v1/stories/{biggest['id']}/brief"
    assert one["briefs"] and all({"id", "created"} == set(b) for b in one["briefs"])


def test_a_stored_brief_in_every_format(examples: TestClient) -> None:
    story = examples.get("/v1/stories").json()["stories"][0]["id"]
    stored = examples.get(f"/v1/stories/{story}/brief")
    assert stored.status_code == 200 and stored.json()["schema"] == "newsfuse.brief/3"
    assert examples.get(f"/v1/stories/{story}/brief.json").text == stored.text
    title = stored.json()["title"]
    assert title in examples.get(f"/v1/stories/{story}/brief.md").text
    page = examples.get(f"/v1/stories/{story}/brief.html")
    assert page.headers["content-type"].startswith("text/html")
    for section in ("summary", "facts", "conflicts", "timeline", "quotes", "overlap", "sources"):
        assert f'id="{section}"' in page.text


def test_search_finds_stored_articles(examples: TestClient) -> None:
    hits = examples.get("/v1/search", params={"q": "fire harbour", "limit": 3}).json()["hits"]
    assert 1 <= len(hits) <= 3
    assert set(hits[0]) == {"article", "source", "title", "story", "rank"}
    assert examples.get("/v1/search", params={"q": "<>!!"}).json() == {"hits": []}


def test_since_shows_what_a_grown_story_adds(tmp_path: Path) -> None:
    """Ingest part of a story, brief it, ingest the rest: the new brief `?since=` the first
    names the earlier brief and what the new reports added."""
    first = [HARBOUR / "eastmarch-courier.html", HARBOUR / "northmarch-tribune.html"]
    later = [HARBOUR / name for name in ("lanterfield-herald.txt", "saltmere-gazette.txt")]
    for http in client(tmp_path):
        done = http.post("/v1/articles?wait=true", files=[_file(p) for p in first]).json()
        assert done["state"] == "done", done
        assert done["result"]["added"] == 2 and done["result"]["briefs"] >= 1
        story = _biggest(http)
        before = http.get(f"/v1/stories/{story}").json()["briefs"][-1]["id"]
        grown = http.post("/v1/articles", files=[_file(p) for p in later])
        assert grown.status_code == 202
        final = until_over(http, grown.json()["job"])[-1]
        assert final["state"] == "done" and final["kind"] == "ingest"
        assert final["result"]["read"] == len(later)
        story = _biggest(http)
        plain = http.get(f"/v1/stories/{story}/brief").json()
        assert "changes" not in plain
        changed = http.get(f"/v1/stories/{story}/brief", params={"since": str(before)}).json()
        assert changed["changes"]["since"] == str(before)
        assert set(changed["changes"]["new_sources"]) == {p.name for p in later}
        assert {s["id"] for s in changed["sources"]} == {p.name for p in first + later}
        markdown = http.get(f"/v1/stories/{story}/brief.md", params={"since": str(before)})
        assert markdown.status_code == 200
        assert_error(
            http.get(f"/v1/stories/{story}/brief", params={"since": "not a date"}),
            400,
            "bad_request",
            "not a date",
        )
        for wrong in ("1999-01-01", "99999999999999999999", "123456"):
            assert_error(
                http.get(f"/v1/stories/{story}/brief", params={"since": wrong}),
                400,
                "bad_request",
                wrong,
            )


def _file(path: Path) -> tuple[str, tuple[str, bytes]]:
    return ("files", (path.name, path.read_bytes()))


def _biggest(http: TestClient) -> str:
    stories = http.get("/v1/stories").json()["stories"]
    return str(max(stories, key=lambda s: s["size"])["id"])


def test_a_worker_that_dies_fails_its_job_and_the_next_job_runs(tmp_path: Path) -> None:
    for http in client(tmp_path):
        before = {p.pid for p in multiprocessing.active_children()}
        job = http.post("/v1/briefs", files=files_of(ROBOTICS)).json()["job"]
        deadline = time.monotonic() + 120
        while http.get(f"/v1/jobs/{job}").json()["state"] == "queued":
            assert time.monotonic() < deadline, "the job never started"
            time.sleep(0.05)
        workers = [p for p in multiprocessing.active_children() if p.pid not in before]
        assert workers, "the job runs in a worker process of its own"
        for worker in workers:
            os.kill(worker.pid, signal.SIGKILL)  # type: ignore[arg-type]
        final = until_over(http, job)[-1]
        assert final["state"] == "failed" and "died" in final["error"]
        again = http.post("/v1/briefs", files=files_of(ROBOTICS)).json()["job"]
        assert until_over(http, again)[-1]["state"] == "done"


def test_failed_jobs_say_why_and_old_jobs_are_forgotten(tmp_path: Path) -> None:
    hopeless = {"articles": [{"id": "note", "text": "Too short to be a report."}]}
    for http in client(tmp_path, WebLimits(keep_jobs=1, workers=1)):
        waited = http.post("/v1/briefs?wait=true", json=hopeless)
        assert_error(waited, 422, "unprocessable")
        first = http.post("/v1/briefs", json=hopeless).json()["job"]
        final = until_over(http, first)[-1]
        assert final["state"] == "failed" and final["error"] and final["result"] is None
        assert_error(http.get(f"/v1/jobs/{first}/brief"), 422, "unprocessable", first)
        second = http.post("/v1/briefs", json=hopeless).json()["job"]
        until_over(http, second)
        # One finished job is kept: the newest.
        assert_error(http.get(f"/v1/jobs/{first}"), 404, "not_found", first)
        assert http.get(f"/v1/jobs/{second}").json()["state"] == "failed"


def test_a_story_without_a_current_brief_is_briefed_in_a_worker(tmp_path: Path) -> None:
    """Stored with --no-briefs: the first read briefs the story in a worker process and
    stores it; every read after that serves the stored brief."""
    url = str(tmp_path / "store.db")
    with open_store(url) as store:
        store.ingest([HARBOUR / "eastmarch-courier.html"], FAST, briefs=False)
        (story,) = [s.id for s in store.stories()]
        assert store.cached_brief(story, FAST) is None
    for http in client(tmp_path, db=url):
        before = {p.pid for p in multiprocessing.active_children()}
        first = http.get(f"/v1/stories/{story}/brief")
        assert first.status_code == 200 and first.json()["schema"] == "newsfuse.brief/3"
        assert [p for p in multiprocessing.active_children() if p.pid not in before]
        assert http.get(f"/v1/stories/{story}/brief").text == first.text
    with open_store(url) as store:
        stored = store.cached_brief(story, FAST)
        assert stored is not None and stored.body == first.text
        assert len(store.briefs_of(story)) == 1
