"""Average-link clustering over a sparse similarity graph, with pairs that must never join.

Single-link chains paraphrases into one blob (A like B, B like C, so A with C); average link
merges two groups only when their members are similar on average, pairs without an edge
counting as 0. A pair marked as clashing (different figures, different days) keeps its two
groups apart whatever their similarity.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable


def average_link(
    count: int,
    edges: Iterable[tuple[int, int, float]],
    clashes: Iterable[tuple[int, int]],
    threshold: float,
) -> list[list[int]]:
    """Groups of the items 0..count-1, each sorted, in order of their first item.

    `edges` are (i, j, similarity) with i != j; groups merge, best average first, while their
    average similarity is at least `threshold` and no clashing pair would end up in one group.
    """
    links: dict[int, dict[int, list[float]]] = {i: {} for i in range(count)}
    for i, j, weight in edges:
        links[i].setdefault(j, [0.0, 0.0])[0] += weight
        links[j].setdefault(i, [0.0, 0.0])[0] += weight
    for i, j in clashes:
        links[i].setdefault(j, [0.0, 0.0])[1] += 1
        links[j].setdefault(i, [0.0, 0.0])[1] += 1
    members = {i: [i] for i in range(count)}
    heap: list[tuple[float, int, int, int, int]] = []
    versions = [0] * count
    for i in range(count):
        _push(heap, i, links, members, versions, threshold)
    while heap:
        _, a, b, version_a, version_b = heapq.heappop(heap)
        if a in members and b in members and (versions[a], versions[b]) == (version_a, version_b):
            _merge(a, b, links, members)
            versions[a] += 1
            _push(heap, a, links, members, versions, threshold)
    return sorted(sorted(group) for group in members.values())


def _push(
    heap: list[tuple[float, int, int, int, int]],
    a: int,
    links: dict[int, dict[int, list[float]]],
    members: dict[int, list[int]],
    versions: list[int],
    threshold: float,
) -> None:
    """Queue every merge of group `a` that reaches the threshold and joins no clashing pair."""
    for b, (total, clashes) in links[a].items():
        average = total / (len(members[a]) * len(members[b]))
        if average >= threshold and not clashes:
            first, second = min(a, b), max(a, b)
            heapq.heappush(heap, (-average, first, second, versions[first], versions[second]))


def _merge(
    a: int, b: int, links: dict[int, dict[int, list[float]]], members: dict[int, list[int]]
) -> None:
    """Fold group `b` into group `a`: members, and the summed links to every other group."""
    members[a] += members.pop(b)
    for other, (total, clashes) in links.pop(b).items():
        if other == a:
            continue
        mine = links[a].setdefault(other, [0.0, 0.0])
        mine[0] += total
        mine[1] += clashes
        theirs = links[other]
        del theirs[b]
        theirs[a] = mine.copy()
    del links[a][b]
