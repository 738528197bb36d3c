"""Pathological reports are cut down before the extractors; ordinary ones are left alone."""

from __future__ import annotations

import time

from newsfuse.cleaning.limits import MAX_ELEMENTS, REPEATS_KEPT, limit_lines, limit_page

PARAGRAPH = "<p>Crews brought the fire at the port under control late on Tuesday night.</p>\n"


def test_an_ordinary_page_and_text_are_left_alone() -> None:
    page = "<html><body>" + PARAGRAPH * 50 + "</body></html>"
    assert limit_page(page).content == page and limit_page(page).notes == ()
    text = "A line of the report.\n" * 100
    assert limit_lines(text).content == text


def test_a_page_of_one_paragraph_repeated_keeps_a_few_copies_and_says_so() -> None:
    page = "<html><body>" + PARAGRAPH * 200_000 + "</body></html>"
    limited = limit_page(page)
    assert limited.content.count("<p>") == REPEATS_KEPT
    assert "repeated blocks of the page dropped" in limited.notes[0]


def test_a_million_empty_paragraphs_cost_about_a_second_not_minutes() -> None:
    page = "<html><body>" + "<p>" * 1_000_000 + "</body></html>"
    started = time.monotonic()
    limited = limit_page(page)
    assert time.monotonic() - started < 10
    assert len(limited.content) < 100 and limited.notes


def test_a_page_of_distinct_blocks_is_cut_at_the_element_cap() -> None:
    page = "<html><body>" + "".join(f"<p>paragraph {i}</p>" for i in range(50_000)) + "</body>"
    limited = limit_page(page)
    assert limited.content.count("<p>") < MAX_ELEMENTS
    assert "paragraph 100" in limited.content and "paragraph 49999" not in limited.content
    assert any("page cut after" in note for note in limited.notes)


def test_a_text_of_one_line_repeated_keeps_a_few_copies_and_all_other_lines() -> None:
    text = "Opening line.\n\n" + "Same line again.\n" * 100_000 + "\nClosing line.\n"
    limited = limit_lines(text)
    assert limited.content.count("Same line again.") == REPEATS_KEPT
    assert "Opening line." in limited.content and "Closing line." in limited.content
    assert "repeated lines dropped" in limited.notes[0]


def test_a_text_of_many_distinct_lines_is_cut_at_the_line_cap() -> None:
    text = "".join(f"Line number {i} of the report.\n" for i in range(100_000))
    limited = limit_lines(text, max_lines=1000)
    assert limited.content.count("\n") == 1000
    assert "text cut after 1,000 lines" in limited.notes[-1]
