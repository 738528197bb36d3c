"""The store, specified on SQLite and PostgreSQL alike: one article stored once, stories with
stable ids, full-text search, versioned schema, briefs cached and kept with their history."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsfuse.errors import ConfigError, InputError
from newsfuse.store import open_store
from tests.store.databases import db_url, make_url, postgres_server, write_reports

__all__ = ["db_url", "make_url", "postgres_server"]  # fixtures used by name

QUAKE = (
    "A magnitude 6.1 earthquake struck the mountain town of Arvel on Monday morning, "
    "collapsing two schools and a bridge over the Sena river, the regional governor said. "
    "Rescue teams from three provinces pulled survivors from the rubble through the night. "
    "The governor said at least 14 people were killed and 200 injured in Arvel."
)
LAUNCH = (
    "Orbitel unveiled its first folding tablet in Lisbon on Thursday, pricing it at 1,299 euros. "
    "Chief executive Marta Quental said the device would ship to twelve countries in May. "
    "Analysts at the launch said the price would limit sales to business buyers."
)


def _reports(tmp_path: Path) -> Path:
    return write_reports(
        tmp_path / "reports",
        {
            "quake-wire.txt": QUAKE,
            "quake-copy.txt": QUAKE.replace("Monday morning", "Monday"),
            "launch.txt": LAUNCH,
        },
    )


def test_ingest_keeps_raw_clean_text_and_hash_and_stores_each_article_once(
    db_url: str, tmp_path: Path
) -> None:
    folder = _reports(tmp_path)
    with open_store(db_url) as store:
        first, _ = store.ingest([str(folder)], briefs=False)
        again, _ = store.ingest([str(folder)], briefs=False)
        rows = store.db.execute("SELECT source, raw, text, content_hash FROM article")
    assert (first.added, first.duplicates) == (3, 0)
    assert (again.added, again.duplicates) == (0, 3)
    assert len(rows) == 3
    for source, raw, text, content_hash in rows:
        assert raw == (folder / source).read_text(encoding="utf-8")
        assert content_hash == hashlib.sha256(text.encode()).hexdigest()


def test_the_same_text_under_another_name_is_a_duplicate(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url) as store:
        store.ingest([str(_reports(tmp_path))], briefs=False)
        other = write_reports(tmp_path / "other", {"renamed.txt": LAUNCH})
        report, _ = store.ingest([str(other)], briefs=False)
    assert (report.added, report.duplicates) == (0, 1)


def test_stories_group_the_copies_apart_from_the_other_event(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url) as store:
        store.ingest([str(_reports(tmp_path))], briefs=False)
        stories = store.stories()
    assert sorted(s.size for s in stories) == [1, 2]
    quake = next(s for s in stories if s.size == 2)
    assert "earthquake" in quake.title.lower() or "arvel" in quake.title.lower()


def test_story_ids_stay_when_the_story_grows(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url) as store:
        store.ingest([str(_reports(tmp_path))], briefs=False)
        before = {s.size: s.id for s in store.stories()}
        more = write_reports(tmp_path / "more", {"quake-late.txt": QUAKE + " Aftershocks hit."})
        store.ingest([str(more)], briefs=False)
        after = {s.id: s.size for s in store.stories()}
    assert after[before[2]] == 3
    assert after[before[1]] == 1


def test_search_finds_articles_by_their_words(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url) as store:
        store.ingest([str(_reports(tmp_path))], briefs=False)
        tablet = store.search("folding tablet")
        quake = store.search("rubble survivors")
        nothing = store.search("zeppelin")
        hostile = store.search('"tablet* (')
    assert [h.source for h in tablet] == ["launch.txt"]
    assert sorted(h.source for h in quake) == ["quake-copy.txt", "quake-wire.txt"]
    assert all(h.story_id for h in quake)
    assert nothing == []
    assert [h.source for h in hostile] == ["launch.txt"]


def test_a_database_newer_than_the_code_is_refused(db_url: str) -> None:
    with open_store(db_url) as store:
        store.db.execute("UPDATE schema_version SET version = version + 1")
        if store.db.dialect == "postgresql":
            store.db._conn.commit()
    with pytest.raises(ConfigError, match="newer than this newsfuse"):
        open_store(db_url)


def test_migrations_are_recorded_and_reopening_changes_nothing(db_url: str) -> None:
    from newsfuse.store.schema import CURRENT, version_of

    with open_store(db_url) as store:
        assert version_of(store.db) == CURRENT
    with open_store(db_url) as store:
        assert store.db.execute("SELECT count(*) FROM schema_version")[0][0] == 1


def test_briefs_are_cached_until_the_story_changes_and_kept_with_history(
    db_url: str, tmp_path: Path
) -> None:
    with open_store(db_url) as store:
        store.ingest([str(_reports(tmp_path))], briefs=False)
        quake = next(s for s in store.stories() if s.size == 2)
        first = store.brief(quake.id)
        cached = store.brief(quake.id)
        more = write_reports(tmp_path / "more", {"quake-late.txt": QUAKE + " Aftershocks hit."})
        store.ingest([str(more)], briefs=False)
        grown = store.brief(quake.id)
        history = store.briefs_of(quake.id)
        loaded = store.load_brief(first.id)
        links = store.db.execute(
            "SELECT count(*) FROM passage_link WHERE brief_id = ?", (first.id,)
        )[0][0]
        with pytest.raises(InputError, match="no brief"):
            store.load_brief(first.id + 100)
    assert cached.id == first.id
    assert grown.id != first.id and len(grown.articles) == 3
    assert [b.id for b in history] == [first.id, grown.id]
    assert loaded == first
    body = json.loads(first.body)
    assert body["schema"].startswith("newsfuse.brief/") and len(body["sources"]) == 2
    assert links > 0  # the copy's sentences are linked to the wire story's


def test_ingest_briefs_every_changed_story_once(
    make_url: Callable[[], str], tmp_path: Path
) -> None:
    url = make_url()
    folder = _reports(tmp_path)
    with open_store(url) as store:
        made, _ = store.ingest([str(folder)])
        again, _ = store.ingest([str(folder)])
    assert made.briefs == made.stories == 2
    assert again.briefs == 0


def test_a_stored_brief_shows_what_cleaning_removed_from_each_page(db_url: str) -> None:
    page = (
        Path(__file__).resolve().parents[2]
        / "examples/harbour-fire/reports/kestrel-coast-times.html"
    )
    with open_store(db_url) as store:
        store.ingest([str(page)], briefs=False)
        (story,) = store.stories()
        body = json.loads(store.brief(story.id).body)
    (source,) = body["sources"]
    assert source["removed"], "the page's navigation and footer are kept as removed text"
    assert all(isinstance(text, str) and text.strip() for text in source["removed"])


def test_a_database_of_the_first_schema_gains_the_removed_column_and_keeps_its_rows(
    db_url: str, tmp_path: Path
) -> None:
    from newsfuse.store.backend import Database, parse_url
    from newsfuse.store.schema import CURRENT, MIGRATIONS

    db = Database(parse_url(db_url))
    with db.transaction():
        db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        db.script(MIGRATIONS[0](db.dialect))
        db.execute("INSERT INTO schema_version (version) VALUES (1)")
    with db.transaction():
        db.execute(
            "INSERT INTO article (source, raw_hash, content_hash, kind, raw, text, ingested_at)"
            " VALUES ('old.txt', 'r', 'c', 'text', 'Old text.', 'Old text.', '2026-01-01')"
        )
    db.close()
    with open_store(db_url) as store:
        from newsfuse.store.articles import load_articles
        from newsfuse.store.schema import version_of

        assert version_of(store.db) == CURRENT
        ((_, doc),) = load_articles(store.db)
    assert (doc.id, doc.text, doc.removed) == ("old.txt", "Old text.", ())
