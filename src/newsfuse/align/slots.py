"""One claim told two ways: the same sentence but for a place ("in Kabul" vs "in Kandahar"),
a count ("five member states" vs "four members and the host") or an actor ("Smith fired" vs
"Jones fired").

Two sentences from independent reports qualify only when they share at least
`MIN_SHARED` content words and `SLOT_JACCARD` of their content words outside quotations,
and each differs from the other in one short run of words (at most `MAX_SLOT_WORDS`). Below
that overlap, independent outlets word the same fact differently often enough that a
differing phrase says nothing; above it, the two sentences are one claim and the differing
run is its slot. An actor slot is typed: both runs are names the entity stage typed as
people, or both as organisations; a person against a place or a description is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import product

from newsfuse.align.claims_compare import Claim
from newsfuse.align.lexicon import MONTHS, SCALES, UNITS, word_set
from newsfuse.align.numbers import extract_quantities
from newsfuse.model import Conflict, Variant
from newsfuse.neighbours import nearest_within, set_rows

SLOT_JACCARD = 0.6
MIN_SHARED = 5
MAX_SLOT_WORDS = 3
MAX_SLOT_SPAN = 6  # words from the first differing word to the last, function words included
_PLACE_PREPOSITIONS = word_set("in at near outside inside into")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ARTICLES = word_set("the a an")
_DAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
ACTOR_TYPES = frozenset({"PERSON", "ORG"})


@dataclass(frozen=True)
class Slot:
    kind: str  # "place", "count" or "actor" (then of the entity type `actor_type`)
    start: int  # word indexes of the slot, the preposition of a place included
    stop: int
    proper: bool  # a name ("in Kabul") rather than a description ("in the capital")
    actor_type: str | None = None


def slot_conflicts(
    claims: Sequence[Claim], entity_types: Mapping[str, str] | None = None
) -> list[Conflict]:
    """Pairs of near-identical sentences from independent reports that differ in one slot.

    `entity_types`: the type of each entity name and alias, lower-cased (`analyze.entities`);
    without it, no actor slots.

    Ordered by the later sentence of each pair, then the earlier one. Copies repeat sentences
    word for word, so each pair of distinct texts is compared once and its verdict shared.
    """
    texts: dict[str, list[int]] = {}
    for index, claim in enumerate(claims):
        texts.setdefault(claim.sentence.text, []).append(index)
    distinct = [claims[at[0]] for at in texts.values()]
    told = _told(claims)
    found: list[tuple[int, int, Conflict]] = []
    types = entity_types or {}
    for first, second in _candidate_pairs(distinct):
        slots = _slots(distinct[first], distinct[second], types)
        if slots is not None and slots[0].kind in ("place", "actor"):
            slots = _exclusive(slots, distinct[first], distinct[second], texts, claims, told)
        if slots is None:
            continue
        at = (texts[distinct[first].sentence.text], texts[distinct[second].sentence.text])
        for i, j in product(*at):
            if claims[i].group == claims[j].group:
                continue
            # The earlier sentence of the pair comes first in the conflict.
            (left, a), (right, b) = (
                ((i, slots[0]), (j, slots[1])) if i < j else ((j, slots[1]), (i, slots[0]))
            )
            found.append((right, left, _conflict(a, claims[left], b, claims[right])))
    return [conflict for *_, conflict in sorted(found, key=lambda item: item[:2])]


def _slots(left: Claim, right: Claim, types: Mapping[str, str]) -> tuple[Slot, Slot] | None:
    """The slots in which two sentences, one claim told two ways, differ.

    Only what the reports say themselves counts toward their likeness: two sentences that
    carry one quotation are not thereby one claim. A place is a named location on both
    sides: two descriptions ("in the port area", "in a televised address") can both hold.
    """
    union = left.unquoted | right.unquoted
    if not union or len(left.unquoted & right.unquoted) / len(union) < SLOT_JACCARD:
        return None
    a = _slot(left, left.content - right.content, types)
    b = _slot(right, right.content - left.content, types)
    if not a or not b or a.kind != b.kind or a.proper != b.proper:
        return None
    if a.kind == "actor" and a.actor_type != b.actor_type:
        return None  # a person and an organisation can act together
    if a.kind == "place" and not a.proper:
        return None
    return (a, b) if _differ(a, left, b, right) else None


def _told(claims: Sequence[Claim]) -> dict[str, str]:
    """Each report's sentences, lower-cased and joined: what it names anywhere."""
    parts: dict[str, list[str]] = {}
    for claim in claims:
        parts.setdefault(claim.sentence.source, []).append(" ".join(claim.words))
    return {source: f" {' '.join(texts)} " for source, texts in parts.items()}


def _exclusive(
    slots: tuple[Slot, Slot],
    left: Claim,
    right: Claim,
    texts: dict[str, list[int]],
    claims: Sequence[Claim],
    told: dict[str, str],
) -> tuple[Slot, Slot] | None:
    """The two places, unless a report telling one of them also names the other anywhere
    ("in Palmer" against "in Alaska" from a report that writes "Palmer, Alaska"): a report
    naming both places holds both, one within or beside the other."""
    names = (
        f" {' '.join(_slot_words(left, slots[0]))} ",
        f" {' '.join(_slot_words(right, slots[1]))} ",
    )
    sources = [{claims[i].sentence.source for i in texts[c.sentence.text]} for c in (left, right)]
    for own, other in ((0, 1), (1, 0)):
        if any(names[other] in told[source] for source in sources[own]):
            return None
    return slots


def _candidate_pairs(claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """Index pairs (j, i), j < i, of claims sharing at least `MIN_SHARED` content words whose
    unquoted word sets (what `_slots` measures) may reach `SLOT_JACCARD`, found by the capped
    neighbour search (all of them unless a cap of `newsfuse.caps` binds)."""
    vocabulary: dict[str, int] = {}
    rows = [[vocabulary.setdefault(s, len(vocabulary)) for s in sorted(c.unquoted)] for c in claims]
    found = nearest_within(set_rows(rows, len(vocabulary)), SLOT_JACCARD).tocoo()
    ends = zip(found.row.tolist(), found.col.tolist(), strict=True)
    pairs = {(min(i, j), max(i, j)) for i, j in ends}
    return sorted(
        (j, i) for j, i in pairs if len(claims[i].content & claims[j].content) >= MIN_SHARED
    )


def _slot(claim: Claim, differing: frozenset[str], types: Mapping[str, str]) -> Slot | None:
    """The one short run of words in which `claim` differs, if it is a place, a count or an
    actor: a name typed as a person or an organisation in `types`."""
    at = [i for i, s in enumerate(claim.stems) if s in differing]
    if not at or len(at) > MAX_SLOT_WORDS or at[-1] - at[0] >= MAX_SLOT_SPAN:
        return None
    words = claim.words[at[0] : at[-1] + 1]
    if any(w in MONTHS or w in _DAYS or (w.isdigit() and len(w) == 4) for w in words):
        return None  # dates belong to the timeline's own check
    proper = any(claim.sentence.text[claim.offsets[i][0]].isupper() for i in at if i > 0)
    if any(w[0].isdigit() or w in UNITS or w in SCALES for w in words):
        return Slot("count", at[0], at[-1] + 1, proper)
    start = at[0] - 1
    while start >= 0 and claim.words[start] in _ARTICLES:
        start -= 1
    if start >= 0 and claim.words[start] in _PLACE_PREPOSITIONS:
        return Slot("place", start, at[-1] + 1, proper)
    run = Slot("actor", at[0], at[-1] + 1, proper)
    kind = types.get(" ".join(_slot_text(claim, run).lower().split()))
    return replace(run, actor_type=kind) if kind in ACTOR_TYPES else None


def _differ(a: Slot, left: Claim, b: Slot, right: Claim) -> bool:
    """The slots say different things, not one thing in other words or units."""
    if a.kind == "place":
        return not _abbreviates(_slot_words(left, a), _slot_words(right, b))
    if a.kind == "actor":
        first, second = _slot_words(left, a), _slot_words(right, b)
        # "Smith" and "John Smith" name one person; so do "UN" and "United Nations".
        within = set(first) <= set(second) or set(second) <= set(first)
        return not within and not _abbreviates(first, second)
    numbers = [set(_NUMBER.findall(c.sentence.text)) for c in (left, right)]
    slots = [set(_NUMBER.findall(_slot_text(c, s))) for c, s in ((left, a), (right, b))]
    if slots[0] & numbers[1] or slots[1] & numbers[0]:
        return False  # "320 kilometres (200 miles)" vs "320km": one distance, two units
    keys = [
        {(q.thing, q.group, q.unit) for q in extract_quantities(c.sentence)} for c in (left, right)
    ]
    return not keys[0] & keys[1]  # figures for one thing are the figure check's to compare


def _slot_words(claim: Claim, slot: Slot) -> list[str]:
    """The slot's words, its place preposition and articles left out."""
    first = slot.start if slot.kind == "actor" else slot.start + 1
    return [w for w in claim.words[first : slot.stop] if w not in _ARTICLES]


def _abbreviates(left: list[str], right: list[str]) -> bool:
    """ "US" and "United States": one side is the initials of the other."""
    initials = ("".join(w[0] for w in left), "".join(w[0] for w in right))
    return "".join(right) == initials[0] or "".join(left) == initials[1]


def _conflict(a: Slot, left: Claim, b: Slot, right: Claim) -> Conflict:
    return Conflict(
        f"{a.kind}: {_template(left, a)}",
        (_variant(left, a), _variant(right, b)),
    )


def _slot_text(claim: Claim, slot: Slot) -> str:
    return claim.sentence.text[claim.offsets[slot.start][0] : claim.offsets[slot.stop - 1][1]]


def _template(claim: Claim, slot: Slot, width: int = 90) -> str:
    """The sentence with its slot blanked out, shortened: "The blast hit a market … on Tuesday"."""
    text = claim.sentence.text
    start, end = claim.offsets[slot.start][0], claim.offsets[slot.stop - 1][1]
    blanked = f"{text[:start].strip()} … {text[end:].strip()}".strip()
    return blanked if len(blanked) <= width else blanked[: width - 1].rstrip() + "…"


def _variant(claim: Claim, slot: Slot) -> Variant:
    sentence = claim.sentence
    return Variant(_slot_text(claim, slot), sentence.text, (sentence.source,), (sentence.span,))
