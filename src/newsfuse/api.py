"""The public library functions. Heavy stages are imported on first call, never on import.

Arguments are checked here, at the door, so a wrong call fails with a NewsfuseError that says
what was expected instead of a TypeError from deep inside a stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal, get_args

from newsfuse.errors import ConfigError, InputError
from newsfuse.ingest.inputs import Input
from newsfuse.model import Brief, CleanDoc, Notice, RawDoc
from newsfuse.settings import Settings
from newsfuse.stories.results import Clustering

Inputs = Input | Iterable[Input]
Format = Literal["json", "md", "html"]

#: How many times `brief` calls its `progress` callback, for progress bars.
STAGES = 6

NO_MODEL_MESSAGE = (
    "the spaCy model is turned off (--no-model, use_model=False): entities and speakers "
    "use rule-based fallbacks"
)
_EXPECTED = "a path (str or pathlib.Path), a newsfuse.RawDoc, or a list of them"


def _as_list(inputs: Inputs) -> list[Input]:
    """The inputs as a list, each checked to be a path or a RawDoc; raises InputError."""
    if isinstance(inputs, str | Path | RawDoc):
        items: list[Any] = [inputs]
    elif isinstance(inputs, bytes | bytearray | memoryview):
        raise InputError("inputs", f"expected {_EXPECTED}, not bytes (decode a path first)")
    elif isinstance(inputs, Iterable) and not isinstance(inputs, dict):
        items = list(inputs)
    else:
        raise InputError("inputs", f"expected {_EXPECTED}, not {_kind(inputs)}")
    if not items:
        raise InputError("inputs", f"no input given: expected {_EXPECTED}")
    for index, item in enumerate(items):
        if not isinstance(item, str | Path | RawDoc):
            raise InputError(
                f"inputs[{index}]", f"expected a path or a newsfuse.RawDoc, not {_kind(item)}"
            )
        if isinstance(item, str) and not item.strip():
            raise InputError(f"inputs[{index}]", "empty path")
    return items


def _kind(value: object) -> str:
    return "None" if value is None else type(value).__name__


def _checked_settings(settings: Settings | None) -> Settings:
    if settings is None:
        return Settings()
    if not isinstance(settings, Settings):
        raise ConfigError(f"settings must be a newsfuse.Settings, not {_kind(settings)}")
    return settings


def brief(
    inputs: Inputs,
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
) -> Brief:
    """The cross-checked brief of one story from its reports.

    `inputs` are paths (folders, files, globs, URLs, "-" for stdin) or `RawDoc` objects.
    Raises `InputError` when no report at all could be used or the inputs are not paths or
    RawDocs, and `ConfigError` for a bad `settings` or `progress` argument.
    """
    from newsfuse.pipeline import build_brief

    items = _as_list(inputs)
    settings = _checked_settings(settings)
    if progress is not None and not callable(progress):
        raise ConfigError(f"progress must be a function of one str, not {_kind(progress)}")
    result = build_brief(items, settings, progress or (lambda _: None))
    return _with_model_notice(result, settings)


def _with_model_notice(result: Brief, settings: Settings) -> Brief:
    """Say in the brief itself that its entities and speakers come from rules alone."""
    if settings.use_model:
        return result
    from dataclasses import replace

    notice = Notice(None, "info", NO_MODEL_MESSAGE)
    return replace(result, notices=(*result.notices, notice))


def clean(inputs: Inputs, settings: Settings | None = None) -> tuple[list[CleanDoc], list[Notice]]:
    """Each report's article text and metadata, with what was removed and why."""
    from newsfuse.cleaning import clean_docs
    from newsfuse.ingest import read_inputs

    items = _as_list(inputs)
    settings = _checked_settings(settings)
    raws, notices = read_inputs(items, settings)
    docs, clean_notices = clean_docs(raws, settings)
    return docs, notices + clean_notices


def cluster(
    inputs: Inputs,
    settings: Settings | None = None,
    progress: Callable[[int], None] | None = None,
) -> Clustering:
    """Group articles into stories, online and in time order (`newsfuse.stories`).

    `inputs` as for `brief`; `progress`, when given, is called with the number of articles
    just assigned. Articles come back in input order with their story, stories in the order
    they began. Raises `InputError` when no article could be used.
    """
    from newsfuse.stories import cluster_docs

    if progress is not None and not callable(progress):
        raise ConfigError(f"progress must be a function of one int, not {_kind(progress)}")
    docs, notices = clean(inputs, settings)
    if not docs:
        raise InputError("inputs", "no usable article among the inputs")
    return cluster_docs(docs, _checked_settings(settings), progress, notices)


def render(result: Brief, fmt: Format = "json") -> str:
    """The brief as JSON (the public contract), Markdown or a self-contained HTML page."""
    from newsfuse.rendering import render as render_brief

    if not isinstance(result, Brief):
        raise InputError(
            "brief", f"expected the newsfuse.Brief of newsfuse.brief(), not {_kind(result)}"
        )
    if fmt not in get_args(Format):
        raise ConfigError(f"unknown output format {fmt!r}; use json, md or html")
    return render_brief(result, fmt)
