"""Which addresses a fetch may reach: globally routable unicast only, embedded forms included."""

from __future__ import annotations

from ipaddress import IPv4Address, IPv6Address

import pytest

from newsfuse.ingest.fetching.addresses import embedded_ipv4, parse_address, refusal


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("10.1.2.3", "private"),
        ("172.31.0.1", "private"),
        ("192.168.0.7", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("169.254.10.1", "link-local"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("100.127.255.254", "carrier-grade NAT"),
        ("198.18.0.1", "benchmarking"),
        ("192.0.2.1", "documentation"),
        ("224.0.0.1", "multicast"),
        ("239.1.1.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "broadcast"),
        ("0.0.0.0", "unspecified"),
        ("0.1.2.3", "this network"),
        ("::", "unspecified"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("fc00::5", "unique-local"),
        ("fd12:3456::1", "unique-local"),
        ("fd00:ec2::254", "cloud metadata"),
        ("ff02::1", "multicast"),
        ("2001:db8::1", "documentation"),
        ("::ffff:127.0.0.1", "IPv4-mapped address embedding 127.0.0.1, loopback"),
        ("::ffff:10.0.0.1", "IPv4-mapped address embedding 10.0.0.1, private"),
        ("::ffff:169.254.169.254", "cloud metadata"),
        ("64:ff9b::7f00:1", "NAT64 address embedding 127.0.0.1, loopback"),
        ("64:ff9b::a9fe:a9fe", "NAT64 address embedding 169.254.169.254, cloud metadata"),
        ("64:ff9b:1::7f00:1", "local-use NAT64"),
        ("2002:7f00:1::1", "6to4 address embedding 127.0.0.1, loopback"),
        ("2002:c0a8:1::1", "6to4 address embedding 192.168.0.1, private"),
        ("::7f00:1", "IPv4-compatible"),
    ],
)
def test_non_public_addresses_are_refused_with_their_kind(address: str, reason: str) -> None:
    found = refusal(parse_address(address))
    assert found is not None and reason in found


def _teredo(server: str, client: str, port: int = 40000) -> IPv6Address:
    """RFC 4380: 2001::/32, the server's IPv4, flags, then port and client bit-inverted."""
    inverted_port = port ^ 0xFFFF
    inverted_client = int(IPv4Address(client)) ^ 0xFFFFFFFF
    value = (0x20010000 << 96) | (int(IPv4Address(server)) << 64)
    return IPv6Address(value | (inverted_port << 32) | inverted_client)


def test_teredo_is_judged_by_the_addresses_it_embeds() -> None:
    private = _teredo("65.54.227.120", "127.0.0.1")
    assert embedded_ipv4(private) == (IPv4Address("65.54.227.120"), IPv4Address("127.0.0.1"))
    assert "Teredo address embedding 127.0.0.1, loopback" in (refusal(private) or "")
    assert refusal(_teredo("65.54.227.120", "8.8.4.4")) is None


@pytest.mark.parametrize(
    "address",
    [
        "93.184.216.34",
        "8.8.8.8",
        "1.1.1.1",
        "2606:4700:4700::1111",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",
        "2002:808:808::1",
    ],
)
def test_public_addresses_are_allowed(address: str) -> None:
    assert refusal(parse_address(address)) is None
