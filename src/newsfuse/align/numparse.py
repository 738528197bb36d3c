"""Reading the number itself: digits, number words, vague plurals and simple ranges."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from newsfuse.align.lexicon import SCALES, SUFFIX_SCALES, UNITS, VAGUE, VAGUE_OF
from newsfuse.align.wordspans import Token, glued

_DIGITS = re.compile(r"(\d[\d,]*)(?:\.(\d+))?([^\W\d_]*)")
_RANGE_JOINERS = frozenset({"-", "–", "to", "or"})
# The words a figure can start with (`_words`, `_vague`); any other starts with a digit.
_STARTS = frozenset(
    {*UNITS, *SCALES, *VAGUE, *(word for word, _ in VAGUE_OF), "half", "a", "an", "dozen"}
)


@dataclass(frozen=True)
class Figure:
    """A number as written, before hedges: tokens[start:stop] give the interval [low, high].

    `precision` is the place value of the last significant digit the writer gave, for
    numbers that are visibly rounded ("4,500" -> 100, "1.2 million" -> 100,000); else 1.
    """

    low: float
    high: float
    start: int
    stop: int
    precision: float = 1.0
    vague: bool = False
    scale: float = 1.0


def parse_figure(tokens: list[Token], i: int) -> Figure | None:
    """The number written at tokens[i], with any range it opens ("20-30", "two or three")."""
    if not (tokens[i].text[0].isdigit() or tokens[i].lower in _STARTS):
        return None  # callers try every word of a sentence: most start no number
    first = _digits(tokens, i) or _words(tokens, i) or _vague(tokens, i)
    if first is None or first.vague:
        return first
    return _range(tokens, first) or first


def _digits(tokens: list[Token], i: int) -> Figure | None:
    match = _DIGITS.fullmatch(tokens[i].text)
    if match is None:
        return None
    whole, decimals, suffix = match.groups()
    scale = SUFFIX_SCALES.get(suffix.lower()) if suffix else 1.0
    if scale is None:  # "21st", "5pm", "10km": not a count
        return None
    value = float(whole.replace(",", "") + ("." + decimals if decimals else ""))
    precision = 10.0 ** -len(decimals) if decimals else _rounding(whole.replace(",", ""))
    stop = i + 1
    if _lower(tokens, stop) == "-" and _lower(tokens, stop + 1) in SCALES:  # "$5-million"
        stop += 1
    if stop < len(tokens) and tokens[stop].lower in SCALES and not suffix:
        scale = float(SCALES[tokens[stop].lower])
        stop += 1
    elif stop > i + 1:
        stop -= 1
    if scale != 1.0 and not decimals:
        precision = 1.0
    return Figure(value * scale, value * scale, i, stop, precision * scale, scale=scale)


def _rounding(integer: str) -> float:
    """Place value of the last non-zero digit of a number of 1,000 or more: 4500 -> 100."""
    if int(integer) < 1000:
        return 1.0
    zeros = len(integer) - len(integer.rstrip("0"))
    return 10.0 ** min(zeros, len(integer) - 1)


def _words(tokens: list[Token], i: int) -> Figure | None:
    """Number words: "three", "twenty-one", "two million", "a dozen", "half a million"."""
    start, factor = i, 1.0
    if _lower(tokens, i) == "half" and _lower(tokens, i + 1) in ("a", "an"):
        factor, i = 0.5, i + 2
    elif _lower(tokens, i) in ("a", "an") and _lower(tokens, i + 1) in (*SCALES, "dozen"):
        i += 1
    total, current, precision, stop, last = 0.0, 0.0, 1.0, i, ""
    while stop < len(tokens):
        word = tokens[stop].lower
        if word in UNITS and _can_follow(last, word):
            current += UNITS[word]
            precision = 1.0 if last in SCALES else precision
        elif word == "dozen":
            current, precision = max(current, 1) * 12, 4.0
        elif word == "hundred":
            current, precision = max(current, 1) * 100, 100.0
        elif word in SCALES:
            total, current, precision = total + max(current, 1) * SCALES[word], 0.0, SCALES[word]
        elif word in ("-", "and") and _joins(last, word, _lower(tokens, stop + 1)):
            stop += 1
            continue
        else:
            break
        last, stop = word, stop + 1
    value = (total + current) * factor
    if stop == i or value == 0:
        return None
    scale = float(SCALES[last]) if last in SCALES and last != "hundred" else 1.0
    return Figure(value, value, start, stop, precision * factor, scale=scale)


def _can_follow(last: str, word: str) -> bool:
    """Whether unit word `word` continues a number ending in `last` ("twenty" + "one")."""
    if not last or last in SCALES:
        return True
    tens = UNITS.get(last, 0)
    return tens >= 20 and tens % 10 == 0 and UNITS[word] < 10


def _joins(last: str, joiner: str, following: str) -> bool:
    """A hyphen joins tens and units ("twenty-one"); "and" follows a scale ("hundred and ten")."""
    if following not in UNITS or not _can_follow(last, following):
        return False
    return (joiner == "-" and last in UNITS) or (joiner == "and" and last in SCALES)


def _vague(tokens: list[Token], i: int) -> Figure | None:
    """Vague plurals: "dozens", "scores", "hundreds", "tens of thousands"."""
    word = tokens[i].lower
    if _lower(tokens, i + 1) == "of" and (word, _lower(tokens, i + 2)) in VAGUE_OF:
        low, high = VAGUE_OF[(word, _lower(tokens, i + 2))]
        return Figure(low, high, i, i + 3, vague=True)
    if word not in VAGUE:
        return None
    low, high = VAGUE[word]
    return Figure(low, high, i, i + 1, vague=True)


def _range(tokens: list[Token], first: Figure) -> Figure | None:
    """ "20-30", "20 to 30", "two or three", "between 20 and 30"; the second must be larger."""
    joiner = _lower(tokens, first.stop)
    sign = 1 if _lower(tokens, first.start - 1) in ("$", "€", "£") else 0
    between = _lower(tokens, first.start - 1 - sign) == "between"  # "between $140m and $150m"
    if not (joiner in _RANGE_JOINERS or (joiner == "and" and between)):
        return None
    at = first.stop + 1
    if at < len(tokens) and tokens[at].text in "$€£" and len(tokens[at].text) == 1:
        at += 1
    second = _digits(tokens, at) if at < len(tokens) else None
    second = second or (_words(tokens, at) if at < len(tokens) else None)
    if second is None or (joiner in ("-", "–") and not _tight(tokens, first.stop)):
        return None
    low = first.low
    if first.scale == 1.0 and low * second.scale <= second.low:  # "$140-$150 million"
        low *= second.scale
    if not low < second.high or math.isinf(second.high):
        return None
    return replace(first, low=low, high=second.high, stop=second.stop, precision=second.precision)


def _tight(tokens: list[Token], dash: int) -> bool:
    """A dash range is written without a line break and with digits on both sides."""
    return glued(tokens[dash - 1], tokens[dash]) or glued(tokens[dash], tokens[dash + 1])


def _lower(tokens: list[Token], i: int) -> str:
    return tokens[i].lower if 0 <= i < len(tokens) else ""
