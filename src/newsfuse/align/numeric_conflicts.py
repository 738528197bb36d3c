"""Figures that cannot both be true: disjoint intervals for the same thing counted.

Precision comes before recall. Two figures are compared only when they count the same
thing (thing, group and unit all equal), come from independent reports published within a
day of each other, and, for things that are not a casualty-type event, sit in sentences
that share most of their content words. Sums of money are keyed by their role and scope
instead ("value of the deal", "revenue a year", see `amounts`); two sums with a known role are also
compared when their sentences name the same parties, however differently they are worded.
A report that itself gives incompatible figures for a thing is describing several scopes or
moments: its lead figure stands when the others are smaller parts of it, else it is left out
for that thing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations, product
from typing import Any

from newsfuse.align.amounts import ROLES, amount_of, is_money
from newsfuse.align.copies import CopyGroups
from newsfuse.align.lexicon import EVENTS, GENERIC_NOUNS, LENGTHS, NOUNS
from newsfuse.align.memberships import membership_conflicts
from newsfuse.align.names import Name, names_in, proper_words, same_parties
from newsfuse.align.numbers import Quantity, extract_quantities
from newsfuse.align.variants import variant_of
from newsfuse.analyze.nlp import CountedBy, SentenceAnalysis
from newsfuse.analyze.tokens import content_words
from newsfuse.model import CleanDoc, Conflict, Sentence, Span, Syndication, Variant
from newsfuse.neighbours import nearest_within, set_rows

# Jaccard overlap of the content words of two sentences (figures left out) before their
# figures for a non-event thing ("$160 million", "30 percent", "54 games") are taken to be
# about the same claim: at 0.5, half the words the two sentences use are shared, which
# paraphrases of one claim reach and different claims in one story rarely do (checked on
# the ECB+ dev stories, where a looser overlap paired stat lines of different players).
# Events (killed, injured, evacuated, ...) in one story are about its event by default.
CONTEXT_OVERLAP = 0.5
MIN_SHARED_WORDS = 2
MAX_DAYS_APART = 1
# Two tolls this many times apart count different events ("five killed" against a
# background "168,000 killed" by an earlier disaster), not one event told two ways.
MAX_TOLL_RATIO = 50.0

_EVENT_THINGS = frozenset(EVENTS.values())
MONEY_ROLES = frozenset(ROLES.values())
_SPLIT_THOUSANDS = re.compile(r", \d{3}(?!\d)")
_YEAR_AFTER_WORDS = 6
_YEAR = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d(?!\d)")
Key = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class Mention:
    """One usable figure, where it was read, and what it counts."""

    quantity: Quantity
    sentence: Sentence
    doc: CleanDoc
    key: Key
    names: tuple[Name, ...]  # the parties its sentence names (none kept for event tolls)


@dataclass(frozen=True)
class Setting:
    """All that decides whether a figure may be compared with another: its report's copy
    group and date and, unless it is an event toll, its sentence's parties and words.

    Copies of one wire story repeat a figure in the same setting many times over, so
    comparing distinct settings instead of every pair of mentions keeps large stories fast.
    """

    group: str
    published: dt.date | None
    names: tuple[Name, ...]
    words: frozenset[str]


def numeric_conflicts(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
    analysis: Mapping[tuple[str, int], SentenceAnalysis] | None = None,
) -> list[Conflict]:
    """One conflict per thing counted for which independent reports give disjoint figures,
    and one per named body to which they give different numbers of members (`memberships`:
    "a bloc of six member states" against "six republics and the host country").

    `analysis` (the parse of each sentence by (source, index), when the model is there)
    tells what a figure counts where the words between it and its event hide it ("Five
    people, including two children, died")."""
    by_key: dict[Key, list[Mention]] = {}
    for mention in _mentions(docs, sentences, analysis or {}):
        by_key.setdefault(mention.key, []).append(mention)
    groups = CopyGroups(syndication)
    found = []
    for key, mentions in by_key.items():
        variants = _disagreeing(_consistent(mentions), groups, key)
        if variants:
            found.append(Conflict(label(key), tuple(_variant(v) for v in variants)))
    return found + membership_conflicts(docs, sentences, syndication)


def label(key: Key) -> str:
    """A readable name for what is counted: "number injured", "length of curfew (days)"."""
    thing, group, unit = key
    if thing in _EVENT_THINGS:
        if group is None:
            return f"number {thing}"
        return (
            f"number {thing} (part of a larger count)"
            if group == "subgroup"
            else (f"number of {group} {thing}")
        )
    if unit in ("days", "hours"):
        return f"number of {unit}" if thing == unit else f"length of {thing} ({unit})"
    if unit == "percent":
        return "percentage" if thing == "percent" else f"percentage of {thing}"
    if unit == "magnitude":
        return f"magnitude of {thing}" if thing != "magnitude" else "magnitude"
    if unit is not None:
        what = thing if thing in MONEY_ROLES else f"amount of {thing}"
        what = "amount" if thing == "money" else what
        return f"{what} {group} ({unit})" if group else f"{what} ({unit})"
    return f"number of {thing}"


def _mentions(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    analysis: Mapping[tuple[str, int], SentenceAnalysis],
) -> list[Mention]:
    """Figures that stand as claims: not doubted, negated or given as a change over time,
    and not in background about another year ("the 2004 tsunami killed 230,000")."""
    texts = dict.fromkeys(s.text for doc in docs for s in sentences.get(doc.id, ()))
    proper = proper_words(texts)
    # Copies repeat sentences word for word: read each distinct text once, then move what
    # was read to every sentence that carries the same text.
    read: dict[str, list[Mention]] = {}
    found = []
    for doc in docs:
        for sentence in sentences.get(doc.id, ()):
            years = _other_years(doc, sentence)
            if sentence.text not in read:
                parsed = analysis.get((sentence.source, sentence.index))
                counts = parsed.counts if parsed else ()
                read[sentence.text] = [
                    _mention(_counted_by(q, sentence, counts), sentence, doc, proper)
                    for q in extract_quantities(sentence)
                    if _standing(q, sentence)
                ]
            found += [
                _moved(m, sentence, doc)
                for m in read[sentence.text]
                if not _dated_background(m, years)
            ]
    return found


def _counted_by(q: Quantity, sentence: Sentence, counts: Sequence[CountedBy]) -> Quantity:
    """The figure re-keyed to the event whose subject or object the parse says it counts,
    when the words around it named none ("five people, including two children, died")."""
    if q.thing in _EVENT_THINGS or q.unit is not None or q.group == "subgroup":
        return q
    start, end = q.span.start - sentence.start, q.span.end - sentence.start
    for count in counts:
        if start <= count.start < end and count.verb in EVENTS:
            noun = NOUNS.get(count.noun, count.noun)
            group = None if not noun or count.noun in GENERIC_NOUNS else noun
            return replace(q, thing=EVENTS[count.verb], group=group)
    return q


def _standing(q: Quantity, sentence: Sentence) -> bool:
    """A figure to compare: not doubted or revised, not a part of a count (two parts of
    one toll are different parts), not a length (`measures` compares those), and not cut
    from a number that the text splits at a comma ("230, 000")."""
    if q.uncertain or q.revised or q.group == "subgroup" or q.thing in LENGTHS:
        return False
    end = q.span.end - sentence.start
    return _SPLIT_THOUSANDS.match(sentence.text, end) is None


def _moved(mention: Mention, sentence: Sentence, doc: CleanDoc) -> Mention:
    """The mention read in another sentence with the same text, moved to `sentence`."""
    if mention.sentence is sentence:
        return mention
    q, shift = mention.quantity, sentence.start - mention.sentence.start
    span = Span(sentence.source, q.span.start + shift, q.span.end + shift)
    return replace(mention, quantity=replace(q, span=span), sentence=sentence, doc=doc)


def _mention(q: Quantity, sentence: Sentence, doc: CleanDoc, proper: frozenset[str]) -> Mention:
    """A sum of money is keyed by its role and scope; any other figure by what it counts."""
    names = () if q.thing in _EVENT_THINGS else tuple(names_in(sentence.text, proper))
    if not is_money(q):
        return Mention(q, sentence, doc, (q.thing, q.group, q.unit), names)
    amount = amount_of(q, sentence)
    return Mention(q, sentence, doc, (amount.role or "money", amount.scope, q.unit), names)


def _other_years(doc: CleanDoc, sentence: Sentence) -> list[int]:
    """Where the sentence names a year other than the report's own (any year, when the
    report's is unknown), as offsets in the sentence."""
    own = doc.published.year if doc.published else None
    return [m.start() for m in _YEAR.finditer(sentence.text) if int(m.group()) != own]


def _dated_background(mention: Mention, years: list[int]) -> bool:
    """A figure about another year: after the year ("In 2004 a tsunami killed 230,000") or
    shortly before it ("killed 230,000 in 2004"); a year further on dates something else
    ("injuring dozens in a region devastated by the tsunami of 2004")."""
    start = mention.quantity.span.start - mention.sentence.start
    end = mention.quantity.span.end - mention.sentence.start
    text = mention.sentence.text
    return any(year < start or len(text[end:year].split()) <= _YEAR_AFTER_WORDS for year in years)


def _consistent(mentions: list[Mention]) -> list[Mention]:
    """Each report's standing figures for this thing: all of them when they agree.

    When they disagree and the report's first figure (its headline or lead) lies above all
    the others, the others are parts of it (one district, one cause, an earlier count) and
    the lead stands with the figures that agree with it. When a later figure is larger, the
    count moved while the report was written ("27 injured on Monday, 40 by Tuesday"), so the
    report is left out for this thing.
    """
    by_doc: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_doc.setdefault(mention.doc.id, []).append(mention)
    kept = []
    for own in by_doc.values():
        lead = own[0].quantity
        agreeing = [m for m in own if _overlaps(lead, m.quantity)]
        if len(agreeing) == len(own) and all(
            _overlaps(a.quantity, b.quantity) for a, b in combinations(own, 2)
        ):
            kept += own
        elif all(_plausible(m.quantity)[1] < _plausible(lead)[0] for m in own if m not in agreeing):
            kept += agreeing
    return kept


def _disagreeing(mentions: list[Mention], groups: CopyGroups, key: Key) -> list[list[Mention]]:
    """The figures, grouped by value, that take part in at least one real disagreement."""
    values: dict[tuple[float, float], list[Mention]] = {}
    for mention in mentions:
        values.setdefault((mention.quantity.low, mention.quantity.high), []).append(mention)
    found = list(values.values())
    is_event = key[0] in _EVENT_THINGS
    settings = [dict.fromkeys(_setting(m, groups, is_event) for m in group) for group in found]
    clashing: set[int] = set()
    if is_event:  # any two independent reports compare: the first pair tried mostly does
        for (i, left), (j, right) in combinations(enumerate(found), 2):
            if _overlaps(left[0].quantity, right[0].quantity) or {i, j} <= clashing:
                continue
            if _ratio(left[0].quantity, right[0].quantity) > MAX_TOLL_RATIO:
                continue
            if any(_comparable(a, b, True, False) for a, b in product(settings[i], settings[j])):
                clashing |= {i, j}
        return [found[i] for i in sorted(clashing)]
    money = key[0] in MONEY_ROLES
    entries = [(i, setting) for i, held in enumerate(settings) for setting in held]
    for first, second in _setting_pairs([setting for _, setting in entries], money):
        (i, a), (j, b) = sorted((entries[first], entries[second]), key=lambda entry: entry[0])
        if i == j or {i, j} <= clashing or _overlaps(found[i][0].quantity, found[j][0].quantity):
            continue
        if _comparable(a, b, False, money):
            clashing |= {i, j}
    return [found[i] for i in sorted(clashing)]


def _ratio(a: Quantity, b: Quantity) -> float:
    """How many times the larger figure is the smaller, each read at its finite end."""
    ends = sorted(max(q.low if math.isinf(q.high) else q.high, 1.0) for q in (a, b))
    return ends[1] / ends[0]


def _setting_pairs(settings: list[Setting], money: bool) -> list[tuple[int, int]]:
    """Pairs of settings that may be comparable, found by the capped neighbour search rather
    than by trying every pair: the same context needs `CONTEXT_OVERLAP` of the words (so as
    high a cosine of the word sets), and the same parties (for sums of money) a shared name."""
    pairs = _near(_word_rows([s.words for s in settings]), CONTEXT_OVERLAP)
    if money:
        names = [frozenset(word for name in s.names for word in name) for s in settings]
        pairs |= _near(_word_rows(names), 1e-6)
    return sorted(pairs)


def _word_rows(word_sets: list[frozenset[str]]) -> Any:
    vocabulary: dict[str, int] = {}
    rows = [[vocabulary.setdefault(w, len(vocabulary)) for w in sorted(ws)] for ws in word_sets]
    return set_rows(rows, len(vocabulary))


def _near(rows: Any, threshold: float) -> set[tuple[int, int]]:
    found = nearest_within(rows, threshold).tocoo()
    ends = zip(found.row.tolist(), found.col.tolist(), strict=True)
    return {(min(i, j), max(i, j)) for i, j in ends}


def _setting(mention: Mention, groups: CopyGroups, is_event: bool) -> Setting:
    doc = mention.doc
    if is_event:  # an event toll is compared whatever its sentence says
        return Setting(groups.of(doc.id), doc.published, (), frozenset())
    return Setting(groups.of(doc.id), doc.published, mention.names, _context(mention))


def _overlaps(a: Quantity, b: Quantity) -> bool:
    a_low, a_high = _plausible(a)
    b_low, b_high = _plausible(b)
    return a_low <= b_high and b_low <= a_high


def _plausible(q: Quantity) -> tuple[float, float]:
    """Round sums of money are often cut rather than rounded: a $13.9 billion deal is called
    "a $13 billion deal", so a round sum also covers up to one unit of its rounding above it."""
    low, high = q.plausible()
    if is_money(q) and q.precision > 1.0:
        high += q.precision / 2
    return low, high


def _comparable(a: Setting, b: Setting, is_event: bool, money: bool) -> bool:
    """Independent reports, the same day, and (unless an event toll) the same context."""
    if a.group == b.group:
        return False
    first, second = a.published, b.published
    if first and second and abs((first - second).days) > MAX_DAYS_APART:
        return False
    if is_event:
        return True
    parties = _same_parties(a.names, b.names)
    if parties is False:  # "the Hawks offered Dorsey" is not "the Falcons offered Dorsey"
        return False
    return _same_context(a.words, b.words) or (parties is True and money)


def _same_parties(left: tuple[Name, ...], right: tuple[Name, ...]) -> bool | None:
    """Whether the two sentences name the same parties; None when one of them names none."""
    if not (left and right):
        return None
    return same_parties(list(left), list(right))


def _same_context(left: frozenset[str], right: frozenset[str]) -> bool:
    shared = len(left & right)
    return shared >= MIN_SHARED_WORDS and shared / len(left | right) >= CONTEXT_OVERLAP


def _context(mention: Mention) -> frozenset[str]:
    """Content words of the sentence outside the figure itself."""
    q, sentence = mention.quantity, mention.sentence
    start, end = q.span.start - sentence.start, q.span.end - sentence.start
    rest = sentence.text[:start] + " " + sentence.text[end:]
    return frozenset(w for w in content_words(rest) if not w[0].isdigit())


def _variant(mentions: list[Mention]) -> Variant:
    """One value: its first wording and sentence, every report that gives it, every span."""
    first = mentions[0]
    value = first.quantity.text
    if first.quantity.span.start == first.sentence.start and value[:1].isupper():
        value = value[0].lower() + value[1:]  # "At least 212" opening a sentence
    return variant_of(value, mentions)
