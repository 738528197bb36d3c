"""URL inputs: opt-in network, and no requests to private networks."""

from __future__ import annotations

import pytest

from newsfuse.errors import ConfigError, InputError
from newsfuse.ingest.fetch import Fetched, check_public, fetch_url
from newsfuse.settings import Settings

ONLINE = Settings(allow_network=True)


class FakeTransport:
    def __init__(self, body: bytes = b"<p>ok</p>") -> None:
        self.body = body
        self.calls: list[str] = []

    def __call__(self, url: str, max_bytes: int) -> Fetched:
        self.calls.append(url)
        return Fetched(url, self.body, "text/html", "utf-8")


def _resolves_to(*addresses: str):  # type: ignore[no-untyped-def]
    return lambda host: list(addresses)


def test_fetch_url_refuses_without_allow_network() -> None:
    transport = FakeTransport()
    with pytest.raises(InputError, match=r"network access is off.*allow_network"):
        fetch_url("https://news.example/a", Settings(), transport, _resolves_to("93.184.216.34"))
    assert transport.calls == []


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "192.168.0.7", "169.254.169.254", "::1", "fe80::1%eth0", "0.0.0.0"],
)
def test_check_public_refuses_non_public_addresses(address: str) -> None:
    with pytest.raises(InputError, match="non-public address"):
        check_public("http://intranet.example/x", _resolves_to("93.184.216.34", address))


def test_fetch_url_refuses_private_host_before_any_request() -> None:
    transport = FakeTransport()
    with pytest.raises(InputError, match="allow_private_addresses"):
        fetch_url("http://db.internal/", ONLINE, transport, _resolves_to("10.0.0.5"))
    assert transport.calls == []


def test_fetch_url_allows_private_host_when_settings_say_so() -> None:
    transport = FakeTransport()
    settings = ONLINE.with_overrides(allow_private_addresses=True)
    fetched = fetch_url("http://db.internal/", settings, transport, _resolves_to("10.0.0.5"))
    assert fetched.data == b"<p>ok</p>" and transport.calls == ["http://db.internal/"]


def test_fetch_url_fetches_public_host() -> None:
    transport = FakeTransport(b"story")
    fetched = fetch_url("https://news.example/a", ONLINE, transport, _resolves_to("93.184.216.34"))
    assert fetched.data == b"story"


@pytest.mark.parametrize(
    "url", ["http://[::1", "http://[localhost]/", "http://news.example:99999/"]
)
def test_malformed_urls_are_input_errors_even_with_network_off(url: str) -> None:
    transport = FakeTransport()
    with pytest.raises(InputError, match=r"malformed URL|invalid port"):
        fetch_url(url, Settings(), transport, _resolves_to("93.184.216.34"))
    assert transport.calls == []


@pytest.mark.parametrize("seconds", [0, -1.0, 3601, float("nan"), "10", True])
def test_fetch_seconds_is_validated(seconds: object) -> None:
    with pytest.raises(ConfigError, match="fetch_seconds"):
        Settings(fetch_seconds=seconds)  # type: ignore[arg-type]
