"""Render a brief as JSON (the public contract), Markdown or one self-contained HTML page,
and write outputs atomically."""

from __future__ import annotations

from typing import Literal

from newsfuse.errors import ConfigError
from newsfuse.model import Brief
from newsfuse.rendering.clean_out import clean_to_jsonl, clean_to_text
from newsfuse.rendering.output import write_atomic
from newsfuse.rendering.page import brief_page
from newsfuse.rendering.to_json import SCHEMA, brief_to_dict, to_json
from newsfuse.rendering.to_markdown import to_markdown

Format = Literal["json", "md", "html"]


def to_html(brief: Brief) -> str:
    """The brief as one self-contained HTML page: the web app's brief page, assets inlined."""
    return brief_page(brief, standalone=True)


_RENDERERS = {"json": to_json, "md": to_markdown, "html": to_html}


def render(brief: Brief, fmt: Format) -> str:
    """The brief in one of the output formats: "json", "md" or "html"."""
    try:
        renderer = _RENDERERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown output format {fmt!r}; use json, md or html") from None
    return renderer(brief)


__all__ = [
    "SCHEMA",
    "Format",
    "brief_to_dict",
    "clean_to_jsonl",
    "clean_to_text",
    "render",
    "to_html",
    "to_json",
    "to_markdown",
    "write_atomic",
]
