"""Aligner: overlaps between the reports of one batch, by index."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.syndication.aligner import Aligner
from newsfuse.syndication.overlap import text_overlap

STORIES = Path(__file__).parent / "stories"


def _story(name: str) -> str:
    return (STORIES / f"{name}.txt").read_text(encoding="utf-8")


def test_aligner_measures_both_directions_by_index() -> None:
    texts = [_story("recap"), _story("wire")]
    recap_in_wire, wire_in_recap = Aligner(texts).overlaps(0, 1)
    assert recap_in_wire == 1.0
    assert wire_in_recap == pytest.approx(text_overlap(texts[1], texts[0])[0])


@pytest.mark.parametrize("copies", [1, 12])
def test_aligner_measures_one_text_against_others_as_pair_by_pair(copies: int) -> None:
    names = ("edited_copy", "recap", "rewrite", *["wire"] * copies)
    aligner = Aligner([_story(name) for name in names])
    others = range(1, len(names))
    assert aligner.overlaps_from(0, others) == [aligner.overlaps(0, o)[0] for o in others]
