"""`newsfuse serve` as a real subprocess on loopback over a store of given reports, and the
system Chromium to look at it.

Shared by bench/web_load.py, bench/screenshots.py and the browser tests (tests/web/browser):

    with serve_store(EXAMPLE_REPORTS) as server:
        httpx.get(server.url + "/")

The store is built in a temporary folder first (`Store.ingest`: articles, stories, briefs), the
server is started on a free port with its own data folder, and the context waits until `GET /`
answers. The server is always terminated on exit, and its output is kept in a log file (not a
pipe that could fill up and block it) that the error message quotes when it fails to start.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from newsfuse.store import open_store

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_REPORTS = tuple(sorted(ROOT.glob("examples/*/reports")))
# Debian's package, driven by Playwright (never a downloaded browser). Root needs the sandbox
# off; the background-networking flags keep it from dialling out on a closed network, where
# its refused connections would otherwise stall it.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
_START_SECONDS = 90.0


def launch_chromium(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=list(CHROMIUM_ARGS)
    )


class ServerError(RuntimeError):
    """The server exited or did not answer in time; the message ends with its log."""


@dataclass(frozen=True)
class Server:
    url: str
    db: Path
    data_dir: Path
    log: Path
    process: subprocess.Popen[bytes]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_store(db: Path, reports: Sequence[Path]) -> None:
    with open_store(str(db)) as store:
        store.ingest(list(reports))


def newsfuse_command() -> list[str]:
    # The console script installed beside this interpreter, so the venv's newsfuse is the one run.
    script = Path(sys.executable).with_name("newsfuse")
    found = str(script) if script.exists() else shutil.which("newsfuse")
    if found is None:
        raise ServerError("the newsfuse command is not installed")
    return [found]


@contextmanager
def serve_store(reports: Sequence[Path] = EXAMPLE_REPORTS) -> Iterator[Server]:
    """Build a store of `reports` and serve it; yields the running server."""
    root = Path(tempfile.mkdtemp(prefix="newsfuse-web-"))
    try:
        db = root / "store.db"
        data_dir = root / "data"
        data_dir.mkdir()
        build_store(db, reports)
        port = free_port()
        log = root / "server.log"
        command = [*newsfuse_command(), "serve", "--db", str(db), "--port", str(port)]
        with log.open("wb") as out:
            process = subprocess.Popen(
                [*command, "--data-dir", str(data_dir)], stdout=out, stderr=subprocess.STDOUT
            )
        server = Server(f"http://127.0.0.1:{port}", db, data_dir, log, process)
        try:
            _wait_until_up(server)
            yield server
        finally:
            _stop(process)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _wait_until_up(server: Server) -> None:
    deadline = time.monotonic() + _START_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            code = server.process.returncode
            raise ServerError(f"newsfuse serve exited ({code}): {_tail(server)}")
        try:
            if httpx.get(server.url + "/", timeout=2.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise ServerError(f"newsfuse serve did not answer in {_START_SECONDS:.0f} s: {_tail(server)}")


def _tail(server: Server) -> str:
    return server.log.read_text(encoding="utf-8", errors="replace")[-2000:]


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
