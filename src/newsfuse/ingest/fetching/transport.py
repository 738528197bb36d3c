"""The real transport: it connects to the address the guard checked, never to a fresh lookup.

Each hop: parse the URL, resolve once, check every address, open a TCP socket to a checked
address, wrap it in TLS verified against the URL's host name (also sent as SNI), and speak
HTTP/1.1 through http.client with the Host header of the URL. Redirects are new hops through
the same checks. One deadline bounds the whole fetch, redirects included.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
from collections.abc import Callable
from urllib.parse import urljoin

from newsfuse.errors import InputError
from newsfuse.ingest.fetching.addresses import IPAddress
from newsfuse.ingest.fetching.deadline import Deadline, DeadlineSocket
from newsfuse.ingest.fetching.guard import checked_addresses
from newsfuse.ingest.fetching.types import Connector, Fetched, Resolver
from newsfuse.ingest.fetching.urls import Target, is_url, parse_target
from newsfuse.ingest.read import read_capped

USER_AGENT = "newsfuse/0.1 (+offline news brief builder)"
MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def open_socket(address: IPAddress, port: int, timeout: float) -> socket.socket:
    """A TCP connection to exactly `address` (no name lookup happens here)."""
    mapped = getattr(address, "ipv4_mapped", None)
    ip = mapped or address
    family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect((str(ip), port))
    except BaseException:
        sock.close()
        raise
    return sock


class GuardedFetcher:
    """Fetches http(s) URLs, refusing (unless `allow_private`) every non-public address."""

    def __init__(
        self,
        resolver: Resolver,
        *,
        allow_private: bool,
        seconds: float,
        connect: Connector = open_socket,
        tls: ssl.SSLContext | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._resolver = resolver
        self._allow_private = allow_private
        self._seconds = seconds
        self._connect = connect
        self._tls = tls
        self._clock = clock

    def __call__(self, url: str, max_bytes: int) -> Fetched:
        deadline = Deadline(self._seconds, self._clock)
        try:
            return self._follow(url, max_bytes, deadline)
        except TimeoutError as error:
            reason = f"not fetched within {self._seconds:g} s (fetch_seconds); cut off"
            raise InputError(url, reason) from error

    def _follow(self, url: str, max_bytes: int, deadline: Deadline) -> Fetched:
        current = url
        for hop in range(MAX_REDIRECTS + 1):
            target = parse_target(current)
            try:
                response = self._request(target, max_bytes, deadline)
            except InputError as error:
                if hop == 0:
                    raise
                raise InputError(url, f"redirected to {error}") from error
            if isinstance(response, Fetched):
                return response
            try:
                current = urljoin(current, response)
            except ValueError as error:
                raise InputError(url, f"redirected to a malformed URL {response!r}") from error
            if not is_url(current):
                raise InputError(url, f"redirected to {current!r}, which is not an http(s) URL")
        raise InputError(url, f"more than {MAX_REDIRECTS} redirects")

    def _request(self, target: Target, max_bytes: int, deadline: Deadline) -> Fetched | str:
        """The body at `target`, or the Location it redirects to."""
        addresses = checked_addresses(target, self._resolver, self._allow_private, deadline)
        sock = self._open(target, addresses, deadline)
        connection = http.client.HTTPConnection(target.host, target.port)
        connection.sock = DeadlineSocket(sock, deadline)
        try:
            headers = {
                "Host": target.host_header,
                "User-Agent": USER_AGENT,
                "Accept": "text/html, text/plain, application/x-ndjson, */*;q=0.5",
                "Connection": "close",
            }
            connection.request("GET", target.path, headers=headers)
            response = connection.getresponse()
            if response.status in _REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise InputError(target.url, f"HTTP {response.status} without a Location")
                return location
            if response.status >= 400:
                raise InputError(target.url, f"HTTP error {response.status} {response.reason}")
            data = read_capped(response, target.url, max_bytes)
            return Fetched(
                url=target.url,
                data=data,
                content_type=response.headers.get_content_type(),
                charset=response.headers.get_content_charset(),
            )
        except (http.client.HTTPException, ssl.SSLError) as error:
            raise InputError(target.url, f"bad HTTP response ({error!r})") from error
        except TimeoutError:
            raise
        except OSError as error:
            raise InputError(target.url, f"cannot be fetched ({error})") from error
        finally:
            connection.close()
            sock.close()

    def _open(
        self, target: Target, addresses: tuple[IPAddress, ...], deadline: Deadline
    ) -> socket.socket:
        failures: list[str] = []
        for address in addresses:
            try:
                sock = self._connect(address, target.port, deadline.remaining())
            except TimeoutError:
                raise
            except OSError as error:
                failures.append(f"{address}: {error.strerror or error}")
                continue
            if target.scheme == "http":
                return sock
            return self._wrap_tls(sock, target, deadline)
        raise InputError(target.url, f"cannot connect ({'; '.join(failures)})")

    def _wrap_tls(self, sock: socket.socket, target: Target, deadline: Deadline) -> socket.socket:
        context = self._tls or ssl.create_default_context()
        try:
            sock.settimeout(deadline.remaining())
            return context.wrap_socket(sock, server_hostname=target.host)
        except TimeoutError:
            sock.close()
            raise
        except (ssl.SSLError, ssl.CertificateError, OSError) as error:
            sock.close()
            reason = getattr(error, "verify_message", None) or getattr(error, "reason", None)
            raise InputError(target.url, f"TLS failed ({reason or error})") from error


__all__ = ["MAX_REDIRECTS", "USER_AGENT", "GuardedFetcher", "open_socket"]
