"""A host is resolved once and every answer is judged; odd resolver answers are clear errors."""

from __future__ import annotations

import re

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.fetching.addresses import parse_address
from newsfuse.ingest.fetching.deadline import Deadline
from newsfuse.ingest.fetching.guard import checked_addresses
from newsfuse.ingest.fetching.urls import parse_target


def _check(url: str, answers: list[str], allow_private: bool = False) -> list[str]:
    calls: list[str] = []

    def resolver(host: str) -> list[str]:
        calls.append(host)
        return answers

    found = checked_addresses(parse_target(url), resolver, allow_private, Deadline(5))
    assert len(calls) <= 1
    return [str(a) for a in found]


def test_every_answer_is_kept_in_order_once() -> None:
    answers = ["93.184.216.34", "2606:2800:220:1::1", "93.184.216.34"]
    assert _check("http://news.example/", answers) == ["93.184.216.34", "2606:2800:220:1::1"]


@pytest.mark.parametrize("private", ["::1", "::ffff:127.0.0.1", "64:ff9b::a00:1", "100.64.1.1"])
def test_one_private_answer_refuses_the_host(private: str) -> None:
    with pytest.raises(
        InputError,
        match=f"host news.example resolves to .*{re.escape(str(parse_address(private)))}",
    ):
        _check("http://news.example/", ["93.184.216.34", private])


def test_private_answers_pass_when_allowed() -> None:
    assert _check("http://db.internal/", ["10.0.0.5"], allow_private=True) == ["10.0.0.5"]


def test_ip_literals_are_not_resolved() -> None:
    def never(host: str) -> list[str]:
        raise AssertionError(f"resolved {host}")

    target = parse_target("http://[2606:2800:220:1::1]/")
    found = checked_addresses(target, never, False, Deadline(5))
    assert found == (parse_address("2606:2800:220:1::1"),)


@pytest.mark.parametrize(
    ("answers", "why"),
    [([], "resolves to no address"), (["not-an-ip"], "resolver answered 'not-an-ip'")],
)
def test_odd_resolver_answers_are_input_errors(answers: list[str], why: str) -> None:
    with pytest.raises(InputError, match=why) as caught:
        _check("http://news.example/", answers)
    assert caught.value.name == "http://news.example/"


def test_a_failing_resolver_names_the_url() -> None:
    def failing(host: str) -> list[str]:
        raise OSError("no nameserver")

    with pytest.raises(InputError, match=r"host cannot be resolved \(no nameserver\)") as caught:
        checked_addresses(parse_target("http://news.example/a"), failing, False, Deadline(5))
    assert caught.value.name == "http://news.example/a"
