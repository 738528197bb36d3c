"""One sentence, several facts: a claim also backs every other fact one of its clauses states.

"The mayor declared an exclusion zone around the terminal and imposed a curfew in the docks"
carries two facts, yet clustering puts the claim in one group only. The claim is cut into
clause windows (runs of up to `MAX_PIECES` pieces between commas, semicolons and
conjunctions). The claim, or one of its windows, joins every other group whose wording (its
medoid) it matches with a cosine of at least `JOIN` on its own words, unless a figure or day
of the claim contradicts the wording. A joined claim cites the matching window's exact span,
so the fact still points at verbatim text. Claims are never rewritten: a coordinated predicate
("imposed a curfew") backs a fact without its subject being carried over.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from newsfuse.compose.claims import Claim, is_claim
from newsfuse.compose.claims_lexicon import comparable
from newsfuse.compose.similarity import TextVectors
from newsfuse.model import Span
from newsfuse.neighbours import nearest

# Cosine between a claim or clause window and a group's wording for it to back that group:
# above the average-link merge threshold (`facts.MERGE`), since a window is short and the best
# of many. On the bundled examples every join at 0.6 is right; at 0.5 wrong ones appear.
JOIN = 0.6
MAX_PIECES = 3
_PIECE_BREAK = re.compile(
    r"[,;:]\s+|\s+(?:and|but|while|whereas|as|after|when|where|which|who|with)\s+"
)


def clause_windows(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of 1 to `MAX_PIECES` consecutive pieces of `text`, shorter than
    the whole, that could stand as a claim (`claims.is_claim`: a verb, enough words)."""
    return list(_clause_windows(text))


# Facts ask for the windows of a claim twice (to join it, to judge it as a wording).
@functools.lru_cache(maxsize=1 << 14)
def _clause_windows(text: str) -> tuple[tuple[int, int], ...]:
    starts = [0, *(m.end() for m in _PIECE_BREAK.finditer(text))]
    ends = [*(m.start() for m in _PIECE_BREAK.finditer(text)), len(text)]
    found = []
    for first in range(len(starts)):
        for last in range(first, min(first + MAX_PIECES, len(ends))):
            start, end = starts[first], ends[last]
            end = len(text[:end].rstrip(" .!?;:,"))
            if (start, end) != (0, len(text)) and _stands_as_claim(text[start:end]):
                found.append((start, end))
    return tuple(found)


def _stands_as_claim(window: str) -> bool:
    """Whether a window reads as a claim once given a subject: a coordinated predicate
    ("ordered the Guard to the river") has its subject earlier in the sentence."""
    return is_claim(window) or is_claim(f"It {window}")


def clause_count(text: str) -> int:
    """How many single pieces of `text` could stand as claims of their own; at least 1."""
    return max(1, sum(1 for a, b in clause_windows(text) if not _PIECE_BREAK.search(text[a:b])))


def window_claim(claim: Claim, start: int, end: int) -> Claim:
    """The part of `claim` at [start, end) of its text, as a claim with its exact span."""
    span = Span(claim.source, claim.span.start + start, claim.span.start + end)
    return Claim(claim.text[start:end], span, claim.sentence, claim.position, claim.quoted)


@dataclass(frozen=True)
class _Unit:
    """A distinct claim's whole text or one of its clause windows, at [start, end)."""

    owner: int
    start: int
    end: int


def joined_claims(
    claims: Sequence[tuple[Claim, ...]],
    groups: Sequence[Sequence[int]],
    medoids: Sequence[int],
    space: TextVectors,
    agree: Callable[[int, int], bool],
) -> list[list[Claim]]:
    """For each group, the claims outside it, or clause windows of them, that back its wording.

    `claims[i]` are the occurrences of distinct claim i (same text); `medoids[g]` is the
    distinct claim wording group g; `space` is the comparison space of the distinct claims;
    `agree(i, j)` says whether the figures and days of distinct claims i and j are compatible:
    a claim whose other clause contradicts the wording does not back it. A claim's whole text
    and each of its clause windows are compared with the whole wording.
    """
    units = [unit for i, found in enumerate(claims) for unit in _units(i, found[0].text)]
    vectors = space.encode([comparable(claims[u.owner][0].text[u.start : u.end]) for u in units])
    hits = nearest(vectors, space.matrix[list(medoids)], JOIN).tocoo()
    member = {i: g for g, group in enumerate(groups) for i in group}
    extra: list[list[Claim]] = [[] for _ in groups]
    done: set[tuple[int, int]] = set()
    # Best cosine first, so that a claim backs a group through its best-matching window.
    order = np.lexsort((hits.col, hits.row, -hits.data))
    for row, group in zip(hits.row[order].tolist(), hits.col[order].tolist(), strict=True):
        unit = units[row]
        if member.get(unit.owner) == group or (unit.owner, group) in done:
            continue
        if agree(unit.owner, medoids[group]):
            extra[group].extend(window_claim(c, unit.start, unit.end) for c in claims[unit.owner])
            done.add((unit.owner, group))
    return extra


def _units(owner: int, text: str) -> list[_Unit]:
    """The whole of a claim's text and its clause windows."""
    return [_Unit(owner, 0, len(text)), *(_Unit(owner, a, b) for a, b in clause_windows(text))]
