"""Size-capped reading, gzip included: a bomb is stopped before it fills memory."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.read import gunzip_capped, read_capped, read_file


def test_read_capped_refuses_stream_over_limit() -> None:
    with pytest.raises(InputError, match="larger than 100 bytes"):
        read_capped(io.BytesIO(b"x" * 101), "big.txt", 100)
    assert read_capped(io.BytesIO(b"x" * 100), "ok.txt", 100) == b"x" * 100


def test_gunzip_capped_stops_a_bomb_early() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)  # 50 MB of zeros, about 50 KB compressed
    with pytest.raises(InputError, match="decompresses to more than 1,000,000 bytes"):
        gunzip_capped(io.BytesIO(bomb), "bomb.txt.gz", 1_000_000)


def test_gunzip_capped_reads_concatenated_members() -> None:
    data = gzip.compress(b"first part. ") + gzip.compress(b"second part.")
    assert gunzip_capped(io.BytesIO(data), "a.txt.gz", 1000) == b"first part. second part."


def test_gunzip_capped_refuses_truncated_and_corrupt_data() -> None:
    data = gzip.compress(b"Fire crews reached the hills on Tuesday. " * 50)
    with pytest.raises(InputError, match="corrupt gzip data"):
        gunzip_capped(io.BytesIO(data[: len(data) // 2]), "cut.txt.gz", 10_000)
    with pytest.raises(InputError, match="corrupt gzip data"):
        gunzip_capped(io.BytesIO(data[:10] + b"garbage!" * 20), "bad.txt.gz", 10_000)


def test_read_file_gunzips_by_content(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress("Flames “spread”.".encode()))
    assert read_file(path, "story.txt.gz", 1000) == "Flames “spread”.".encode()


def test_read_file_missing_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gone\.txt: cannot be read"):
        read_file(tmp_path / "gone.txt", "gone.txt", 1000)
