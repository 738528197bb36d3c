"""Parse and validate an http(s) URL into what a request needs, refusing malformed ones."""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote, urlsplit

from newsfuse.errors import InputError
from newsfuse.ingest.fetching.addresses import IPAddress, parse_address

Scheme = Literal["http", "https"]
_DEFAULT_PORTS: dict[str, int] = {"http": 80, "https": 443}
_HOST_CHARS = frozenset(string.ascii_lowercase + string.digits + "-._")
# Left as they are when percent-encoding a path: the URL delimiters and existing escapes.
_PATH_SAFE = "!#$%&'()*+,/:;=?@[]~"


@dataclass(frozen=True)
class Target:
    """One http(s) URL, checked: a host name (or IP literal) and a port a socket can use."""

    url: str
    scheme: Scheme
    host: str  # lower case, IDNA-encoded, IPv6 without brackets
    port: int
    path: str  # the request target: path and query, ASCII only
    literal: IPAddress | None  # the host, when it is an IP address rather than a name

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == _DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"


def url_scheme(text: str) -> str:
    """The scheme of `text` in lower case ("" when there is none), without parsing the rest."""
    scheme, colon, _ = text.partition(":")
    if not colon or not scheme[:1].isalpha():
        return ""
    if not all(c.isalnum() or c in "+-." for c in scheme):
        return ""
    return scheme.lower()


def is_url(text: str) -> bool:
    """Whether `text` is meant as an http(s) URL (it may still be malformed: see parse_target)."""
    return url_scheme(text) in _DEFAULT_PORTS


def parse_target(url: str) -> Target:
    """The checked parts of `url`; raises InputError naming the URL and what is wrong with it."""
    if any(c in url for c in string.whitespace) or not url.isprintable():
        raise InputError(url, "malformed URL (it contains spaces or control characters)")
    scheme = url_scheme(url)
    if scheme not in _DEFAULT_PORTS:
        raise InputError(url, f"unsupported URL scheme {scheme or '(none)'!r}; only http(s)")
    try:
        parts = urlsplit(url)
    except ValueError as error:
        raise InputError(url, f"malformed URL ({error})") from error
    netloc = parts.netloc.rpartition("@")[2]
    bracketed = netloc.startswith("[")
    host_text = parts.hostname or ""
    if not host_text:
        raise InputError(url, "malformed URL (it has no host)")
    port = _port(url, netloc, _DEFAULT_PORTS[scheme])
    literal = _literal(host_text, bracketed, url)
    host = str(literal).split("%")[0] if literal is not None else _host_name(host_text, url)
    path = quote(parts.path or "/", safe=_PATH_SAFE)
    if parts.query:
        path += "?" + quote(parts.query, safe=_PATH_SAFE)
    checked: Scheme = "https" if scheme == "https" else "http"
    return Target(url, checked, host, port, path, literal)


def _port(url: str, netloc: str, default: int) -> int:
    tail = netloc.rpartition("]")[2] if netloc.startswith("[") else netloc
    _, colon, text = tail.rpartition(":")
    if not colon or not text:
        return default
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= 65535:
        raise InputError(url, f"invalid port {text!r} (a port is a number from 1 to 65535)")
    return int(text)


def _literal(host: str, bracketed: bool, url: str) -> IPAddress | None:
    try:
        return parse_address(host)
    except ValueError:
        if bracketed:
            reason = f"malformed URL ({host!r} in brackets is not an IPv6 address)"
            raise InputError(url, reason) from None
        return None


def _host_name(host: str, url: str) -> str:
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError as error:
        raise InputError(url, f"malformed host name {host!r} ({error})") from error
    labels = ascii_host.rstrip(".").split(".")
    if not set(ascii_host) <= _HOST_CHARS or not all(0 < len(label) <= 63 for label in labels):
        raise InputError(url, f"malformed host name {host!r}")
    return ascii_host


__all__ = ["Scheme", "Target", "is_url", "parse_target", "url_scheme"]
