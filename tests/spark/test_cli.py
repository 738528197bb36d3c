"""`newsfuse spark` end to end in local mode, through the console command and spark-submit,
and its one-line errors when Spark cannot run or --out is not safe to replace."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfuse.cli.app import app
from tests.spark.corpus import ecb_partitions

BIN = Path(sys.executable).parent


def _needs_spark() -> None:
    pytest.importorskip("pyspark", reason="the `spark` extra is not installed")
    pytest.importorskip("pyarrow", reason="the `parquet` extra is not installed")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime (default-jre-headless) for Spark")


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    # spark-submit starts the driver with PYSPARK_DRIVER_PYTHON, the executors with
    # PYSPARK_PYTHON: both must be this interpreter, which has newsfuse installed.
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)


def _stored(db: Path, out: Path) -> str:
    loaded = _run([str(BIN / "newsfuse"), "ingest", str(out), "--db", str(db), "--no-briefs"])
    assert loaded.returncode == 0, loaded.stderr
    return loaded.stderr


def test_spark_command_writes_parquet_that_ingest_loads(tmp_path: Path) -> None:
    _needs_spark()
    paths = ecb_partitions(tmp_path, 2, size=12)
    out = tmp_path / "out"

    done = _run([str(BIN / "newsfuse"), "spark", *paths, "--out", str(out), "--master", "local[2]"])

    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    summary = done.stderr.strip().splitlines()[-1]
    assert summary.startswith(f"{out}: 24 articles in ")
    assert "from 2 inputs in 2 partitions on local[2]" in summary
    assert {p.suffix for p in out.iterdir()} == {".parquet"}  # no checksum or marker files
    stories = summary.split(" articles in ")[1].split(" stories")[0]
    assert "articles added" in (line := _stored(tmp_path / "news.db", out))
    assert f", {stories} stories," in line


def test_spark_submit_runs_the_entry_point_on_the_master_it_was_given(tmp_path: Path) -> None:
    _needs_spark()
    submit = BIN / "spark-submit"
    if not submit.is_file():
        pytest.skip(f"no spark-submit next to {sys.executable}")
    (path,) = ecb_partitions(tmp_path, 1, size=8)
    out = tmp_path / "out"
    entry = _run([sys.executable, "-m", "newsfuse.spark.submit", "--path"]).stdout.strip()

    done = _run([str(submit), "--master", "local[1]", entry, path, "--out", str(out)])

    assert done.returncode == 0, done.stderr
    shown = done.stdout + done.stderr  # spark-submit sends the driver's stderr to its stdout
    assert "8 articles in " in shown and "on local[1]" in shown
    assert "8 articles added" in _stored(tmp_path / "news.db", out)


def test_out_holding_other_files_is_refused_before_spark_starts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    report = data / "report.jsonl"
    report.write_text('{"id": "a", "text": "Rain fell on the city all day."}\n')

    result = CliRunner().invoke(app, ["spark", str(report), "--out", str(data)])

    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "holds 'report.jsonl', not an earlier `newsfuse spark` output" in result.stderr
    assert report.exists()


def test_no_java_is_one_line_naming_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyspark", reason="the `spark` extra is not installed")
    report = tmp_path / "report.jsonl"
    report.write_text('{"id": "a", "text": "Rain fell on the city all day."}\n')
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)

    result = CliRunner().invoke(app, ["spark", str(report), "--out", str(tmp_path / "out")])

    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "needs a Java runtime" in result.stderr
    assert "default-jre-headless" in result.stderr


def test_no_pyspark_is_one_line_naming_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "report.jsonl"
    report.write_text('{"id": "a", "text": "Rain fell on the city all day."}\n')
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)  # import fails as if not installed

    result = CliRunner().invoke(app, ["spark", str(report), "--out", str(tmp_path / "out")])

    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "pip install 'newsfuse[spark]'" in result.stderr


def test_out_holding_inputs_named_like_part_files_is_refused(tmp_path: Path) -> None:
    report = tmp_path / "report.jsonl"
    report.write_text('{"id": "a", "text": "Rain fell on the city all day."}\n')
    data = tmp_path / "data"
    data.mkdir()
    (data / "part-0.jsonl").write_text('{"id": "b", "text": "Snow fell."}\n')

    result = CliRunner().invoke(app, ["spark", str(report), "--out", str(data)])

    assert result.exit_code == 1
    assert "holds 'part-0.jsonl', not an earlier `newsfuse spark` output" in result.stderr
    assert (data / "part-0.jsonl").exists()
