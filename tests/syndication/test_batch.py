"""overlaps_with: one report against many at once, with the figures of `overlap`."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.syndication.batch import overlaps_with
from newsfuse.syndication.overlap import overlap
from newsfuse.syndication.passages import profile

STORIES = Path(__file__).parent / "stories"


def _story(name: str) -> str:
    return (STORIES / f"{name}.txt").read_text(encoding="utf-8")


def test_overlaps_with_many_copies_equals_overlap_one_by_one() -> None:
    wire, copy = profile(_story("wire")), profile(_story("edited_copy"))
    # Reports without words, in the middle or last, leave the others' figures alone.
    others = [wire, copy, profile(""), profile(_story("shared_quote")), wire, copy, profile("")]
    for first in (wire, copy, profile(_story("recap"))):
        assert overlaps_with(first, others) == [overlap(first, b) for b in others]


def test_overlaps_with_nothing_or_from_an_empty_text_is_zero() -> None:
    wire = profile(_story("wire"))
    assert overlaps_with(wire, []) == []
    assert overlaps_with(profile(""), [wire, wire]) == [0.0, 0.0]
    assert overlaps_with(wire, [profile(""), profile(" ")]) == [0.0, 0.0]


_WORDS = st.sampled_from(
    ["fire", "port", "police", "said", "the", "of", "4,300", "Rotterdam", "smoke", "Tuesday"]
)
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=10).map(lambda ws: " ".join(ws) + ".")


@st.composite
def _copies(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A text and others cut from the same few sentences, so that they share whole windows."""
    pool = draw(st.lists(_SENTENCE, min_size=1, max_size=5))
    text = st.lists(st.sampled_from(pool), max_size=6).map(" ".join)
    other = st.lists(_SENTENCE, max_size=6).map(" ".join)
    return draw(text), draw(st.lists(st.one_of(text, other), max_size=12))


@settings(max_examples=150, deadline=None)
@given(_copies())
def test_overlaps_with_equals_overlap_one_by_one(texts: tuple[str, list[str]]) -> None:
    first, others = profile(texts[0]), [profile(text) for text in texts[1]]
    assert overlaps_with(first, others) == [overlap(first, other) for other in others]
