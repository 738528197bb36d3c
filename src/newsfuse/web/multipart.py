"""Multipart `files` parsed as the body streams in: the file count and each file's size are
checked part by part, so a body is refused as soon as it passes a limit, not after it arrived.

A client's file name is only ever a label (a source id, a name in errors): `clean_name` keeps
its last part without control characters, and it is never used as a path.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from newsfuse.rendering.page.upload import size_text
from newsfuse.web.errors import ApiError

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks

FIELD = "files"
NAME_MAX = 120
_UNSAFE = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class Upload:
    name: str  # cleaned, for display only
    data: bytes


def clean_name(given: str, number: int) -> str:
    """The last part of a client's file name, without control characters; never a path."""
    last = re.split(r"[\\/]", given)[-1]
    name = " ".join(_UNSAFE.sub(" ", last).split())[:NAME_MAX].strip(" .")
    return name or f"upload-{number}"


@dataclass
class _Parts:
    """Collects the `files` parts of a multipart body, refusing as soon as a limit is passed."""

    max_files: int
    max_file_bytes: int
    files: list[Upload] = field(default_factory=list)
    _headers: dict[bytes, bytes] = field(default_factory=dict)
    _field: bytes = b""
    _value: bytes = b""
    _name: str | None = None
    _chunks: list[bytes] = field(default_factory=list)
    _size: int = 0

    def part_begin(self) -> None:
        self._headers, self._name, self._chunks, self._size = {}, None, [], 0

    def header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def header_end(self) -> None:
        self._headers[self._field.lower()] = self._value
        self._field, self._value = b"", b""

    def headers_finished(self) -> None:
        _, params = parse_options_header(self._headers.get(b"content-disposition", b""))
        filename = params.get(b"filename")
        if params.get(b"name") != FIELD.encode() or filename is None:
            return  # other form fields are read past and dropped
        given = filename.decode("utf-8", "replace")
        if not given:
            return  # a file input left empty: browsers send it without a name
        if len(self.files) >= self.max_files:
            raise ApiError(
                413, "too_many_files", f"more than {self.max_files} files in one request"
            )
        self._name = clean_name(given, len(self.files) + 1)

    def part_data(self, data: bytes, start: int, end: int) -> None:
        if self._name is None:
            return
        self._size += end - start
        if self._size > self.max_file_bytes:
            limit = size_text(self.max_file_bytes)
            raise ApiError(
                413, "too_large", f"{self._name}: over the {limit} limit per file", self._name
            )
        self._chunks.append(data[start:end])

    def part_end(self) -> None:
        if self._name is not None:
            self.files.append(Upload(self._name, b"".join(self._chunks)))
        self._name = None


async def read_files(
    content_type: str, body: AsyncIterator[bytes], max_files: int, max_file_bytes: int
) -> list[Upload]:
    """The uploaded files of a multipart/form-data body (field `files`), in order."""
    kind, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise ApiError(400, "bad_request", "a multipart/form-data body needs a boundary")
    parts = _Parts(max_files, max_file_bytes)
    callbacks: MultipartCallbacks = {
        "on_part_begin": parts.part_begin,
        "on_header_field": parts.header_field,
        "on_header_value": parts.header_value,
        "on_header_end": parts.header_end,
        "on_headers_finished": parts.headers_finished,
        "on_part_data": parts.part_data,
        "on_part_end": parts.part_end,
    }
    parser = MultipartParser(boundary, callbacks)
    try:
        async for chunk in body:
            parser.write(chunk)
        parser.finalize()
    except MultipartParseError as error:
        raise ApiError(400, "bad_request", f"broken multipart body ({error})") from None
    if not parts.files:
        raise ApiError(400, "bad_request", f"no file in the form field {FIELD!r}")
    return parts.files


__all__ = ["FIELD", "NAME_MAX", "Upload", "clean_name", "read_files"]
