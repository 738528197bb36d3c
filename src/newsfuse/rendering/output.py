"""Write outputs atomically: readers see the old file or the whole new one, never half of one.

The text goes to a temp file in the target's folder, then one rename replaces the target. The
temp file is named `.newsfuse-tmp.<host>.<pid>.<random>` (short, whatever the target's name),
removed on any error and on SIGTERM, SIGINT or SIGHUP during the write (the signal is then
delivered as it would have been). A SIGKILL cannot be caught: the next write into that folder
removes temp files of this host whose process is gone. Which paths may be written at all is
decided by `newsfuse.rendering.output_target`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import signal
import socket
import stat
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from newsfuse.errors import OutputError
from newsfuse.rendering.output_target import output_target

TEMP_PREFIX = ".newsfuse-tmp."
_NEW_FILE_MODE = 0o644
_CAUGHT = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


def write_atomic(path: Path, text: str, inputs: Iterable[str | Path | int] = ()) -> Path:
    """Write `text` (UTF-8) over the file `path` names, through a temp file and a rename.

    `inputs` are the run's input files (paths, or open descriptors such as 0 for stdin), which
    are never overwritten. Returns the file written (the target of `path` when it is a symbolic
    link). Raises OutputError naming `path` when it is refused or anything fails; any existing
    file is then left as it was.
    """
    path = Path(path)
    target = output_target(path, inputs)
    remove_stale_temps(target.parent)
    temp = target.parent / _temp_name()
    with _signals_raised():
        try:
            descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temp, _mode_for(target))
            os.replace(temp, target)
        except BaseException as error:
            if not isinstance(error, FileExistsError):  # a name we did not create is not ours
                with contextlib.suppress(OSError):
                    os.unlink(temp)
            if isinstance(error, Exception):
                reason = getattr(error, "strerror", None) or error
                raise OutputError(f"{path}: cannot write ({reason})") from error
            raise
    _sync_folder(target.parent)
    return target


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove the temp files a killed newsfuse process of this host left in `folder`."""
    removed = []
    host = _host_tag()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            owner = _owner_pid(entry.name, host)
            if owner is None or _alive(owner):
                continue
            with contextlib.suppress(OSError):
                if stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _temp_name() -> str:
    return f"{TEMP_PREFIX}{_host_tag()}.{os.getpid()}.{secrets.token_hex(4)}"


def _host_tag() -> str:
    # Folders can be shared between machines: a pid only means something on its own host.
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def _owner_pid(name: str, host: str) -> int | None:
    """The pid in a temp file name of this host, or None for any other name."""
    if not name.startswith(TEMP_PREFIX):
        return None
    parts = name[len(TEMP_PREFIX) :].split(".")
    if len(parts) != 3 or parts[0] != host or not parts[1].isdigit():
        return None
    return int(parts[1])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process, or we cannot tell: leave its file alone
    return True


class _Interrupted(BaseException):
    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _signals_raised() -> Iterator[None]:
    """Turn termination signals into an exception for the duration of the write, so that the
    temp file is removed; then deliver the signal again under the handlers from before."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return

    def interrupt(signum: int, _frame: FrameType | None) -> None:
        raise _Interrupted(signum)

    previous: dict[signal.Signals, Any] = {}
    for signum in _CAUGHT:
        handler = signal.getsignal(signum)
        if handler not in (signal.SIG_IGN, None):
            previous[signum] = signal.signal(signum, interrupt)
    try:
        yield
    except _Interrupted as interrupted:
        _restore(previous)
        signal.raise_signal(interrupted.signum)
        name = signal.Signals(interrupted.signum).name
        raise OutputError(f"not written: interrupted by {name}") from None
    finally:
        _restore(previous)


def _restore(previous: dict[signal.Signals, Any]) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some file systems cannot open a folder, which is fine."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; the temp's private 0600 would surprise a new one."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return _NEW_FILE_MODE


__all__ = ["TEMP_PREFIX", "output_target", "remove_stale_temps", "write_atomic"]
