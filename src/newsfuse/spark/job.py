"""The Spark job: file partitions -> cleaned docs (executors) -> stories (driver) -> Parquet.

The executors keep each article's raw input; only its cleaned text and metadata travel to the
driver, which clusters them and broadcasts back (file, position) -> (id, story, score), so the
rows are written by the executors in input order without a shuffle.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from newsfuse.model import Notice, RawDoc
from newsfuse.settings import Settings
from newsfuse.spark.rows import Assigned, article_row, article_schema
from newsfuse.stories import Clustering, cluster_docs

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

Progress = Callable[[str, int, int], None]
"""(phase, done, total): "cleaning" counts partitions, "clustering" articles, "writing" 0/1."""

Item = tuple[int, int, RawDoc | Notice]  # (file index, position in the file, item)

# Rows per Parquet part file, so each stays well under ingest's per-file cap on raw pages.
ROWS_PER_FILE = 1000


@dataclass(frozen=True)
class JobResult:
    clustering: Clustering
    partitions: int


def clean_partition(indexed: Iterable[tuple[int, str]], settings: Settings) -> Iterator[Item]:
    """Read and clean one partition's files with the single-machine stages. Each file is
    cleaned on its own (the boilerplate judge compares the reports given together), so the
    result does not depend on how files are grouped into partitions."""
    from newsfuse.cleaning import clean_docs
    from newsfuse.ingest import read_inputs

    for index, path in indexed:
        raws, notices = read_inputs([path], settings)
        docs, clean_notices = clean_docs(raws, settings)
        by_id = {raw.id: raw for raw in raws}
        position = 0
        for doc in docs:
            yield index, position, replace(by_id[doc.id], cleaned=doc)
            position += 1
        for notice in [*notices, *clean_notices]:
            yield index, position, notice
            position += 1


def _for_driver(item: Item) -> Item:
    """What the driver needs of an item: the raw input and the removed boilerplate stay put."""
    index, position, value = item
    if isinstance(value, Notice) or value.cleaned is None:
        return item
    return index, position, replace(value, content="", cleaned=replace(value.cleaned, removed=()))


def run_job(
    spark: SparkSession,
    paths: Sequence[str],
    out: str | None,
    settings: Settings,
    *,
    partitions: int | None = None,
    progress: Progress | None = None,
) -> JobResult:
    """Clean on the executors, cluster on the driver, write the articles as Parquet to `out`
    (a folder of part files, in input order). `partitions` defaults to one per file."""
    from pyspark import StorageLevel

    from newsfuse.cleaning import clean_docs
    from newsfuse.ingest.ids import ensure_unique

    if not paths:
        raise ValueError("no input partition given")
    slices = min(partitions or len(paths), len(paths))
    sc = spark.sparkContext
    items = (
        sc.parallelize(list(enumerate(paths)), slices)
        .mapPartitions(lambda part: clean_partition(part, settings))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    try:
        with _watch_tasks(spark, progress, slices):
            collected = items.map(_for_driver).collect()
        collected.sort(key=lambda item: (item[0], item[1]))
        keys = [(i, p) for i, p, value in collected if isinstance(value, RawDoc)]
        raws, renamed = ensure_unique([v for _, _, v in collected if isinstance(v, RawDoc)])
        notices = [v for _, _, v in collected if isinstance(v, Notice)] + renamed
        if not raws:
            raise ValueError(f"no usable article in {len(paths)} input partition(s)")
        docs = clean_docs(raws, settings)[0]  # the cleaned forms, under their unique ids
        counted = _counter(progress, len(docs))
        clustering = cluster_docs(docs, settings, counted, notices)
        if out is not None:
            if progress is not None:
                progress("writing", 0, 1)
            assigned = {
                key: Assigned(a.id, a.story, a.score)
                for key, a in zip(keys, clustering.articles, strict=True)
            }
            write_parquet(spark, items, assigned, out)
            if progress is not None:
                progress("writing", 1, 1)
    finally:
        items.unpersist()
    return JobResult(clustering, slices)


def write_parquet(
    spark: SparkSession, items: RDD[Item], assigned: dict[tuple[int, int], Assigned], out: str
) -> None:
    """One row per article (see `rows.article_schema`), written by the executors."""
    shared = spark.sparkContext.broadcast(assigned)

    def rows(part: Iterable[Item]) -> Iterator[tuple[Any, ...]]:
        table = shared.value
        for index, position, value in part:
            if isinstance(value, RawDoc):
                yield article_row(value, table[(index, position)])

    frame = spark.createDataFrame(items.mapPartitions(rows), article_schema())
    frame.write.mode("overwrite").option("maxRecordsPerFile", ROWS_PER_FILE).parquet(out)
    shared.unpersist()


def _counter(progress: Progress | None, total: int) -> Callable[[int], None] | None:
    if progress is None:
        return None
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        progress("clustering", done, total)

    return advance


@contextmanager
def _watch_tasks(spark: SparkSession, progress: Progress | None, total: int) -> Iterator[None]:
    """Reports the finished tasks of the running job to `progress` twice a second."""
    if progress is None:
        yield
        return
    tracker = spark.sparkContext.statusTracker()
    stop = threading.Event()

    def poll() -> None:
        while not stop.wait(0.5):
            for stage in tracker.getActiveStageIds():
                info = tracker.getStageInfo(stage)
                if info is not None:
                    progress("cleaning", info.numCompletedTasks, info.numTasks)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
    progress("cleaning", total, total)
