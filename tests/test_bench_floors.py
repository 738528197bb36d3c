"""bench/floors.py, which the gated bench scripts share: their options, skip and floor check."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def floors() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import floors

        yield floors
    finally:
        sys.path.remove(str(ROOT / "bench"))


def test_a_figure_at_its_floor_passes_and_one_under_fails_by_name(
    floors: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert floors.check({"recall": 0.5, "f1": 0.9}, {"recall": 0.5}) == 0
    assert floors.check({"recall": 0.49, "f1": 0.7}, {"recall": 0.5, "f1": 0.8}) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "FAIL: recall 0.490 is below its floor 0.500",
        "FAIL: f1 0.700 is below its floor 0.800",
    ]


def test_the_gate_skips_in_one_line_naming_the_first_missing_file(
    floors: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.jsonl").write_text("{}\n")
    assert floors.absent("demo", tmp_path, ["a.jsonl"]) is False
    assert floors.absent("demo", tmp_path, ["a.jsonl", "b.jsonl", "c.jsonl"]) is True
    out = capsys.readouterr().out
    assert out == f"demo gate skipped: {tmp_path}/b.jsonl is absent (CI has it)\n"


def test_options_read_data_and_check(floors: ModuleType, tmp_path: Path) -> None:
    parser = floors.options("Demo gate.\n\nMore words.", Path("default"))
    assert parser.description == "Demo gate."
    args = parser.parse_args(["--data", str(tmp_path), "--check"])
    assert (args.data, args.check) == (tmp_path, True)
    assert parser.parse_args([]).data == Path("default")
