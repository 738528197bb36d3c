"""Photo credits and a repeated headline are recognised, article prose is not."""

from __future__ import annotations

import pytest

from newsfuse.cleaning.html_lines import drop_credits_and_headline, is_credit
from newsfuse.model import Removed


@pytest.mark.parametrize(
    "line",
    [
        "Photograph: Jane Doe/AP",
        "Image: Reuters",
        "Photo credit: City of Millbrook",
        "Smoke over the hills. Image: John Reed / Getty Images",
        "(AP Photo/Evan Vucci)",
        "A firefighter at work. Alamy Stock Photo",
        "© Reuters",
        "Photo by Sam Lee",
    ],
)
def test_is_credit_recognises_credit_lines(line: str) -> None:
    assert is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "The agency sold the rights to the pictures to Getty Images.",
        "Images from the scene showed a collapsed roof and several burned-out cars.",
        "The photographer said the image had been taken on Monday.",
        "",
    ],
)
def test_is_credit_leaves_prose_alone(line: str) -> None:
    assert not is_credit(line)


def test_drop_credits_and_headline_removes_leading_headline_only() -> None:
    title = "Wildfire forces thousands to flee"
    paragraphs = [
        "Wildfire forces thousands to flee",
        "Thousands fled on Tuesday.",
        "Photograph: Jane Doe/AP",
        "Wildfire forces thousands to flee",
    ]
    kept, dropped = drop_credits_and_headline(paragraphs, title)
    assert kept == ["Thousands fled on Tuesday.", "Wildfire forces thousands to flee"]
    assert dropped == [
        Removed("Wildfire forces thousands to flee", "headline"),
        Removed("Photograph: Jane Doe/AP", "photo credit"),
    ]
