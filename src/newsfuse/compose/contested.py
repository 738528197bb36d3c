"""Figures that reports contradict: "at least 40 injured" in one, "27 injured" in another.

Two figures clash when they count the same thing (same `thing`, unit and group, as read by
`newsfuse.align.numbers.extract_quantities`) and their plausible intervals cannot meet. Hedged
figures that can both be true ("4,300" and "nearly 4,500") do not clash. Whole sentences are
disputed when the conflicts stage puts them on one side of a numeric conflict.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsfuse.align.numbers import Quantity, extract_quantities
from newsfuse.align.numeric_conflicts import numeric_conflicts
from newsfuse.model import CleanDoc, Sentence, Span, Syndication


def figures_clash(x: Quantity, y: Quantity) -> bool:
    """Two figures of the same thing whose plausible intervals do not meet."""
    if (x.thing, x.unit, x.group) != (y.thing, y.unit, y.group):
        return False
    x_low, x_high = x.plausible()
    y_low, y_high = y.plausible()
    return x_high < y_low or y_high < x_low


def standing_figures(sentence: Sentence) -> tuple[Quantity, ...]:
    """The figures a sentence asserts: neither doubted nor given as a change over time."""
    return tuple(q for q in extract_quantities(sentence) if not (q.uncertain or q.revised))


def disputed_spans(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
) -> frozenset[Span]:
    """The sentences that give one side of a figure independent reports contradict, as the
    conflicts of the brief find them (`newsfuse.align.numeric_conflicts`)."""
    conflicts = numeric_conflicts(docs, sentences, syndication)
    return frozenset(span for c in conflicts for v in c.variants for span in v.spans)
