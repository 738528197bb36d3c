"""The ECB+ dev corpus cut into JSONL partitions, for the Spark tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA

ECB_DEV = SHARED_DATA / "clustering-dev" / "ecbplus.jsonl"


def ecb_partitions(tmp: Path, parts: int, size: int | None = None) -> list[str]:
    """The ECB+ dev corpus split into `parts` JSONL files: round-robin over all of it, or
    `size` consecutive articles each."""
    if not ECB_DEV.is_file():
        pytest.skip(f"ECB+ dev corpus absent: {ECB_DEV}")
    lines = ECB_DEV.read_text(encoding="utf-8").splitlines()
    paths = []
    for k in range(parts):
        part = lines[k::parts] if size is None else lines[k * size : (k + 1) * size]
        path = tmp / f"part-{k}.jsonl"
        path.write_text("\n".join(part) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths
