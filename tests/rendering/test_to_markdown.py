"""The Markdown brief: cited, readable, and safe to paste into a Markdown renderer."""

from __future__ import annotations

import dataclasses

from newsfuse.rendering import to_markdown
from newsfuse.rendering.to_markdown import md_escape

from .briefs import HOSTILE, hostile_brief, sample_brief


def test_to_markdown_cites_every_item_by_outlet_or_site() -> None:
    text = to_markdown(sample_brief())
    assert text.startswith("# Fire near Nîmes contained\n")
    assert "- Fire crews contained the blaze near Nîmes. [AFP, local.example]" in text
    assert "At least 212 people were injured. [AFP] — 1 independent source" in text
    assert "### injured" in text and "- **scores**: Scores were injured [local.example]" in text
    assert "**2021-03-09** (announced): Rebuilding starts. [AFP]" in text
    assert "Jean Dupont: “We will rebuild,” [AFP]" in text


def test_to_markdown_lists_sources_and_notices() -> None:
    text = to_markdown(sample_brief())
    assert (
        "| afp.txt | AFP | Blaze contained | 2021-03-03 (dateline) | 24 | local.txt (12%) |" in text
    )
    assert "| local.txt |  |  | unknown |" in text
    assert "**error** x.pdf: binary file \\(a PDF document\\)" in text


def test_to_markdown_omits_empty_sections_and_says_when_no_conflict() -> None:
    brief = dataclasses.replace(sample_brief(), conflicts=(), quotes=(), notices=())
    text = to_markdown(brief)
    assert "## Quotes" not in text and "## Notices" not in text
    assert "_No conflicting reports found._" in text


def test_md_escape_neutralises_markup_and_folds_lines() -> None:
    assert md_escape("[click](javascript:x)\n*bold*") == "\\[click\\]\\(javascript:x\\) \\*bold\\*"
    assert "<script>" not in to_markdown(hostile_brief())
    assert md_escape(HOSTILE).count("\\<") == 3
