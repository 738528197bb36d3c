"""Whether a time expression is anchored to a future or a past verb in its sentence.

The verb nearest the expression decides: first looking back within its clause ("will vote on
Friday", "said on Tuesday"), then forward when the expression opens the clause ("On Friday, the
council will vote"). Cheap cues only: auxiliaries, "is due/expected/scheduled to", and past
forms (irregular verbs and "-ed" words).
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future"] | None

FUTURE = re.compile(
    r"\b(?:will|would|won't|wo\s+n't|shall|going\s+to|plans?\s+to|intends?\s+to|upcoming"
    r"|expected|scheduled|slated|planned|(?:is|are|was|were)\s+(?:due|set|poised|to)"
    r"|may|might|to\s+be\s+[a-z]+(?:ed|en)"
    r"|(?:set|due)\s+(?:for|on|in|to))\b|'ll\b",
    re.IGNORECASE,
)
PAST = re.compile(
    r"\b(?:said|was|were|had|did|began|begun|broke|took|came|went|fell|rose|held|met|left|made"
    r"|gave|died|saw|told|found|hit|struck|ran|won|lost|sent|spent|led|fled|shot|caught|brought"
    r"|fought|thought|sought|built|kept|set\s+off|\w{3,}ed)\b",
    re.IGNORECASE,
)
# "-ed" words that are not past forms.
NOT_PAST = {
    "indeed", "hundred", "speed", "proceed", "exceed", "succeed", "breed", "greed", "embed",
    "naked", "wicked", "sacred", "kindred", "rugged", "crooked", "beloved", "wretched", "aged",
}  # fmt: skip
_CLAUSE_BOUNDARY = re.compile(r"[;:?!—–]|\s-\s")
# The comma-bounded phrase is tried first, so that "a premium to the closing price on Friday"
# is not read with the "will" of the clause the phrase hangs on.
_PHRASE_BOUNDARY = re.compile(r"[,;:?!—–()]|\s-\s")
# A participle after "be" takes its tense from the auxiliary: "will be lifted on Friday".
_AFTER_BE = re.compile(r"\b(?:be|been|being)\s+$", re.IGNORECASE)


def tense_at(text: str, start: int, end: int) -> Tense:
    """The tense of the verb governing the expression at text[start:end], or None if unclear."""
    for boundary in (_PHRASE_BOUNDARY, _CLAUSE_BOUNDARY):
        before = _markers(text, _unit_start(text, start, boundary), start)
        if before:
            return max(before)[1]
        after = _markers(text, end, _unit_end(text, end, boundary))
        if after:
            return min(after)[1]
    return None


def _unit_start(text: str, position: int, boundary: re.Pattern[str]) -> int:
    bounds = [m.end() for m in boundary.finditer(text, 0, position)]
    return bounds[-1] if bounds else 0


def _unit_end(text: str, position: int, boundary: re.Pattern[str]) -> int:
    """The end of the phrase after `position`; a break right after it ("On Friday, the ...")
    is stepped over, since the expression then opens the phrase that follows."""
    skip = re.compile(r"\s*[,:—–]\s*").match(text, position)
    found = boundary.search(text, skip.end() if skip else position)
    return found.start() if found else len(text)


def _markers(text: str, begin: int, stop: int) -> list[tuple[int, Literal["past", "future"]]]:
    """(position, tense) of each tense cue in text[begin:stop]; future cues mask past ones."""
    window = text[begin:stop]
    found: list[tuple[int, Literal["past", "future"]]] = []
    covered: list[range] = []
    for match in FUTURE.finditer(window):
        found.append((begin + match.start(), "future"))
        covered.append(range(match.start(), match.end()))
    for match in PAST.finditer(window):
        inside = any(match.start() in span for span in covered)
        passive = _AFTER_BE.search(window, 0, match.start()) is not None
        if not inside and not passive and match.group().lower() not in NOT_PAST:
            found.append((begin + match.start(), "past"))
    return found
