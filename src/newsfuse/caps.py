"""The caps that bound how much the comparing stages do, and a tally of where they cut work.

Stages that compare sentences or claims take their caps from the brief being made, without
every stage signature carrying the settings:

    with comparison_caps(settings) as tally:
        ...                      # stages call current_caps() and tally.record(...)
    notices += tally.notices()

Outside such a block `current_caps()` gives the defaults of `Settings`, so a stage called on
its own (in a test, from the library) is bounded the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from newsfuse.model import Notice
from newsfuse.settings import Settings


@dataclass
class Tally:
    """How often the caps cut work while one brief was made."""

    neighbours: int
    term_postings: int
    items: int = 0
    capped_items: int = 0
    common_terms: int = 0

    def record(self, items: int, capped_items: int, common_terms: int) -> None:
        """One comparison: `items` compared, `capped_items` of them with more candidates than
        the cap, `common_terms` words too common to propose candidates."""
        self.items += items
        self.capped_items += capped_items
        self.common_terms = max(self.common_terms, common_terms)

    def notices(self) -> list[Notice]:
        """One notice when a cap truncated a comparison, none otherwise."""
        parts = []
        if self.capped_items:
            parts.append(
                f"{self.capped_items:,} of {self.items:,} sentences and claims had more possible"
                f" matches than the {self.neighbours:,} compared (setting max_neighbours)"
            )
        if self.common_terms:
            parts.append(
                f"{self.common_terms:,} words found in more than {self.term_postings:,}"
                " sentences or claims proposed no comparisons (setting max_term_postings)"
            )
        if not parts:
            return []
        return [
            Notice(None, "info", "comparisons capped to bound time and memory: " + "; ".join(parts))
        ]


_current: ContextVar[Tally | None] = ContextVar("newsfuse_comparison_caps", default=None)


@contextmanager
def comparison_caps(settings: Settings) -> Iterator[Tally]:
    """Within the block, comparing stages use the caps of `settings` and tally their cuts."""
    tally = Tally(settings.max_neighbours, settings.max_term_postings)
    token = _current.set(tally)
    try:
        yield tally
    finally:
        _current.reset(token)


def current_caps() -> Tally:
    """The tally of the brief being made; a fresh one with the default caps outside any."""
    tally = _current.get()
    if tally is None:
        defaults = Settings()
        return Tally(defaults.max_neighbours, defaults.max_term_postings)
    return tally
