"""One side of a conflict from the sentences that state it: the value's wording, the first
sentence, every report that gives it and every sentence span, each once and in order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from newsfuse.model import CleanDoc, Sentence, Variant


class Stated(Protocol):
    """A value found in one sentence of one report."""

    @property
    def sentence(self) -> Sentence: ...

    @property
    def doc(self) -> CleanDoc: ...


def variant_of(value: str, stated: Sequence[Stated]) -> Variant:
    sources = tuple(dict.fromkeys(s.doc.id for s in stated))
    spans = tuple(dict.fromkeys(s.sentence.span for s in stated))
    return Variant(value, stated[0].sentence.text, sources, spans)
