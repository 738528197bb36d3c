"""--quiet and --log-format json: what the CLI writes on stderr, for people and for machines."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsfuse.cli.app import app

runner = CliRunner()


def inputs(tmp_path: Path) -> list[str]:
    (tmp_path / "good.txt").write_text("The harbour fire burned for six hours on Tuesday night.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return [str(tmp_path)]


def test_json_log_lines_name_level_source_and_message(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--log-format", "json", "clean", *inputs(tmp_path)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stderr.splitlines()]
    assert {record["level"] for record in records} == {"info", "error"}
    (empty,) = [record for record in records if record["level"] == "error"]
    assert empty["source"].endswith("empty.txt") and "empty file" in empty["message"]


def test_json_log_escapes_control_characters_in_names(tmp_path: Path) -> None:
    (tmp_path / "evil\x1b[2J.txt").write_text("")
    (tmp_path / "good.txt").write_text("A report.\n")
    result = runner.invoke(app, ["--log-format", "json", "clean", str(tmp_path)])
    assert "\x1b" not in result.stderr and "\\u001b" in result.stderr


def test_quiet_prints_errors_only(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--quiet", "clean", *inputs(tmp_path)])
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("error:") for line in lines)
    assert "empty.txt" in result.stderr and "logo.png" not in result.stderr


def test_quiet_json_keeps_only_error_records(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--quiet", "--log-format", "json", "clean", *inputs(tmp_path)])
    records = [json.loads(line) for line in result.stderr.splitlines()]
    assert records and all(record["level"] == "error" for record in records)


def test_without_flags_the_notices_are_text_again(tmp_path: Path) -> None:
    runner.invoke(app, ["--log-format", "json", "clean", *inputs(tmp_path)])
    result = runner.invoke(app, ["clean", *inputs(tmp_path)])  # settings do not leak between runs
    assert "info:" in result.stderr and not result.stderr.lstrip().startswith("{")
