"""Find the reports that are copies of one wire story and how much each shares with the others."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.errors import InputError
from newsfuse.model import CleanDoc, SharedWith, Syndication
from newsfuse.settings import Settings
from newsfuse.syndication.aligner import Aligner
from newsfuse.syndication.candidates import candidate_pairs
from newsfuse.syndication.groups import copy_groups

# Smallest overlap reported in `shared_with`: below it a pair shares a quote or a stock
# phrase, not a passage worth citing as syndication.
MIN_SHARED = 0.1


class _Overlaps:
    """Every directed overlap measured in one run, keyed by (from, to) report index."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._aligner = Aligner(texts)
        self.measured: dict[tuple[int, int], float] = {}

    def measure(self, pairs: Sequence[tuple[int, int]]) -> None:
        """Both overlaps of every pair, each report measured against all its partners at once."""
        partners: dict[int, list[int]] = {}
        for i, j in pairs:
            partners.setdefault(i, []).append(j)
            partners.setdefault(j, []).append(i)
        for i, others in partners.items():
            found = self._aligner.overlaps_from(i, others)
            self.measured.update(((i, j), value) for j, value in zip(others, found, strict=True))

    def strength(self, i: int, j: int) -> float:
        """The larger of the two directed overlaps of i and j, measured once."""
        if (i, j) not in self.measured:
            self.measured[i, j], self.measured[j, i] = self._aligner.overlaps(i, j)
        return max(self.measured[i, j], self.measured[j, i])


def find_syndication(docs: Sequence[CleanDoc], settings: Settings) -> Syndication:
    """Near-copy links between reports and the groups of copies of one wire story.

    Candidates come from MinHash LSH over word shingles; each candidate pair is then aligned
    passage by passage. `shared_with[a]` lists every report b with overlap(a, b) >= 0.1,
    largest first, where overlap(a, b) is the share of a's words in passages also found in
    b. Overlap is directional: a short recap copied whole into a long report has overlap 1.0
    with it, while the long report's overlap with the recap is small. Two reports are copies
    when the larger of their two overlaps reaches `settings.copy_overlap`; see
    `newsfuse.syndication.groups` for how copies are grouped without chaining. `groups`
    partitions every id, singletons included, in order of first appearance.

    Raises `InputError` when two documents share an id.
    """
    ids = [doc.id for doc in docs]
    _check_unique(ids)
    texts = [doc.text for doc in docs]
    overlaps = _Overlaps(texts)
    sizes = [doc.words for doc in docs]
    pairs = candidate_pairs(texts, settings)
    overlaps.measure(pairs)
    groups = copy_groups(sizes, pairs, overlaps.strength, settings.copy_overlap)
    return Syndication(
        shared_with=_shared_with(ids, overlaps.measured),
        groups=tuple(tuple(ids[i] for i in group) for group in groups),
    )


def _shared_with(
    ids: Sequence[str], measured: dict[tuple[int, int], float]
) -> dict[str, tuple[SharedWith, ...]]:
    found: dict[int, list[tuple[float, int]]] = {i: [] for i in range(len(ids))}
    for (i, j), value in measured.items():
        if value >= MIN_SHARED:
            found[i].append((value, j))
    return {
        ids[i]: tuple(SharedWith(ids[j], value) for value, j in sorted(pairs, key=_by_overlap))
        for i, pairs in found.items()
    }


def _by_overlap(item: tuple[float, int]) -> tuple[float, int]:
    return -item[0], item[1]


def _check_unique(ids: Sequence[str]) -> None:
    seen: set[str] = set()
    for source in ids:
        if source in seen:
            raise InputError(source, "two reports have this id; ids must be unique")
        seen.add(source)
