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
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from newsfuse.cleaning import rules
from newsfuse.cleaning.boilerplate_features import Features
from newsfuse.cleaning.outlet import outlet_from_footer

_LOWER_US = re.compile(r"\bus\b")
# A line without any of these words can be no appeal's part: most lines stop at this test.
_APPEAL_CUES = rules.READER_WORDS | rules.SELF_WORDS | rules.ASK_WORDS | rules.IMPERATIVES


class Appeal(IntEnum):
    """How much a line reads as the outlet appealing to its reader."""

    NONE = 0
    HINT = 1  # asks the reader, but not for the outlet: an appeal only beside a strong one
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
    levels = [Appeal.NONE] * len(lines)
    names: OutletNames | None = None
    for index, (line, feats, skipped) in enumerate(zip(lines, measured, skip, strict=True)):
        if skipped or _APPEAL_CUES.isdisjoint(feats.lowered):
            continue  # the common case, decided by one set operation
        reader = _asks_reader(line, feats.lowered)
        if reader is None:
            continue
        if names is None:
            names = OutletNames.of(outlet or outlet_from_footer(lines))
        if _first_person_plural(line, feats.lowered) or names.named_in(line):
            levels[index] = Appeal.STRONG if reader else Appeal.WEAK
        elif reader:
            levels[index] = Appeal.HINT
    return levels


def _asks_reader(line: str, words: frozenset[str]) -> bool | None:
    """None when `line` asks nothing or is reported speech; else whether it addresses the reader."""
    if not rules.ATTRIBUTION_WORDS.isdisjoint(words) or not rules.QUOTE_MARKS.isdisjoint(line):
        return None
    imperative = (
        not rules.IMPERATIVES.isdisjoint(words) and rules.IMPERATIVE.search(line) is not None
    )
    asks = imperative or not rules.ASK_WORDS.isdisjoint(words)
    if not asks and rules.ASK_PHRASE.search(line) is None:
        return None
    return imperative or not rules.READER_WORDS.isdisjoint(words)


def _first_person_plural(line: str, words: frozenset[str]) -> bool:
    found = words & rules.SELF_WORDS
    if found != {"us"}:
        return bool(found)
    return _LOWER_US.search(line) is not None  # "us", not "the US"


def appeal_blocks(levels: Sequence[Appeal], bridges: Sequence[bool]) -> list[bool]:
    """Per line, True when it belongs to an appeal block with a strong appeal in it.

    A block is a run of lines that are appeals or `bridges` (furniture already, or too short
    to judge); its appeal lines, strong or not, are all furniture.
    """
    members = [False] * len(levels)
    if Appeal.STRONG not in levels:
        return members
    start = 0
    while start < len(levels):
        stop = start
        while stop < len(levels) and (levels[stop] > Appeal.NONE or bridges[stop]):
            stop += 1
        if any(level == Appeal.STRONG for level in levels[start:stop]):
            for index in range(start, stop):
                members[index] = levels[index] > Appeal.NONE
        start = stop + 1
    return members
