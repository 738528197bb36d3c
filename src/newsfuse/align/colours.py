"""The colour of one named object, as reports describe it, and reports that disagree.

"struck by a grey Toyota Camry" against "hit by a silver Toyota Camry": one car, two colours.
A colour counts when a lower-case colour word stands before a name of capitalised words (a
model year may come between: "a gray 2013 Toyota Camry", "a 2013 gray Camry"); the object is
keyed by the name's last word. Only named objects are compared: "a red car" and "a blue car"
may be two cars. A report giving one object two colours is left out for it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from newsfuse.align.copies import CopyGroups
from newsfuse.align.variants import variant_of
from newsfuse.align.wordspans import Token, tokenize
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication, Variant

COLOURS = {
    "red": "red", "blue": "blue", "green": "green", "black": "black", "white": "white",
    "grey": "grey", "gray": "grey", "silver": "silver", "gold": "gold", "brown": "brown",
    "yellow": "yellow", "orange": "orange", "purple": "purple", "pink": "pink",
    "beige": "beige", "maroon": "maroon", "tan": "tan",
}  # fmt: skip
_MAX_NAME_WORDS = 3
_CUE = re.compile("|".join(rf"\b{colour}\b" for colour in sorted(COLOURS)))


@dataclass(frozen=True)
class Coloured:
    thing: str  # the name's last word, lower case ("camry")
    colour: str  # one spelling per colour ("grey")
    name: str  # as written ("Toyota Camry")


@dataclass(frozen=True)
class _Stated:
    coloured: Coloured
    sentence: Sentence
    doc: CleanDoc


def colours_in(sentence: Sentence) -> list[Coloured]:
    """Every colour a sentence gives a named object."""
    if not _CUE.search(sentence.text):
        return []
    tokens = tokenize(sentence.text)
    found = []
    for index, token in enumerate(tokens):
        if token.text not in COLOURS:  # lower case only: "Green Bay" is a name
            continue
        at = index + 1 + _year(tokens, index + 1)
        end = at
        while end < len(tokens) and end - at < _MAX_NAME_WORDS and _capitalised(tokens[end]):
            end += 1
        if end > at:
            name = sentence.text[tokens[at].start : tokens[end - 1].end]
            found.append(Coloured(tokens[end - 1].lower, COLOURS[token.text], name))
    return found


def _year(tokens: list[Token], at: int) -> int:
    """1 when tokens[at] is a model year ("2013")."""
    inside = 0 <= at < len(tokens)
    return int(inside and len(tokens[at].text) == 4 and tokens[at].text.isdigit())


def _capitalised(token: Token) -> bool:
    return token.is_word and token.is_title


def colour_conflicts(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
) -> list[Conflict]:
    """One conflict per named object that independent reports give different colours."""
    groups = CopyGroups(syndication)
    by_thing: dict[str, dict[str, list[_Stated]]] = {}
    for doc in docs:
        own: dict[str, list[_Stated]] = {}
        for sentence in sentences.get(doc.id, ()):
            for coloured in colours_in(sentence):
                own.setdefault(coloured.thing, []).append(_Stated(coloured, sentence, doc))
        for thing, stated in own.items():
            if len({s.coloured.colour for s in stated}) == 1:
                for s in stated:
                    by_thing.setdefault(thing, {}).setdefault(s.coloured.colour, []).append(s)
    found = []
    for colours in by_thing.values():
        clashing = {
            c
            for a, b in combinations(colours, 2)
            if any(
                groups.of(x.doc.id) != groups.of(y.doc.id) for x in colours[a] for y in colours[b]
            )
            for c in (a, b)
        }
        if clashing:
            name = max((s.coloured.name for c in clashing for s in colours[c]), key=len)
            variants = tuple(_variant(colours[c]) for c in colours if c in clashing)
            found.append(Conflict(f"colour of the {name}", variants))
    return found


def _variant(stated: list[_Stated]) -> Variant:
    return variant_of(stated[0].coloured.colour, stated)
