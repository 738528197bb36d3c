"""A report cut into passages (sentences), each reduced to the word pairs it contains.

Word pairs (bigrams) are the unit of comparison: a changed word breaks only the two pairs
around it, so a lightly edited sentence keeps most of its pairs, while a sentence rewritten
in other words keeps few even when it names the same people, places and figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt

from newsfuse.analyze.tokens import normalize, words

Ints = npt.NDArray[np.int64]

# A paragraph break, or the space after sentence punctuation (optionally closed by a quote or
# bracket) before something that can open a sentence. Abbreviations may split a sentence in
# two; copies split the same way, and the alignment also tries adjacent passages together.
_BREAK = re.compile(r"\s*\n\s*|(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)\]]))\s+(?=[\"'“‘(\[]?[^\sa-z])")
# Odd multiplier mixing the first word's hash into a pair's hash (wrapping int64 arithmetic).
_MIX = np.int64(0x5BD1E995)
# splitmix64's finalizer constants: shifts and odd multipliers (wrapping uint64 arithmetic).
_SHIFTS = (np.uint64(30), np.uint64(27), np.uint64(31))
_FACTORS = (np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))


def split_passages(text: str) -> list[str]:
    """The sentences of `text`, in order; lines are never joined across a line break."""
    return [part for part in _BREAK.split(text) if part.strip()]


def word_pairs(tokens: list[str], passage: Ints) -> tuple[Ints, Ints]:
    """Distinct (word pair hash, passage) rows for a report's tokens and their passage numbers.

    A one-word passage stands for its single word. Python's string hash changes between
    processes but is stable within one, which is all a comparison made in one call needs.
    """
    hashes = np.fromiter(map(hash, tokens), dtype=np.int64, count=len(tokens))
    inside = passage[:-1] == passage[1:]
    alone = np.ones(len(tokens), dtype=bool)
    alone[:-1] &= ~inside
    alone[1:] &= ~inside
    with np.errstate(over="ignore"):
        pairs = hashes[:-1][inside] * _MIX + hashes[1:][inside]
    keys = np.concatenate([pairs, hashes[alone]])
    return _distinct_sorted(keys, np.concatenate([passage[:-1][inside], passage[alone]]))


@dataclass(frozen=True)
class Profile:
    """A report ready for alignment, as flat arrays.

    Passage i has `sizes[i]` words and `distinct[i]` distinct word pairs; `pairs`/`passage`
    list every (word pair, passage) once. `window_pairs`/`window` list the same for windows,
    sorted by word pair: window i is passage i, window n + i is passages i and i + 1 together,
    so that a sentence split or merged by an editor still finds its match.
    """

    sizes: Ints
    distinct: Ints
    pairs: Ints
    passage: Ints
    window_pairs: Ints
    window: Ints

    @property
    def words(self) -> int:
        return int(self.sizes.sum())

    @property
    def windows(self) -> int:
        return max(2 * len(self.sizes) - 1, 0)

    @cached_property
    def by_window(self) -> Windows:
        """The same rows by window, made on first use: only a report compared with many
        others needs them."""
        return _sorted_by_window(self.window_pairs, self.window, self.windows)


@dataclass(frozen=True)
class Windows:
    """A report's (word pair, window) rows sorted by window: window i's word pairs are
    `members[bounds[i]:bounds[i + 1]]`. `keys[i]` hashes window i's set of word pairs, so
    that windows of two reports with equal keys carry the same word pairs (up to a 64-bit
    hash collision, as for the word pairs themselves).
    """

    members: Ints
    bounds: Ints
    keys: Ints


def profile(text: str) -> Profile:
    """Cut `text` into passages and index their word pairs; passages without words are dropped."""
    tokenized = [words(normalize(part)) for part in split_passages(text)]
    sizes = np.array([len(tokens) for tokens in tokenized if tokens], dtype=np.int64)
    count = len(sizes)
    tokens = [token for passage_tokens in tokenized for token in passage_tokens]
    pairs, passage = word_pairs(tokens, np.repeat(np.arange(count, dtype=np.int64), sizes))
    # Pair windows: passage i's word pairs also go to windows n + i - 1 and n + i, if they exist.
    first, last = passage > 0, passage < count - 1
    window_pairs, window = _distinct_sorted(
        np.concatenate([pairs, pairs[first], pairs[last]]),
        np.concatenate([passage, passage[first] + count - 1, passage[last] + count]),
    )
    return Profile(
        sizes=sizes,
        distinct=np.bincount(passage, minlength=count).astype(np.int64),
        pairs=pairs,
        passage=passage,
        window_pairs=window_pairs,
        window=window,
    )


def _sorted_by_window(window_pairs: Ints, window: Ints, windows: int) -> Windows:
    """(word pair, window) rows by window; a window's key sums its spread word pair hashes,
    which depends on the set of word pairs only."""
    order = np.argsort(window, kind="stable")
    members = window_pairs[order]
    bounds = np.searchsorted(window[order], np.arange(windows + 1, dtype=np.int64))
    if not windows:  # every window has a word pair, so only an empty text has none
        return Windows(members, bounds, np.zeros(0, dtype=np.int64))
    return Windows(members, bounds, np.add.reduceat(_spread(members), bounds[:-1]).view(np.int64))


def _spread(keys: Ints) -> npt.NDArray[np.uint64]:
    """splitmix64's finalizer: sums of spread hashes of two different sets rarely meet."""
    spread = keys.view(np.uint64)
    spread = (spread ^ (spread >> _SHIFTS[0])) * _FACTORS[0]
    spread = (spread ^ (spread >> _SHIFTS[1])) * _FACTORS[1]
    return spread ^ (spread >> _SHIFTS[2])


def _distinct_sorted(keys: Ints, values: Ints) -> tuple[Ints, Ints]:
    """The distinct (key, value) rows, sorted by key then value."""
    order = np.lexsort((values, keys))
    keys, values = keys[order], values[order]
    fresh = np.ones(len(keys), dtype=bool)
    fresh[1:] = (keys[1:] != keys[:-1]) | (values[1:] != values[:-1])
    return keys[fresh], values[fresh]


def ranges(starts: Ints, stops: Ints) -> Ints:
    """The indexes start..stop-1 of every range, laid end to end."""
    lengths = stops - starts
    offsets = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    return offsets + np.arange(int(lengths.sum()), dtype=np.int64)
