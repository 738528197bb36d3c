"""Incremental story assignment: an ingest clusters its new articles onto the stories still
hot and leaves older stories as they are, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsfuse.store.assign as assign_module
from newsfuse.model import CleanDoc
from newsfuse.settings import Settings
from newsfuse.store import open_store
from newsfuse.store.backend import Database
from newsfuse.stories import Clustering
from tests.store.databases import db_url, make_url, postgres_server
from tests.store.test_store import LAUNCH, QUAKE

__all__ = ["db_url", "make_url", "postgres_server"]  # fixtures used by name


def _jsonl(path: Path, records: list[tuple[str, str, str]]) -> str:
    lines = [json.dumps({"id": i, "text": text, "published": day}) for i, text, day in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _members(db: Database) -> dict[str, set[str]]:
    rows = db.execute(
        "SELECT m.story_id, a.source FROM story_article m JOIN article a ON a.id = m.article_id"
    )
    groups: dict[str, set[str]] = {}
    for story, source in rows:
        groups.setdefault(str(story), set()).add(str(source))
    return groups


def test_new_reports_join_their_hot_story_and_older_stories_are_not_read_again(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _jsonl(
        tmp_path / "first.jsonl",
        [
            ("launch", LAUNCH, "2023-10-02"),
            ("quake-wire", QUAKE, "2024-01-02"),
            ("quake-copy", QUAKE.replace("Monday morning", "Monday"), "2024-01-03"),
        ],
    )
    later = _jsonl(
        tmp_path / "later.jsonl", [("quake-late", QUAKE + " Aftershocks hit.", "2024-01-09")]
    )
    seen: list[list[str]] = []
    real = assign_module.cluster_docs

    def spying(docs: list[CleanDoc], settings: Settings, **options: object) -> Clustering:
        seen.append([d.id for d in docs])
        return real(docs, settings, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(assign_module, "cluster_docs", spying)
    with open_store(db_url) as store:
        store.ingest([first], briefs=False)
        before = _members(store.db)
        report, _ = store.ingest([later], briefs=False)
        after = _members(store.db)
    quake = next(s for s, m in before.items() if len(m) == 2)
    assert len(before) == 2 and report.stories == 2
    assert len(after[quake]) == 3  # the late report joined the story, under its id
    launch = next(s for s in before if s != quake)
    assert after[launch] == before[launch]
    # The launch, months older, is not read back: only the hot story and the new report.
    assert seen[1] == ["quake-wire", "quake-copy", "quake-late"]


def test_a_report_of_a_story_gone_cold_starts_a_story_of_its_own(
    db_url: str, tmp_path: Path
) -> None:
    first = _jsonl(tmp_path / "first.jsonl", [("launch", LAUNCH, "2023-10-02")])
    later = _jsonl(
        tmp_path / "later.jsonl", [("launch-again", LAUNCH + " Sales began.", "2024-03-01")]
    )
    with open_store(db_url) as store:
        store.ingest([first], briefs=False)
        report, _ = store.ingest([later], briefs=False)
        sizes = sorted(s.size for s in store.stories())
    assert report.stories == 2 and sizes == [1, 1]


def test_an_ingest_with_nothing_new_leaves_the_stories_as_they_are(
    db_url: str, tmp_path: Path
) -> None:
    first = _jsonl(
        tmp_path / "first.jsonl",
        [("quake", QUAKE, "2024-01-02"), ("launch", LAUNCH, "2024-01-02")],
    )
    with open_store(db_url) as store:
        store.ingest([first], briefs=False)
        before = _members(store.db)
        report, _ = store.ingest([first], briefs=False)
        after = _members(store.db)
    assert report.stories == 2 and after == before
