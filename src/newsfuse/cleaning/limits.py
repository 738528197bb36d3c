"""Cheap bounds applied to one report before the expensive extractors see it.

Real news pages have a few thousand elements (the 61 dev pages: at most 1,453) and articles a
few hundred lines, while the extractors cost about half a millisecond per element or line. A
page of a million `<p>`, or megabytes of one paragraph repeated, would hold the run for
minutes. So only past a generous size are inputs cut down: first blocks or lines repeated
more than a few times are dropped (repetition carries no article text), then what is still
over the cap is cut at the cap. Each cut is told in a note for the report's notice.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

#: Elements read from one page; past this the page is cut down.
MAX_ELEMENTS = 10_000
#: Lines read from one flattened text; past this the text is cut down.
MAX_LINES = 20_000
#: Copies of one block or line kept when repeated blocks are dropped.
REPEATS_KEPT = 3

_ELEMENT = re.compile(r"<[A-Za-z]")
_BLOCK = re.compile(r"<[A-Za-z][^<]*(?:<(?![A-Za-z])[^<]*)*")
# Blocks looked at per block kept, at most: a page of one block repeated millions of times is
# cut short too, since scanning it costs a few microseconds a block.
_SCANNED_PER_KEPT = 10
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # where str.splitlines breaks
_LINE = re.compile(f"[^{_BREAKS}]*(?:\r\n|[{_BREAKS}])?")


@dataclass(frozen=True)
class Limited:
    """Content after the bounds, and what was cut, in words, for a notice."""

    content: str
    notes: tuple[str, ...] = ()


def limit_page(content: str, max_elements: int = MAX_ELEMENTS) -> Limited:
    """`content` unchanged when it has at most `max_elements` elements, else cut down.

    A block runs from one element's start to the next one's; identical blocks are repeats.
    Scanning stops once `max_elements` blocks are kept, so a huge page costs little more
    than its repeats.
    """
    if sum(1 for _ in itertools.islice(_ELEMENT.finditer(content), max_elements + 1)) <= (
        max_elements
    ):
        return Limited(content)
    seen: Counter[str] = Counter()
    kept: list[str] = [content[: _first_element(content)]]
    dropped = scanned = 0
    cut = False
    for scanned, match in enumerate(_BLOCK.finditer(content, len(kept[0]))):
        if len(kept) > max_elements or scanned >= max_elements * _SCANNED_PER_KEPT:
            cut = True
            break
        block = match.group()
        key = block.strip()
        seen[key] += 1
        if seen[key] > REPEATS_KEPT:
            dropped += 1
        else:
            kept.append(block)
    if not dropped and not cut:
        return Limited(content)
    notes = [f"{dropped:,} repeated blocks of the page dropped"] if dropped else []
    if cut:
        notes.append(f"page cut after {len(kept) - 1:,} elements (of the first {scanned:,})")
    return Limited("".join(kept), tuple(notes))


def _first_element(content: str) -> int:
    match = _ELEMENT.search(content)
    return match.start() if match else len(content)


def limit_lines(content: str, max_lines: int = MAX_LINES) -> Limited:
    """`content` unchanged when it has at most `max_lines` lines, else cut down (blank lines
    are never repeats). Like `limit_page`, scanning stops early on endless repetition."""
    lines = (match.group() for match in _LINE.finditer(content) if match.group())
    head = list(itertools.islice(lines, max_lines + 1))
    if len(head) <= max_lines:
        return Limited(content)
    seen: Counter[str] = Counter()
    kept: list[str] = []
    dropped = scanned = 0
    cut = False
    for scanned, line in enumerate(itertools.chain(head, lines)):
        if len(kept) >= max_lines or scanned >= max_lines * _SCANNED_PER_KEPT:
            cut = True
            break
        key = line.strip()
        seen[key] += 1
        if key and seen[key] > REPEATS_KEPT:
            dropped += 1
        else:
            kept.append(line)
    notes = [f"{dropped:,} repeated lines dropped"] if dropped else []
    if cut:
        notes.append(f"text cut after {len(kept):,} lines (of the first {scanned:,})")
    return Limited("".join(kept), tuple(notes))


__all__ = ["MAX_ELEMENTS", "MAX_LINES", "REPEATS_KEPT", "Limited", "limit_lines", "limit_page"]
