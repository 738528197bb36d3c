"""`newsfuse brief --since` (a stored brief) and `--since-brief` (a saved JSON brief)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from newsfuse.cli.app import app
from newsfuse.store import open_store

runner = CliRunner()

QUAKE = (
    "A magnitude 6.1 earthquake struck the mountain town of Arvel on Monday morning, "
    "collapsing two schools and a bridge over the Sena river, the regional governor said. "
    "The governor said at least 14 people were killed and 200 injured in Arvel."
)
SECOND = (
    "At least 14 people died when a magnitude 6.1 quake hit Arvel on Monday, the regional "
    "governor said. Rescue teams from three provinces searched the rubble of two schools."
)
LATE = (
    "The regional governor said 14 people were killed in Arvel by Monday's magnitude 6.1 "
    "earthquake. Engineers will inspect the damaged Sena river bridge on Friday."
)


def write(folder: Path, reports: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def brief(*args: str) -> dict[str, object]:
    result = runner.invoke(app, ["brief", "--no-model", *args])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_since_brief_compares_with_a_saved_json_brief(tmp_path: Path) -> None:
    first = write(tmp_path / "r", {"quake.txt": QUAKE, "second.txt": SECOND})
    late = write(tmp_path / "late", {"late.txt": LATE})
    saved = tmp_path / "old.json"
    assert runner.invoke(app, ["brief", "--no-model", str(first), "-o", str(saved)]).exit_code == 0
    assert "changes" not in json.loads(saved.read_text(encoding="utf-8"))
    data = brief(str(first), str(late), "--since-brief", str(saved))
    changes = data["changes"]
    assert isinstance(changes, dict)
    assert changes["since"] == str(saved) and changes["new_sources"] == ["late.txt"]
    markdown = runner.invoke(
        app, ["brief", "--no-model", str(first), str(late), "--since-brief", str(saved), "-f", "md"]
    )
    assert f"## Changes since {saved}".replace("_", "\\_") in markdown.stdout


def test_since_names_a_stored_brief_by_id_or_by_time(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    with open_store(db) as store:
        store.ingest([str(write(tmp_path / "r", {"quake.txt": QUAKE, "second.txt": SECOND}))])
        (story,) = store.stories()
        (first,) = store.briefs_of(story.id)
        store.ingest([str(write(tmp_path / "late", {"late.txt": LATE}))], briefs=False)
    by_id = brief("--db", db, "--story", story.id, "--since", str(first.id))
    changes = by_id["changes"]
    assert isinstance(changes, dict)
    assert changes["since"] == str(first.id) and changes["new_sources"] == ["late.txt"]
    moment = (first.created + dt.timedelta(microseconds=1)).isoformat()  # just after the first
    by_time = brief("--db", db, "--story", story.id, "--since", moment)
    assert by_time["changes"] == {**changes, "since": moment}


def test_since_errors_name_the_reason(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    with open_store(db) as store:
        store.ingest([str(write(tmp_path / "r", {"quake.txt": QUAKE, "second.txt": SECOND}))])
        (story,) = store.stories()
    result = runner.invoke(app, ["brief", "--db", db, "--story", story.id, "--since", "2001-01-01"])
    assert result.exit_code != 0 and "no brief of story" in result.output
    result = runner.invoke(app, ["brief", "--db", db, "--story", story.id, "--since", "soon"])
    assert result.exit_code != 0 and "give a brief id" in result.output
    result = runner.invoke(app, ["brief", str(tmp_path / "r"), "--since", "3"])
    assert result.exit_code != 0 and "--since reads stored briefs" in result.output
