"""URLs are parsed once, strictly: a malformed URL or port is an InputError naming the URL."""

from __future__ import annotations

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.fetching.addresses import parse_address
from newsfuse.ingest.fetching.urls import is_url, parse_target


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://news.example:99999/a", "invalid port '99999'"),
        ("http://news.example:0/a", "invalid port '0'"),
        ("http://news.example:65536/", "invalid port '65536'"),
        ("http://news.example:http/", "invalid port 'http'"),
        ("http://news.example:-1/", "invalid port '-1'"),
        ("http://[::1]:99999/", "invalid port '99999'"),
        ("http://[::1", "malformed URL"),
        ("http://[localhost]/", "malformed URL"),
        ("http:///path-only", "no host"),
        ("http://news example/", "spaces or control characters"),
        ("http://news.example/a\r\nX-Injected: 1", "spaces or control characters"),
        ("http://bad_host!.example/", "malformed host name"),
        ("ftp://news.example/a", "unsupported URL scheme 'ftp'"),
    ],
)
def test_malformed_urls_are_refused_naming_the_url(url: str, why: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_target(url)
    assert caught.value.name == url and why in caught.value.reason


def test_target_keeps_the_name_for_the_host_header_and_tls() -> None:
    target = parse_target("https://News.Example:8443/a/b?q=1#frag")
    assert (target.scheme, target.host, target.port) == ("https", "news.example", 8443)
    assert target.path == "/a/b?q=1" and target.literal is None
    assert target.host_header == "news.example:8443"


def test_default_ports_are_left_out_of_the_host_header() -> None:
    assert parse_target("https://news.example/").host_header == "news.example"
    assert parse_target("http://news.example:80").path == "/"
    assert parse_target("http://news.example:80").host_header == "news.example"


def test_ip_literals_are_addresses_not_names() -> None:
    v6 = parse_target("http://[64:ff9b::7f00:1]:8080/x")
    assert v6.literal == parse_address("64:ff9b::7f00:1") and v6.port == 8080
    assert v6.host_header == "[64:ff9b::7f00:1]:8080"
    assert parse_target("http://127.0.0.1/").literal == parse_address("127.0.0.1")


def test_non_ascii_names_and_paths_become_ascii() -> None:
    target = parse_target("https://bücher.example/über uns".replace(" ", "%20"))
    assert target.host == "xn--bcher-kva.example"
    assert target.path == "/%C3%BCber%20uns"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://a", True),
        ("HTTPS://a", True),
        ("http://[::1", True),
        ("ftp://a", False),
        ("reports/a.txt", False),
        ("C:\\reports\\a.txt", False),
        ("-", False),
    ],
)
def test_is_url_never_raises(text: str, expected: bool) -> None:
    assert is_url(text) is expected
