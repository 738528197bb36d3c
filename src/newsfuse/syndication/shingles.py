"""Word shingles and their MinHash signatures: the cheap fingerprint that finds candidate copies."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

from datasketch import MinHash

from newsfuse.analyze.tokens import normalize, words

# Fixed so that signatures, and therefore candidates, are the same on every run.
_SEED = 1


def shingles(text: str, size: int) -> set[bytes]:
    """The distinct runs of `size` consecutive normalised words in `text`.

    A text shorter than one shingle is a single shingle of all its words, so that two
    identical short texts still look alike; a text without words has no shingles.
    """
    tokens = words(normalize(text))
    if not tokens:
        return set()
    if len(tokens) < size:
        return {" ".join(tokens).encode()}
    return {" ".join(tokens[i : i + size]).encode() for i in range(len(tokens) - size + 1)}


def signatures(texts: Iterable[str], size: int, permutations: int) -> Iterator[MinHash | None]:
    """One MinHash per text over its word shingles, in order; None for a text without words.

    crc32 is a fast C hash and enough here: datasketch mixes every input hash with a
    MurmurHash finalizer before permuting it.
    """
    template = MinHash(num_perm=permutations, seed=_SEED, hashfunc=zlib.crc32)
    for text in texts:
        grams = shingles(text, size)
        if not grams:
            yield None
            continue
        signature = template.copy()
        signature.update_batch(grams)
        yield signature
