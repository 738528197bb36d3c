"""WARC archives, built with warcio itself: HTML responses become reports, the rest is passed
over, and bad records are noted by file and record."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.formats.records import Limits, RecordNotices
from newsfuse.ingest.formats.warc import read_warc
from newsfuse.ingest.load import load_inputs
from newsfuse.settings import Settings

warcio = pytest.importorskip("warcio", reason="the 'warc' extra is not installed")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PAGE = "<html><head><title>Fire at Pier {n}</title></head><body><p>Report {n}.</p></body></html>"
WIDE = Limits(max_record_bytes=10_000, max_total_bytes=10_000_000)


def write_warc(
    path: Path,
    pages: list[tuple[str, bytes, str]],
    gzip: bool = False,
    status: str = "200 OK",
) -> Path:
    """One response record per (uri, body, content type), each after a metadata record."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for uri, body, media in pages:
            metadata = writer.create_warc_record(
                uri,
                "metadata",
                payload=io.BytesIO(b"via: test\r\n"),
                warc_content_type="application/warc-fields",
            )
            writer.write_record(metadata)
            headers = StatusAndHeaders(status, [("Content-Type", media)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    return path


def pages(count: int) -> list[tuple[str, bytes, str]]:
    return [
        (f"https://news.example/{n}", PAGE.format(n=n).encode(), "text/html; charset=utf-8")
        for n in range(count)
    ]


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_each_html_response_is_a_report_with_its_uri_and_date(tmp_path: Path, gzip: bool) -> None:
    archive = write_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), pages(3), gzip)
    notices = RecordNotices("crawl")
    docs = list(read_warc(archive, "crawl", WIDE, notices))
    assert [doc.url for doc in docs] == [f"https://news.example/{n}" for n in range(3)]
    assert all(doc.kind == "html" and doc.published for doc in docs)
    assert "Report 1." in docs[1].content
    assert notices.finish() == []


def test_non_html_responses_are_passed_over(tmp_path: Path) -> None:
    mixed = [*pages(1), ("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")]
    archive = write_warc(tmp_path / "mixed.warc", mixed)
    docs = list(read_warc(archive, "mixed", WIDE, RecordNotices("mixed")))
    assert [doc.url for doc in docs] == ["https://news.example/0"]


def test_a_record_over_max_record_bytes_is_skipped_with_a_notice_naming_it(tmp_path: Path) -> None:
    big = ("https://news.example/big", b"<p>" + b"x" * 5000 + b"</p>", "text/html")
    archive = write_warc(tmp_path / "big.warc", [big, *pages(1)])
    notices = RecordNotices("big.warc")
    docs = list(read_warc(archive, "big.warc", Limits(1000, 10_000_000), notices))
    assert [doc.url for doc in docs] == ["https://news.example/0"]
    (notice,) = notices.finish()
    assert "big.warc record 1" in notice.message and "max_record_bytes" in notice.message


def test_error_statuses_are_noted_not_read(tmp_path: Path) -> None:
    archive = write_warc(tmp_path / "gone.warc", pages(1), status="404 Not Found")
    notices = RecordNotices("gone.warc")
    assert list(read_warc(archive, "gone.warc", WIDE, notices)) == []
    assert "404" in notices.finish()[0].message


def test_reading_stops_past_max_input_bytes_keeping_the_records_before(tmp_path: Path) -> None:
    archive = write_warc(tmp_path / "many.warc", pages(10))
    one = len(PAGE.format(n=0))
    notices = RecordNotices("many.warc")
    docs = list(read_warc(archive, "many.warc", Limits(10_000, one * 3 + 5), notices))
    assert len(docs) == 3
    assert "reading stopped at record 4" in notices.finish()[0].message


def test_a_file_that_is_not_warc_is_refused_naming_it(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.warc"
    bogus.write_text("this is not an archive\n" * 5)
    with pytest.raises(InputError, match=r"bogus\.warc"):
        list(read_warc(bogus, "bogus.warc", WIDE, RecordNotices("bogus.warc")))


def test_load_inputs_reads_warc_files_in_a_folder(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", pages(2), gzip=True)
    docs, notices = load_inputs([tmp_path], Settings())
    assert len(docs) == 2 and len({doc.id for doc in docs}) == 2
    assert [n for n in notices if n.level != "info"] == []
