"""The `newsfuse` command as a user runs it: arguments in, files and exit codes out."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsfuse.cli.app import app

STORY = Path(__file__).resolve().parent.parent / "examples" / "harbour-fire" / "reports"
runner = CliRunner()


def test_brief_writes_json_contract_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["brief", str(STORY), "-o", str(out)])
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    assert brief["schema"] == "newsfuse.brief/2"
    assert len(brief["sources"]) == len(list(STORY.iterdir()))
    assert 5 <= len(brief["summary"]) <= 10


def test_brief_markdown_goes_to_stdout() -> None:
    result = runner.invoke(app, ["brief", str(STORY), "--format", "md", "-n", "5"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ")
    assert "## Summary" in result.stdout


def test_brief_without_any_usable_input_fails_with_a_clear_message(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["brief", str(empty)])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    assert "no usable report" in result.stderr


def test_brief_failure_leaves_an_existing_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    out.write_text("previous brief", encoding="utf-8")
    missing = tmp_path / "nothing-here"
    result = runner.invoke(app, ["brief", str(missing), "-o", str(out)])
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "previous brief"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.json"]


def test_brief_rejects_a_summary_length_out_of_range() -> None:
    result = runner.invoke(app, ["brief", str(STORY), "-n", "3"])
    assert result.exit_code == 2


def test_clean_jsonl_gives_one_record_per_input_in_order() -> None:
    result = runner.invoke(app, ["clean", str(STORY), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["id"] for r in records] == sorted(p.name for p in STORY.iterdir())
    for record in records:
        assert set(record) == {"id", "title", "published", "text", "removed"}
        assert record["text"].strip()


def test_version_prints_the_package_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("newsfuse ")
