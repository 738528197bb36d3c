"""The ECB+ dev corpus cut into JSONL partitions, for the Spark tests."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA

ECB_DEV = SHARED_DATA / "clustering-dev" / "ecbplus.jsonl"
PAGES = SHARED_DATA / "extraction-dev" / "html"


def ecb_partitions(tmp: Path, parts: int, size: int | None = None) -> list[str]:
    """The ECB+ dev corpus split into `parts` JSONL files: round-robin over all of it, or
    `size` consecutive articles each."""
    if not ECB_DEV.is_file():
        pytest.skip(f"ECB+ dev corpus absent: {ECB_DEV}")
    lines = ECB_DEV.read_text(encoding="utf-8").splitlines()
    paths = []
    for k in range(parts):
        part = lines[k::parts] if size is None else lines[k * size : (k + 1) * size]
        path = tmp / f"part-{k}.jsonl"
        path.write_text("\n".join(part) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def page_warcs(tmp: Path, parts: int, size: int) -> list[str]:
    """`parts` WARC.gz archives of `size` real news pages each (the extraction dev pages),
    as a crawl would hold them: one HTTP response record per page."""
    pytest.importorskip("warcio", reason="the `warc` extra is not installed")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = sorted(PAGES.glob("*.html.gz"))[: parts * size]
    if len(pages) < parts * size:
        pytest.skip(f"extraction dev pages absent: {PAGES}")
    paths = []
    for k in range(parts):
        path = tmp / f"crawl-{k}.warc.gz"
        with path.open("wb") as stream:
            writer = WARCWriter(stream, gzip=True)
            for page in pages[k * size : (k + 1) * size]:
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                url = f"https://news.example/{page.name.removesuffix('.html.gz')}"
                body = io.BytesIO(gzip.decompress(page.read_bytes()))
                writer.write_record(
                    writer.create_warc_record(url, "response", payload=body, http_headers=headers)
                )
        paths.append(str(path))
    return paths
