"""The job reports its phases in order, each ending with done == total, for the CLI's bars."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsfuse.settings import Settings
from tests.spark.corpus import ecb_partitions


def test_phases_come_in_order_and_each_ends_complete(spark: Any, tmp_path: Path) -> None:
    from newsfuse.spark import run_job

    paths = ecb_partitions(tmp_path, 2, size=5)
    seen: list[tuple[str, int, int]] = []

    run_job(spark, paths, str(tmp_path / "out"), Settings(), progress=lambda *a: seen.append(a))

    phases = list(dict.fromkeys(phase for phase, _, _ in seen))
    assert phases == ["cleaning", "clustering", "writing"]
    last = {phase: (done, total) for phase, done, total in seen}
    assert last == {"cleaning": (2, 2), "clustering": (10, 10), "writing": (1, 1)}
    clustered = [done for phase, done, _ in seen if phase == "clustering"]
    assert clustered == sorted(clustered)
