"""Fixtures shared by the whole suite (only here, never in sub-folder conftest files)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# CI replays the same generated examples on every run, so a red build is always reproducible;
# local runs keep exploring new ones. Speed is measured in bench/, never in tests: no example
# fails for being slow on a loaded machine.
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.register_profile("local", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "local")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA


def example_stories() -> list[Path]:
    """Every bundled example story: a folder with reports/ and gold.json."""
    return sorted(p.parent for p in EXAMPLES.glob("*/gold.json"))


def load_gold(story: Path) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    return gold


@pytest.fixture(scope="session")
def spark() -> Any:
    """One local[2] SparkSession for the whole run, started only by tests that ask for it."""
    import shutil

    pytest.importorskip("pyspark", reason="the `spark` extra is not installed")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime (default-jre-headless) for Spark")
    from newsfuse.spark.session import local_session

    session = local_session("local[2]")
    yield session
    session.stop()
