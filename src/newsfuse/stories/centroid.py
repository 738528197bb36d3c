"""A story's running centroid of one channel: the sum of its articles' unit vectors."""

from __future__ import annotations

import math

from newsfuse.stories.weights import Vector


class Centroid:
    """Sum of unit vectors with its squared length kept up to date, so a cosine costs only
    the article's own tokens."""

    __slots__ = ("squared", "weights")

    def __init__(self) -> None:
        self.weights: Vector = {}
        self.squared = 0.0

    def add(self, vector: Vector) -> None:
        weights = self.weights
        for token, weight in vector.items():
            old = weights.get(token, 0.0)
            new = old + weight
            weights[token] = new
            self.squared += new * new - old * old

    def unit(self) -> Vector:
        """This centroid scaled to length 1."""
        if self.squared <= 0.0:
            return {}
        length = math.sqrt(self.squared)
        return {token: weight / length for token, weight in self.weights.items()}

    def cosine(self, vector: Vector) -> float:
        """Cosine between this centroid and a unit vector (0 when either is empty)."""
        if not vector or self.squared <= 0.0:
            return 0.0
        weights = self.weights
        dot = sum(w * weights.get(t, 0.0) for t, w in vector.items())
        return dot / math.sqrt(self.squared)
