"""One sentence, several facts: a claim also backs every other fact one of its clauses states.

"The mayor declared an exclusion zone around the terminal and imposed a curfew in the docks"
carries two facts, yet clustering puts the claim in one group only. The claim is cut into
clause windows (runs of up to `MAX_PIECES` pieces between commas, semicolons and
conjunctions), and a window joins every other group whose wording (its medoid) it matches
with a cosine of at least `JOIN` on the window's own words, when their figures and days agree.
A joined claim cites the window's exact span, so the fact still points at verbatim text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from newsfuse.compose.claims import Claim
from newsfuse.compose.claims_lexicon import comparable
from newsfuse.compose.similarity import TextVectors
from newsfuse.model import Span

# Cosine between a clause window and a group's wording for the window to back that group:
# well above the merge threshold of whole claims, since a window is short and picked as the
# best of many.
JOIN = 0.7
MAX_PIECES = 3
_MIN_WINDOW_WORDS = 4
_PIECE_BREAK = re.compile(
    r"[,;:]\s+|\s+(?:and|but|while|whereas|as|after|when|where|which|who|with)\s+"
)


def clause_windows(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of 1 to `MAX_PIECES` consecutive pieces of `text` shorter than
    the whole and at least `_MIN_WINDOW_WORDS` words long, trimmed of closing punctuation."""
    starts = [0, *(m.end() for m in _PIECE_BREAK.finditer(text))]
    ends = [*(m.start() for m in _PIECE_BREAK.finditer(text)), len(text)]
    found = []
    for first in range(len(starts)):
        for last in range(first, min(first + MAX_PIECES, len(ends))):
            start, end = starts[first], ends[last]
            end = len(text[:end].rstrip(" .!?;:,"))
            if (start, end) != (0, len(text)) and len(text[start:end].split()) >= _MIN_WINDOW_WORDS:
                found.append((start, end))
    return found


def window_claim(claim: Claim, start: int, end: int) -> Claim:
    """The part of `claim` at [start, end) of its text, as a claim with its exact span."""
    span = Span(claim.source, claim.span.start + start, claim.span.start + end)
    return Claim(claim.text[start:end], span, claim.sentence, claim.position, claim.quoted)


def joined_claims(
    claims: Sequence[tuple[Claim, ...]],
    groups: Sequence[Sequence[int]],
    medoids: Sequence[int],
    space: TextVectors,
    agree: Callable[[Claim, int], bool],
) -> list[list[Claim]]:
    """For each group, the clause windows of claims outside it that back its wording.

    `claims[i]` are the occurrences of distinct claim i (same text); `medoids[g]` is the
    distinct claim wording group g; `space` holds the comparison vectors of the distinct claims;
    `agree(window, medoid)` says whether their figures and days are compatible.
    """
    owners, windows = [], []
    for index, found in enumerate(claims):
        for window in clause_windows(found[0].text):
            owners.append(index)
            windows.append(window)
    extra: list[list[Claim]] = [[] for _ in groups]
    if not windows:
        return extra
    texts = [comparable(claims[i][0].text[a:b]) for i, (a, b) in zip(owners, windows, strict=True)]
    cosines: Any = (space.encode(texts) @ space.matrix[list(medoids)].T).tocoo()
    member = {i: g for g, group in enumerate(groups) for i in group}
    done: set[tuple[int, int]] = set()
    for row, group, cosine in sorted(
        zip(cosines.row.tolist(), cosines.col.tolist(), cosines.data.tolist(), strict=True),
        key=lambda hit: -hit[2],
    ):
        owner = owners[row]
        if cosine < JOIN or member.get(owner) == group or (owner, group) in done:
            continue
        parts = [window_claim(c, *windows[row]) for c in claims[owner]]
        if agree(parts[0], medoids[group]):
            extra[group].extend(parts)
            done.add((owner, group))
    return extra
