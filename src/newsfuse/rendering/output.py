"""Write outputs atomically: readers see the old file or the whole new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from newsfuse.errors import OutputError

_NEW_FILE_MODE = 0o644


def write_atomic(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` through a temp file in the same folder and a rename.

    Raises OutputError naming `path` when anything fails; the temp file is then removed and any
    existing file at `path` is left as it was.
    """
    path = Path(path)
    try:
        descriptor, temp_name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror or error})") from error
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, _mode_for(path))
        os.replace(temp_name, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, Exception):
            reason = getattr(error, "strerror", None) or error
            raise OutputError(f"{path}: cannot write ({reason})") from error
        raise


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; mkstemp's private 0600 would surprise a new one."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return _NEW_FILE_MODE


__all__ = ["write_atomic"]
