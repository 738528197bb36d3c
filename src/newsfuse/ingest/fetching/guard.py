"""Resolve a host once and check every address it resolves to; the transport then connects to
exactly these addresses, so an answer that changes between two lookups (DNS rebinding) cannot
slip a private address past the check."""

from __future__ import annotations

import socket

from newsfuse.errors import InputError
from newsfuse.ingest.fetching.addresses import IPAddress, parse_address, refusal
from newsfuse.ingest.fetching.deadline import Deadline, call_within
from newsfuse.ingest.fetching.types import Resolver
from newsfuse.ingest.fetching.urls import Target

_HOW_TO_ALLOW = "allow it with the allow_private_addresses setting, --allow-private-addresses"


def resolve_host(host: str) -> list[str]:
    """The system resolver: every address of `host`, IPv4 and IPv6."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError as error:
        raise InputError(host, f"host cannot be resolved ({error})") from error
    return sorted({str(info[4][0]) for info in infos})


def checked_addresses(
    target: Target, resolver: Resolver, allow_private: bool, deadline: Deadline
) -> tuple[IPAddress, ...]:
    """The addresses to connect to for `target`: its IP literal, or its host resolved once.

    Raises InputError when the host cannot be resolved or, unless `allow_private`, when any of
    its addresses is not public (one private answer is enough to refuse the host).
    """
    if target.literal is not None:
        addresses: tuple[IPAddress, ...] = (target.literal,)
    else:
        addresses = _resolve(target, resolver, deadline)
    if not allow_private:
        for address in addresses:
            reason = refusal(address)
            if reason is not None:
                if target.literal is not None:
                    what = f"{address} is a non-public address"
                else:
                    what = f"host {target.host} resolves to the non-public address {address}"
                raise InputError(target.url, f"{what} ({reason}); refused ({_HOW_TO_ALLOW})")
    return addresses


def _resolve(target: Target, resolver: Resolver, deadline: Deadline) -> tuple[IPAddress, ...]:
    try:
        answers = call_within(deadline, resolver, target.host)
    except InputError as error:
        raise InputError(target.url, error.reason) from error
    except TimeoutError:
        raise  # the fetch's deadline, reported as such by the transport
    except OSError as error:  # a resolver other than resolve_host
        raise InputError(target.url, f"host cannot be resolved ({error})") from error
    addresses: list[IPAddress] = []
    for answer in answers:
        try:
            address = parse_address(answer)
        except ValueError as error:
            reason = f"resolver answered {answer!r} for {target.host}, not an IP address"
            raise InputError(target.url, reason) from error
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise InputError(target.url, f"host {target.host} resolves to no address")
    return tuple(addresses)


__all__ = ["checked_addresses", "resolve_host"]
