"""Figures with their hedges, and the conflicts between reports of one story."""

from newsfuse.align.conflicts import find_conflicts
from newsfuse.align.numbers import Quantity, extract_quantities

__all__ = ["Quantity", "extract_quantities", "find_conflicts"]
