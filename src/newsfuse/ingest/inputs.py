"""Inputs as the library accepts them: paths to read, or documents already in memory."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsfuse.ingest.load import load_inputs
from newsfuse.model import Notice, RawDoc
from newsfuse.settings import Settings

Input = str | Path | RawDoc


def read_inputs(inputs: Iterable[Input], settings: Settings) -> tuple[list[RawDoc], list[Notice]]:
    """Documents given directly, followed by those read from the paths, and the notices."""
    given: list[RawDoc] = []
    paths: list[str | Path] = []
    for item in inputs:
        if isinstance(item, RawDoc):
            given.append(item)
        else:
            paths.append(item)
    raws, notices = load_inputs(paths, settings) if paths else ([], [])
    return given + raws, notices
