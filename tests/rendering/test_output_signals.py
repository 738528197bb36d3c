"""A write stopped by a signal leaves the old file and, sooner or later, no temp file.

Each test runs a real process that stalls inside the write (its fsync is made to wait), then
signals it, as a user pressing Ctrl-C or a scheduler stopping a job would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse.rendering.output import TEMP_PREFIX, write_atomic

STALLED_WRITER = """
import os, signal, sys, time
from pathlib import Path
from newsfuse.rendering import write_atomic

# A job started in the background (or under nohup) inherits SIGINT or SIGHUP ignored, which
# write_atomic respects; this writer stands for a command run from a terminal.
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGHUP, signal.SIG_DFL)
signal.signal(signal.SIGTERM, signal.SIG_DFL)

def stalled(descriptor):
    print("writing", flush=True)
    time.sleep(60)

os.fsync = stalled
write_atomic(Path(sys.argv[1]), "new brief")
"""


def _temps(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


def _stalled_writer(target: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", STALLED_WRITER, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "writing\n"
    assert len(_temps(target.parent)) == 1
    return process


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "brief.json"
    path.write_text("old brief", encoding="utf-8")
    return path


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_terminating_signal_removes_the_temp_file_and_still_ends_the_process(
    target: Path, signum: signal.Signals
) -> None:
    process = _stalled_writer(target)
    process.send_signal(signum)
    assert process.wait(timeout=120) == -signum
    assert _temps(target.parent) == []
    assert target.read_text(encoding="utf-8") == "old brief"


def test_the_next_write_removes_the_temp_file_a_sigkill_left(target: Path) -> None:
    process = _stalled_writer(target)
    (stray,) = _temps(target.parent)
    process.kill()
    assert process.wait(timeout=120) == -signal.SIGKILL
    assert stray.exists()
    # A temp file of a process still running (this one) is someone's write in progress.
    host, _pid, token = stray.name[len(TEMP_PREFIX) :].split(".")
    in_progress = target.parent / f"{TEMP_PREFIX}{host}.{os.getpid()}.{token}"
    in_progress.write_text("partial", encoding="utf-8")

    write_atomic(target, "newer brief")
    assert not stray.exists()
    assert in_progress.exists()
    assert target.read_text(encoding="utf-8") == "newer brief"
