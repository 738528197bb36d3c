"""Expand what the user named (folders, files, globs, `-`, URLs) into a sorted list of inputs."""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from newsfuse.errors import InputError
from newsfuse.failures import unexpected
from newsfuse.ingest.fetching.urls import is_url, parse_target, url_scheme
from newsfuse.ingest.formats.dispatch import stream_format
from newsfuse.ingest.ids import tail_names
from newsfuse.ingest.sniff import format_from_name
from newsfuse.model import Notice

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Located:
    """One input to read. `explicit` inputs were named by the user, so odd names are sniffed."""

    origin: Literal["file", "stdin", "url"]
    given: str  # the path as given or found, or the URL
    explicit: bool
    key: tuple[str, ...]  # absolute path parts (or host and URL path); names and de-duplicates
    id: str = ""


def locate(paths: Sequence[str | Path]) -> tuple[list[Located], list[Notice]]:
    """Every input the paths name, once each, in a deterministic order, with ids assigned."""
    found: list[Located] = []
    notices: list[Notice] = []
    for path in paths:
        given = str(path)
        try:
            items, problems = _expand(given)
        except Exception as error:  # one bad argument costs only itself, type named
            items, problems = [], [Notice(given, "error", f"{given}: {unexpected(error)}")]
        found += items
        notices += problems
    first: dict[tuple[str, ...], Located] = {}
    for item in found:
        first.setdefault(item.key, item)  # a file named twice (also via its folder) is read once
    unique = list(first.values())
    names = tail_names([item.key for item in unique])
    located = [
        Located(item.origin, item.given, item.explicit, item.key, name)
        for item, name in zip(unique, names, strict=True)
    ]
    return located, notices


def _expand(given: str) -> tuple[list[Located], list[Notice]]:
    if given == STDIN:
        return [Located("stdin", STDIN, True, ("stdin",))], []
    if is_url(given):
        return _url(given)
    path = Path(given)
    kind = path_kind(path)
    if kind == "folder":
        return _walk(given)
    if kind == "file":
        return [_file(given, explicit=True)], []
    scheme = url_scheme(given)
    if kind == "missing" and scheme and given[len(scheme) + 1 :].startswith("//"):
        reason = f"unsupported URL scheme {scheme!r}; only http and https URLs are read"
        return [], [Notice(given, "error", f"{given}: {reason}")]
    if kind == "missing" and _GLOB_CHARS & set(given):
        return _glob(given)
    return [], [Notice(given, "error", f"{given}: {_NOT_READ[kind]}")]


def _url(given: str) -> tuple[list[Located], list[Notice]]:
    """A checked http(s) URL, or a notice naming it when it is malformed (network or not)."""
    try:
        parse_target(given)
    except InputError as error:
        return [], [Notice(given, "error", f"{given}: {error.reason}")]
    parts = urlsplit(given)
    segments = [s for s in parts.path.split("/") if s]
    return [Located("url", given, True, (parts.netloc.lower(), *segments))], []


PathKind = Literal[
    "file", "folder", "missing", "dangling", "loop", "fifo", "socket", "device", "other"
]
# Why a path that is no regular file or folder is not read.
_NOT_READ: dict[PathKind, str] = {
    "missing": "no such file or folder",
    "dangling": "skipped, a symbolic link to something that does not exist",
    "loop": "skipped, a symbolic link loop",
    "fifo": "skipped, a named pipe (FIFO), not a regular file",
    "socket": "skipped, a socket, not a regular file",
    "device": "skipped, a device, not a regular file",
    "other": "skipped, not a regular file or folder",
}


def path_kind(path: Path) -> PathKind:
    """What `path` is, following symbolic links, without opening it."""
    try:
        mode = path.stat().st_mode
    except ValueError:  # a NUL byte in the name: no such path can exist
        return "missing"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "loop"
        if path.is_symlink():
            return "dangling"
        return "missing" if error.errno in (errno.ENOENT, errno.ENOTDIR) else "other"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "other"


def _glob(pattern: str) -> tuple[list[Located], list[Notice]]:
    items: list[Located] = []
    notices: list[Notice] = []
    matches = sorted(glob.glob(pattern, recursive=True))
    for match in matches:
        kind = path_kind(Path(match))
        if kind == "folder":
            found, skipped = _walk(match)
            items += found
            notices += skipped
        elif kind == "file":
            items.append(_file(match, explicit=True))
        else:
            notices.append(Notice(match, "warning", f"{match}: {_NOT_READ[kind]}"))
    if not matches:
        notices.append(Notice(pattern, "error", f"{pattern}: no file matches this pattern"))
    return items, notices


def _walk(folder: str) -> tuple[list[Located], list[Notice]]:
    """Report files under `folder`, sorted by path, following symbolic links to folders once
    each. Every entry not read gets a notice: hidden ones (.git, .DS_Store), other formats,
    dangling links, link loops, pipes, sockets and devices."""
    items: list[Located] = []
    notices: list[Notice] = []
    seen: set[tuple[int, int]] = set()

    def visit(current: str) -> None:
        try:
            status = os.stat(current)
            if (status.st_dev, status.st_ino) in seen:
                reason = "skipped, a folder already read (a symbolic link leads back to it)"
                notices.append(Notice(current, "warning", f"{current}: {reason}"))
                return
            seen.add((status.st_dev, status.st_ino))
            names = sorted(os.listdir(current))
        except OSError as error:
            reason = f"folder cannot be listed ({error.strerror or error})"
            notices.append(Notice(current, "error", f"{current}: {reason}"))
            return
        for name in names:
            given = os.path.join(current, name)
            kind = path_kind(Path(given))
            if name.startswith("."):
                what = "folder" if kind == "folder" else "file"
                message = f"{given}: skipped, a hidden {what}"
                notices.append(Notice(given, "info", message))
            elif kind == "folder":
                visit(given)
            elif kind != "file":
                notices.append(Notice(given, "warning", f"{given}: {_NOT_READ[kind]}"))
            elif format_from_name(name) is None and stream_format(name) is None:
                what = ".txt, .html, .jsonl, .csv, feed, WARC or Parquet file"
                message = f"{given}: skipped, not a {what}"
                notices.append(Notice(given, "info", message))
            else:
                items.append(_file(given, explicit=False))

    visit(folder)
    if not items and not notices:
        notices.append(Notice(folder, "warning", f"{folder}: folder has no input files"))
    return items, notices


def _file(given: str, explicit: bool) -> Located:
    return Located("file", given, explicit, Path(given).resolve().parts)


__all__ = ["STDIN", "Located", "PathKind", "locate", "path_kind"]
