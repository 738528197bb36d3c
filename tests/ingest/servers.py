"""Real HTTP servers on 127.0.0.1, each in a thread, for the fetcher's tests.

A server answers every request with one `Responder` and records what it was asked, so a test
can prove that a server was (or was never) contacted.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Responder = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class LocalServer:
    port: int
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, Host header)
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str = "/", host: str = "127.0.0.1", scheme: str = "http") -> str:
        return f"{scheme}://{host}:{self.port}{path}"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hangs up early (the point of several tests) is no error here


@contextmanager
def serve(respond: Responder, tls: ssl.SSLContext | None = None) -> Iterator[LocalServer]:
    """A server on 127.0.0.1 (a free port) answering with `respond` until the block ends."""
    record: list[LocalServer] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            record[0].requests.append((self.path, self.headers.get("Host", "")))
            respond(self)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = _Server(("127.0.0.1", 0), Handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    local = LocalServer(server.server_address[1])
    record.append(local)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield local
    finally:
        local.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def page(body: bytes, content_type: str = "text/html; charset=utf-8") -> Responder:
    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return respond


def redirect(location: str, status: int = 302) -> Responder:
    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return respond


def drip(every: float, stop: threading.Event) -> Responder:
    """A valid response whose body comes one byte per `every` seconds, until `stop` is set."""

    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        try:
            while not stop.is_set():
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(every)
        except OSError:
            pass  # the client hung up

    return respond
