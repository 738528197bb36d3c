"""Articles as weighted vectors per channel, plus the keys that find their candidate stories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.stories.features import ArticleFeatures
from newsfuse.stories.weights import Frequencies, Vector, salient, unit_vector

# How many of an article's heaviest terms and names are looked up in the story index: enough
# that a report sharing its story's key words finds it, few enough to keep lookups cheap.
TERM_KEYS = 12
NAME_KEYS = 6


@dataclass(frozen=True)
class ArticleVectors:
    terms: Vector
    names: Vector
    figures: Vector
    published: dt.date | None
    keys: tuple[str, ...]  # index keys, heaviest first: "t:" terms, then "n:" names


class Weighing:
    """The stream's document frequencies for every channel."""

    def __init__(self) -> None:
        self.terms = Frequencies()
        self.names = Frequencies()
        self.figures = Frequencies()

    def vectorise(self, block: Sequence[ArticleFeatures]) -> list[ArticleVectors]:
        """Count the block into the frequencies first, then weigh each of its articles."""
        self.terms.add_block(f.terms for f in block)
        self.names.add_block(f.names for f in block)
        self.figures.add_block(f.figures for f in block)
        return [self._vectors(f) for f in block]

    def _vectors(self, features: ArticleFeatures) -> ArticleVectors:
        terms = unit_vector(features.terms, self.terms)
        names = unit_vector(features.names, self.names)
        keys = [f"t:{t}" for t in salient(terms, TERM_KEYS)]
        keys += [f"n:{n}" for n in salient(names, NAME_KEYS)]
        return ArticleVectors(
            terms=terms,
            names=names,
            figures=unit_vector(features.figures, self.figures),
            published=features.published,
            keys=tuple(keys),
        )
