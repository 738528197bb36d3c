"""What a fetch returns, and the injectable parts of the transport (for tests)."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from newsfuse.ingest.fetching.addresses import IPAddress

Resolver = Callable[[str], list[str]]
"""Host name -> the IP addresses it resolves to."""

Connector = Callable[[IPAddress, int, float], socket.socket]
"""(checked address, port, seconds left) -> a connected TCP socket."""


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


__all__ = ["Connector", "Fetched", "Fetcher", "Resolver"]
