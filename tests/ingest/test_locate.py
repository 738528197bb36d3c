"""What the user named, expanded into inputs; each path not read gets a notice saying what it is."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from newsfuse.ingest.locate import locate
from newsfuse.model import Notice

STORY = "Fire crews said on Tuesday the blaze near the port was contained.\n"


def _reasons(notices: list[Notice]) -> dict[str, str]:
    return {Path(str(n.source)).name: n.message for n in notices}


def test_locate_gives_every_odd_folder_entry_a_notice(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(tmp_path / "sock.txt"))
        located, notices = locate([tmp_path])
    finally:
        listener.close()
    assert [item.id for item in located] == ["good.txt"]
    reasons = _reasons(notices)
    assert "hidden file" in reasons[".hidden.txt"]
    assert "hidden folder" in reasons[".git"]
    assert "does not exist" in reasons["gone.txt"]
    assert "symbolic link loop" in reasons["loop.txt"]
    assert "named pipe" in reasons["pipe.txt"]
    assert "socket" in reasons["sock.txt"]
    assert all(str(n.source) in n.message for n in notices)


def test_locate_follows_a_link_to_a_folder_once_and_names_the_loop(tmp_path: Path) -> None:
    story = tmp_path / "story"
    (story / "wire").mkdir(parents=True)
    (story / "wire" / "afp.txt").write_text(STORY, encoding="utf-8")
    (story / "wire" / "back").symlink_to(story, target_is_directory=True)
    located, notices = locate([story])
    assert [item.id for item in located] == ["afp.txt"]
    assert any(
        "already read" in n.message and n.source == str(story / "wire" / "back") for n in notices
    )


def test_locate_names_a_dangling_link_given_by_name(tmp_path: Path) -> None:
    link = tmp_path / "report.txt"
    link.symlink_to(tmp_path / "moved.txt")
    located, notices = locate([link])
    assert located == []
    assert "does not exist" in _reasons(notices)["report.txt"]


@pytest.mark.parametrize("url", ["http://[::1", "http://[localhost]/", "https://exa mple.org/"])
def test_locate_refuses_a_malformed_url_with_a_notice_naming_it(url: str) -> None:
    located, notices = locate([url])
    assert located == []
    assert [(n.level, n.source) for n in notices] == [("error", url)]
    assert notices[0].message.startswith(f"{url}: malformed URL")


@pytest.mark.parametrize(
    "url", ["file:///etc/hostname", "ftp://ftp.example.org/a.txt", "gopher://x/"]
)
def test_locate_says_unsupported_url_scheme_not_missing_file(url: str) -> None:
    located, notices = locate([url])
    assert located == []
    assert "unsupported URL scheme" in notices[0].message
    assert "no such file" not in notices[0].message


def test_locate_names_a_path_with_a_nul_byte_instead_of_raising(tmp_path: Path) -> None:
    given = str(tmp_path / "bad\x00name.txt")
    located, notices = locate([given, tmp_path])
    assert located == []
    assert [n.source for n in notices if n.level == "error"] == [given]
