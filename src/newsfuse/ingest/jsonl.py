"""Turn JSONL exports (one article per line) into raw documents; a bad line costs only itself.

Files are read line by line with a cap per line, so one oversized record is skipped and the
good ones around it are kept, and the file is never held whole in memory. Bad lines of one
kind are named a few times, then counted once per file.
"""

from __future__ import annotations

import codecs
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newsfuse.errors import InputError
from newsfuse.ingest.decode import guess_codec
from newsfuse.model import DocKind, Notice, RawDoc
from newsfuse.notice_summary import SHOWN_PER_KIND

_META_FIELDS = ("url", "title", "published", "outlet", "author")
#: Bytes a JSONL stream may be read for, per byte of records it may keep (see read_jsonl).
SCANNED_PER_KEPT = 10


class _BadLine(Exception):
    """One line that gives no record: `kind` is stable across lines, `detail` is not."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(kind)
        self.kind = kind
        self.detail = detail


@dataclass
class JsonlReader:
    """Collects the records of one JSONL source, line by line."""

    name: str  # the source's id, which names it in notices and record ids
    path: str | None
    url: str | None
    max_record_bytes: int
    docs: list[RawDoc] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    _skipped: Counter[str] = field(default_factory=Counter)
    _codec: str | None = None  # the legacy encoding guessed for lines that are not UTF-8

    def add_line(self, number: int, line: bytes | str | None) -> None:
        """Line `number`: its bytes or text, or None when it passed `max_record_bytes`."""
        try:
            if line is None or self._too_long(line):
                raise _BadLine(f"longer than {self.max_record_bytes:,} bytes (max_record_bytes)")
            text = self._decode(line) if isinstance(line, bytes) else line
            if text.strip():
                self.docs.append(_record(text, f"{self.name}#{number}", self.path, self.url))
        except _BadLine as bad:
            self._skipped[bad.kind] += 1
            if self._skipped[bad.kind] <= SHOWN_PER_KIND:
                detail = f" ({bad.detail})" if bad.detail else ""
                message = f"{self.name} line {number}: {bad.kind}{detail}"
                self.notices.append(Notice(self.name, "warning", message))

    def _too_long(self, line: bytes | str) -> bool:
        if isinstance(line, bytes) or len(line) * 4 <= self.max_record_bytes:
            return len(line) > self.max_record_bytes
        return len(line.encode("utf-8", "replace")) > self.max_record_bytes

    def finish(self) -> tuple[list[RawDoc], list[Notice]]:
        """The records and notices; raises InputError when no line gave a record."""
        for kind, count in self._skipped.items():
            if count > SHOWN_PER_KIND:
                more = count - SHOWN_PER_KIND
                message = (
                    f"{self.name}: … and {more:,} more lines of this file were skipped: {kind}"
                )
                self.notices.append(Notice(self.name, "warning", message))
        if not self.docs:
            reasons = ", ".join(f"{kind}: {count:,}" for kind, count in self._skipped.items())
            raise InputError(
                self.name, "no usable JSONL record" + (f" ({reasons})" if reasons else "")
            )
        return self.docs, self.notices

    def _decode(self, line: bytes) -> str:
        try:
            return line.decode("utf-8")
        except UnicodeDecodeError:
            pass
        if self._codec is None:  # one guess per file: a file has one encoding, guessing is slow
            self._codec = guess_codec(line)
        return line.decode(self._codec, errors="replace")


def parse_jsonl(
    text: str,
    name: str,
    path: str | None,
    url: str | None,
    max_record_bytes: int = 1 << 62,
) -> tuple[list[RawDoc], list[Notice]]:
    """One RawDoc per usable line of `text`, and warnings naming `name` and the lines skipped.

    Record ids are the record's `id`, else `<name>#<line number>`. The source's own `url` is used
    when a record has none.
    """
    reader = JsonlReader(name, path, url, max_record_bytes)
    for number, line in enumerate(text.splitlines(), start=1):
        reader.add_line(number, line)
    return reader.finish()


def read_jsonl(
    chunks: Iterable[bytes],
    name: str,
    path: str | None,
    *,
    max_record_bytes: int,
    max_total_bytes: int,
) -> tuple[list[RawDoc], list[Notice]]:
    """The records of a JSONL byte stream, read line by line, and the notices.

    Records kept may total `max_total_bytes` (what a file may hold); skipped oversized lines
    do not count against it, but reading stops after SCANNED_PER_KEPT times that many bytes,
    so a gzip bomb inflates no further. Either way the records before are kept.
    """
    reader = JsonlReader(name, path, None, max_record_bytes)
    scan_limit = max_total_bytes * SCANNED_PER_KEPT
    cut = False

    def capped() -> Iterator[bytes]:
        nonlocal cut
        total = 0
        for chunk in chunks:
            total += len(chunk)
            if total > scan_limit:
                cut = True
                yield chunk[: len(chunk) - (total - scan_limit)]
                return
            yield chunk

    kept = 0
    for number, line, ended in split_lines(capped(), max_record_bytes):
        kept += len(line) if line is not None else 0
        if (cut and not ended) or kept > max_total_bytes:
            limit = f"{scan_limit:,} bytes read" if cut else f"{max_total_bytes:,} bytes of records"
            message = (
                f"{name}: reading stopped in line {number}, past {limit} (max_input_bytes); "
                "the records before it are kept"
            )
            reader.notices.append(Notice(name, "warning", message))
            break
        if number == 1 and line is not None:
            line = line.removeprefix(codecs.BOM_UTF8)
        reader.add_line(number, line)
    return reader.finish()


def split_lines(
    chunks: Iterable[bytes], max_line_bytes: int
) -> Iterator[tuple[int, bytes | None, bool]]:
    """(line number, line without its end, whether a newline ended it) for each line of the
    byte stream; a line over `max_line_bytes` comes as None and is never held whole in memory."""
    pending: list[bytes] = []
    held = 0
    oversized = False
    number = 1
    started = False
    for chunk in chunks:
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            piece = chunk[start:end]
            too_long = oversized or held + len(piece) > max_line_bytes
            yield number, None if too_long else b"".join([*pending, piece]).rstrip(b"\r"), True
            number += 1
            pending, held, oversized, started = [], 0, False, False
            start = end + 1
        rest = chunk[start:]
        started = started or bool(rest)
        if oversized or held + len(rest) > max_line_bytes:
            oversized, pending, held = True, [], 0  # drop what was held; skip to the newline
        elif rest:
            pending.append(rest)
            held += len(rest)
    if started:
        yield number, None if oversized else b"".join(pending).rstrip(b"\r"), False


def _record(line: str, fallback_id: str, path: str | None, url: str | None) -> RawDoc:
    try:
        record = json.loads(line)
    except ValueError as error:
        raise _BadLine("malformed JSON", str(error)) from error
    except RecursionError as error:
        raise _BadLine("malformed JSON", "nested too deeply") from error
    if not isinstance(record, dict):
        raise _BadLine("not a JSON object", f"a JSON {type(record).__name__}")
    kind, content = _content(record)
    meta = {key: _scalar(record.get(key)) for key in _META_FIELDS}
    return RawDoc(
        id=_scalar(record.get("id")) or fallback_id,
        content=content,
        kind=kind,
        path=path,
        url=meta["url"] or url,
        title=meta["title"],
        published=meta["published"],
        outlet=meta["outlet"],
        author=meta["author"],
    )


def _content(record: dict[str, Any]) -> tuple[DocKind, str]:
    """The page's HTML when the record has it (it carries the page's metadata), else its text."""
    kinds: tuple[DocKind, ...] = ("html", "text")
    for kind in kinds:
        value = record.get(kind)
        if isinstance(value, str) and value.strip():
            return kind, value
    raise _BadLine('has no non-empty "text" or "html" field')


def _scalar(value: Any) -> str | None:
    """A metadata value as a string: numbers are kept (ids, timestamps); objects are ignored."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        return str(value).strip() or None
    return None


__all__ = ["JsonlReader", "parse_jsonl", "read_jsonl", "split_lines"]
