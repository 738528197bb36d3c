"""Stable, unique source ids: the shortest path tail that tells inputs apart."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from newsfuse.model import Notice, RawDoc


def tail_names(paths: Sequence[tuple[str, ...]]) -> list[str]:
    """For each path (as its parts), its last part, widened with parent parts where it collides.

    `a/x/r.txt` and `b/y/r.txt` become `x/r.txt` and `y/r.txt`; a name that collides with
    nothing stays a bare file name. The result depends only on the set of paths.
    """
    depths = [1] * len(paths)
    while True:
        names = ["/".join(parts[-depth:]) for parts, depth in zip(paths, depths, strict=True)]
        groups: defaultdict[str, list[int]] = defaultdict(list)
        for index, name in enumerate(names):
            groups[name].append(index)
        widened = False
        for members in groups.values():
            for index in members if len(members) > 1 else ():
                if depths[index] < len(paths[index]):
                    depths[index] += 1
                    widened = True
        if not widened:
            return names


def ensure_unique(docs: Sequence[RawDoc]) -> tuple[list[RawDoc], list[Notice]]:
    """Give later documents whose id is already taken a `~2`, `~3`... suffix, with a warning."""
    taken = {doc.id for doc in docs}
    seen: set[str] = set()
    result: list[RawDoc] = []
    notices: list[Notice] = []
    for doc in docs:
        if doc.id in seen:
            number = 2
            while f"{doc.id}~{number}" in taken:
                number += 1
            new_id = f"{doc.id}~{number}"
            message = f"id {doc.id!r} used twice; renamed {new_id!r}"
            notices.append(Notice(new_id, "warning", message))
            taken.add(new_id)
            doc = replace(doc, id=new_id)
        seen.add(doc.id)
        result.append(doc)
    return result, notices


__all__ = ["ensure_unique", "tail_names"]
