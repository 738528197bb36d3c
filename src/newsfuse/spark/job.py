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
from functools import partial
from typing import TYPE_CHECKING, Any

from newsfuse.errors import InputError, NewsfuseError
from newsfuse.model import Notice, RawDoc
from newsfuse.settings import Settings
from newsfuse.spark.files import Item, clean_local, clean_remote, is_hadoop_path
from newsfuse.spark.rows import Assigned, article_row, article_schema
from newsfuse.stories import Clustering, cluster_docs

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

Progress = Callable[[str, int, int], None]
"""(phase, done, total): "cleaning" counts partitions, "clustering" articles, "writing" 0/1."""

_KEYS = ("_input", "_file", "_position")  # an item's place in the driver's order

# Rows per Parquet part file, so each stays well under ingest's per-file cap on raw pages.
ROWS_PER_FILE = 1000


@dataclass(frozen=True)
class JobResult:
    clustering: Clustering
    partitions: int


def _for_driver(item: Item) -> Item:
    """What the driver needs of an item: the raw input and the removed boilerplate stay put."""
    index, name, position, value = item
    if isinstance(value, Notice) or value.cleaned is None:
        return item
    slim = replace(value, content="", cleaned=replace(value.cleaned, removed=()))
    return index, name, position, slim


def read_items(
    spark: SparkSession, paths: Sequence[str], settings: Settings, partitions: int | None
) -> RDD[Item]:
    """Every input's items: local paths spread over `partitions` tasks (default one per
    file), each Hadoop path (a file, folder or glob) read through `binaryFiles`."""
    sc = spark.sparkContext
    local = [(i, path) for i, path in enumerate(paths) if not is_hadoop_path(path)]
    parts: list[RDD[Item]] = []
    if local:
        slices = min(partitions or len(local), len(local))
        parts.append(
            sc.parallelize(local, slices).mapPartitions(partial(clean_local, settings=settings))
        )
    for index, path in enumerate(paths):
        if is_hadoop_path(path):
            files = sc.binaryFiles(path, partitions) if partitions else sc.binaryFiles(path)
            parts.append(files.mapPartitions(partial(clean_remote, index=index, settings=settings)))
    return parts[0] if len(parts) == 1 else sc.union(parts)


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
    (a folder of part files, in input order; any path Spark can write)."""
    from pyspark import StorageLevel
    from pyspark.errors import PythonException

    if not paths:
        raise ValueError("no input partition given")
    items = read_items(spark, paths, settings, partitions).persist(StorageLevel.MEMORY_AND_DISK)
    slices = items.getNumPartitions()
    try:
        return _run(spark, items, paths, slices, out, settings, progress)
    except PythonException as error:
        # A bug, or an executor without newsfuse installed: the worker's last traceback
        # line says which, in one line rather than the JVM's page of stack.
        last = [line.strip() for line in str(error).splitlines() if line.strip()][-1:]
        raise NewsfuseError(f"a Spark task failed: {last[0] if last else error}") from error
    finally:
        items.unpersist()


def _run(
    spark: SparkSession,
    items: RDD[Item],
    paths: Sequence[str],
    slices: int,
    out: str | None,
    settings: Settings,
    progress: Progress | None,
) -> JobResult:
    from newsfuse.cleaning import clean_docs
    from newsfuse.ingest.ids import ensure_unique

    with _watch_tasks(spark, progress, slices):
        collected = items.map(_for_driver).collect()
    collected.sort(key=lambda item: item[:3])
    keys = [item[:3] for item in collected if isinstance(item[3], RawDoc)]
    raws, renamed = ensure_unique([v for *_, v in collected if isinstance(v, RawDoc)])
    notices = [v for *_, v in collected if isinstance(v, Notice)] + renamed
    if not raws:
        why = "; ".join([n.message for n in notices if n.level != "info"][:3]) or "no records"
        raise InputError("inputs", f"no usable article in {len(paths):,} input(s): {why}")
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
        write_parquet(spark, items, assigned, out, in_order=not any(map(is_hadoop_path, paths)))
        if progress is not None:
            progress("writing", 1, 1)
    return JobResult(clustering, slices)


def write_parquet(
    spark: SparkSession,
    items: RDD[Item],
    assigned: dict[tuple[int, str, int], Assigned],
    out: str,
    in_order: bool,
) -> None:
    """One row per article (see `rows.article_schema`), written by the executors in the
    driver's order: as they are when `in_order`, else sorted first (the files of a Hadoop
    folder come in no set order within a task)."""
    from pyspark.sql.types import IntegerType, StringType, StructField, StructType

    shared = spark.sparkContext.broadcast(assigned)

    def rows(part: Iterable[Item]) -> Iterator[tuple[Any, ...]]:
        table = shared.value
        for index, name, position, value in part:
            if isinstance(value, RawDoc):
                yield index, name, position, *article_row(value, table[(index, name, position)])

    kinds = (IntegerType(), StringType(), IntegerType())
    keys = [StructField(name, kind, False) for name, kind in zip(_KEYS, kinds, strict=True)]
    schema = StructType(keys + list(article_schema().fields))
    frame = spark.createDataFrame(items.mapPartitions(rows), schema)
    if not in_order:
        frame = frame.orderBy(*_KEYS)
    frame = frame.drop(*_KEYS)
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
