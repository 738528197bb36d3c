"""Expand what the user named (folders, files, globs, `-`, URLs) into a sorted list of inputs."""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from newsfuse.ingest.fetch import is_url
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
        items, problems = _expand(str(path))
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
        parts = urlsplit(given)
        segments = [s for s in parts.path.split("/") if s]
        return [Located("url", given, True, (parts.netloc.lower(), *segments))], []
    path = Path(given)
    if path.is_dir():
        return _walk(given)
    if path.is_file():
        return [_file(given, explicit=True)], []
    if _GLOB_CHARS & set(given):
        return _glob(given)
    reason = "no such file or folder" if not path.exists() else "not a regular file or folder"
    return [], [Notice(given, "error", f"{given}: {reason}")]


def _glob(pattern: str) -> tuple[list[Located], list[Notice]]:
    items: list[Located] = []
    notices: list[Notice] = []
    matches = sorted(glob.glob(pattern, recursive=True))
    for match in matches:
        if Path(match).is_dir():
            found, skipped = _walk(match)
            items += found
            notices += skipped
        elif Path(match).is_file():
            items.append(_file(match, explicit=True))
    if not matches:
        notices.append(Notice(pattern, "error", f"{pattern}: no file matches this pattern"))
    return items, notices


def _walk(folder: str) -> tuple[list[Located], list[Notice]]:
    """Files under `folder`, sorted by path; hidden ones (.git, .DS_Store) are skipped."""
    items: list[Located] = []
    notices: list[Notice] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(f for f in files if not f.startswith(".")):
            given = os.path.join(root, name)
            if format_from_name(name) is None:
                message = f"{given}: skipped, not a .txt, .html or .jsonl file"
                notices.append(Notice(given, "info", message))
            elif os.path.isfile(given):
                items.append(_file(given, explicit=False))
    if not items and not notices:
        notices.append(Notice(folder, "warning", f"{folder}: folder has no input files"))
    return items, notices


def _file(given: str, explicit: bool) -> Located:
    return Located("file", given, explicit, Path(given).resolve().parts)


__all__ = ["STDIN", "Located", "locate"]
