"""A SparkSession for the job; a clear error names the extra when PySpark is missing."""

from __future__ import annotations

import os
import shutil
import sys
from typing import TYPE_CHECKING

from newsfuse.errors import ConfigError
from newsfuse.failures import unexpected

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def local_session(master: str | None = "local[2]", memory: str | None = None) -> SparkSession:
    """A session on `master`; None: the master spark-submit was given, else local[2]."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as error:
        raise ConfigError(
            "newsfuse spark needs PySpark: pip install 'newsfuse[spark]' (and a Java runtime)"
        ) from error
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started this driver
    if not submitted and shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        raise ConfigError(
            "newsfuse spark needs a Java runtime (17 or later): apt-get install "
            "default-jre-headless, or set JAVA_HOME"
        )
    # Local workers must run this interpreter, which has newsfuse installed; PySpark reads
    # the variable when the context starts (on a cluster, spark-submit's setting wins).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("newsfuse")
    if master is not None or not submitted:
        builder = builder.master(master or "local[2]")
    if memory is not None:
        builder = builder.config("spark.driver.memory", memory)
    # No UI, no console bars or warnings over our own progress, few shuffle partitions (the
    # job shuffles nothing big).
    for key, value in (
        ("spark.ui.enabled", "false"),
        ("spark.ui.showConsoleProgress", "false"),
        ("spark.log.level", "ERROR"),
        ("spark.sql.shuffle.partitions", "4"),
        # An output folder of part files only, which `newsfuse ingest` reads without a word
        # about checksum files or a _SUCCESS marker.
        ("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false"),
        ("spark.hadoop.fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem"),
    ):
        builder = builder.config(key, value)
    try:
        return builder.getOrCreate()
    except Exception as error:  # PySpark's own error types vary by version
        raise ConfigError(f"Spark did not start ({unexpected(error)})") from error
