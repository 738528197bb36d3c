"""What must agree for two claims to be one fact: names, figures and dates.

Lexical similarity alone merges "at least 40 people were injured" with "27 people were
injured"; the figures say they are different claims (a conflict, reported elsewhere). Two
claims are incompatible when they count the same thing with intervals that cannot meet, or
when both date their event to the day and share no day. Names (capitalised words) only weigh:
claims that both name someone, but no one in common, are less likely to say the same.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsfuse.align.numbers import Quantity
from newsfuse.analyze.tokens import STOPWORDS
from newsfuse.compose.claims import Claim
from newsfuse.compose.claims_lexicon import listed
from newsfuse.compose.contested import figures_clash, standing_figures
from newsfuse.compose.events import single_days
from newsfuse.model import Sentence

# Similarity kept when two claims both name people or places but share none of them.
DISJOINT_NAMES_FACTOR = 0.8

_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[’'-][A-Za-z]+)*")
_NOT_NAMES = frozenset(
    listed(
        """monday tuesday wednesday thursday friday saturday sunday january february march april
        may june july august september october november december mr mrs ms dr mayor chief
        officer president minister police"""
    )
)


@dataclass(frozen=True)
class Evidence:
    """The names, figures and days of one claim."""

    names: frozenset[str]
    quantities: tuple[Quantity, ...]
    days: frozenset[dt.date]


def evidence(claim: Claim, published: dt.date | None) -> Evidence:
    """The evidence of `claim`, read from a report published on `published` (may be None)."""
    sentence = Sentence(claim.source, claim.sentence, claim.span.start, claim.span.end, claim.text)
    days = single_days(sentence, published)
    return Evidence(_names(claim.text), standing_figures(sentence), days)


def _names(text: str) -> frozenset[str]:
    """Capitalised words past the first, lower-cased, without titles, days and months."""
    found = {m.group().lower() for m in _NAME.finditer(text) if m.start() > 0}
    return frozenset(found - STOPWORDS - _NOT_NAMES)


def compatible(a: Evidence, b: Evidence) -> bool:
    """Whether two claims may be the same fact: no clashing figure, no clashing day."""
    if a.days and b.days and not a.days & b.days:
        return False
    return not any(figures_clash(x, y) for x in a.quantities for y in b.quantities)


def name_factor(a: Evidence, b: Evidence) -> float:
    """1.0, or `DISJOINT_NAMES_FACTOR` when both claims name someone and share no name."""
    if a.names and b.names and not a.names & b.names:
        return DISJOINT_NAMES_FACTOR
    return 1.0
