"""The real transport against real servers on 127.0.0.1: what it checks is what it connects to.

Public hosts are simulated by a connector that routes a few documentation-free public addresses
to local servers, the way the internet would; every other address is connected to for real.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.fetch import GuardedFetcher, fetch_url
from newsfuse.ingest.fetching.addresses import IPAddress, parse_address
from newsfuse.ingest.fetching.transport import MAX_REDIRECTS, open_socket
from newsfuse.settings import Settings
from tests.ingest.servers import LocalServer, drip, page, redirect, serve

ONLINE = Settings(allow_network=True)
PUBLIC = "93.184.216.34"
OTHER_PUBLIC = "93.184.216.35"


class Internet:
    """A connector: routes public addresses to local servers, records every connection asked."""

    def __init__(self, routes: dict[str, LocalServer]) -> None:
        self.routes = {parse_address(a): server for a, server in routes.items()}
        self.asked: list[tuple[str, int]] = []

    def __call__(self, address: IPAddress, port: int, timeout: float) -> socket.socket:
        self.asked.append((str(address), port))
        server = self.routes.get(address)
        if server is not None:
            return open_socket(parse_address("127.0.0.1"), server.port, timeout)
        return open_socket(address, port, timeout)


class Resolver:
    """Answers each name from a table, one answer per lookup (the last answer repeats)."""

    def __init__(self, **answers: list[list[str]]) -> None:
        self.answers = {name.replace("_", "."): list(seq) for name, seq in answers.items()}
        self.calls: list[str] = []

    def __call__(self, host: str) -> list[str]:
        self.calls.append(host)
        sequence = self.answers[host]
        return sequence.pop(0) if len(sequence) > 1 else sequence[0]


@pytest.fixture
def private() -> Iterator[LocalServer]:
    with serve(page(b"<p>secret intranet page</p>")) as server:
        yield server


@pytest.fixture
def public() -> Iterator[LocalServer]:
    with serve(page(b"<p>public story</p>")) as server:
        yield server


def _guarded(
    resolver: Resolver, connect: Internet, allow_private: bool = False, seconds: float = 5.0
) -> GuardedFetcher:
    return GuardedFetcher(resolver, allow_private=allow_private, seconds=seconds, connect=connect)


def test_a_name_resolving_to_loopback_is_never_contacted(private: LocalServer) -> None:
    resolver = Resolver(news_test=[["127.0.0.1"]])
    url = private.url("/a", host="news.test")
    with pytest.raises(InputError, match=r"non-public address 127\.0\.0\.1 \(loopback\)"):
        fetch_url(url, ONLINE, resolver=resolver)
    assert private.requests == []


def test_allowed_private_fetch_connects_to_the_checked_address_with_the_url_host(
    private: LocalServer,
) -> None:
    resolver = Resolver(news_test=[["127.0.0.1"]])
    settings = ONLINE.with_overrides(allow_private_addresses=True)
    fetched = fetch_url(private.url("/a?x=1", host="news.test"), settings, resolver=resolver)
    assert fetched.data == b"<p>secret intranet page</p>"
    assert (fetched.content_type, fetched.charset) == ("text/html", "utf-8")
    assert private.requests == [("/a?x=1", f"news.test:{private.port}")]
    assert resolver.calls == ["news.test"]


def test_dns_rebinding_cannot_reach_loopback(public: LocalServer, private: LocalServer) -> None:
    # Public on the first lookup, loopback on any later one: the fetch must use the first.
    resolver = Resolver(rebind_test=[[PUBLIC], ["127.0.0.1"]])
    internet = Internet({PUBLIC: public})
    fetched = _guarded(resolver, internet)(private.url("/", host="rebind.test"), 10_000)
    assert fetched.data == b"<p>public story</p>"
    assert resolver.calls == ["rebind.test"]
    assert internet.asked == [(PUBLIC, private.port)]
    assert private.requests == []


def test_a_host_with_any_private_answer_is_refused(public: LocalServer) -> None:
    resolver = Resolver(mixed_test=[[PUBLIC, "127.0.0.1"]])
    internet = Internet({PUBLIC: public})
    with pytest.raises(InputError, match=r"non-public address 127\.0\.0\.1"):
        _guarded(resolver, internet)(public.url("/", host="mixed.test"), 10_000)
    assert internet.asked == [] and public.requests == []


@pytest.mark.parametrize(
    "location",
    [
        "http://internal.test:{port}/secret",
        "http://127.0.0.1:{port}/secret",
        "http://[::ffff:127.0.0.1]:{port}/secret",
        "http://[64:ff9b::7f00:1]:{port}/secret",
    ],
)
def test_a_redirect_to_a_private_address_is_refused(location: str, private: LocalServer) -> None:
    with ExitStack() as stack:
        bouncer = stack.enter_context(serve(redirect(location.format(port=private.port))))
        resolver = Resolver(public_test=[[PUBLIC]], internal_test=[["127.0.0.1"]])
        internet = Internet({PUBLIC: bouncer})
        url = bouncer.url("/story", host="public.test")
        with pytest.raises(InputError, match=r"redirected to .*non-public address") as caught:
            _guarded(resolver, internet)(url, 10_000)
    assert caught.value.name == url
    assert bouncer.requests == [("/story", f"public.test:{bouncer.port}")]
    assert private.requests == []
    assert internet.asked == [(PUBLIC, bouncer.port)]


def test_a_redirect_between_public_hosts_is_followed(public: LocalServer) -> None:
    with serve(redirect(f"http://other.test:{public.port}/final", 301)) as bouncer:
        resolver = Resolver(public_test=[[PUBLIC]], other_test=[[OTHER_PUBLIC]])
        internet = Internet({PUBLIC: bouncer, OTHER_PUBLIC: public})
        fetched = _guarded(resolver, internet)(bouncer.url("/", host="public.test"), 10_000)
    assert fetched.data == b"<p>public story</p>"
    assert fetched.url == f"http://other.test:{public.port}/final"
    assert public.requests == [("/final", f"other.test:{public.port}")]


def test_redirects_are_limited_and_must_stay_http() -> None:
    resolver = Resolver(loop_test=[[PUBLIC]])
    with serve(redirect("/again")) as looping:
        internet = Internet({PUBLIC: looping})
        with pytest.raises(InputError, match=f"more than {MAX_REDIRECTS} redirects"):
            _guarded(resolver, internet)(looping.url("/", host="loop.test"), 10_000)
        assert len(looping.requests) == MAX_REDIRECTS + 1
    with serve(redirect("file:///etc/passwd")) as bouncer:
        internet = Internet({PUBLIC: bouncer})
        with pytest.raises(InputError, match="not an http"):
            _guarded(resolver, internet)(bouncer.url("/", host="loop.test"), 10_000)
    with serve(redirect("http://[::1")) as bouncer:
        internet = Internet({PUBLIC: bouncer})
        with pytest.raises(InputError, match="redirected to a malformed URL"):
            _guarded(resolver, internet)(bouncer.url("/", host="loop.test"), 10_000)


def test_nat64_form_of_loopback_is_refused_before_connecting(private: LocalServer) -> None:
    url = f"http://[64:ff9b::7f00:1]:{private.port}/"
    with pytest.raises(InputError, match=r"NAT64 address embedding 127\.0\.0\.1, loopback"):
        fetch_url(url, ONLINE)
    internet = Internet({})
    with pytest.raises(InputError, match="NAT64"):
        _guarded(Resolver(), internet)(url, 10_000)
    assert internet.asked == [] and private.requests == []


@pytest.mark.parametrize("port", ["99999", "0", "65536", "80a"])
def test_invalid_ports_are_refused_before_any_lookup(port: str) -> None:
    resolver = Resolver()
    with pytest.raises(InputError, match=f"invalid port '{port}'"):
        fetch_url(f"http://news.test:{port}/", ONLINE, resolver=resolver)
    assert resolver.calls == []


def test_a_dripping_server_is_cut_off_at_the_deadline() -> None:
    # One byte every 0.2 s: no single read ever waits long, only the whole fetch is too slow.
    stop = threading.Event()
    settings = ONLINE.with_overrides(allow_private_addresses=True, fetch_seconds=1.0)
    with serve(drip(0.2, stop)) as server:
        url = server.url("/slow")
        started = time.monotonic()
        with pytest.raises(InputError) as caught:
            fetch_url(url, settings)
        elapsed = time.monotonic() - started
        stop.set()
    assert caught.value.name == url
    assert "not fetched within 1 s (fetch_seconds)" in caught.value.reason
    assert 0.9 <= elapsed < 2.5


def test_a_server_that_never_answers_is_cut_off_at_the_deadline() -> None:
    with socket.socket() as silent:  # accepts connections in its backlog, never replies
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        fetcher = GuardedFetcher(Resolver(), allow_private=True, seconds=0.5)
        started = time.monotonic()
        with pytest.raises(InputError, match=r"not fetched within 0\.5 s"):
            fetcher(url, 10_000)
    assert time.monotonic() - started < 2.0


def test_a_slow_resolver_counts_against_the_deadline() -> None:
    def slow(host: str) -> list[str]:
        time.sleep(3)
        return [PUBLIC]

    fetcher = GuardedFetcher(slow, allow_private=False, seconds=0.5)
    started = time.monotonic()
    with pytest.raises(InputError, match=r"not fetched within 0\.5 s"):
        fetcher("http://slow.test/", 10_000)
    assert time.monotonic() - started < 2.0


def test_the_size_cap_holds_while_streaming() -> None:
    with serve(page(b"x" * 50_000, "text/plain")) as server:
        fetcher = GuardedFetcher(Resolver(), allow_private=True, seconds=5)
        with pytest.raises(InputError, match="larger than 1,000 bytes"):
            fetcher(server.url("/big"), 1_000)


def test_http_errors_name_the_status() -> None:
    def missing(handler) -> None:  # type: ignore[no-untyped-def]
        handler.send_error(404, "Not Found")

    with serve(missing) as server:
        fetcher = GuardedFetcher(Resolver(), allow_private=True, seconds=5)
        with pytest.raises(InputError, match="HTTP error 404"):
            fetcher(server.url("/gone"), 10_000)
