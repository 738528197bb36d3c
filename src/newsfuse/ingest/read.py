"""Read an input's bytes with a hard size cap, decompressing gzip as it streams."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsfuse.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 16


def read_capped(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    """All of `stream`, refusing it as soon as it passes `max_bytes` (so memory stays bounded)."""
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(min(_CHUNK, max_bytes + 1 - total)):
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise InputError(name, f"larger than {max_bytes:,} bytes (max_input_bytes)")
    return b"".join(chunks)


def gunzip_capped(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    """Decompress a gzip stream (one or more members) as it is read; a bomb is refused once its
    output passes `max_bytes`, before more than that is ever held in memory."""
    output: list[bytes] = []
    total = 0
    for piece in gunzip_chunks(stream, name):
        output.append(piece)
        total += len(piece)
        if total > max_bytes:
            reason = f"decompresses to more than {max_bytes:,} bytes (max_input_bytes)"
            raise InputError(name, reason)
    return b"".join(output)


def gunzip_chunks(stream: BinaryIO, name: str) -> Iterator[bytes]:
    """The decompressed content of a gzip stream (one or more members), in pieces of at most
    64 KiB, so a reader can stop at any point without inflating the rest."""
    decompressor = _gunzipper()
    try:
        while chunk := stream.read(_CHUNK):
            while chunk:
                if decompressor.eof:  # concatenated members are valid gzip
                    decompressor = _gunzipper()
                piece = decompressor.decompress(chunk, _CHUNK)
                if piece:
                    yield piece
                chunk = decompressor.unconsumed_tail or decompressor.unused_data
    except zlib.error as error:
        raise InputError(name, f"corrupt gzip data ({error})") from error
    if not decompressor.eof:
        raise InputError(name, "corrupt gzip data (truncated stream)")


def file_chunks(path: Path, name: str) -> Iterator[bytes]:
    """A file's content in pieces, gunzipped when it is gzip; for readers that go line by line."""
    try:
        with path.open("rb") as stream:
            gzipped = stream.read(2) == GZIP_MAGIC
            stream.seek(0)
            if gzipped:
                yield from gunzip_chunks(stream, name)
            else:
                while chunk := stream.read(_CHUNK):
                    yield chunk
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from error


def _gunzipper() -> zlib._Decompress:
    return zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)


def read_file(path: Path, name: str, max_bytes: int) -> bytes:
    """A file's content, gunzipped when it is gzip, within the size cap."""
    try:
        with path.open("rb") as stream:
            gzipped = stream.read(2) == GZIP_MAGIC
            stream.seek(0)
            if gzipped:
                return gunzip_capped(stream, name, max_bytes)
            return read_capped(stream, name, max_bytes)
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from error


def maybe_gunzip(data: bytes, name: str, max_bytes: int) -> bytes:
    """`data` itself, or what it decompresses to when it is gzip (stdin and URLs)."""
    if data.startswith(GZIP_MAGIC):
        return gunzip_capped(io.BytesIO(data), name, max_bytes)
    return data


__all__ = [
    "GZIP_MAGIC",
    "file_chunks",
    "gunzip_capped",
    "gunzip_chunks",
    "maybe_gunzip",
    "read_capped",
    "read_file",
]
