"""Choosing a reader by file name, and streaming: records come one at a time."""

from __future__ import annotations

import json
from pathlib import Path

from newsfuse.ingest.formats.dispatch import iter_file, stream_format
from newsfuse.ingest.formats.records import RecordNotices
from newsfuse.settings import Settings


def test_names_choose_the_reader_looking_through_gz() -> None:
    assert stream_format("crawl.warc.gz") == "warc"
    assert stream_format("feed.RSS") == "feed"
    assert stream_format("export.csv.gz") == "csv"
    assert stream_format("report.txt") is None


def test_jsonl_records_are_yielded_before_the_file_is_read_to_its_end(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    lines = [json.dumps({"text": f"Report {n}."}) for n in range(3)]
    path.write_text("\n".join([*lines, "{broken"]) + "\n")
    notices = RecordNotices("many.jsonl")
    stream = iter_file(path, "many.jsonl", Settings(), notices)
    assert next(stream).content == "Report 0."  # a generator: nothing else read yet
    assert [doc.content for doc in stream] == ["Report 1.", "Report 2."]
    assert any("line 4" in notice.message for notice in notices.notices)


def test_a_stream_stops_past_max_input_bytes(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"text": "x" * 50}) + "\n" for _ in range(10)))
    notices = RecordNotices("big.jsonl")
    docs = list(iter_file(path, "big.jsonl", Settings(max_input_bytes=120), notices))
    assert len(docs) == 2
    assert "reading stopped at line 3" in notices.notices[0].message
