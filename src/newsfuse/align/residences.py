"""Where a named person lives, as the reports of a story state it, and reports that disagree.

News names people with their home town in an apposition: "Anthony LaSalle, 36, of
Minneapolis", "Police stopped LaSalle, of Bloomington, when ...", "Raj Chohan, who lived in
South Ozone Park". The person is keyed by the last word of the name, so "Raj K. Chohan" and
"Chohan" are one person.

Two places are a conflict only when both cannot hold: neither is written inside the other
(words of one within the other: "Bloomington, Minn." and "Bloomington"), and neither is a
region that the story shows holding other places ("117th Street in Queens", "College Point,
Queens": Queens holds places, so "of Queens" can be true along with any of them). A report
giving one person two homes is describing something else, so it is left out for that person.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from newsfuse.align.copies import CopyGroups
from newsfuse.align.lexicon import STREET_WORDS, word_set
from newsfuse.align.variants import variant_of
from newsfuse.align.wordspans import Token, lowers, tokenize
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication, Variant

_LIVED = word_set("lived lives live resided resides")
_CUE = re.compile(r",\s+(?:\d+\s*,\s+)?(?:of|who)\s")  # cheap test before reading tokens
_STREET_CUE = re.compile("|".join(rf"\b{word}\b" for word in sorted(STREET_WORDS)), re.IGNORECASE)
_NAME_JOINERS = word_set("de la van von da del")
_MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class Residence:
    """A person's home as one sentence states it."""

    person: str  # key: the last word of the name, lower case
    name: str
    place: str  # as written


@dataclass(frozen=True)
class _Stated:
    residence: Residence
    sentence: Sentence
    doc: CleanDoc


def residences_in(sentence: Sentence) -> list[Residence]:
    """Every "<Name>, [age,] of <Place>" and "<Name>, who lived in <Place>" in `sentence`."""
    if not _CUE.search(sentence.text):
        return []
    tokens = tokenize(sentence.text)
    found = []
    for index, token in enumerate(tokens):
        if token.text != ",":
            continue
        name = _name_ending(tokens, index)
        at = index + 1
        aged = bool(tokens[at : at + 1]) and tokens[at].is_digit
        if aged and lowers(tokens, at + 1, at + 2) == (",",):
            at += 2  # the age
        words = lowers(tokens, at, at + 5)
        if name is None and index == 1 and tokens[0].is_title and (aged or words[:1] == ("who",)):
            name = (0, 1)  # a lone first word with an age or a clause about it is a name
        if name is None:
            continue
        if words[:1] == ("of",):
            at += 1
        elif words[:1] == ("who",) and words[1:2] and words[1] in _LIVED:
            at = _past_distance(tokens, at + 2)
            if lowers(tokens, at, at + 1) != ("in",):
                continue
            at += 1
        else:
            continue
        place = _place(tokens, at)
        if place is None:
            continue
        found.append(
            Residence(
                tokens[name[1] - 1].lower,
                sentence.text[tokens[name[0]].start : tokens[name[1] - 1].end],
                sentence.text[tokens[place[0]].start : tokens[place[1] - 1].end],
            )
        )
    return found


def _name_ending(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """A person's name of capitalised words (initials included) ending just before `end`."""
    start = end
    while start > 0 and end - start < _MAX_NAME_WORDS:
        token = tokens[start - 1]
        if token.is_word and (token.is_title or token.lower in _NAME_JOINERS):
            start -= 1
        elif token.text == "." and start > 1 and len(tokens[start - 2].text) == 1:
            start -= 2  # an initial: "Raj K. Chohan"
        else:
            break
    while start < end and not tokens[start].is_title:
        start += 1
    if start == end or not tokens[end - 1].is_word or len(tokens[end - 1].text) < 2:
        return None
    if start == 0 and end == 1:
        return None  # a sentence's first word alone ("Police, ...") names nobody
    return start, end


def _past_distance(tokens: list[Token], at: int) -> int:
    """Past "half a mile away", "two blocks away": how far, not where."""
    for stop in range(at, min(at + 5, len(tokens))):
        if tokens[stop].lower == "away":
            return stop + 1
    return at


def _place(tokens: list[Token], at: int) -> tuple[int, int] | None:
    end = at
    while end < len(tokens) and tokens[end].is_word and tokens[end].is_title:
        end += 1
    return (at, end) if end > at else None


def residence_conflicts(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
) -> list[Conflict]:
    """One place conflict per person to whom independent reports give homes that cannot
    both be theirs."""
    groups = CopyGroups(syndication)
    regions = _regions(docs, sentences)
    by_person: dict[str, dict[str, list[_Stated]]] = {}
    for doc in docs:
        own: dict[str, list[_Stated]] = {}
        for sentence in sentences.get(doc.id, ()):
            for residence in residences_in(sentence):
                own.setdefault(residence.person, []).append(_Stated(residence, sentence, doc))
        for person, stated in own.items():
            homes = {_words(s.residence.place) for s in stated}
            if len(homes) == 1 and not homes & regions:
                for s in stated:
                    places_of = by_person.setdefault(person, {})
                    places_of.setdefault(s.residence.place, []).append(s)
    found = []
    for places in by_person.values():
        clashing: set[str] = set()
        for a, b in combinations(places, 2):
            left, right = _words(a), _words(b)
            if left <= right or right <= left:
                continue
            if any(
                groups.of(x.doc.id) != groups.of(y.doc.id) for x in places[a] for y in places[b]
            ):
                clashing |= {a, b}
        if clashing:
            name = max((s.residence.name for p in clashing for s in places[p]), key=len)
            variants = tuple(_variant(places[p]) for p in places if p in clashing)
            found.append(Conflict(f"place: where {name} lives", variants))
    return found


def _words(place: str) -> frozenset[str]:
    return frozenset(place.lower().split())


def _regions(
    docs: Sequence[CleanDoc], sentences: Mapping[str, Sequence[Sentence]]
) -> set[frozenset[str]]:
    """Places the story shows holding a street: "117th Street in Queens", "Main St., Dover"."""
    found: set[frozenset[str]] = set()
    for doc in docs:
        for sentence in sentences.get(doc.id, ()):
            if not _STREET_CUE.search(sentence.text):
                continue
            tokens = tokenize(sentence.text)
            for index, token in enumerate(tokens):
                if token.lower not in STREET_WORDS or not token.is_title:
                    continue
                at = index + 1
                at += 1 if lowers(tokens, at, at + 1) == (".",) else 0
                if lowers(tokens, at, at + 1) in (("in",), (",",)):
                    place = _place(tokens, at + 1)
                    if place:
                        name = " ".join(t.text for t in tokens[place[0] : place[1]])
                        found.add(_words(name))
    return found


def _variant(stated: list[_Stated]) -> Variant:
    return variant_of(stated[0].residence.place, stated)
