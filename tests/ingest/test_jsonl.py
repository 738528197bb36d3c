"""JSONL exports: one article per line; a broken line costs only itself."""

from __future__ import annotations

import json

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.jsonl import parse_jsonl


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
