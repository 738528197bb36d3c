"""Reader appeals written as ordinary sentences: donation, membership and newsletter pitches.

An appeal speaks to the reader ("you", or an imperative such as "Join" or "Support") about the
outlet itself ("we", "our", the outlet's own name) and asks for something (subscribe, donate,
"your help", "from just 3 a month"). Reported speech never is one: quotation marks or an
attribution verb ("said") mark a sentence as the news, so an official saying "we" or a
charity's donation drive stays. Appeals come in blocks of a few lines, and the weaker lines of
a block go with its strongest.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import cache

from newsfuse.cleaning import rules
from newsfuse.cleaning.boilerplate_features import Features
from newsfuse.cleaning.outlet import outlet_from_footer

_LOWER_US = re.compile(r"\bus\b")
# Lines from an ask (weak or strong) that its appeal block reaches: a sign-up box is a few
# lines and form fields; a run of short lines longer than that is a menu or an article's list.
BLOCK_REACH = 8
# A line without any of these words is no part of an appeal.
_CUES = rules.ASK_WORDS | rules.IMPERATIVES | rules.ASK_PHRASE_CUES | rules.READER_WORDS


class Appeal(IntEnum):
    """How much a line reads as the outlet appealing to its reader."""

    NONE = 0
    HINT = 1  # speaks to the reader, not for the outlet: an appeal only beside a strong one
    WEAK = 2  # the outlet asks, without addressing the reader: furniture at the article's edges
    STRONG = 3  # the outlet asks the reader: furniture wherever it stands


@dataclass(frozen=True)
class OutletNames:
    """How a page names its own outlet: in full, or as "the" and the name's last words."""

    full: str = ""
    short: tuple[str, ...] = ()

    @classmethod
    def of(cls, name: str | None) -> OutletNames:
        """The names of outlet `name` ("The Saltmere Gazette": also "the Gazette")."""
        if not name or not name.strip():
            return cls()
        parts = name.split()
        if parts[0].lower() == "the":
            parts = parts[1:]
        short = tuple(f"the {' '.join(parts[i:])}" for i in range(len(parts)))
        return cls(full=name.strip().lower(), short=short)

    def named_in(self, line: str) -> bool:
        """True when `line` names the outlet (the short form only as capitalised)."""
        if not self.full:
            return False
        return self.full in line.lower() or any(form in line for form in self.short)


def appeal_levels(
    lines: Sequence[str], measured: Sequence[Features], skip: Sequence[bool], outlet: str | None
) -> list[Appeal]:
    """Per line of one page, how strongly it reads as an appeal; `skip`ped lines are NONE.

    `outlet` names the page's outlet; without it the page's copyright footer is read, and only
    when a line needs it.
    """
    names = cache(lambda: OutletNames.of(outlet or outlet_from_footer(lines)))
    return [
        Appeal.NONE if skipped else _level(line, feats.lowered, names)
        for line, feats, skipped in zip(lines, measured, skip, strict=True)
    ]


def _level(line: str, words: frozenset[str], names: Callable[[], OutletNames]) -> Appeal:
    if _CUES.isdisjoint(words) or _reported(line, words):
        return Appeal.NONE  # most lines stop at the first test, a set operation
    imperative = (
        not rules.IMPERATIVES.isdisjoint(words) and rules.IMPERATIVE.search(line) is not None
    )
    reader = imperative or not rules.READER_WORDS.isdisjoint(words)
    asks = imperative or _asks(line, words)
    if asks and (_first_person_plural(line, words) or names().named_in(line)):
        return Appeal.STRONG if reader else Appeal.WEAK
    return Appeal.HINT if reader else Appeal.NONE


def _reported(line: str, words: frozenset[str]) -> bool:
    """Reported speech: an attribution verb or quotation marks."""
    return not rules.ATTRIBUTION_WORDS.isdisjoint(words) or not rules.QUOTE_MARKS.isdisjoint(line)


def _asks(line: str, words: frozenset[str]) -> bool:
    if not rules.ASK_WORDS.isdisjoint(words):
        return True
    return not rules.ASK_PHRASE_CUES.isdisjoint(words) and rules.ASK_PHRASE.search(line) is not None


def _first_person_plural(line: str, words: frozenset[str]) -> bool:
    found = words & rules.SELF_WORDS
    if found != {"us"}:
        return bool(found)
    return _LOWER_US.search(line) is not None  # "us", not "the US"


def appeal_blocks(levels: Sequence[Appeal], bridges: Sequence[bool]) -> list[bool]:
    """Per line, True when it belongs to an appeal block with a strong appeal in it.

    A block is a run of lines that are appeals or `bridges` (furniture already, or too short
    to judge); its appeal lines, strong or not, are all furniture when they stand within
    BLOCK_REACH lines of a line where the outlet asks (weak or strong), so that hints far down
    a run of short lines, an article written to "you" among them, stay.
    """
    members = [False] * len(levels)
    if Appeal.STRONG not in levels:
        return members
    for start, stop in _runs(levels, bridges):
        if Appeal.STRONG not in levels[start:stop]:
            continue
        asks = [index for index in range(start, stop) if levels[index] >= Appeal.WEAK]
        for index in range(start, stop):
            members[index] = levels[index] > Appeal.NONE and _near(asks, index)
    return members


def _runs(levels: Sequence[Appeal], bridges: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, stop) of each maximal run of appeal or bridge lines."""
    start = 0
    while start < len(levels):
        stop = start
        while stop < len(levels) and (levels[stop] > Appeal.NONE or bridges[stop]):
            stop += 1
        if stop > start:
            yield start, stop
        start = stop + 1


def _near(asks: list[int], index: int) -> bool:
    """True when a line of sorted `asks` lies within BLOCK_REACH lines of `index`."""
    position = bisect_left(asks, index - BLOCK_REACH)
    return position < len(asks) and asks[position] <= index + BLOCK_REACH
