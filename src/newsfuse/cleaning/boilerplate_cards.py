"""Teaser cards: other stories' title, byline, date and one-paragraph blurb, listed in a row.

A card's blurb reads as article prose, so density keeps it; its setting gives it away: it
stands alone (no prose line right before or after it) a line or two below a date stamp, and
the page repeats that setting card after card. A comment thread has the same shape (name,
date, comment). One dated paragraph is an article's first, so only a run of them counts.
"""

from __future__ import annotations

from collections.abc import Sequence

CARD_MIN = 3  # blurbs in this setting before the page is taken for a list of cards
STAMP_REACH = 3  # lines from a card's date stamp down to its blurb (title, byline between)


def card_blurbs(prose: Sequence[bool], stamps: Sequence[bool]) -> list[bool]:
    """Per line, True when it is the blurb of a teaser card.

    `prose` marks lines that read as article text, `stamps` lines that are only a date.
    """
    last = len(prose) - 1
    found = [
        is_prose
        and (index == 0 or not prose[index - 1])
        and (index == last or not prose[index + 1])
        and any(stamps[max(0, index - STAMP_REACH) : index])
        for index, is_prose in enumerate(prose)
    ]
    return found if sum(found) >= CARD_MIN else [False] * len(prose)
