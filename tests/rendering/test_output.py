"""Atomic writes: the old file or the whole new one, never half of one, and no stray temp file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsfuse.errors import OutputError
from newsfuse.rendering import write_atomic


def test_write_atomic_writes_utf8_text(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    write_atomic(target, "# Nîmes “fire”\n")
    assert target.read_text(encoding="utf-8") == "# Nîmes “fire”\n"
    assert os.listdir(tmp_path) == ["brief.md"]


def test_write_atomic_keeps_the_old_file_when_replace_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.json"
    target.write_text("old brief", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match=r"brief\.json: cannot write"):
        write_atomic(target, "new brief")
    assert target.read_text(encoding="utf-8") == "old brief"
    assert os.listdir(tmp_path) == ["brief.json"]


def test_write_atomic_keeps_the_old_file_when_the_text_cannot_be_encoded(tmp_path: Path) -> None:
    target = tmp_path / "brief.html"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(OutputError):
        write_atomic(target, "lone surrogate \ud800")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["brief.html"]


def test_write_atomic_names_the_path_when_the_folder_is_missing(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="missing"):
        write_atomic(tmp_path / "missing" / "brief.md", "x")


def test_write_atomic_keeps_permissions_of_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.stat().st_mode & 0o777 == 0o640
