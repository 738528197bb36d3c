"""JSONL exports: one article per line; a broken line costs only itself."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.jsonl import parse_jsonl, read_jsonl, split_lines


def _line(**record: object) -> str:
    return json.dumps(record, ensure_ascii=False)


def test_parse_jsonl_reads_records_with_metadata() -> None:
    text = "\n".join(
        [
            _line(
                id="afp-7",
                text="Fire crews arrived.",
                url="https://a.example/7",
                title="Fire",
                published="2021-03-03",
                outlet="AFP",
                author="J. Doe",
            ),
            _line(html="<p>Smoke rose over the hills.</p>"),
        ]
    )
    docs, notices = parse_jsonl(text, "export.jsonl", "in/export.jsonl", None)
    assert notices == []
    first, second = docs
    assert (first.id, first.kind, first.outlet, first.published) == (
        "afp-7",
        "text",
        "AFP",
        "2021-03-03",
    )
    assert first.url == "https://a.example/7" and first.path == "in/export.jsonl"
    assert (second.id, second.kind, second.content) == (
        "export.jsonl#2",
        "html",
        "<p>Smoke rose over the hills.</p>",
    )


def test_parse_jsonl_reports_broken_lines_and_keeps_the_rest() -> None:
    text = "\n".join(
        [
            _line(text="Line one is fine."),
            '{"text": "unterminated',
            "[1, 2, 3]",
            _line(title="no body"),
            "",
            _line(id=42, text="Line six is fine."),
        ]
    )
    docs, notices = parse_jsonl(text, "feed.jsonl", None, None)
    assert [d.id for d in docs] == ["feed.jsonl#1", "42"]
    assert [n.message.split(":")[0] for n in notices] == [
        "feed.jsonl line 2",
        "feed.jsonl line 3",
        "feed.jsonl line 4",
    ]
    assert all(n.level == "warning" and n.source == "feed.jsonl" for n in notices)
    assert "malformed JSON" in notices[0].message
    assert '"text" or "html"' in notices[2].message


def test_parse_jsonl_refuses_a_file_with_no_usable_record() -> None:
    with pytest.raises(InputError, match=r"bad\.jsonl: no usable JSONL record"):
        parse_jsonl("{oops\n", "bad.jsonl", None, None)


GOOD = _line(text="Crews said the fire at the port was out by Wednesday.")


def _chunked(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


@pytest.mark.parametrize("size", [1, 7, 64, 1 << 16])
def test_split_lines_skips_an_oversized_line_whatever_the_chunking(size: int) -> None:
    data = b"short\r\n" + b"x" * 100 + b"\n\nlast"
    lines = list(split_lines(_chunked(data, size), max_line_bytes=50))
    assert lines == [(1, b"short", True), (2, None, True), (3, b"", True), (4, b"last", False)]


def test_read_jsonl_skips_an_oversized_record_and_keeps_the_good_ones() -> None:
    big = _line(text="word " * 5000)
    data = "\n".join([GOOD, big, _line(id="after", text="Smoke rose over the hills.")]).encode()
    docs, notices = read_jsonl(
        _chunked(data, 4096), "feed.jsonl", None, max_record_bytes=1000, max_total_bytes=10**9
    )
    assert [d.id for d in docs] == ["feed.jsonl#1", "after"]
    assert [n.message for n in notices] == [
        "feed.jsonl line 2: longer than 1,000 bytes (max_record_bytes)"
    ]


def test_read_jsonl_never_holds_an_oversized_line_in_memory() -> None:
    def stream() -> Iterator[bytes]:
        yield (GOOD + "\n").encode()
        for _ in range(800):  # a 50 MB line
            yield b"a" * 65536
        yield b"\n" + GOOD.encode()

    tracemalloc.start()
    try:
        docs, _ = read_jsonl(
            stream(), "big.jsonl", None, max_record_bytes=10_000, max_total_bytes=10**9
        )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(docs) == 2
    assert peak < 5_000_000


def test_read_jsonl_stops_at_the_file_cap_and_keeps_the_records_before() -> None:
    data = "\n".join([GOOD] * 10).encode()
    docs, notices = read_jsonl(
        [data], "feed.jsonl", None, max_record_bytes=10_000, max_total_bytes=len(GOOD) * 3 + 10
    )
    assert len(docs) == 3
    assert "reading stopped in line 4" in notices[-1].message


def test_many_bad_lines_give_a_few_notices_and_a_count() -> None:
    lines = [GOOD] + ["{not json"] * 200_000 + ["[1]"]
    docs, notices = parse_jsonl("\n".join(lines), "bad.jsonl", None, None)
    assert len(docs) == 1
    assert [n.message.split(":")[0] for n in notices] == [
        "bad.jsonl line 2",
        "bad.jsonl line 3",
        "bad.jsonl line 4",
        "bad.jsonl line 200002",
        "bad.jsonl",
    ]
    assert notices[-1].message == (
        "bad.jsonl: … and 199,997 more lines of this file were skipped: malformed JSON"
    )


def test_read_jsonl_decodes_a_legacy_encoded_export() -> None:
    text = "The café’s owner said “we lost everything” at the port on Tuesday night."
    data = (_line(text=text) + "\n" + _line(text=text)).encode("cp1252")
    docs, _ = read_jsonl([data], "old.jsonl", None, max_record_bytes=10_000, max_total_bytes=10**6)
    assert [d.content for d in docs] == [text, text]


def test_parse_jsonl_takes_too_deep_nesting_as_a_malformed_line() -> None:
    docs, notices = parse_jsonl(GOOD + "\n" + "[" * 100_000, "deep.jsonl", None, None)
    assert len(docs) == 1 and "malformed JSON (nested too deeply)" in notices[0].message


def test_read_jsonl_keeps_records_after_a_line_larger_than_the_whole_file_cap() -> None:
    data = "\n".join([GOOD, _line(text="x" * 5000), _line(id="after", text="Smoke rose.")])
    docs, notices = read_jsonl(
        [data.encode()], "feed.jsonl", None, max_record_bytes=500, max_total_bytes=1000
    )
    assert [d.id for d in docs] == ["feed.jsonl#1", "after"]
    assert len(notices) == 1 and "max_record_bytes" in notices[0].message


def test_read_jsonl_stops_scanning_endless_oversized_lines() -> None:
    def endless() -> Iterator[bytes]:
        yield (GOOD + "\n").encode()
        while True:
            yield b"y" * 65536

    docs, notices = read_jsonl(
        endless(), "bomb.jsonl", None, max_record_bytes=1000, max_total_bytes=100_000
    )
    assert len(docs) == 1
    assert "reading stopped in line 2, past 1,000,000 bytes read" in notices[-1].message
