"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL server started
here (imported by the test modules, since fixtures live in tests/conftest.py only)."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

_counter = itertools.count()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(command: list[str]) -> list[str]:
    # initdb refuses to run as root: CI runs as root, so run the server as the postgres user.
    if os.geteuid() == 0 and shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throwaway PostgreSQL server on a free port; yields its base URL."""
    pytest.importorskip("pg8000", reason="pg8000 not installed (pip install 'newsfuse[store]')")
    if not shutil.which("initdb") or not shutil.which("pg_ctl"):
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    root = Path(tempfile.mkdtemp(prefix="newsfuse-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    port = _free_port()
    try:
        subprocess.run(
            _as_postgres(["initdb", "-D", str(data), "-A", "trust", "-U", "postgres"]),
            check=True,
            capture_output=True,
        )
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        # The server inherits pg_ctl's output: a log file, not a pipe that would never close.
        start = ["pg_ctl", "-D", str(data), "-l", str(root / "log"), "-o", options, "-w", "start"]
        subprocess.run(
            _as_postgres(start),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as error:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"PostgreSQL could not start: {error}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_postgres(["pg_ctl", "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def _new_database(base: str) -> str:
    import pg8000.dbapi

    port = int(base.rsplit(":", 1)[1])
    name = f"t{os.getpid()}_{next(_counter)}"
    conn = pg8000.dbapi.connect(user="postgres", host="127.0.0.1", port=port)
    conn.autocommit = True
    conn.cursor().execute(f"CREATE DATABASE {name}")
    conn.close()
    return f"{base}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def make_url(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """A function returning the URL of a fresh, empty store of the parametrised kind."""
    if request.param == "sqlite":
        return lambda: str(tmp_path / f"store{next(_counter)}.db")
    base = request.getfixturevalue("postgres_server")
    return lambda: _new_database(base)


@pytest.fixture
def db_url(make_url: Callable[[], str]) -> str:
    return make_url()


def write_reports(folder: Path, reports: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
