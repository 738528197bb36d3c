"""Which copy group each report belongs to, looked up in constant time."""

from __future__ import annotations

from newsfuse.model import Syndication


class CopyGroups:
    """Each source's copy group, named by the group's first id; a source missing is alone.

    `Syndication.group_of` scans every group, which costs quadratic time when asked about
    every report of a large story; this index is built once per call instead.
    """

    def __init__(self, syndication: Syndication) -> None:
        self._first: dict[str, str] = {}
        for group in syndication.groups:
            for source in group:
                self._first.setdefault(source, group[0])

    def of(self, source: str) -> str:
        return self._first.get(source, source)
