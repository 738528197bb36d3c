"""Numbers that are not counts: years, dates, times, ages, addresses, phones, labels, scores."""

from __future__ import annotations

import re

from newsfuse.align.lexicon import HEDGES_BEFORE, LABEL_WORDS, MONTHS, STREET_WORDS, TIME_WORDS
from newsfuse.align.numparse import Figure
from newsfuse.align.wordspans import Token, glued, lowers

_PHONE = re.compile(r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)|\d{2,4})[ .-]\d{3,4}[ .-]\d{3,4}")
# Capitalised words that may stand before a count at the start of a quote or clause.
_LEADERS = frozenset(h.split()[-1] for h in HEDGES_BEFORE) | {"the", "only", "just", "all"} | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "overnight", "tonight", "meanwhile", "altogether", "together",
}  # fmt: skip
_AGE_AFTER = (
    ("-", "year", "-", "old"),
    ("year", "-", "old"),
    ("years", "old"),
    ("-", "years", "-"),
)


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of phone-number-like digit groups in `text`."""
    return [m.span() for m in _PHONE.finditer(text)]


def is_furniture(tokens: list[Token], fig: Figure, has_unit: bool) -> bool:
    """True when the figure at tokens[fig.start:fig.stop] is a label, date, time, age or similar."""
    return (
        (not has_unit and _is_year(tokens, fig))
        or _near_month(tokens, fig)
        or _is_time(tokens, fig)
        or _is_age(tokens, fig)
        or _is_address(tokens, fig)
        or _is_label(tokens, fig)
        or _is_glued_code(tokens, fig)
    )


def _is_year(tokens: list[Token], fig: Figure) -> bool:
    text = tokens[fig.start].text
    return fig.stop - fig.start == 1 and text.isdigit() and 1800 <= int(text) <= 2100


def _near_month(tokens: list[Token], fig: Figure) -> bool:
    around = lowers(tokens, fig.start - 2, fig.start) + lowers(tokens, fig.stop, fig.stop + 2)
    return tokens[fig.start].is_digit and any(w.rstrip(".") in MONTHS for w in around if w != "may")


def _is_time(tokens: list[Token], fig: Figure) -> bool:
    after = lowers(tokens, fig.stop, fig.stop + 3)
    if after[:1] == (":",) or (after[:1] and after[0] in TIME_WORDS):
        return True
    return after[:3] in (("a", ".", "m"), ("p", ".", "m"))


def _is_age(tokens: list[Token], fig: Figure) -> bool:
    after = lowers(tokens, fig.stop, fig.stop + 4)
    if any(after[: len(pattern)] == pattern for pattern in _AGE_AFTER):
        return True
    before = lowers(tokens, fig.start - 2, fig.start)
    aside = before[-1:] == (",",) and lowers(tokens, fig.stop, fig.stop + 1) == (",",)
    return aside and fig.high < 120 and fig.start >= 2 and tokens[fig.start - 2].is_title


def _is_address(tokens: list[Token], fig: Figure) -> bool:
    if fig.stop >= len(tokens) or not tokens[fig.stop].is_title:
        return False
    return any(w.rstrip(".") in STREET_WORDS for w in lowers(tokens, fig.stop + 1, fig.stop + 5))


def _is_label(tokens: list[Token], fig: Figure) -> bool:
    """ "Flight 253", "page 2", "No. 5", "1 of 5", "Boeing 737", "The Three Musketeers"."""
    if fig.start == 0:
        return False
    before = tokens[fig.start - 1]
    if tokens[fig.start].is_word and tokens[fig.start].is_title and before.is_word:
        return True  # a capitalised number word inside a sentence starts a name
    if before.lower.rstrip(".") in LABEL_WORDS or before.text in "#№":
        return True
    if lowers(tokens, fig.stop, fig.stop + 1) == ("of",) and (
        fig.stop + 1 < len(tokens) and tokens[fig.stop + 1].is_digit
    ):
        return True
    named = before.is_title and before.is_word and before.lower not in _LEADERS
    return tokens[fig.start].is_digit and named and fig.start > 1


def _is_glued_code(tokens: list[Token], fig: Figure) -> bool:
    """ "G20", "COVID-19", "3-1", "1/2", "two days ago": codes, fractions, relative times."""
    first, last = tokens[fig.start], tokens[fig.stop - 1]
    if lowers(tokens, fig.start - 1, fig.start) == ("/",) or "ago" in lowers(
        tokens, fig.stop, fig.stop + 3
    ):  # "4 1/2", "two Sundays ago"
        return True
    if fig.start > 0 and glued(tokens[fig.start - 1], first):
        previous = tokens[fig.start - 1]
        if previous.is_word or (previous.text in "-/–." and fig.start > 1):
            return True  # "G20", "COVID-19", "a .308 average"
    if fig.stop + 1 < len(tokens) and tokens[fig.stop].text in "-/–":
        return glued(last, tokens[fig.stop]) and tokens[fig.stop + 1].is_digit
    return False
