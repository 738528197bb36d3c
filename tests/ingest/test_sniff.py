"""Binary detection and format sniffing."""

from __future__ import annotations

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.sniff import check_not_binary, format_from_name, sniff_format


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("reuters-1.txt", "text"),
        ("page.HTM", "html"),
        ("page.html.gz", "html"),
        ("export.jsonl.gz", "jsonl"),
        ("notes.md", None),
        ("README", None),
    ],
)
def test_format_from_name_reads_extension_through_gz(name: str, expected: str | None) -> None:
    assert format_from_name(name) == expected


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"plain start\x00\x00\x00", "NUL"),
        (bytes(range(1, 32)) * 10, "control bytes"),
    ],
)
def test_check_not_binary_refuses_binary_with_reason(data: bytes, what: str) -> None:
    with pytest.raises(InputError, match=what):
        check_not_binary(data, "x.txt")


def test_check_not_binary_accepts_text_with_tabs_and_form_feeds() -> None:
    check_not_binary(b"Headline\tPage 2\f\r\nBody text.\n", "x.txt")


def test_sniff_format_recognises_html_jsonl_and_text() -> None:
    assert sniff_format("  <!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert sniff_format("<div class='a'><p>Fire in the hills</p></div>") == "html"
    assert sniff_format('\n{"id": "1", "text": "Fire"}\n{"id": "2", "text": "Smoke"}') == "jsonl"
    assert sniff_format("Fire in the hills.\n{not json}\nMore text <3 than ever.") == "text"
