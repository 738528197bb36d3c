"""CSV exports: a header names the text column and the metadata; rows stream one at a time."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.formats.csv import read_csv
from newsfuse.ingest.formats.records import Limits, RecordNotices
from newsfuse.ingest.load import load_inputs
from newsfuse.settings import Settings

WIDE = Limits(max_record_bytes=10_000, max_total_bytes=10_000_000)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", newline="", encoding="utf-8") as out:  # type: ignore[operator]
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read(path: Path, limits: Limits = WIDE) -> tuple[list, RecordNotices]:  # type: ignore[type-arg]
    notices = RecordNotices(path.name)
    return list(read_csv(path, path.name, limits, notices)), notices


@pytest.mark.parametrize("name", ["export.csv", "export.csv.gz"])
def test_rows_become_reports_with_their_columns(tmp_path: Path, name: str) -> None:
    path = write_csv(
        tmp_path / name,
        ["Title", "URL", "published", "outlet", "content"],
        [
            [
                "Fire at Pier 9",
                "https://a.example/1",
                "2023-03-15",
                "Daily",
                "A warehouse burned,\nand smoke rose.",
            ],
            ["Curfew", "https://a.example/2", "", "", "The mayor declared a curfew."],
        ],
    )
    (first, second), _ = read(path)
    assert (first.title, first.url, first.published, first.outlet) == (
        "Fire at Pier 9",
        "https://a.example/1",
        "2023-03-15",
        "Daily",
    )
    assert first.content == "A warehouse burned,\nand smoke rose."  # a quoted newline is kept
    assert second.published is None and second.kind == "text"


def test_a_missing_text_column_is_refused_naming_the_columns_found(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", ["title", "url"], [["t", "https://a.example"]])
    with pytest.raises(InputError, match="no text column: the header has title, url"):
        read(path)


def test_empty_and_oversized_rows_are_noted_by_row(tmp_path: Path) -> None:
    rows = [["one", "First report."], ["two", ""], ["three", "x" * 500], ["four", "Last."]]
    path = write_csv(tmp_path / "rows.csv", ["title", "text"], rows)
    docs, notices = read(path, Limits(100, 10_000))
    assert [doc.title for doc in docs] == ["one", "four"]
    messages = [notice.message for notice in notices.finish()]
    assert any("rows.csv row 3" in m and "empty text" in m for m in messages)
    assert any("rows.csv row 4" in m and "max_record_bytes" in m for m in messages)


def test_load_inputs_reads_csv_and_refuses_a_bad_one_alone(tmp_path: Path) -> None:
    write_csv(tmp_path / "good.csv", ["text"], [["Report one."], ["Report two."]])
    write_csv(tmp_path / "bad.csv", ["headline"], [["no body here"]])
    docs, notices = load_inputs([tmp_path], Settings())
    assert sorted(doc.content for doc in docs) == ["Report one.", "Report two."]
    assert any("bad.csv" in n.message and "no text column" in n.message for n in notices)
