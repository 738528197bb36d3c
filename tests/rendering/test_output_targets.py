"""Which paths an output may replace: regular files only, by one stated rule for links."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from newsfuse.errors import OutputError
from newsfuse.rendering.output import TEMP_PREFIX, write_atomic
from newsfuse.rendering.output_target import output_target


def test_a_fifo_is_refused_and_left_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "brief.json"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match=r"brief\.json: not written, it is a named pipe"):
        write_atomic(fifo, "text")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_character_device_is_refused(tmp_path: Path) -> None:
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device node needs root")
    with pytest.raises(OutputError, match="it is a character device"):
        write_atomic(device, "text")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="it is a folder"):
        write_atomic(tmp_path, "text")


def test_a_read_only_file_is_refused_and_its_mode_kept(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(OutputError, match="read-only"):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert target.stat().st_mode & 0o777 == 0o444


def test_an_input_of_the_run_is_refused_even_through_a_hard_link(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("the report", encoding="utf-8")
    twin = tmp_path / "twin.txt"
    os.link(report, twin)
    for target in (report, twin):
        with pytest.raises(OutputError, match="one of this run's inputs"):
            write_atomic(target, "brief", inputs=[str(report)])
    assert report.read_text(encoding="utf-8") == "the report"


def test_a_symbolic_link_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    written = write_atomic(link, "new")
    assert written == real
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "new"


def test_dangling_and_looping_links_and_links_to_fifos_are_refused(tmp_path: Path) -> None:
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nowhere.json")
    with pytest.raises(OutputError, match="which is missing"):
        write_atomic(dangling, "x")
    loop_a, loop_b = tmp_path / "a", tmp_path / "b"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    with pytest.raises(OutputError, match="loop of symbolic links"):
        write_atomic(loop_a, "x")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    to_fifo = tmp_path / "to-fifo.json"
    to_fifo.symlink_to(fifo)
    with pytest.raises(OutputError, match="named pipe"):
        write_atomic(to_fifo, "x")
    assert not (tmp_path / "nowhere.json").exists()


def test_a_new_file_in_an_existing_folder_is_allowed(tmp_path: Path) -> None:
    assert output_target(tmp_path / "new.json") == tmp_path / "new.json"


def test_the_temp_name_stays_short_for_the_longest_valid_target_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name_max = os.pathconf(tmp_path, "PC_NAME_MAX")
    target = tmp_path / ("b" * (name_max - 5) + ".json")
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(os.path.basename(src))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    write_atomic(target, "text")
    assert target.read_text(encoding="utf-8") == "text"
    assert seen and seen[0].startswith(TEMP_PREFIX) and len(seen[0]) < 64
