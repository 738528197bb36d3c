"""Measures of a story's physical event: a quake's magnitude, its depth, how long it shook,
and its distance and direction from a named place.

- magnitude: "a magnitude 4.6 earthquake", "a 4.6-magnitude quake", "a magnitude of 4.6",
  "an earthquake measuring 4.6", "a 4.4 quake" (a decimal right before a quake word). A
  report's first magnitude is its main event. Two reports' main magnitudes conflict when they
  differ by at most `MAX_MAGNITUDE_GAP` (further apart, they are other quakes of one series)
  and neither report gives the other value anywhere (then it tells both quakes).
- depth: "a depth of 1.2 miles", "10 km deep", in kilometres.
- shaking: "the quake was felt for around 15 seconds", "shook houses for one minute".
- distance: "about 26 miles north of Santa Rosa", keyed by the place and the direction
  ("75 km west of" and "135 km from" may be two quakes), in kilometres.
- direction: one distance from one place, told in directions at least a right angle apart
  ("55 km south of Bireun" against "55 km west of Bireun"), is a place conflict.

A value is the interval its wording allows: half a unit of its last digit either way, a tenth
either way after "about". Only independent reports (copies of one story count once) are
compared, and a report whose own values for one measure disagree tells several events, so it
is left out for that measure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from newsfuse.align.copies import CopyGroups
from newsfuse.align.lexicon import HEDGES_BEFORE, LENGTHS, QUAKES, word_set
from newsfuse.align.numparse import parse_figure
from newsfuse.align.variants import variant_of
from newsfuse.align.wordspans import Token, lowers, tokenize
from newsfuse.model import CleanDoc, Conflict, Sentence, Span, Syndication, Variant

MAX_MAGNITUDE_GAP = 0.3
MIN_DIRECTION_ANGLE = 90.0
_APPROX = 0.1
_DIRECTIONS = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
    "southwest": 225.0, "west": 270.0, "northwest": 315.0,
}  # fmt: skip
_PLACE_NOUNS = word_set("town city village district province county region capital island")
_SECONDS = {"second": 1.0, "seconds": 1.0, "minute": 60.0, "minutes": 60.0}
# A word that every measure needs, to skip the many sentences that have none unread.
_CUE = re.compile(
    "|".join(sorted({"magnitude", *QUAKES, *(rf"\b{unit}\b" for unit in (*LENGTHS, *_SECONDS))})),
    re.IGNORECASE,
)
_SPLIT_DECIMAL = re.compile(r"(\d)\. (\d)(?!\d)")  # "4. 6" in detokenised text: one number


@dataclass(frozen=True)
class Measure:
    """One measure a sentence states: what (`key`), the interval in its unit, and where."""

    key: tuple[str, ...]  # ("magnitude",), ("depth",), ("distance", place, direction)
    low: float
    high: float
    value: float
    text: str
    span: Span
    direction: str | None = None


@dataclass(frozen=True)
class _Stated:
    measure: Measure
    sentence: Sentence
    doc: CleanDoc


def measures_in(sentence: Sentence) -> list[Measure]:
    """Every magnitude, depth and distance from a named place that `sentence` states."""
    if not _CUE.search(sentence.text):
        return []
    text = _SPLIT_DECIMAL.sub(r"\1.\2 ", sentence.text)  # same length: offsets hold
    tokens = tokenize(text)
    found = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        figure = parse_figure(tokens, index) if token.is_digit or token.is_word else None
        if figure is None or figure.vague or figure.low != figure.high:
            index += 1
            continue
        measure = (
            _magnitude(tokens, index, figure.stop)
            or _length(tokens, index, figure.stop)
            or _shaking(tokens, index, figure.stop)
        )
        if measure is not None:
            key, stop, direction = measure
            low, high = _interval(tokens, index, figure.low, _precision(tokens[index].text))
            if key[0] != "magnitude":
                unit = tokens[figure.stop].lower
                factor = LENGTHS.get(unit) or _SECONDS[unit]
                low, high = low * factor, high * factor
            start = index - 1 if _hedge(tokens, index) else index
            first, last = tokens[start].start, tokens[stop - 1].end
            if sentence.text[last - 2 : last] == ". " and text[last - 2 : last] != ". ":
                last += 1  # the number closing a split decimal ("4. 6" read as "4.6 ")
            found.append(
                Measure(
                    key,
                    low,
                    high,
                    figure.low,
                    sentence.text[first:last],
                    Span(sentence.source, sentence.start + first, sentence.start + last),
                    direction,
                )
            )
        index = max(figure.stop, index + 1)
    return found


def _magnitude(tokens: list[Token], index: int, stop: int) -> tuple[tuple[str], int, None] | None:
    before = lowers(tokens, index - 2, index)
    after = lowers(tokens, stop, stop + 3)
    decimal = "." in tokens[index].text
    if not decimal and not (before[-1:] == ("magnitude",) or after[:2] == ("-", "magnitude")):
        return None
    if before[-1:] in (("magnitude",), ("measuring",)) or before == ("magnitude", "of"):
        return ("magnitude",), stop, None
    if after[:1] == ("magnitude",) or after[:2] == ("-", "magnitude"):
        return ("magnitude",), stop + (2 if after[0] == "-" else 1), None
    if after[:1] and after[0] in QUAKES:
        return ("magnitude",), stop, None
    return None


def _length(
    tokens: list[Token], index: int, stop: int
) -> tuple[tuple[str, ...], int, str | None] | None:
    unit = lowers(tokens, stop, stop + 1)
    if not unit or unit[0] not in LENGTHS:
        return None
    after = _past_conversion(tokens, stop + 1)
    if lowers(tokens, index - 3, index) == ("a", "depth", "of") or lowers(
        tokens, after, after + 1
    ) in (("deep",), ("below",), ("beneath",)):
        return ("depth",), after, None
    direction, at = _direction(tokens, after)
    if lowers(tokens, at, at + 1) not in (("of",), ("from",)):
        return None
    place = _place(tokens, at + 1)
    if place is None:
        return None
    name = " ".join(t.lower for t in tokens[place[0] : place[1]])
    return ("distance", name, direction or ""), place[1], direction


def _shaking(tokens: list[Token], index: int, stop: int) -> tuple[tuple[str], int, None] | None:
    """ "the quake was felt for around 15 seconds", "the quake shook houses for one minute"."""
    unit = lowers(tokens, stop, stop + 1)
    if not unit or unit[0] not in _SECONDS:
        return None
    at = index - 1 if _hedge(tokens, index) else index
    if lowers(tokens, at - 1, at) not in (("for",), ("lasted",), ("lasting",)):
        return None
    if not any(t.lower in QUAKES for t in tokens[:at]):
        return None
    return ("shaking",), stop + 1, None


def _past_conversion(tokens: list[Token], at: int) -> int:
    """Past "(34 miles)": the same length in other units."""
    words = lowers(tokens, at, at + 4)
    if words[:1] == ("(",) and words[3:4] == (")",) and words[2] in LENGTHS:
        return at + 4
    return at


def _direction(tokens: list[Token], at: int) -> tuple[str | None, int]:
    """ "north", "north-northeast", "north - northeast": the first word is the bearing's side."""
    words = lowers(tokens, at, at + 3)
    if not words or words[0] not in _DIRECTIONS:
        return None, at
    if words[1:2] == ("-",) and words[2:3] and words[2] in _DIRECTIONS:
        return f"{words[0]}-{words[2]}", at + 3
    return words[0], at + 1


def _place(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """The name after "of"/"from", past "the town of": capitalised words."""
    words = lowers(tokens, at, at + 3)
    if words[:1] == ("the",) and words[1:2] and words[1] in _PLACE_NOUNS and words[2:] == ("of",):
        at += 3
    elif words[:1] == ("the",):
        return None  # "from the coast": no named place
    end = at
    while end < len(tokens) and tokens[end].is_word and tokens[end].is_title:
        end += 1
    return (at, end) if end > at else None


def _hedge(tokens: list[Token], index: int) -> str | None:
    before = lowers(tokens, index - 1, index)
    return before[0] if before and HEDGES_BEFORE.get(before[0]) == "approx" else None


def _precision(text: str) -> float:
    if "." in text:
        return 10.0 ** -len(text.split(".")[1])
    return 1.0


def _interval(
    tokens: list[Token], index: int, value: float, precision: float
) -> tuple[float, float]:
    if _hedge(tokens, index):
        return value * (1 - _APPROX) - precision / 2, value * (1 + _APPROX) + precision / 2
    return value - precision / 2, value + precision / 2


def measure_conflicts(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
) -> list[Conflict]:
    """Magnitude, depth and distance conflicts, then direction conflicts, between reports."""
    groups = CopyGroups(syndication)
    by_doc: dict[str, list[_Stated]] = {}
    for doc in docs:
        for sentence in sentences.get(doc.id, ()):
            by_doc.setdefault(doc.id, []).extend(
                _Stated(m, sentence, doc) for m in measures_in(sentence)
            )
    return [
        *_magnitude_conflicts(by_doc, groups),
        *_value_conflicts(by_doc, groups),
        *_direction_conflicts(by_doc, groups),
    ]


def _magnitude_conflicts(by_doc: Mapping[str, list[_Stated]], groups: CopyGroups) -> list[Conflict]:
    mains: dict[float, list[_Stated]] = {}
    told: dict[str, set[float]] = {}
    for doc, stated in by_doc.items():
        magnitudes = [s for s in stated if s.measure.key == ("magnitude",)]
        told[doc] = {s.measure.value for s in magnitudes}
        if magnitudes:
            main = magnitudes[0].measure.value
            mains.setdefault(main, []).extend(s for s in magnitudes if s.measure.value == main)
    clashing: set[float] = set()
    for a, b in combinations(sorted(mains), 2):
        if abs(a - b) > MAX_MAGNITUDE_GAP + 1e-9:
            continue
        left = [s for s in mains[a] if b not in told[s.doc.id]]
        right = [s for s in mains[b] if a not in told[s.doc.id]]
        if _independent(left, right, groups):
            clashing |= {a, b}
    if not clashing:
        return []
    return [Conflict("magnitude", tuple(_variant(mains[v]) for v in sorted(clashing)))]


def _value_conflicts(by_doc: Mapping[str, list[_Stated]], groups: CopyGroups) -> list[Conflict]:
    """Depths and distances whose intervals do not meet."""
    by_key: dict[tuple[str, ...], list[_Stated]] = {}
    for stated in by_doc.values():
        own: dict[tuple[str, ...], list[_Stated]] = {}
        for s in stated:
            if s.measure.key[0] != "magnitude":
                own.setdefault(s.measure.key, []).append(s)
        for key, told in own.items():
            if all(_meet(a.measure, b.measure) for a, b in combinations(told, 2)):
                by_key.setdefault(key, []).extend(told)
    found = []
    for key, stated in by_key.items():
        values: dict[tuple[float, float], list[_Stated]] = {}
        for s in stated:
            values.setdefault((s.measure.low, s.measure.high), []).append(s)
        found += _clashes(_label(key), list(values.values()), groups)
    return found


def _direction_conflicts(by_doc: Mapping[str, list[_Stated]], groups: CopyGroups) -> list[Conflict]:
    """One distance from one place in directions a right angle or more apart."""
    by_place: dict[str, dict[str, list[_Stated]]] = {}
    for stated in by_doc.values():
        for s in stated:
            if s.measure.key[0] == "distance" and s.measure.direction:
                at = by_place.setdefault(s.measure.key[1], {})
                at.setdefault(s.measure.direction, []).append(s)
    found = []
    for place, directions in by_place.items():
        clashing: set[str] = set()
        for a, b in combinations(sorted(directions), 2):
            if _angle(a, b) < MIN_DIRECTION_ANGLE:
                continue
            if any(
                groups.of(x.doc.id) != groups.of(y.doc.id) and _meet(x.measure, y.measure)
                for x in directions[a]
                for y in directions[b]
            ):
                clashing |= {a, b}
        if clashing:
            variants = tuple(_variant(directions[d]) for d in sorted(clashing))
            found.append(Conflict(f"place: direction from {_title(place)}", variants))
    return found


def _angle(a: str, b: str) -> float:
    first, second = _DIRECTIONS[a.split("-")[-1]], _DIRECTIONS[b.split("-")[-1]]
    gap = abs(first - second) % 360.0
    return min(gap, 360.0 - gap)


def _clashes(about: str, values: list[list[_Stated]], groups: CopyGroups) -> list[Conflict]:
    clashing: set[int] = set()
    for (i, left), (j, right) in combinations(enumerate(values), 2):
        if _meet(left[0].measure, right[0].measure):
            continue
        if _independent(left, right, groups):
            clashing |= {i, j}
    if not clashing:
        return []
    return [Conflict(about, tuple(_variant(values[i]) for i in sorted(clashing)))]


def _meet(a: Measure, b: Measure) -> bool:
    return a.low <= b.high and b.low <= a.high


def _independent(left: list[_Stated], right: list[_Stated], groups: CopyGroups) -> bool:
    return any(groups.of(a.doc.id) != groups.of(b.doc.id) for a in left for b in right)


def _label(key: tuple[str, ...]) -> str:
    if key[0] == "depth":
        return "depth (km)"
    if key[0] == "shaking":
        return "how long the shaking lasted (seconds)"
    _, place, direction = key
    where = f"{direction} of" if direction else "from"
    return f"distance {where} {_title(place)} (km)"


def _title(name: str) -> str:
    return " ".join(word.capitalize() for word in name.split())


def _variant(stated: list[_Stated]) -> Variant:
    return variant_of(stated[0].measure.text, stated)
