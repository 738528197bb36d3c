"""A story's vectors of one channel: the sum of its articles' unit vectors."""

from __future__ import annotations

from newsfuse.stories.weights import Vector

Sum = Vector  # a sum of unit vectors, token -> summed weight


def dot(a: Vector, b: Vector) -> float:
    """Dot product of two sparse vectors, walking the shorter one."""
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(token, 0.0) for token, weight in a.items())
