"""Which IP addresses a fetch may reach: only globally routable unicast ones.

The ranges are those of the IANA special-purpose address registries (RFC 6890 and successors),
declared here rather than taken from `ipaddress.is_global`, whose answers differ between Python
versions and count multicast and the NAT64 prefix as global. Addresses that embed an IPv4
address (IPv4-mapped, NAT64, 6to4, Teredo) are judged by the address they lead to.
"""

from __future__ import annotations

import ipaddress
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network

IPAddress = IPv4Address | IPv6Address

_METADATA = {IPv4Address("169.254.169.254"), IPv6Address("fd00:ec2::254")}

_V4_RANGES: tuple[tuple[IPv4Network, str], ...] = tuple(
    (IPv4Network(net), label)
    for net, label in (
        ("0.0.0.0/32", "unspecified"),
        ("0.0.0.0/8", "'this network'"),
        ("10.0.0.0/8", "private"),
        ("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local"),
        ("172.16.0.0/12", "private"),
        ("192.0.0.0/24", "IETF protocol assignment"),
        ("192.0.2.0/24", "documentation"),
        ("192.88.99.0/24", "6to4 relay anycast"),
        ("192.168.0.0/16", "private"),
        ("198.18.0.0/15", "benchmarking"),
        ("198.51.100.0/24", "documentation"),
        ("203.0.113.0/24", "documentation"),
        ("224.0.0.0/4", "multicast"),
        ("255.255.255.255/32", "broadcast"),
        ("240.0.0.0/4", "reserved"),
    )
)

_V6_RANGES: tuple[tuple[IPv6Network, str], ...] = tuple(
    (IPv6Network(net), label)
    for net, label in (
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("::/96", "IPv4-compatible (deprecated)"),
        ("64:ff9b:1::/48", "local-use NAT64"),
        ("100::/64", "discard-only"),
        ("2001::/23", "IETF protocol assignment"),
        ("2001:db8::/32", "documentation"),
        ("3fff::/20", "documentation"),
        ("5f00::/16", "segment routing"),
        ("fc00::/7", "unique-local"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "site-local (deprecated)"),
        ("ff00::/8", "multicast"),
        ("::/8", "reserved"),
    )
)

_NAT64 = IPv6Network("64:ff9b::/96")
_TEREDO = IPv6Network("2001::/32")


def parse_address(text: str) -> IPAddress:
    """An IP address from a resolver's answer or a URL's host; a zone (`%eth0`) is kept."""
    return ipaddress.ip_address(text)


def embedded_ipv4(ip: IPv6Address) -> tuple[IPv4Address, ...]:
    """The IPv4 addresses an IPv6 address leads to (IPv4-mapped, NAT64, 6to4, Teredo)."""
    if ip.ipv4_mapped is not None:
        return (ip.ipv4_mapped,)
    if ip in _NAT64:
        return (IPv4Address(int(ip) & 0xFFFFFFFF),)
    if ip.sixtofour is not None:
        return (ip.sixtofour,)
    if ip in _TEREDO and ip.teredo is not None:
        return ip.teredo  # (server, client)
    return ()


def refusal(ip: IPAddress) -> str | None:
    """Why a fetch may not reach `ip` (e.g. "loopback"), or None when it is public."""
    if ip in _METADATA:
        return "cloud metadata service"
    if isinstance(ip, IPv6Address):
        embedded = embedded_ipv4(ip)
        for inner in embedded:
            reason = refusal(inner)
            if reason is not None:
                return f"{_embedding(ip)} embedding {inner}, {reason}"
        if embedded:
            return None
        ranges: tuple[tuple[IPv4Network | IPv6Network, str], ...] = _V6_RANGES
    else:
        ranges = _V4_RANGES
    for network, label in ranges:
        if ip in network:
            return label
    return None if ip.is_global else "not globally routable"


def _embedding(ip: IPv6Address) -> str:
    if ip.ipv4_mapped is not None:
        return "IPv4-mapped address"
    if ip in _NAT64:
        return "NAT64 address"
    if ip.sixtofour is not None:
        return "6to4 address"
    return "Teredo address"


__all__ = ["IPAddress", "embedded_ipv4", "parse_address", "refusal"]
