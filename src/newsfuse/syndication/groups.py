"""Groups of copies of one wire story, built from pairwise overlaps without chaining.

Rule: two reports are copies when the larger of their two overlaps reaches the threshold
(a recap copied whole into a longer report is a copy even though the long one has a small
overlap with it). Copy links are merged strongest first with union-find, and a merge of two
groups is kept only when the groups' anchors, their longest reports, are copies too. Without
that check a recap quoting two different wire stories would fuse them into one group; with it
the recap joins the first story it copies and the two stories stay apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

# The larger of the two directed overlaps of reports i and j.
Strength = Callable[[int, int], float]


class _Groups:
    """Union-find over report indices; each root remembers its group's anchor."""

    def __init__(self, sizes: Sequence[int]) -> None:
        self._parent = list(range(len(sizes)))
        self._anchor = list(range(len(sizes)))
        self._sizes = sizes

    def root(self, index: int) -> int:
        while self._parent[index] != index:
            self._parent[index] = self._parent[self._parent[index]]
            index = self._parent[index]
        return index

    def anchor(self, root: int) -> int:
        return self._anchor[root]

    def join(self, first: int, second: int) -> None:
        """Merge two groups by root; the longer anchor (earlier on a tie) leads the union."""
        keep, drop = sorted((first, second))
        anchors = (self._anchor[keep], self._anchor[drop])
        self._parent[drop] = keep
        self._anchor[keep] = min(anchors, key=lambda a: (-self._sizes[a], a))

    def members(self) -> list[list[int]]:
        """Groups in order of their first member; members in input order."""
        found: dict[int, list[int]] = {}
        for index in range(len(self._parent)):
            found.setdefault(self.root(index), []).append(index)
        return list(found.values())


def copy_groups(
    sizes: Sequence[int],
    pairs: Iterable[tuple[int, int]],
    strength: Strength,
    threshold: float,
) -> list[list[int]]:
    """Partition report indices 0..len(sizes)-1 into groups of copies.

    `sizes` are word counts and `pairs` the candidate pairs. `strength` is also asked about
    the anchors of two groups, often not a candidate pair themselves, so it should remember
    what it has measured.
    """
    groups = _Groups(sizes)
    links = {pair: strength(*pair) for pair in pairs}
    strong = sorted(
        (pair for pair, value in links.items() if value >= threshold),
        key=lambda pair: (-links[pair], pair),
    )
    for i, j in strong:
        first, second = groups.root(i), groups.root(j)
        if first != second and strength(groups.anchor(first), groups.anchor(second)) >= threshold:
            groups.join(first, second)
    return groups.members()
