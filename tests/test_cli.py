"""The `newsfuse` command as a user runs it: arguments in, files and exit codes out."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfuse.cli.app import app

STORY = Path(__file__).resolve().parent.parent / "examples" / "harbour-fire" / "reports"
runner = CliRunner()


def test_brief_writes_json_contract_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["brief", str(STORY), "-o", str(out)])
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    assert brief["schema"] == "newsfuse.brief/3"
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


def _report(folder: Path, name: str = "report.txt") -> Path:
    source = STORY / "lanterfield-herald.txt"
    path = folder / name
    path.write_bytes(source.read_bytes())
    return path


def test_output_refuses_a_fifo_and_leaves_it_a_fifo(tmp_path: Path) -> None:
    report = _report(tmp_path)
    fifo = tmp_path / "brief.txt"
    os.mkfifo(fifo)
    result = runner.invoke(app, ["clean", str(report), "-o", str(fifo)])
    assert result.exit_code == 1
    assert "brief.txt: not written, it is a named pipe" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_output_never_replaces_an_input_of_the_run(tmp_path: Path) -> None:
    report = _report(tmp_path)
    before = report.read_bytes()
    for inputs in ([str(report)], [str(tmp_path)]):  # named directly, or found in its folder
        result = runner.invoke(app, ["clean", *inputs, "-o", str(report)])
        assert result.exit_code == 1
        assert "one of this run's inputs" in result.stderr
        assert report.read_bytes() == before


def test_output_follows_a_symbolic_link_and_keeps_it(tmp_path: Path) -> None:
    report = _report(tmp_path)
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "out" / "link.txt"
    link.parent.mkdir()
    link.symlink_to(real)
    result = runner.invoke(app, ["clean", str(report), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("SALTMERE")
    assert f"wrote {real} (through the link {link})" in result.stderr


def test_output_dash_means_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = _report(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["clean", str(report), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("SALTMERE")
    assert not (tmp_path / "-").exists()


def test_terminal_escapes_in_file_names_are_shown_escaped(tmp_path: Path) -> None:
    good = _report(tmp_path)
    hostile = tmp_path / "x\x1b]0;owned\x07\x1b[2J\x9by.txt"
    hostile.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(good), str(hostile)])
    assert result.exit_code == 0, result.output
    assert "x\\x1b]0;owned\\x07\\x1b[2J\\x9by.txt" in result.stderr
    assert not any(ch in result.stderr for ch in "\x1b\x07\x9b")


def test_terminal_escapes_in_usage_errors_are_shown_escaped() -> None:
    # Typer quotes bad values and options with repr(); this keeps it so through upgrades.
    result = runner.invoke(app, ["brief", str(STORY), "--format", "m\x1b[2Jd"])
    assert result.exit_code == 2
    assert "m\\x1b[2Jd" in result.stderr
    assert "\x1b[2J" not in result.stderr
    result = runner.invoke(app, ["brief", str(STORY), "--\x1b]0;t\x07"])
    assert result.exit_code == 2
    assert "\x1b]" not in result.stderr and "\x07" not in result.stderr


def test_no_model_says_the_brief_uses_rules_only() -> None:
    result = runner.invoke(app, ["brief", str(STORY), "--no-model", "-f", "md"])
    assert result.exit_code == 0, result.output
    assert "info: the spaCy model is turned off" in result.stderr


def test_output_never_replaces_the_file_given_as_stdin(tmp_path: Path) -> None:
    report = _report(tmp_path)
    before = report.read_bytes()
    command = [sys.executable, "-c", "from newsfuse.cli.app import main; main()"]
    with report.open("rb") as stdin:
        done = subprocess.run(
            [*command, "clean", "-", "-o", str(report)],
            stdin=stdin,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 1
    assert "one of this run's inputs" in done.stderr
    assert report.read_bytes() == before


def test_an_unexpected_error_is_one_escaped_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse import api

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("cannot parse x\x1b[2J.txt")

    monkeypatch.setattr(api, "clean", broken)
    result = runner.invoke(app, ["clean", str(STORY)])
    assert result.exit_code == 1
    assert "internal error (ValueError: cannot parse x\\x1b[2J.txt)" in result.stderr
    assert "--debug" in result.stderr and "\x1b" not in result.stderr
    result = runner.invoke(app, ["clean", str(STORY), "--debug"])
    assert isinstance(result.exception, ValueError)


def test_a_brief_printed_to_a_terminal_shows_escapes_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsfuse.cli.common as cli

    report = tmp_path / "report.txt"
    report.write_text(
        "Firefighters fought a \x1b[2Jblaze at the harbour on Tuesday, officials said. "
        "About 200 people were evacuated from nearby streets overnight, the mayor said.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(cli, "stdout_is_terminal", lambda: True)
    shown = runner.invoke(app, ["clean", str(report)])
    assert shown.exit_code == 0, shown.output
    assert "\\x1b[2Jblaze" in shown.stdout and "\x1b" not in shown.stdout


def test_a_brief_piped_elsewhere_is_written_unchanged(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import newsfuse.cli.common as cli

    monkeypatch.setattr(cli, "stdout_is_terminal", lambda: False)
    cli.emit("colour \x1b[1mbold\x1b[0m\n", None, [])
    assert capsys.readouterr().out == "colour \x1b[1mbold\x1b[0m\n"


def test_file_names_in_messages_are_shown_literally(tmp_path: Path) -> None:
    # Rich would turn ":fire:" into an emoji, "[red]" into a style and wrap a long path.
    name = ":fire:[red]" + "x" * 120 + ".txt"
    empty = tmp_path / name
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(_report(tmp_path)), str(empty)])
    assert result.exit_code == 0, result.output
    assert str(empty) in result.stderr
