"""How many people live in the story's place, as reports state it, and reports that disagree.

Read where the wording makes a figure a population: "a city of 160,000 people", "home to
167,000 people", "with a population of approximately 1,000", "the city of population
167,000", "about 800 people live in the community", "an estimated 1,000 Canadians living in
Bountiful", "over 230 million population". A report's first population is its main place's;
two reports' first populations are compared when they are within `MAX_RATIO` of each other
(further apart, they are of different places: a city and its country). A figure is the
interval its wording allows: its hedge ("about", "over", "nearly") and half its rounding.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from newsfuse.align.copies import CopyGroups
from newsfuse.align.lexicon import HEDGES_BEFORE, word_set
from newsfuse.align.numparse import Figure, parse_figure
from newsfuse.align.variants import variant_of
from newsfuse.align.wordspans import Token, lowers, tokenize
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication, Variant

MAX_RATIO = 2.0
_APPROX = 0.1
_PEOPLE = word_set("people residents inhabitants")
_SETTLEMENTS = word_set("city town village community")
_LIVE = word_set("live living lived")
_HEDGE_WORDS = 3
_CUE = re.compile(r"population|\bhome\s+(?:to|by)\b|\bliv|\bof\s+\d", re.IGNORECASE)


@dataclass(frozen=True)
class Population:
    low: float
    high: float
    text: str


@dataclass(frozen=True)
class _Stated:
    population: Population
    sentence: Sentence
    doc: CleanDoc


def populations_in(sentence: Sentence) -> list[Population]:
    """Every population figure `sentence` states, in order."""
    if not _CUE.search(sentence.text):
        return []
    tokens = tokenize(sentence.text)
    found = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        figure = parse_figure(tokens, index) if token.is_digit else None
        if figure is None or figure.vague:
            index += 1
            continue
        kind, start = _hedge(tokens, index)
        if _is_population(tokens, start, figure.stop):
            low, high = _interval(kind, figure)
            text = sentence.text[tokens[start].start : tokens[figure.stop - 1].end]
            found.append(Population(low, high, text))
        index = figure.stop
    return found


def _hedge(tokens: list[Token], index: int) -> tuple[str, int]:
    """The interval kind of a hedge before the figure ("an estimated", "over"), and where the
    hedged figure starts."""
    for size in range(_HEDGE_WORDS, 0, -1):
        phrase = " ".join(lowers(tokens, index - size, index))
        if index - size >= 0 and phrase in HEDGES_BEFORE:
            return HEDGES_BEFORE[phrase], index - size
    return "exact", index


def _is_population(tokens: list[Token], start: int, stop: int) -> bool:
    before = lowers(tokens, start - 2, start)
    after = lowers(tokens, stop, stop + 2)
    if before[-1:] == ("population",) or before in (("population", "of"), ("home", "to")):
        return True
    if before == ("home", "by") or (before[-1:] == ("of",) and before[0] in _SETTLEMENTS):
        return not after or after[0] in _PEOPLE or not tokens[stop].is_word
    if after[:1] == ("population",):
        return True
    if len(after) == 2 and after[1] in _LIVE:
        return after[0] in _PEOPLE or (tokens[stop].is_title and after[0].endswith("s"))
    return False


def _interval(kind: str, figure: Figure) -> tuple[float, float]:
    value, slack = figure.low, (figure.precision / 2 if figure.precision > 1 else 0.0)
    return {
        "approx": (value * (1 - _APPROX), value * (1 + _APPROX)),
        "near_below": (value * (1 - _APPROX), value),
        "above": (math.nextafter(value, math.inf), math.inf),
        "at_least": (value, math.inf),
        "at_most": (0.0, value),
        "below": (0.0, math.nextafter(value, -math.inf)),
    }.get(kind, (value - slack, value + slack))


def population_conflicts(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
) -> list[Conflict]:
    """One conflict when independent reports give their main place populations that do not
    meet."""
    groups = CopyGroups(syndication)
    values: dict[tuple[float, float], list[_Stated]] = {}
    for doc in docs:
        first = next(
            (
                _Stated(population, sentence, doc)
                for sentence in sentences.get(doc.id, ())
                for population in populations_in(sentence)
            ),
            None,
        )
        if first is not None:
            key = (first.population.low, first.population.high)
            values.setdefault(key, []).append(first)
    told = list(values.values())
    clashing: set[int] = set()
    for (i, left), (j, right) in combinations(enumerate(told), 2):
        a, b = left[0].population, right[0].population
        if (a.low <= b.high and b.low <= a.high) or not _near(a, b):
            continue
        if any(groups.of(x.doc.id) != groups.of(y.doc.id) for x in left for y in right):
            clashing |= {i, j}
    if not clashing:
        return []
    return [Conflict("population", tuple(_variant(told[i]) for i in sorted(clashing)))]


def _near(a: Population, b: Population) -> bool:
    """Within `MAX_RATIO` of each other, by the finite ends of their intervals."""
    left, right = (
        (a.high if math.isfinite(a.high) else a.low),
        (b.high if math.isfinite(b.high) else b.low),
    )
    small, large = sorted((max(left, 1.0), max(right, 1.0)))
    return large / small <= MAX_RATIO


def _variant(stated: list[_Stated]) -> Variant:
    return variant_of(stated[0].population.text, stated)
