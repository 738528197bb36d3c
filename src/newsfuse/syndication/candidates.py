"""Candidate copy pairs from MinHash LSH: near-linear in the number of reports, never all pairs."""

from __future__ import annotations

from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from newsfuse.settings import Settings
from newsfuse.syndication.shingles import signatures


def candidate_pairs(texts: Sequence[str], settings: Settings) -> list[tuple[int, int]]:
    """Index pairs (i, j), i < j, of texts whose shingle sets may be alike, sorted.

    LSH only proposes: every pair is checked by passage alignment afterwards. A short text
    wholly inside a much longer one (Jaccard under `lsh_threshold`) may be missed.
    """
    lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.minhash_permutations)
    indexed: list[tuple[int, MinHash]] = []
    sigs = signatures(texts, settings.shingle_words, settings.minhash_permutations)
    for index, signature in enumerate(sigs):
        if signature is not None:
            lsh.insert(index, signature, check_duplication=False)
            indexed.append((index, signature))
    pairs: set[tuple[int, int]] = set()
    for index, signature in indexed:
        pairs.update((index, other) for other in lsh.query(signature) if other > index)
    return sorted(pairs)
