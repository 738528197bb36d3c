"""The Spark job: file partitions -> cleaned docs (executors) -> stories (driver) -> Parquet."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from newsfuse.model import CleanDoc, Notice
from newsfuse.settings import Settings
from newsfuse.stories import Clustering, cluster_docs

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

# Parquet columns, one row per article: its story and the cleaned text `newsfuse ingest` needs.
COLUMNS = (
    "id",
    "story",
    "score",
    "text",
    "title",
    "outlet",
    "author",
    "published",
    "url",
    "path",
    "language",
)


def clean_partition(
    indexed: Iterable[tuple[int, str]], settings: Settings
) -> Iterator[tuple[int, int, CleanDoc | Notice]]:
    """Read and clean one partition's files with the single-machine stages; yields
    (file index, position, document or notice) so the driver can restore input order."""
    from newsfuse.cleaning import clean_docs
    from newsfuse.ingest import read_inputs

    for index, path in indexed:
        raws, notices = read_inputs([path], settings)
        docs, clean_notices = clean_docs(raws, settings)
        items: list[CleanDoc | Notice] = [*docs, *notices, *clean_notices]
        for position, item in enumerate(items):
            yield index, position, item


def clean_on_spark(
    spark: SparkSession, paths: Sequence[str], settings: Settings
) -> tuple[list[CleanDoc], list[Notice]]:
    """The cleaned documents of all files, in input order, with the notices."""
    if not paths:
        raise ValueError("no input partition given")
    rdd = spark.sparkContext.parallelize(list(enumerate(paths)), len(paths))
    rows = rdd.mapPartitions(lambda part: clean_partition(part, settings)).collect()
    rows.sort(key=lambda row: (row[0], row[1]))
    docs = [item for _, _, item in rows if isinstance(item, CleanDoc)]
    notices = [item for _, _, item in rows if isinstance(item, Notice)]
    return docs, notices


def run_job(
    spark: SparkSession, paths: Sequence[str], out: str | None, settings: Settings
) -> Clustering:
    """Clean on the executors, cluster on the driver, write the articles as Parquet to `out`."""
    docs, notices = clean_on_spark(spark, paths, settings)
    if not docs:
        raise ValueError(f"no usable article in {len(paths)} input partition(s)")
    clustering = cluster_docs(docs, settings, notices=notices)
    if out is not None:
        write_parquet(spark, docs, clustering, out)
    return clustering


def article_rows(docs: Sequence[CleanDoc], clustering: Clustering) -> list[tuple[Any, ...]]:
    """One row per article in COLUMNS order."""
    return [
        (
            d.id,
            a.story,
            a.score,
            d.text,
            d.title,
            d.outlet,
            d.author,
            d.published,
            d.url,
            d.path,
            d.language,
        )
        for d, a in zip(docs, clustering.articles, strict=True)
    ]


def write_parquet(
    spark: SparkSession, docs: Sequence[CleanDoc], clustering: Clustering, out: str
) -> None:
    from pyspark.sql.types import DateType, DoubleType, StringType, StructField, StructType

    kinds: dict[str, Any] = {"score": DoubleType(), "published": DateType()}
    schema = StructType([StructField(c, kinds.get(c, StringType()), True) for c in COLUMNS])
    rows = article_rows(docs, clustering)
    spark.createDataFrame(rows, schema).write.mode("overwrite").parquet(out)
