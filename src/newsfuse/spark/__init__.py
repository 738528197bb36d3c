"""Scale-out with PySpark (optional extra `spark`): clean partitions in parallel, cluster once.

    from newsfuse.spark import run_job
    result = run_job(spark, ["part-0.jsonl", "part-1.warc.gz"], "out/", settings)
    result.clustering.stories   # and out/ holds one Parquet row per article (docs/spark.md)

Each input file is read and cleaned inside `mapPartitions` by the same `read_inputs` and
`clean_docs` as the single-machine path (one partition per file unless told fewer). Story
clustering is an online pass in time order (each article joins the stories seen before it),
so it runs once on the driver over the cleaned documents with `cluster_docs` (sequential:
it bounds the speed-up, docs/spark.md). The Parquet loads into the store with
`newsfuse ingest`.
"""

from __future__ import annotations

from newsfuse.spark.job import JobResult, run_job

__all__ = ["JobResult", "run_job"]
