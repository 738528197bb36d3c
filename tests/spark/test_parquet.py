"""`newsfuse ingest` loads the Parquet that `newsfuse spark` writes, as if it had read the
inputs itself; a Parquet file it cannot use is refused with a message naming it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsfuse.settings import Settings
from newsfuse.store import _BATCH as STORE_BATCH
from newsfuse.store import open_store
from tests.spark.corpus import ecb_partitions

_ARTICLE = (
    "SELECT source, raw_hash, content_hash, kind, raw, text, title, outlet, author, url, path,"
    " published, published_basis, language FROM article ORDER BY id"
)
_STORY = "SELECT id, title, size, first_date, last_date, outlets FROM story ORDER BY id"
_MEMBERS = (
    "SELECT a.source, m.story_id FROM story_article m JOIN article a ON a.id = m.article_id"
    " ORDER BY a.source"
)


def _contents(db: Path, inputs: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    with open_store(str(db)) as store:
        store.ingest(inputs, Settings(), briefs=False)
        return {sql: store.db.execute(sql) for sql in (_ARTICLE, _STORY, _MEMBERS)}


def test_store_from_spark_parquet_equals_the_single_machine_ingest(
    spark: Any, tmp_path: Path
) -> None:
    from newsfuse.spark import run_job

    pytest.importorskip("pyarrow", reason="the `parquet` extra is not installed")
    # The store cleans STORE_BATCH reports together and Spark each file on its own: files of
    # that many articles give both the same cleaning units, so the same cleaned texts.
    paths = ecb_partitions(tmp_path, 3, size=STORE_BATCH)
    out = tmp_path / "out"
    result = run_job(spark, paths, str(out), Settings())

    from_spark = _contents(tmp_path / "spark.db", [str(out)])
    single = _contents(tmp_path / "single.db", paths)

    assert len(from_spark[_ARTICLE]) == 3 * STORE_BATCH
    assert from_spark[_ARTICLE] == single[_ARTICLE]  # raw input, cleaned text, metadata, hashes
    assert from_spark[_STORY] == single[_STORY]
    assert from_spark[_MEMBERS] == single[_MEMBERS]
    # The stories Spark wrote are those the store re-derives on loading them.
    written = {a.id: a.story for a in result.clustering.articles}
    assert dict(from_spark[_MEMBERS]) == written


def test_parquet_rows_read_back_as_the_cleaned_articles(spark: Any, tmp_path: Path) -> None:
    import newsfuse
    from newsfuse.spark import run_job

    pytest.importorskip("pyarrow", reason="the `parquet` extra is not installed")
    paths = ecb_partitions(tmp_path, 2, size=10)
    out = tmp_path / "out"
    run_job(spark, paths, str(out), Settings())

    expected = [d for path in paths for d in newsfuse.clean([path], Settings())[0]]
    assert newsfuse.clean([str(out)], Settings())[0] == expected


def test_a_file_that_is_not_parquet_is_refused_by_name(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="the `parquet` extra is not installed")
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not a Parquet file")

    with open_store(str(tmp_path / "news.db")) as store:
        report, notices = store.ingest([str(broken)], Settings(), briefs=False)

    assert report.added == 0
    (error,) = [n for n in notices if n.level == "error"]
    assert error.source == str(broken)
    assert error.message.startswith("broken.parquet: not a readable Parquet file (")


def test_parquet_of_other_columns_is_refused_naming_what_is_missing(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow", reason="the `parquet` extra is not installed")
    import pyarrow.parquet as pq

    other = tmp_path / "sales.parquet"
    pq.write_table(pa.table({"id": ["a"], "text": ["Rain fell all day on the city."]}), other)

    with open_store(str(tmp_path / "news.db")) as store:
        report, notices = store.ingest([str(other)], Settings(), briefs=False)

    assert report.added == 0
    (error,) = [n.message for n in notices if n.level == "error"]
    assert "sales.parquet: not a `newsfuse spark` output: no column" in error
    assert "raw" in error and "kind" in error


def test_a_row_is_its_cleaned_article_and_is_not_cleaned_again(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow", reason="the `parquet` extra is not installed")
    import datetime as dt

    import pyarrow.parquet as pq

    import newsfuse
    from newsfuse.ingest.formats.parquet import COLUMNS

    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row |= {
        "id": "quake#1",
        "story": "s1",
        "kind": "html",
        "raw": "<html><body><nav>Home | Sport</nav><p>Raw page.</p></body></html>",
        "text": "The quake struck at dawn.",
        "title": "Quake strikes",
        "published": dt.date(2026, 3, 4),
        "published_basis": "dateline",
        "path": "crawl.warc.gz",
        "removed": [{"text": "Home | Sport", "reason": "navigation"}],
    }
    path = tmp_path / "part-0.parquet"
    pq.write_table(pa.Table.from_pylist([row]), path)

    (doc,) = newsfuse.clean([str(path)], Settings())[0]

    assert doc.text == "The quake struck at dawn."  # as stored, the raw page not re-read
    assert (doc.title, doc.published, doc.published_basis) == (
        "Quake strikes",
        dt.date(2026, 3, 4),
        "dateline",
    )
    assert [(r.text, r.reason) for r in doc.removed] == [("Home | Sport", "navigation")]


def test_bad_rows_are_noted_by_file_and_row_and_the_rest_kept(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow", reason="the `parquet` extra is not installed")
    import pyarrow.parquet as pq

    import newsfuse
    from newsfuse.ingest.formats.parquet import COLUMNS

    def row(n: int, **values: Any) -> dict[str, Any]:
        text = f"Report {n}: the river rose overnight."
        fields = {"id": f"r{n}", "kind": "text", "raw": text, "text": text}
        return dict.fromkeys(COLUMNS) | fields | values

    rows = [row(1), row(2, kind="pdf"), row(3, raw=None), row(4)]
    path = tmp_path / "part-0.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=2)

    docs, notices = newsfuse.clean([str(path)], Settings())

    assert [d.id for d in docs] == ["r1", "r4"]
    messages = [n.message for n in notices if n.level == "warning"]
    assert "part-0.parquet row 2: has no raw input, text or kind (text or html)" in messages
    assert "part-0.parquet row 3: has no raw input, text or kind (text or html)" in messages


def test_reading_stops_at_the_file_cap_keeping_the_rows_before(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow", reason="the `parquet` extra is not installed")
    import pyarrow.parquet as pq

    import newsfuse
    from newsfuse.ingest.formats.parquet import COLUMNS

    text = "The river rose overnight and the town was evacuated. " * 4  # 212 characters
    rows = [
        dict.fromkeys(COLUMNS) | {"id": f"r{n}", "kind": "text", "raw": text, "text": text}
        for n in range(1, 6)
    ]
    path = tmp_path / "part-0.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=2)

    docs, notices = newsfuse.clean([str(path)], Settings(max_input_bytes=500))

    assert [d.id for d in docs] == ["r1", "r2"]
    assert any("reading stopped at row 3" in n.message for n in notices)
