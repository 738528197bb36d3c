"""The public library functions. Heavy stages are imported on first call, never on import."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from newsfuse.ingest.inputs import Input
from newsfuse.model import Brief, CleanDoc, Notice, RawDoc
from newsfuse.settings import Settings

Inputs = Input | Iterable[Input]

#: How many times `brief` calls its `progress` callback, for progress bars.
STAGES = 6


def _as_list(inputs: Inputs) -> list[Input]:
    if isinstance(inputs, str | Path | RawDoc):
        return [inputs]
    return list(inputs)


def brief(
    inputs: Inputs,
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
) -> Brief:
    """The cross-checked brief of one story from its reports.

    `inputs` are paths (folders, files, globs, URLs, "-" for stdin) or `RawDoc` objects.
    Raises `InputError` when no report at all could be used.
    """
    from newsfuse.pipeline import build_brief

    return build_brief(_as_list(inputs), settings or Settings(), progress or (lambda _: None))


def clean(inputs: Inputs, settings: Settings | None = None) -> tuple[list[CleanDoc], list[Notice]]:
    """Each report's article text and metadata, with what was removed and why."""
    from newsfuse.cleaning import clean_docs
    from newsfuse.ingest import read_inputs

    settings = settings or Settings()
    raws, notices = read_inputs(_as_list(inputs), settings)
    docs, clean_notices = clean_docs(raws, settings)
    return docs, notices + clean_notices


def render(result: Brief, fmt: Literal["json", "md", "html"] = "json") -> str:
    """The brief as JSON (the public contract), Markdown or a self-contained HTML page."""
    from newsfuse.rendering import render as render_brief

    return render_brief(result, fmt)
