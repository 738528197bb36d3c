"""Where cited passages sit in a source's text: segments cut at every span boundary.

Spans may overlap or nest; cutting the text at every start and end gives flat segments, each
inside zero or more spans, so highlighting never needs overlapping elements.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    depth: int  # how many cited spans cover this segment
    opens: bool  # a span starts here: the segment carries the passage's anchor


def segments(length: int, spans: Iterable[tuple[int, int]]) -> list[Segment]:
    """Cut [0, length) at every span boundary; spans are clamped and empty ones dropped."""
    valid = {c for s, e in spans if (c := clamp(s, e, length))}
    opening = Counter(s for s, _ in valid)
    closing = Counter(e for _, e in valid)
    bounds = sorted({0, length} | set(opening) | set(closing))
    result: list[Segment] = []
    depth = 0
    for start, end in pairwise(bounds):
        depth += opening[start] - closing[start]
        result.append(Segment(start, end, depth, start in opening))
    return result


def clamp(start: int, end: int, length: int) -> tuple[int, int] | None:
    """A span cut to the text it indexes, or None when nothing of it is inside."""
    start, end = max(0, start), min(length, end)
    return (start, end) if start < end else None


def source_slugs(ids: Sequence[str]) -> dict[str, str]:
    """A unique, URL-safe anchor name for each source id, stable for a given list of ids."""
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for source_id in ids:
        base = _NOT_SLUG.sub("-", source_id.lower()).strip("-") or "source"
        slug, number = base, 2
        while slug in used:
            slug, number = f"{base}-{number}", number + 1
        used.add(slug)
        slugs[source_id] = slug
    return slugs


def passage_id(slug: str, start: int) -> str:
    return f"p-{slug}-{start}"


def source_anchor(slug: str) -> str:
    return f"s-{slug}"


__all__ = [
    "Segment",
    "clamp",
    "passage_id",
    "segments",
    "source_anchor",
    "source_slugs",
]
