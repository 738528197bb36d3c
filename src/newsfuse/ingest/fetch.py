"""Fetch http(s) inputs: opt-in, size-capped, and refusing hosts on private networks.

The transport is injectable (`Fetcher`), so tests answer requests with a function and no network.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO, Protocol
from urllib.parse import urlsplit

from newsfuse.errors import InputError
from newsfuse.ingest.read import read_capped
from newsfuse.settings import Settings

TIMEOUT_SECONDS = 20.0
USER_AGENT = "newsfuse/0.1 (+offline news brief builder)"

Resolver = Callable[[str], list[str]]
"""Host name -> the IP addresses it resolves to."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str | None = None  # the media type, e.g. "text/html"
    charset: str | None = None


class Fetcher(Protocol):
    def __call__(self, url: str, max_bytes: int) -> Fetched:
        """The body at `url`; raises InputError when it cannot be had or passes `max_bytes`."""
        ...


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in {"http", "https"}


def resolve_host(host: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError as error:
        raise InputError(host, f"host cannot be resolved ({error})") from error
    return sorted({str(info[4][0]) for info in infos})


def check_public(url: str, resolver: Resolver) -> None:
    """Refuse a URL whose host resolves to a private, loopback, link-local or reserved address."""
    host = urlsplit(url).hostname
    if not host:
        raise InputError(url, "URL has no host")
    for address in resolver(host):
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise InputError(
                url,
                f"host {host} resolves to the non-public address {ip}; refused "
                "(allow it with the allow_private_addresses setting, --allow-private-addresses)",
            )


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Checks every redirect target too, so a public URL cannot bounce to a private one."""

    def __init__(self, guard: Callable[[str], None]) -> None:
        self._guard = guard

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if not is_url(newurl):
            raise InputError(newurl, "redirect to a URL that is not http(s)")
        self._guard(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class UrllibFetcher:
    """The real transport: urllib from the standard library, with a timeout and a size cap."""

    def __init__(self, guard: Callable[[str], None], timeout: float = TIMEOUT_SECONDS) -> None:
        self._opener = urllib.request.build_opener(_CheckedRedirects(guard))
        self._timeout = timeout

    def __call__(self, url: str, max_bytes: int) -> Fetched:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            with self._opener.open(request, timeout=self._timeout) as response:
                data = read_capped(response, url, max_bytes)
                headers = response.headers
                return Fetched(
                    url=response.geturl(),
                    data=data,
                    content_type=headers.get_content_type(),
                    charset=headers.get_content_charset(),
                )
        except urllib.error.HTTPError as error:
            raise InputError(url, f"HTTP error {error.code} {error.reason}") from error
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise InputError(url, f"cannot be fetched ({reason})") from error


def fetch_url(
    url: str,
    settings: Settings,
    fetcher: Fetcher | None = None,
    resolver: Resolver = resolve_host,
) -> Fetched:
    """Fetch one URL under the settings' rules; raises InputError when refused or failing."""
    if not settings.allow_network:
        raise InputError(
            url, "network access is off; allow it with the allow_network setting (--allow-network)"
        )

    def guard(target: str) -> None:
        if not settings.allow_private_addresses:
            check_public(target, resolver)

    guard(url)
    transport = fetcher or UrllibFetcher(guard)
    return transport(url, settings.max_input_bytes)


__all__ = [
    "Fetched",
    "Fetcher",
    "Resolver",
    "UrllibFetcher",
    "check_public",
    "fetch_url",
    "is_url",
    "resolve_host",
]
