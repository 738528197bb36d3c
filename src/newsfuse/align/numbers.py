"""Hedged figures in a sentence: "at least 212 were injured" -> [212, inf) injured.

Each figure becomes an interval that holds every value the wording allows, so that two
reports can be compared by asking whether their intervals meet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from newsfuse.align.furniture import is_furniture, phone_spans
from newsfuse.align.lexicon import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOUBT_CUES,
    DURATIONS,
    GENERIC_NOUNS,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    NOUNS,
    PERIODS,
    REVISION_CUES,
    SCALES,
    UNITS,
    VAGUE,
)
from newsfuse.align.numparse import Figure, parse_figure
from newsfuse.align.things import counted
from newsfuse.align.wordspans import Token, lowers, tokenize
from newsfuse.memo import per_brief
from newsfuse.model import Sentence, Span

_STARTERS = frozenset({*UNITS, *SCALES, *VAGUE, "a", "an", "half", "tens"})
_ONE_NOUNS = frozenset({*NOUNS, *GENERIC_NOUNS, "man", "woman", "officer", "policeman"})
_OFFSETS = frozenset({"before", "after", "prior", "earlier", "later", "ago", "since"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "but", "while", "whereas", "(", ")"})


@dataclass(frozen=True)
class Quantity:
    """One figure: the interval [low, high] its wording allows, and what it counts.

    `thing` is a lemma-like key ("injured", "troops", "curfew", "money"); `group` narrows an
    event to one kind of people ("firefighters" among the injured). `unit` is None for a
    count, else "days", "hours", "percent" or a currency code. `precision` is the rounding
    the writer used (see `plausible`). `uncertain`: negated, doubted or hypothetical;
    `revised`: given as a change over time ("rose to 40"), not a standing figure.
    """

    low: float
    high: float
    hedge: str | None
    thing: str
    text: str
    span: Span
    uncertain: bool = False
    revised: bool = False
    unit: str | None = None
    group: str | None = None
    precision: float = 1.0

    def plausible(self) -> tuple[float, float]:
        """The interval widened by half the writer's rounding: "4,500" may be 4,450 to 4,550.

        Round figures ("4,500", "1.2 million") are rounded by the writer, so a report of 4,460
        does not contradict them; an exact-looking count ("27", "4,317") gets no slack.
        """
        slack = 0.0 if self.precision == 1.0 else self.precision / 2
        return self.low - slack, self.high + slack


@dataclass(frozen=True)
class _Measured:
    figure: Figure
    unit: str | None
    start: int  # first token, a currency sign included
    stop: int  # after the unit words
    fallback: str | None  # the thing when no noun or event names it


def extract_quantities(sentence: Sentence) -> list[Quantity]:
    """Every counted figure in `sentence`, in order; years, dates, ages and labels are skipped."""
    return list(_quantities(sentence))


@per_brief
def _quantities(sentence: Sentence) -> tuple[Quantity, ...]:
    # Facts, conflicts and their slots all read a sentence's figures: once per brief.
    tokens = tokenize(sentence.text)
    phones = phone_spans(sentence.text)
    found: list[Quantity] = []
    index = 0
    while index < len(tokens):
        if not (tokens[index].is_digit or tokens[index].lower in _STARTERS):
            index += 1
            continue
        figure = parse_figure(tokens, index)
        if figure is None:
            index += 1
            continue
        quantity = _quantity(sentence, tokens, figure, phones)
        found += [quantity] if quantity else []
        index = max(figure.stop, index + 1)
    return tuple(found)


def _quantity(
    sentence: Sentence, tokens: list[Token], figure: Figure, phones: list[tuple[int, int]]
) -> Quantity | None:
    start_char = tokens[figure.start].start
    if any(a <= start_char < b for a, b in phones) or _lone_one(tokens, figure):
        return None
    measured = _measure(tokens, figure)
    if is_furniture(tokens, figure, measured.unit is not None) or _is_offset(tokens, measured):
        return None
    hedge, kind, start = _hedge_before(tokens, measured.start, figure)
    if hedge == "over" and _is_period(tokens, measured):
        hedge, kind, start = None, "exact", measured.start
    after, after_kind, stop = _hedge_after(tokens, measured.stop)
    what = counted(tokens, start, stop, measured.fallback)
    if what is None:
        return None
    low, high = _interval(after_kind if after else kind, measured.figure)
    first, last = tokens[start].start, tokens[stop - 1].end
    return Quantity(
        low=low,
        high=high,
        hedge=hedge or after,
        thing=what.thing,
        text=sentence.text[first:last],
        span=Span(sentence.source, sentence.start + first, sentence.start + last),
        uncertain=_doubted(tokens, start, stop, what.end),
        revised=_revised(tokens, start, stop),
        unit=measured.unit,
        group=what.group,
        precision=measured.figure.precision,
    )


def _lone_one(tokens: list[Token], figure: Figure) -> bool:
    """ "one" counts only before a person noun ("one person died"), not in "one of the"."""
    if tokens[figure.start].lower != "one" or figure.stop - figure.start != 1:
        return False
    after = lowers(tokens, figure.stop, figure.stop + 1)
    return not after or after[0] not in _ONE_NOUNS


def _measure(tokens: list[Token], figure: Figure) -> _Measured:
    """The unit written around the figure: a currency, "percent", or a duration (in days)."""
    before = lowers(tokens, figure.start - 1, figure.start)
    after = lowers(tokens, figure.stop, figure.stop + 2)
    if before and before[0] in CURRENCY_SYMBOLS:
        return _Measured(
            figure, CURRENCY_SYMBOLS[before[0]], figure.start - 1, figure.stop, "money"
        )
    if after[:1] in (("%",), ("percent",), ("pct",)) or after == ("per", "cent"):
        stop = figure.stop + (2 if after == ("per", "cent") else 1)
        return _Measured(figure, "percent", figure.start, stop, "percent")
    if after[:1] and after[0] in CURRENCY_WORDS:
        return _Measured(figure, CURRENCY_WORDS[after[0]], figure.start, figure.stop + 1, "money")
    at = figure.stop + (1 if after[:1] == ("-",) else 0)
    word = lowers(tokens, at, at + 1)
    if word and word[0] in DURATIONS:
        unit, factor = DURATIONS[word[0]]
        slack = 1.0 if figure.precision == 1.0 else figure.precision * factor
        scaled = replace(
            figure, low=figure.low * factor, high=figure.high * factor, precision=slack
        )
        return _Measured(scaled, unit, figure.start, at + 1, unit)
    if "magnitude" in (*before, *word):  # "a magnitude 6.1 quake", "a 6.1-magnitude quake"
        stop = at + 1 if word == ("magnitude",) else figure.stop
        return _Measured(figure, "magnitude", figure.start, stop, "magnitude")
    return _Measured(figure, None, figure.start, figure.stop, None)


def _hedge_before(tokens: list[Token], start: int, figure: Figure) -> tuple[str | None, str, int]:
    """(hedge words, interval kind, first token) of a hedge such as "at least" or "between"."""
    for size in (3, 2, 1):
        phrase = " ".join(lowers(tokens, start - size, start))
        if start - size >= 0 and phrase in HEDGES_BEFORE:
            kind = HEDGES_BEFORE[phrase]
            return (None if kind == "exact" else phrase), kind, start - size
    if figure.low < figure.high and lowers(tokens, start - 1, start) == ("between",):
        return "between", "exact", start - 1
    return None, "exact", start


def _is_offset(tokens: list[Token], measured: _Measured) -> bool:
    """ "five days before", "six months prior": a point in time, not a length."""
    after = lowers(tokens, measured.stop, measured.stop + 1)
    return measured.unit in ("days", "hours") and bool(after) and after[0] in _OFFSETS


def _is_period(tokens: list[Token], measured: _Measured) -> bool:
    """ "over six seasons", "over 10 days": a span of time, not a lower bound."""
    after = lowers(tokens, measured.stop, measured.stop + 1)
    return measured.unit in ("days", "hours") or (bool(after) and after[0] in PERIODS)


def _hedge_after(tokens: list[Token], stop: int) -> tuple[str | None, str, int]:
    """A hedge after the figure: "30 or more", "30-plus", "50 or so"."""
    pair = lowers(tokens, stop, stop + 2)
    if " ".join(pair) in HEDGES_AFTER:
        return " ".join(pair), HEDGES_AFTER[" ".join(pair)], stop + 2
    if pair == ("-", "plus") or pair[:1] == ("plus",):
        return "plus", "at_least", stop + len(pair) if pair[0] == "-" else stop + 1
    return None, "exact", stop


def _interval(kind: str, figure: Figure) -> tuple[float, float]:
    """The interval a hedge allows: "nearly 4,500" -> [4050, 4500], "more than 30" -> (30, inf)."""
    low, high = figure.low, figure.high
    return {
        "exact": (low, high),
        "approx": (low * 0.9, high * 1.1),
        "near_below": (low * 0.9, high),
        "above": (math.nextafter(high, math.inf), math.inf),
        "at_least": (low, math.inf),
        "at_most": (0.0, high),
        "below": (0.0, math.nextafter(high, -math.inf)),
    }[kind]


def _doubted(tokens: list[Token], start: int, stop: int, end: int) -> bool:
    """A negation or doubt cue in the figure's clause, outside the hedge itself."""
    before: list[str] = []
    for token in reversed(tokens[max(start - 8, 0) : start]):
        if token.lower in _CLAUSE_BREAKS:
            break
        before.append(token.lower)
    around = before + [t.lower for t in tokens[stop:end]]
    return any(w in DOUBT_CUES or w.endswith("n't") for w in around)


def _revised(tokens: list[Token], start: int, stop: int) -> bool:
    """Given as a change: "the toll rose to 40", "up from 27", "rose from 27 to 40"."""
    if any(w in REVISION_CUES for w in lowers(tokens, start - 4, start)):
        return True
    return lowers(tokens, stop, stop + 2) in (("up", "from"), ("down", "from"))
