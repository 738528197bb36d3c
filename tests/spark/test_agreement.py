"""The Spark job agrees with the single-machine path: same cleaned texts, same stories."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

import newsfuse
from newsfuse.settings import Settings
from newsfuse.stories import cluster_docs
from tests.spark.corpus import ecb_partitions, page_warcs


def test_spark_matches_single_machine_on_ecb_dev(spark: Any, tmp_path: Path) -> None:
    from newsfuse.spark import run_job

    paths = ecb_partitions(tmp_path, 3)
    settings = Settings()
    out = str(tmp_path / "articles.parquet")

    # Three files in two partitions: one task reads two files.
    distributed = run_job(spark, paths, out, settings, partitions=2).clustering
    # The boilerplate judge compares the reports given together, so a file is the cleaning
    # unit: the local reference cleans each file on its own, then clusters all.
    local_docs = [d for path in paths for d in newsfuse.clean([path], settings)[0]]
    local = cluster_docs(local_docs, settings)

    assert len(distributed.articles) == len(local.articles) == 315
    assert {a.id: a.story for a in distributed.articles} == {a.id: a.story for a in local.articles}
    assert [s.articles for s in distributed.stories] == [s.articles for s in local.stories]

    stored = {r["id"]: r for r in spark.read.parquet(out).collect()}
    assert {i: r["text"] for i, r in stored.items()} == {d.id: d.text for d in local_docs}
    assert {i: r["story"] for i, r in stored.items()} == {a.id: a.story for a in local.articles}


def test_missing_input_file_becomes_a_notice_not_a_crash(spark: Any, tmp_path: Path) -> None:
    from newsfuse.spark import run_job

    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "a", "text": "' + "Rain fell on the city all day. " * 5 + '"}\n')
    result = run_job(
        spark, [str(good), str(tmp_path / "absent.jsonl")], None, Settings()
    ).clustering
    assert [a.id for a in result.articles] == ["a"]
    assert any("absent.jsonl" in n.message for n in result.notices)


def test_a_folder_uri_read_by_spark_gives_what_its_local_files_give(
    spark: Any, tmp_path: Path
) -> None:
    from newsfuse.spark import run_job

    folder = tmp_path / "in"
    folder.mkdir()
    paths = ecb_partitions(folder, 2, size=10)
    (folder / "notes").write_text("not an input\n")
    out = tmp_path / "out"

    # file:// goes through Spark's file systems (binaryFiles), as hdfs:// or s3a:// would.
    remote = run_job(spark, [folder.as_uri()], str(out), Settings()).clustering
    local = run_job(spark, paths, None, Settings()).clustering

    assert [(a.id, a.story) for a in remote.articles] == [(a.id, a.story) for a in local.articles]
    stored = spark.read.parquet(str(out)).collect()
    assert all(r["path"].startswith("file:") for r in stored)  # the URI, not a temporary copy
    assert {urlsplit(r["path"]).path for r in stored} == set(paths)
    assert any("notes: skipped" in n.message for n in remote.notices)
    # Read back as ingest reads it, the rows come in the order the driver clustered them.
    read_back = newsfuse.clean([str(out)], Settings())[0]
    assert [d.id for d in read_back] == [a.id for a in remote.articles]


def test_warc_partitions_of_real_pages_match_single_machine(spark: Any, tmp_path: Path) -> None:
    from newsfuse.spark import run_job

    paths = page_warcs(tmp_path, 2, 3)
    settings = Settings()

    distributed = run_job(spark, paths, str(tmp_path / "out"), settings).clustering
    local_docs = [d for path in paths for d in newsfuse.clean([path], settings)[0]]
    local = cluster_docs(local_docs, settings)

    assert len(local.articles) == 6
    assert [(a.id, a.story) for a in distributed.articles] == [
        (a.id, a.story) for a in local.articles
    ]
    read_back = newsfuse.clean([str(tmp_path / "out")], settings)[0]
    assert read_back == local_docs  # page text, metadata and the boilerplate removed, whole


def test_no_usable_article_is_an_error_saying_why(spark: Any, tmp_path: Path) -> None:
    from newsfuse.errors import InputError
    from newsfuse.spark import run_job

    with pytest.raises(InputError, match=r"no usable article in 1 input\(s\): .*absent\.jsonl"):
        run_job(spark, [str(tmp_path / "absent.jsonl")], None, Settings())
