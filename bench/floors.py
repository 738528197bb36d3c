"""What the gated bench scripts share: the `--data` and `--check` options, the one-line skip
when the data is absent, and the comparison of their figures with the floors they pin.

The scripts run as `python bench/x.py`, which puts bench/ first on the import path, so they
import this module as plain `floors`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path


def options(doc: str | None, data: Path) -> argparse.ArgumentParser:
    """A parser described by the script's first docstring line, with the two shared options."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=data)
    parser.add_argument("--check", action="store_true", help="fail below the baseline floors")
    return parser


def absent(gate: str, data: Path, needed: Iterable[str]) -> bool:
    """True, after saying so in one line, when a file the gate needs is missing under `data`.

    A clone without ../shared/data then passes `make test`; CI has the data and runs the gate.
    """
    missing = [name for name in needed if not (data / name).exists()]
    if missing:
        print(f"{gate} gate skipped: {data}/{missing[0]} is absent (CI has it)")
    return bool(missing)


def check(figures: Mapping[str, float], floors: Mapping[str, float]) -> int:
    """The exit status of a gate: 1, after naming each figure under its floor, else 0."""
    failures = [
        f"{name} {figures[name]:.3f} is below its floor {floor:.3f}"
        for name, floor in floors.items()
        if figures[name] < floor
    ]
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0
