"""A SparkSession for the job; a clear error names the extra when PySpark is missing."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from newsfuse.errors import ConfigError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def local_session(master: str | None = "local[2]", memory: str | None = None) -> SparkSession:
    """A session on `master` (None: whatever spark-submit configured)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as error:
        raise ConfigError(
            "newsfuse spark needs PySpark: pip install 'newsfuse[spark]' (and a Java runtime)"
        ) from error
    # Local workers must run this interpreter, which has newsfuse installed; PySpark reads
    # the variable when the context starts (on a cluster, spark-submit's setting wins).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("newsfuse")
    if master is not None:
        builder = builder.master(master)
    if memory is not None:
        builder = builder.config("spark.driver.memory", memory)
    # Quiet UI and few shuffle partitions: the job shuffles nothing big.
    builder = builder.config("spark.ui.enabled", "false").config(
        "spark.sql.shuffle.partitions", "4"
    )
    return builder.getOrCreate()
