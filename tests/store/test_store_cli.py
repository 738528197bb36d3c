"""The store commands end to end: ingest, stories, search and brief --db --story."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsfuse.cli.app import app
from tests.conftest import EXAMPLES

REPORTS = str(EXAMPLES / "harbour-fire" / "reports")


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ingest_then_list_search_and_brief_a_story(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    code, _, err = _run("ingest", REPORTS, "--db", db, "--no-briefs")
    assert code == 0, err
    assert "7 articles added" in err

    code, listing, _ = _run("stories", "--db", db, "--format", "json")
    stories = json.loads(listing)
    assert code == 0 and sum(s["size"] for s in stories) == 7
    biggest = max(stories, key=lambda s: s["size"])

    code, hits, _ = _run("search", "--db", db, "looting")
    assert code == 0 and hits.strip()
    assert all(line.split("\t")[1].startswith("s") for line in hits.splitlines())

    code, body, err = _run("brief", "--db", db, "--story", biggest["id"])
    assert code == 0, err
    brief = json.loads(body)
    assert len(brief["sources"]) == biggest["size"]
    code, again, _ = _run("brief", "--db", db, "--story", biggest["id"])
    assert again == body  # served from the store


def test_quiet_ingest_prints_nothing_and_a_rerun_adds_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    assert _run("ingest", REPORTS, "--db", db, "--no-briefs", "--quiet") == (0, "", "")
    code, _, err = _run("ingest", REPORTS, "--db", db, "--no-briefs")
    assert code == 0 and "0 articles added, 7 already stored" in err


def test_brief_from_the_store_needs_both_options_and_no_inputs(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    code, _, err = _run("brief", "--db", db)
    assert code == 1 and "--db and --story go together" in err
    code, _, err = _run("brief", REPORTS, "--db", db, "--story", "s1")
    assert code == 1 and "not both" in err
    code, _, err = _run("brief")
    assert code == 1 and "no input given" in err


def test_an_unknown_story_or_database_url_is_named(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    code, _, err = _run("brief", "--db", db, "--story", "s99")
    assert code == 1 and "s99" in err and "no such story" in err
    code, _, err = _run("stories", "--db", "mysql://host/db")
    assert code == 1 and "mysql://host/db" in err


def test_a_stored_story_renders_as_markdown_too(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    _run("ingest", REPORTS, "--db", db, "--no-briefs", "--quiet")
    code, text, err = _run("brief", "--db", db, "--story", "s1", "--format", "md")
    assert code == 0, err
    assert text.startswith("# ") and "## Summary" in text
