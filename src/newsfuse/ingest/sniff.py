"""Tell text from binary, and which of our formats an input is, from its name or its bytes."""

from __future__ import annotations

import json
import re
from typing import Literal

from newsfuse.errors import InputError

Format = Literal["text", "html", "jsonl"]
# Many records to a file (ingest.formats reads them).
StreamFormat = Literal["warc", "feed", "csv", "parquet"]

_BY_SUFFIX: dict[str, Format | StreamFormat] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".arc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".csv": "csv",
    ".parquet": "parquet",
}

# Leading bytes of common non-text files that end up in news folders by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x1f\x8b", "gzip data inside gzip data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ\x90\x00", "a Windows executable"),
    (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"BZh91AY&SY", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_SAMPLE = 8192
_NOT_COUNTED = bytes(b for b in range(256) if b >= 0x20 or b in _TEXT_CONTROLS)
_MAX_CONTROL_SHARE = 0.1
_HTML_START = re.compile(rb"^\s*<(?:!doctype\s+html|html|head|body|meta|title|!--)", re.IGNORECASE)
_HTML_TAG = re.compile(rb"<(?:p|div|article|section|h[1-6]|br|span|a)\b[^>]*>", re.IGNORECASE)


def named_format(name: str) -> Format | StreamFormat | None:
    """The format an input's name declares (`.gz` looked through), or None when it declares none."""
    lowered = name.lower().removesuffix(".gz")
    dot = lowered.rfind(".")
    return _BY_SUFFIX.get(lowered[dot:]) if dot >= 0 else None


def format_from_name(name: str) -> Format | None:
    """The one-report (or JSONL) format an input's name declares, or None."""
    fmt = named_format(name)
    return fmt if fmt in ("text", "html", "jsonl") else None


def is_gzip_name(name: str) -> bool:
    return name.lower().endswith(".gz")


def check_not_binary(data: bytes, name: str) -> None:
    """Refuse data that is not text: a known file signature, NUL bytes or many control bytes."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(name, f"binary file ({what}), not a text, HTML or JSONL report")
    if data[4:8] == b"ftyp":
        raise InputError(name, "binary file (an MP4/MOV/HEIC media file)")
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise InputError(name, "binary file (contains NUL bytes)")
    controls = len(sample.translate(None, _NOT_COUNTED))  # C speed: the bytes left are controls
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError(name, f"binary file ({controls} control bytes in the first {len(sample)})")


def sniff_format(text: str) -> Format:
    """Guess the format of decoded content that came without a telling name (stdin, odd names)."""
    head = text[:_SAMPLE].encode("utf-8", "replace")
    if _HTML_START.match(head) or len(_HTML_TAG.findall(head)) >= 2:
        return "html"
    first = next((line for line in text.splitlines() if line.strip()), "")
    if first.lstrip().startswith("{"):
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    return "text"


__all__ = [
    "Format",
    "StreamFormat",
    "check_not_binary",
    "format_from_name",
    "is_gzip_name",
    "named_format",
    "sniff_format",
]
