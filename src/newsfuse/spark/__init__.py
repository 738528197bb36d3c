"""Scale-out with PySpark (optional extra `spark`): clean partitions in parallel, cluster once.

    from newsfuse.spark import run_job
    clustering = run_job(spark, ["part-0.jsonl", "part-1.jsonl"], "out.parquet", settings)

Each input file is one Spark partition, read and cleaned inside `mapPartitions` by the same
`read_inputs` and `clean_docs` as the single-machine path. Story clustering is an online pass
in time order (each article joins the stories seen before it), so it runs once on the driver
over the cleaned documents with `cluster_docs`; its cost is small next to cleaning.
"""

from __future__ import annotations

from newsfuse.spark.job import run_job

__all__ = ["run_job"]
