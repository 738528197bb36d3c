"""render(): one entry point for every output format."""

from __future__ import annotations

import json

import pytest

from newsfuse.errors import ConfigError
from newsfuse.rendering import render

from .briefs import sample_brief


def test_render_dispatches_on_format() -> None:
    brief = sample_brief()
    assert json.loads(render(brief, "json"))["schema"] == "newsfuse.brief/3"
    assert render(brief, "md").startswith("# Fire near Nîmes contained")
    assert render(brief, "html").startswith("<!DOCTYPE html>")


def test_render_refuses_an_unknown_format() -> None:
    with pytest.raises(ConfigError, match="unknown output format 'pdf'"):
        render(sample_brief(), "pdf")  # type: ignore[arg-type]
