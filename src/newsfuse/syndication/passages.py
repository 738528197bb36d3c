"""A report cut into passages (sentences), each reduced to the word pairs it contains.

Word pairs (bigrams) are the unit of comparison: a changed word breaks only the two pairs
around it, so a lightly edited sentence keeps most of its pairs, while a sentence rewritten
in other words keeps few even when it names the same people, places and figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from newsfuse.analyze.tokens import normalize, words

# A paragraph break, or the space after sentence punctuation (optionally closed by a quote or
# bracket) before something that can open a sentence. Abbreviations may split a sentence in
# two; copies split the same way, and the alignment also tries adjacent passages together.
_BREAK = re.compile(r"\s*\n\s*|(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)\]]))\s+(?=[\"'“‘(\[]?[^\sa-z])")


def split_passages(text: str) -> list[str]:
    """The sentences of `text`, in order; lines are never joined across a line break."""
    return [part for part in _BREAK.split(text) if part.strip()]


def word_pairs(tokens: list[str]) -> frozenset[int]:
    """Hashes of the adjacent word pairs, or of the single word of a one-word passage.

    Python's string hash changes between processes but is stable within one, which is all
    a comparison made in one call needs.
    """
    if len(tokens) == 1:
        return frozenset({hash(tokens[0])})
    return frozenset(hash(pair) for pair in pairwise(tokens))


@dataclass(frozen=True)
class Profile:
    """A report ready for alignment.

    `sizes[i]` and `pairs[i]` are the word count and word pairs of passage i. `windows` maps a
    word pair to the windows holding it: window i is passage i, window n + i is passages i and
    i + 1 together, so that a sentence split or merged by an editor still finds its match.
    """

    sizes: tuple[int, ...]
    pairs: tuple[frozenset[int], ...]
    windows: dict[int, tuple[int, ...]]

    @property
    def words(self) -> int:
        return sum(self.sizes)


def profile(text: str) -> Profile:
    """Cut `text` into passages and index their word pairs; passages without words are dropped."""
    tokenized = [words(normalize(part)) for part in split_passages(text)]
    tokenized = [tokens for tokens in tokenized if tokens]
    pairs = tuple(word_pairs(tokens) for tokens in tokenized)
    windows: dict[int, list[int]] = {}
    count = len(pairs)
    spans = [*enumerate(pairs), *((count + i, pairs[i] | pairs[i + 1]) for i in range(count - 1))]
    for window, members in spans:
        for pair in members:
            windows.setdefault(pair, []).append(window)
    return Profile(
        sizes=tuple(len(tokens) for tokens in tokenized),
        pairs=pairs,
        windows={pair: tuple(found) for pair, found in windows.items()},
    )
