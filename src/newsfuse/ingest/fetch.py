"""Fetch http(s) inputs: opt-in, size-capped, time-boxed, and refusing hosts on private networks.

The real transport (`fetching.transport.GuardedFetcher`) resolves each host once, checks every
address and connects to the checked one. A `Fetcher` can be injected instead, so tests answer
requests with a function and no network; the URL and its host are then checked here first.
"""

from __future__ import annotations

from newsfuse.errors import InputError
from newsfuse.ingest.fetching.deadline import Deadline
from newsfuse.ingest.fetching.guard import checked_addresses, resolve_host
from newsfuse.ingest.fetching.transport import USER_AGENT, GuardedFetcher
from newsfuse.ingest.fetching.types import Fetched, Fetcher, Resolver
from newsfuse.ingest.fetching.urls import is_url, parse_target
from newsfuse.settings import Settings


def check_public(url: str, resolver: Resolver, seconds: float = Settings.fetch_seconds) -> None:
    """Refuse a URL that is malformed or whose host resolves to any non-public address."""
    checked_addresses(parse_target(url), resolver, allow_private=False, deadline=Deadline(seconds))


def fetch_url(
    url: str,
    settings: Settings,
    fetcher: Fetcher | None = None,
    resolver: Resolver = resolve_host,
) -> Fetched:
    """Fetch one URL under the settings' rules; raises InputError when refused or failing."""
    target = parse_target(url)
    if not settings.allow_network:
        raise InputError(
            url, "network access is off; allow it with the allow_network setting (--allow-network)"
        )
    if fetcher is None:
        fetcher = GuardedFetcher(
            resolver,
            allow_private=settings.allow_private_addresses,
            seconds=settings.fetch_seconds,
        )
    elif not settings.allow_private_addresses:
        deadline = Deadline(settings.fetch_seconds)
        checked_addresses(target, resolver, allow_private=False, deadline=deadline)
    return fetcher(url, settings.max_input_bytes)


__all__ = [
    "USER_AGENT",
    "Fetched",
    "Fetcher",
    "GuardedFetcher",
    "Resolver",
    "check_public",
    "fetch_url",
    "is_url",
    "resolve_host",
]
