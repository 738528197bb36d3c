"""Decide which file an output path may replace, and refuse every path that is not safe to.

The rule: only a regular file is ever replaced, or a new one created in an existing folder.
A symbolic link is followed, so the file it points to is replaced and the link kept; a link
that points nowhere, or at anything but a regular file, is refused. Folders, FIFOs, devices,
sockets, read-only files (their mode is never changed for them) and the run's own inputs (the
same file, hard links included) are refused.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from newsfuse.errors import OutputError

_KINDS = (
    (stat.S_ISDIR, "is a folder"),
    (stat.S_ISFIFO, "is a named pipe (FIFO)"),
    (stat.S_ISCHR, "is a character device"),
    (stat.S_ISBLK, "is a block device"),
    (stat.S_ISSOCK, "is a socket"),
)


def output_target(path: Path, inputs: Iterable[str | Path | int] = ()) -> Path:
    """The regular file that writing `path` replaces or creates, with any symlink resolved.

    `inputs` are paths or open file descriptors (0 for stdin) of the run's inputs.
    Raises OutputError naming `path` and the reason when the rule of this module refuses it.
    """
    path = Path(path)
    target = _followed(path)
    try:
        status = os.stat(target)
    except FileNotFoundError:
        _check_folder(path, target.parent)
        return target
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror or error})") from error
    for is_kind, what in _KINDS:
        if is_kind(status.st_mode):
            raise OutputError(f"{path}: not written, it {what}; give a regular file or -")
    if not stat.S_ISREG(status.st_mode):
        raise OutputError(f"{path}: not written, it is not a regular file")
    if (status.st_dev, status.st_ino) in _identities(inputs):
        raise OutputError(f"{path}: not written, it is one of this run's inputs")
    # Root may write anything, so the mode bits decide what counts as read-only.
    if not status.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise OutputError(f"{path}: not written, the file is read-only")
    return target


def _followed(path: Path) -> Path:
    """`path`, or the file its chain of symbolic links ends at."""
    if not path.is_symlink():
        return path
    resolved = Path(os.path.realpath(path))
    if resolved.is_symlink():  # realpath stops inside a loop
        raise OutputError(f"{path}: not written, it is a loop of symbolic links")
    if not resolved.exists():
        raise OutputError(
            f"{path}: not written, it is a symbolic link to {resolved}, which is missing"
        )
    return resolved


def _check_folder(path: Path, folder: Path) -> None:
    if not folder.is_dir():
        raise OutputError(f"{path}: cannot write, folder {folder} is missing")


def _identities(inputs: Iterable[str | Path | int]) -> set[tuple[int, int]]:
    found = set()
    for given in inputs:
        try:
            status = os.stat(given)
        except (OSError, ValueError):
            continue
        found.add((status.st_dev, status.st_ino))
    return found


__all__ = ["output_target"]
