"""A story's vectors of one channel: the sum of its articles' unit vectors."""

from __future__ import annotations

from newsfuse.stories.weights import Vector

Sum = Vector  # a sum of unit vectors, token -> summed weight


def dot(a: Vector, b: Vector) -> float:
    """Dot product of two sparse vectors, over the tokens they share (found in C)."""
    if len(a) > len(b):
        a, b = b, a
    return sum([a[token] * b[token] for token in a.keys() & b.keys()])
