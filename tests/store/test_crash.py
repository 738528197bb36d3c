"""Crash safety: `newsfuse ingest` killed with SIGKILL at random moments, 20 times, leaves a
consistent store each time, and a rerun finishes the job with nothing lost or doubled."""

from __future__ import annotations

import hashlib
import json
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsfuse.store import open_store
from tests.conftest import EXAMPLES, SHARED_DATA
from tests.store.databases import make_url, postgres_server

__all__ = ["make_url", "postgres_server"]  # fixtures used by name

KILLS = 20
_ECB = SHARED_DATA / "clustering-dev" / "ecbplus.jsonl"


def _inputs(tmp_path: Path) -> list[str]:
    """Real ECB+ texts when the shared data is there (enough for several commit batches),
    else the bundled example reports."""
    if not _ECB.is_file():
        return [str(EXAMPLES / "harbour-fire" / "reports")]
    lines = _ECB.read_text(encoding="utf-8").splitlines()[:40]
    subset = tmp_path / "ecb40.jsonl"
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(subset)]


def _ingest_command(url: str, inputs: list[str]) -> list[str]:
    program = "from newsfuse.cli.app import main; main()"
    return [sys.executable, "-c", program, "ingest", *inputs, "--db", url, "--no-briefs", "-q"]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _check_consistent(url: str) -> int:
    """Assert that every stored row is whole; returns the number of articles."""
    with open_store(url) as store:
        db = store.db
        if db.dialect == "sqlite":
            assert db.execute("PRAGMA integrity_check") == [("ok",)]
            fts = db.execute("SELECT count(*) FROM article_fts")[0][0]
            assert fts == db.execute("SELECT count(*) FROM article")[0][0]
        articles = db.execute("SELECT raw, text, raw_hash, content_hash FROM article")
        for raw, text, raw_hash, content_hash in articles:
            assert (raw_hash, content_hash) == (_sha(raw), _sha(text))
        sizes = db.execute(
            "SELECT s.id, s.size, count(m.article_id) FROM story s"
            " LEFT JOIN story_article m ON m.story_id = s.id GROUP BY s.id, s.size"
        )
        for story, size, members in sizes:
            assert size == members > 0, f"story {story}: size {size}, {members} members"
        orphans = db.execute(
            "SELECT count(*) FROM story_article m LEFT JOIN story s ON s.id = m.story_id"
            " WHERE s.id IS NULL"
        )
        assert orphans[0][0] == 0
        return len(articles)


def _partition(url: str) -> set[frozenset[str]]:
    """The stories as sets of article content hashes (store ids may differ between runs)."""
    with open_store(url) as store:
        rows = store.db.execute(
            "SELECT m.story_id, a.content_hash FROM story_article m"
            " JOIN article a ON a.id = m.article_id"
        )
        stored = store.db.execute("SELECT count(*) FROM article")[0][0]
    groups: dict[str, set[str]] = {}
    for story, content_hash in rows:
        groups.setdefault(story, set()).add(content_hash)
    assert sum(len(g) for g in groups.values()) == stored, "an article without a story"
    return {frozenset(g) for g in groups.values()}


def test_sigkill_at_random_points_leaves_a_consistent_store_and_a_rerun_completes_it(
    make_url: Callable[[], str], tmp_path: Path
) -> None:
    inputs = _inputs(tmp_path)
    reference = make_url()
    began = time.monotonic()
    subprocess.run(_ingest_command(reference, inputs), check=True, timeout=600)
    full_run = time.monotonic() - began

    target = make_url()
    chance = random.Random(8)
    killed_mid_run = 0
    counts = []
    # A loaded machine can make runs finish before their kill: keep going (within a bound)
    # until enough kills have landed mid-run.
    for attempt in range(2 * KILLS):
        if attempt >= KILLS and killed_mid_run >= KILLS // 2:
            break
        process = subprocess.Popen(_ingest_command(target, inputs))
        time.sleep(chance.uniform(0.0, full_run))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed_mid_run += 1
        process.wait(timeout=600)
        counts.append(_check_consistent(target))
    subprocess.run(_ingest_command(target, inputs), check=True, timeout=600)

    assert killed_mid_run >= KILLS // 2, f"only {killed_mid_run} kills hit a running ingest"
    assert counts == sorted(counts), "a kill lost articles already committed"
    assert _check_consistent(target) == _check_consistent(reference)
    assert _partition(target) == _partition(reference)
    print(json.dumps({"kills": KILLS, "mid_run": killed_mid_run, "articles": counts}))
