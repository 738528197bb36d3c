"""URLs end to end through `newsfuse.brief`: refused on loopback by default, read when allowed."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

import newsfuse
from newsfuse.errors import InputError
from newsfuse.settings import Settings
from tests.ingest.servers import serve

REPORTS = Path(__file__).resolve().parents[2] / "examples" / "harbour-fire" / "reports"
NAMES = ["eastmarch-courier.html", "kestrel-coast-times.html", "lanterfield-herald.txt"]
TYPES = {".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


def _files(handler: BaseHTTPRequestHandler) -> None:
    path = REPORTS / handler.path.lstrip("/")
    if handler.path.lstrip("/") not in NAMES:
        handler.send_error(404)
        return
    body = path.read_bytes()
    handler.send_response(200)
    handler.send_header("Content-Type", TYPES[path.suffix])
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def test_brief_from_urls_on_loopback_when_private_addresses_are_allowed() -> None:
    settings = Settings(allow_network=True, allow_private_addresses=True, use_model=False)
    with serve(_files) as server:
        urls = [server.url(f"/{name}") for name in NAMES]
        brief = newsfuse.brief(urls, settings)
    assert sorted(source.url or "" for source in brief.sources) == sorted(urls)
    assert sorted(path for path, _host in server.requests) == sorted(f"/{n}" for n in NAMES)
    assert brief.summary and "Saltmere" in brief.title


def test_brief_never_contacts_loopback_by_default() -> None:
    with serve(_files) as server:
        urls = [server.url(f"/{name}") for name in NAMES]
        with pytest.raises(InputError, match=r"127\.0\.0\.1 is a non-public address \(loopback\)"):
            newsfuse.brief(urls, Settings(allow_network=True, use_model=False))
    assert server.requests == []
