"""Sentences as units of comparison: exact spans, own words only (quotes left out)."""

from __future__ import annotations

from newsfuse.model import CleanDoc
from newsfuse.syndication.units import report_units


def test_report_units_keep_exact_spans_and_leave_quoted_words_out() -> None:
    text = (
        "Firefighters battled the blaze at the harbour warehouse overnight.\n"
        '"We have never seen smoke like this," the fire chief told reporters on Wednesday.'
    )
    units = report_units(CleanDoc(id="a", text=text), 3)
    assert [text[u.start : u.end] for u in units] == text.split("\n")
    assert all(u.doc == 3 for u in units)
    assert units[0].tokens == (
        "firefighters",
        "battled",
        "blaze",
        "harbour",
        "warehouse",
        "overnight",
    )
    assert "smoke" not in units[1].tokens and "chief" in units[1].tokens
    assert "smoke" in units[1].full
    assert units[1].size == len(text.split("\n")[1].split())
