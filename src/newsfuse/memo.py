"""Work that several stages of one brief repeat on the same sentence, done once per brief.

Facts, conflicts and the timeline each read the figures of the same sentences; a function
marked `per_brief` computes its value once per argument while a brief is made:

    with brief_memo():
        ...                      # calls of a per_brief function share their results

The memo is dropped when the block ends, so nothing outlives the brief. Outside any block each
call computes afresh, so a stage called on its own (in a test, from the library) is unchanged.
A per_brief function must depend on its (hashable) argument alone and return an immutable value.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar, cast

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_current: ContextVar[dict[tuple[object, Hashable], object] | None] = ContextVar(
    "newsfuse_brief_memo", default=None
)


@contextmanager
def brief_memo() -> Iterator[None]:
    """Within the block, each per_brief function computes once per argument."""
    token = _current.set({})
    try:
        yield
    finally:
        _current.reset(token)


def per_brief(function: Callable[[K], V]) -> Callable[[K], V]:
    """`function`, its results kept for the brief being made (see the module's note)."""

    @functools.wraps(function)
    def memoised(key: K) -> V:
        memo = _current.get()
        if memo is None:
            return function(key)
        slot = (function, key)
        if slot not in memo:
            memo[slot] = function(key)
        return cast(V, memo[slot])

    return memoised
