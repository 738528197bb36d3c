"""A wall-clock budget for cleaning one report, checked between extractor passes.

No signals or threads: a pass is never interrupted (that could leave a library's state
broken), so the budget bounds the run together with the size caps of `limits`, which bound
what any single pass can cost.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from newsfuse.errors import InputError


class CleaningTimeout(InputError):
    """Cleaning one report ran past its budget."""


class Budget:
    """Seconds allowed from creation; `check` raises CleaningTimeout once they are spent."""

    def __init__(self, seconds: float, name: str, clock: Callable[[], float] | None = None) -> None:
        self._seconds = seconds
        self._name = name
        self._clock = clock or time.monotonic
        self._start = self._clock()

    def check(self, after: str) -> None:
        """Raise when the budget is spent; `after` names the pass just finished, for the notice."""
        spent = self._clock() - self._start
        if spent > self._seconds:
            reason = (
                f"cleaning stopped after {after}: {spent:.1f} s spent, over the "
                f"{self._seconds:g} s budget (clean_seconds_per_input); report skipped"
            )
            raise CleaningTimeout(self._name, reason)


__all__ = ["Budget", "CleaningTimeout"]
