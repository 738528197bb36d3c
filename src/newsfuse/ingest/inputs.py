"""Inputs as the library accepts them: paths to read, or documents already in memory.

Whatever the source, every document leaves here with valid Unicode in all its fields, and the
notices are summarised by kind, so later stages and the brief never see thousands of one kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsfuse.ingest.load import load_inputs
from newsfuse.ingest.text_repair import repair_doc, repair_notice
from newsfuse.model import Notice, RawDoc
from newsfuse.notice_summary import summarize_notices
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
    docs: list[RawDoc] = []
    for raw in given + raws:
        doc, repaired = repair_doc(raw)
        docs.append(doc)
        if repaired is not None:
            notices.append(repaired)
    return docs, summarize_notices([repair_notice(n) for n in notices])
