"""Turn JSONL exports (one article per line) into raw documents; a bad line costs only itself."""

from __future__ import annotations

import json
from typing import Any

from newsfuse.errors import InputError
from newsfuse.model import DocKind, Notice, RawDoc

_META_FIELDS = ("url", "title", "published", "outlet", "author")


def parse_jsonl(
    text: str, name: str, path: str | None, url: str | None
) -> tuple[list[RawDoc], list[Notice]]:
    """One RawDoc per usable line of `text`, and a warning naming `name` and the line for the rest.

    Record ids are the record's `id`, else `<name>#<line number>`. The source's own `url` is used
    when a record has none.
    """
    docs: list[RawDoc] = []
    notices: list[Notice] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            docs.append(_record(line, f"{name}#{number}", path, url))
        except InputError as error:
            notices.append(Notice(name, "warning", f"{name} line {number}: {error.reason}"))
    if not docs:
        raise InputError(name, "no usable JSONL record")
    return docs, notices


def _record(line: str, fallback_id: str, path: str | None, url: str | None) -> RawDoc:
    try:
        record = json.loads(line)
    except ValueError as error:
        raise InputError(fallback_id, f"malformed JSON ({error})") from error
    if not isinstance(record, dict):
        raise InputError(fallback_id, "not a JSON object")
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
    raise InputError("record", 'has no non-empty "text" or "html" field')


def _scalar(value: Any) -> str | None:
    """A metadata value as a string: numbers are kept (ids, timestamps); objects are ignored."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        return str(value).strip() or None
    return None


__all__ = ["parse_jsonl"]
