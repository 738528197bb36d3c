"""Security headers on every response: a strict Content-Security-Policy (scripts and styles
only from the server's own /static files, nothing inline, no framing, forms post back here
only), no MIME sniffing, no referrer. And, for a server on a loopback address, a check of the
Host header, so a web page whose name an attacker re-points at 127.0.0.1 (DNS rebinding)
cannot read the local server from the victim's browser. A POST a browser sends from another
site's page (its Origin is not this server) is refused too, so no other site can make the
server ingest or brief on its visitor's behalf (CSRF)."""

from __future__ import annotations

from collections.abc import Collection
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsfuse.web.errors import ApiError, error_response

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; connect-src 'self'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, with_headers)


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


class HostCheck:
    """Refuse requests whose Host header names none of `hosts` (the port is not compared)."""

    def __init__(self, app: ASGIApp, hosts: Collection[str]) -> None:
        self.app = app
        self.hosts = {host.lower() for host in hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        named = _host_name(Headers(scope=scope).get("host", "")) if scope["type"] == "http" else ""
        if scope["type"] == "http" and named not in self.hosts:
            message = f"host {named!r}: this server answers only requests addressed to it"
            refusal = error_response(scope, ApiError(400, "bad_request", message, named))
            await refusal(scope, receive, send)
            return
        await self.app(scope, receive, send)


class SameOrigin:
    """Refuse a POST a browser sends from another site's page. Browsers say where a request
    comes from in Sec-Fetch-Site; older ones only in Origin (which a no-referrer policy, as
    this server's, turns into "null" even for its own forms, hence Sec-Fetch-Site first)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            headers = Headers(scope=scope)
            sender = _foreign_sender(headers)
            if sender is not None:
                message = f"a page of {sender} may not post to this server"
                refusal = error_response(scope, ApiError(400, "bad_request", message, sender))
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _foreign_sender(headers: Headers) -> str | None:
    """Where a cross-site request comes from, or None for this site and non-browser clients."""
    site = headers.get("sec-fetch-site")
    origin = headers.get("origin")
    if site is not None:
        return None if site in ("same-origin", "none") else (origin or site)
    if origin is None:
        return None
    same = urlsplit(origin).netloc.lower() == headers.get("host", "").lower()
    return None if same else origin


def _host_name(host: str) -> str:
    """The name of a Host header without its port: "[::1]:8000" -> "::1"."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


__all__ = ["CSP", "HEADERS", "LOOPBACK_NAMES", "HostCheck", "SameOrigin", "SecurityHeaders"]
