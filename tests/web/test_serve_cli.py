"""`newsfuse serve`: the options become the uvicorn config it runs (no server is started)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip(
    "uvicorn", reason="the web extra is not installed (pip install 'newsfuse[web]')"
)

import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsfuse.cli import serve as serve_module
from newsfuse.cli.app import app
from tests.web.webapp import assert_error


def _configs(monkeypatch: pytest.MonkeyPatch) -> list[uvicorn.Config]:
    started: list[uvicorn.Config] = []
    monkeypatch.setattr(serve_module, "run_server", started.append)
    return started


def test_serve_binds_localhost_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = _configs(monkeypatch)
    db, data = tmp_path / "news.db", tmp_path / "data"
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    (config,) = started
    assert (config.host, config.port) == ("127.0.0.1", 8000)
    assert not config.proxy_headers
    assert isinstance(config.app, FastAPI)
    state = config.app.state.web
    assert state.db_url == str(db) and state.data_dir == data.resolve()
    assert not state.settings.allow_network and not state.settings.allow_private_addresses
    assert db.is_file() and data.is_dir()  # the store is created and migrated up front


def test_serve_options_reach_the_config_and_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = _configs(monkeypatch)
    options = ["--host", "0.0.0.0", "--port", "9123", "--allow-network",
               "--allow-private-addresses", "--max-bytes", "1000", "--no-model"]  # fmt: skip
    db = str(tmp_path / "news.db")
    result = CliRunner().invoke(app, ["serve", "--db", db, "--data-dir", str(tmp_path), *options])
    assert result.exit_code == 0, result.output
    (config,) = started
    assert (config.host, config.port) == ("0.0.0.0", 9123)
    settings = config.app.state.web.settings
    assert settings.allow_network and settings.allow_private_addresses
    assert settings.max_input_bytes == 1000 and not settings.use_model


def test_serve_refuses_a_bad_port_and_a_bad_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = _configs(monkeypatch)
    bad_port = CliRunner().invoke(app, ["serve", "--port", "70000"])
    assert bad_port.exit_code != 0
    missing = str(tmp_path / "no" / "such" / "folder" / "news.db")
    bad_db = CliRunner().invoke(app, ["serve", "--db", missing, "--data-dir", str(tmp_path)])
    assert bad_db.exit_code == 1 and "does not exist" in bad_db.output
    assert started == []


def test_on_localhost_only_requests_named_for_it_are_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page whose name an attacker re-points at 127.0.0.1 (DNS rebinding) gets nothing."""
    started = _configs(monkeypatch)
    db = str(tmp_path / "news.db")
    for host in ("127.0.0.1", "0.0.0.0"):
        options = ["serve", "--db", db, "--data-dir", str(tmp_path), "--host", host]
        assert CliRunner().invoke(app, options).exit_code == 0
    local, public = (config.app for config in started)
    with TestClient(local, base_url="http://127.0.0.1:8000") as http:
        assert http.get("/v1/stories").status_code == 200
        assert http.get("/v1/stories", headers={"host": "localhost:8000"}).status_code == 200
        assert http.get("/v1/stories", headers={"host": "[::1]:8000"}).status_code == 200
        rebound = http.get("/v1/stories", headers={"host": "attacker.example:8000"})
        assert_error(rebound, 400, "bad_request", "attacker.example")
        assert rebound.headers["content-security-policy"]
    with TestClient(public, base_url="http://news.example") as http:
        assert http.get("/v1/stories").status_code == 200
