"""The HTML brief stays readable on a phone: no table cut into columns of word fragments."""

from __future__ import annotations

import re
from importlib.resources import files

from newsfuse.rendering import to_html

from .briefs import sample_brief

CSS = files("newsfuse.rendering").joinpath("templates/brief.css").read_text(encoding="utf-8")


def _narrow_rules() -> str:
    match = re.search(r"@media \(max-width: 600px\) \{(.*?)\n\}", CSS, flags=re.S)
    assert match, "no stylesheet rules for screens narrower than 600px"
    return match.group(1)


def test_table_cells_never_break_words_anywhere() -> None:
    for selector, body in re.findall(r"([^{}]*)\{([^{}]*)\}", CSS):
        if re.search(r"\b(td|th|table)\b", selector):
            assert "overflow-wrap: anywhere" not in body, selector
            assert "word-break: break-all" not in body, selector


def test_entity_rows_stack_into_blocks_at_phone_width() -> None:
    narrow = _narrow_rules()
    stacked = re.search(r"#entities tr\b[^{]*\{[^}]*display: block", narrow)
    assert stacked, "entity rows are not blocks at phone width"
    assert re.search(r"#entities tr:first-child \{ display: none; \}", narrow)


def test_stacked_values_carry_the_labels_of_the_table_header() -> None:
    page = to_html(sample_brief())
    table = re.search(r'<section id="entities">.*?</section>', page, flags=re.S)
    assert table, "the sample brief has no entities table"
    headers = re.findall(r"<th>(.*?)</th>", table.group(0))
    assert len(headers) >= 2
    labels = dict(
        re.findall(r'td:nth-child\((\d+)\)::before \{ content: "(.*?): "', _narrow_rules())
    )
    # The first column (the name) stands on its own; every other value is labelled.
    assert labels == {str(i + 1): header for i, header in enumerate(headers) if i > 0}
