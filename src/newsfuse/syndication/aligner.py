"""Overlaps between the reports of one batch, each report profiled once on demand."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from newsfuse.syndication.batch import overlaps_with
from newsfuse.syndication.overlap import overlap
from newsfuse.syndication.passages import Profile, profile

# How many profiles one aligner keeps, so memory stays flat however large the corpus.
_CACHE_SIZE = 4096
# From how many others on, measuring them together beats one by one (same figures either way).
_BATCH = 8


class Aligner:
    """Measures overlaps between the texts of one batch, profiling each text on demand.

    Profiles are kept in a bounded least-recently-used cache owned by this object.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._profiles: OrderedDict[int, Profile] = OrderedDict()

    def overlaps(self, i: int, j: int) -> tuple[float, float]:
        """(overlap of text i with respect to text j, overlap of j with respect to i)."""
        first, second = self._profile(i), self._profile(j)
        return overlap(first, second), overlap(second, first)

    def overlaps_from(self, index: int, others: Sequence[int]) -> list[float]:
        """The overlap of text `index` with respect to each of the `others`."""
        first, profiles = self._profile(index), [self._profile(other) for other in others]
        if len(profiles) < _BATCH:
            return [overlap(first, other) for other in profiles]
        return overlaps_with(first, profiles)

    def _profile(self, index: int) -> Profile:
        found = self._profiles.get(index)
        if found is None:
            found = profile(self._texts[index])
            self._profiles[index] = found
            if len(self._profiles) > _CACHE_SIZE:
                self._profiles.popitem(last=False)
        else:
            self._profiles.move_to_end(index)
        return found
