"""The HTML brief stays readable on a phone: no table cut into columns of word fragments."""

from __future__ import annotations

import re

import lxml.html

from newsfuse.rendering import to_html
from newsfuse.rendering.page.assets import asset_text

from .briefs import sample_brief

CSS = asset_text("newsfuse.css")


def _narrow_rules() -> str:
    match = re.search(r"@media \(max-width: 600px\) \{(.*?)\n\}", CSS, flags=re.S)
    assert match, "no stylesheet rules for screens narrower than 600px"
    return match.group(1)


def test_table_cells_never_break_words_anywhere() -> None:
    for selector, body in re.findall(r"([^{}]*)\{([^{}]*)\}", CSS):
        if re.search(r"\b(td|th|table)\b", selector):
            assert "overflow-wrap: anywhere" not in body, selector
            assert "word-break: break-all" not in body, selector


def test_card_table_rows_stack_into_blocks_at_phone_width() -> None:
    narrow = _narrow_rules()
    stacked = re.search(r"table\.cards tr\b[^{]*\{[^}]*display: block", narrow)
    assert stacked, "card-table rows are not blocks at phone width"
    assert re.search(r"table\.cards thead \{ display: none; \}", narrow)
    assert 'content: attr(data-label) ": "' in narrow


def test_stacked_values_carry_the_labels_of_the_table_header() -> None:
    tree = lxml.html.document_fromstring(to_html(sample_brief()))
    (table,) = tree.xpath('//section[@id="entities"]//table')
    assert "cards" in table.get("class").split()
    headers = [th.text_content() for th in table.iter("th")]
    assert len(headers) >= 2
    for row in table.xpath(".//tbody/tr"):
        assert [td.get("data-label") for td in row.iter("td")] == headers
