"""Request bodies to `RawDoc`s: multipart `files`, parsed as they stream in, or JSON articles.

A client's file name is only ever a label (a source id, a name in errors): it is cleaned of
folders and control characters and never used as a path. Files the record readers need on disk
(WARC, CSV, RSS/Atom) are spooled under the data directory with names made here, and deleted
once read.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_bytes
from newsfuse.ingest.formats.dispatch import read_records, stream_format
from newsfuse.ingest.ids import ensure_unique
from newsfuse.ingest.jsonl import parse_jsonl
from newsfuse.ingest.read import GZIP_MAGIC, maybe_gunzip
from newsfuse.ingest.sniff import format_from_name, sniff_format
from newsfuse.model import RawDoc
from newsfuse.rendering.page.upload import size_text
from newsfuse.settings import Settings
from newsfuse.web.errors import ApiError

FIELD = "files"
_NAME_MAX = 120
_UNSAFE = re.compile(r"[\x00-\x1f\x7f]+")
_KNOWN = ".txt, .html, .jsonl, .warc, .csv, .rss, .atom, .xml (optionally .gz)"


@dataclass(frozen=True)
class Upload:
    name: str  # cleaned, for display only
    data: bytes


def clean_name(given: str, number: int) -> str:
    """The last part of a client's file name, without control characters; never a path."""
    last = re.split(r"[\\/]", given)[-1]
    name = " ".join(_UNSAFE.sub(" ", last).split())[:_NAME_MAX].strip(" .")
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
        if not given and not self._headers.get(b"content-type"):
            return
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
    callbacks = {
        "on_part_begin": parts.part_begin,
        "on_header_field": parts.header_field,
        "on_header_value": parts.header_value,
        "on_header_end": parts.header_end,
        "on_headers_finished": parts.headers_finished,
        "on_part_data": parts.part_data,
        "on_part_end": parts.part_end,
    }
    parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
    try:
        async for chunk in body:
            parser.write(chunk)
        parser.finalize()
    except MultipartParseError as error:
        raise ApiError(400, "bad_request", f"broken multipart body ({error})") from None
    if not parts.files:
        raise ApiError(400, "bad_request", f"no file in the form field {FIELD!r}")
    return parts.files


def upload_docs(uploads: list[Upload], settings: Settings, spool: Path) -> list[RawDoc]:
    """Every upload's documents; the first file that is not a usable report refuses them all
    (a wrong type is 415, a broken or empty file 422), naming it."""
    docs: list[RawDoc] = []
    for upload in uploads:
        try:
            docs += _documents(upload, settings, spool)
        except InputError as error:
            raise _refusal(upload, error) from None
    return ensure_unique(docs)[0]


def _documents(upload: Upload, settings: Settings, spool: Path) -> list[RawDoc]:
    name = upload.name
    if stream_format(name) is not None:
        return _records(upload, settings, spool)
    declared = format_from_name(name)
    stem = name.lower().removesuffix(".gz").lstrip(".")
    if declared is None and "." in stem:
        suffix = stem[stem.rfind(".") :]
        raise ApiError(
            415, "unsupported_type", f"{name}: {suffix} files are not read; send {_KNOWN}", name
        )
    if not upload.data:
        raise ApiError(422, "unprocessable", f"{name}: empty file (0 bytes)", name)
    data = maybe_gunzip(upload.data, name, settings.max_input_bytes)
    try:
        text = decode_bytes(data, name)
    except InputError as error:
        raise ApiError(415, "unsupported_type", str(error), name) from None
    if not text.strip():
        raise ApiError(422, "unprocessable", f"{name}: contains only whitespace", name)
    fmt = declared or sniff_format(text)
    if fmt == "jsonl":
        found, _ = parse_jsonl(text, name, None, None, settings.max_record_bytes)
        if not found:
            raise ApiError(422, "unprocessable", f"{name}: no usable JSONL record", name)
        return found
    return [RawDoc(id=name, content=text, kind=fmt)]


def _records(upload: Upload, settings: Settings, spool: Path) -> list[RawDoc]:
    """A WARC, CSV or feed file, read by the core's record readers from a spooled copy."""
    spool.mkdir(parents=True, exist_ok=True)
    suffix = ".gz" if upload.data.startswith(GZIP_MAGIC) else ""
    path = spool / f"{uuid.uuid4().hex}{suffix}"
    try:
        path.write_bytes(upload.data)
        return read_records(path, upload.name, settings)[0]
    finally:
        path.unlink(missing_ok=True)


def _refusal(upload: Upload, error: InputError) -> ApiError:
    reason = error.reason
    if "larger than" in reason or "decompresses to more than" in reason:
        return ApiError(413, "too_large", str(error), upload.name)
    return ApiError(422, "unprocessable", str(error), upload.name)


class Article(BaseModel):
    """One report given as JSON: its text or its HTML, and what is known about it."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(None, min_length=1, max_length=_NAME_MAX)
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


class Articles(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[Article] = Field(min_length=1)


def parse_articles(body: bytes) -> Articles:
    """The JSON body, or the error shape: 400 for broken JSON, 422 for a wrong structure."""
    try:
        return Articles.model_validate_json(body)
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        if problem["type"] == "json_invalid":
            message = f"the body is not valid JSON ({problem['msg']})"
            raise ApiError(400, "bad_request", message) from None
        message = f"{where or 'body'}: {problem['msg']}"
        raise ApiError(422, "unprocessable", message, where or None) from None


def article_inputs(
    articles: Articles, settings: Settings, max_files: int, max_file_bytes: int
) -> list[RawDoc | str]:
    """RawDocs of the articles; an article with only a `url` is fetched by the core (through
    its private-address guard) when the server allows the network."""
    if len(articles.articles) > max_files:
        message = f"more than {max_files} articles in one request"
        raise ApiError(413, "too_many_files", message)
    inputs: list[RawDoc | str] = []
    for number, article in enumerate(articles.articles, 1):
        name = clean_name(article.id or f"article-{number}", number)
        content = article.text if article.text is not None else article.html
        if article.text is not None and article.html is not None:
            message = f"{name}: give text or html, not both"
            raise ApiError(422, "unprocessable", message, name)
        if content is None:
            inputs.append(_url_input(article, name, settings))
            continue
        if len(content.encode("utf-8")) > max_file_bytes:
            limit = size_text(max_file_bytes)
            raise ApiError(413, "too_large", f"{name}: over the {limit} limit per file", name)
        if not content.strip():
            raise ApiError(422, "unprocessable", f"{name}: the article is empty", name)
        kind: Literal["text", "html"] = "text" if article.text is not None else "html"
        fields = article.model_dump(include={"title", "url", "published", "outlet"})
        inputs.append(RawDoc(id=name, content=content, kind=kind, **fields))
    raws = [item for item in inputs if isinstance(item, RawDoc)]
    urls = [item for item in inputs if isinstance(item, str)]
    return [*ensure_unique(raws)[0], *urls]


def _url_input(article: Article, name: str, settings: Settings) -> str:
    if article.url is None:
        raise ApiError(422, "unprocessable", f"{name}: an article needs text, html or url", name)
    if urlsplit(article.url).scheme not in ("http", "https"):
        raise ApiError(422, "unprocessable", f"{name}: only http(s) URLs are fetched", name)
    if not settings.allow_network:
        message = f"{name}: fetching URLs is off (start the server with --allow-network)"
        raise ApiError(422, "unprocessable", message, name)
    return article.url


__all__ = [
    "FIELD",
    "Articles",
    "Upload",
    "article_inputs",
    "clean_name",
    "parse_articles",
    "read_files",
    "upload_docs",
]
