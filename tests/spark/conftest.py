"""One local[2] SparkSession for the whole run, started only by tests that ask for it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="the `spark` extra is not installed")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime (default-jre-headless) for Spark")
    from newsfuse.spark.session import local_session

    session = local_session("local[2]")
    yield session
    session.stop()
