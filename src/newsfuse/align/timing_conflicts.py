"""When an expected milestone will happen, told as periods that do not meet.

"The deal is expected to close in the first quarter of 2024" and "it expects the takeover to
be completed by the end of this year" (in a report of 2023) cannot both hold. A sentence
counts when it names a milestone of the story (a subject word and a completion word), says it
is expected (not negated or hedged), and puts a period right after the completion word. Only
reports published within `MAX_DAYS_APART` of each other are compared: further apart, a
timetable may simply have moved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations, product

from newsfuse.align.copies import CopyGroups
from newsfuse.align.lexicon import word_set
from newsfuse.align.periods import Period, periods_in
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication, Variant


@dataclass(frozen=True)
class Milestone:
    """A kind of expected event: what it is about and the words that name it."""

    about: str
    subjects: frozenset[str]
    completions: frozenset[str]


MILESTONES = (
    Milestone(
        "when the deal is expected to close",
        word_set("deal takeover acquisition merger purchase transaction buyout sale"),
        word_set(
            "close closes closing complete completes completed completing completion "
            "finalise finalised finalize finalized conclude concluded"
        ),
    ),
)
_EXPECTED = word_set(
    "expect expects expected expecting due scheduled slated set will should likely "
    "anticipate anticipates anticipated target targets targeted aims track"
)
_HEDGED = word_set("not no never unless if could might hoped hopes")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MAX_GAP = 40  # characters between the completion word and its period
MAX_DAYS_APART = 7


@dataclass(frozen=True)
class Expected:
    """A period one report gives for a milestone, and where."""

    period: Period
    sentence: Sentence
    doc: CleanDoc


def timing_conflicts(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
) -> list[Conflict]:
    """One conflict per milestone for which independent reports give periods that never meet."""
    found = []
    for milestone in MILESTONES:
        stated = [
            Expected(period, sentence, doc)
            for doc in docs
            for sentence in sentences.get(doc.id, ())
            if (period := expected_period(milestone, sentence, doc.published)) is not None
        ]
        variants = _disagreeing(_consistent(stated), CopyGroups(syndication))
        if variants:
            found.append(Conflict(milestone.about, tuple(_variant(v) for v in variants)))
    return found


def expected_period(
    milestone: Milestone, sentence: Sentence, published: dt.date | None
) -> Period | None:
    """The period `sentence` expects `milestone` in, if it states one plainly."""
    matches = list(_WORD.finditer(sentence.text))
    words = {m.group().lower() for m in matches}
    if not (words & milestone.subjects and words & _EXPECTED) or words & _HEDGED:
        return None
    ends = [m.end() for m in matches if m.group().lower() in milestone.completions]
    for period in periods_in(sentence, published):
        if any(0 <= period.offset - end <= MAX_GAP for end in ends):
            return period
    return None


def _consistent(stated: list[Expected]) -> list[Expected]:
    """Drop the reports whose own periods for the milestone do not meet."""
    by_doc: dict[str, list[Expected]] = {}
    for item in stated:
        by_doc.setdefault(item.doc.id, []).append(item)
    return [
        item
        for own in by_doc.values()
        if all(a.period.meets(b.period) for a, b in combinations(own, 2))
        for item in own
    ]


def _disagreeing(stated: list[Expected], groups: CopyGroups) -> list[list[Expected]]:
    """The periods, grouped by days, that take part in at least one real disagreement."""
    by_days: dict[tuple[dt.date, dt.date], list[Expected]] = {}
    for item in stated:
        by_days.setdefault((item.period.start, item.period.end), []).append(item)
    values = list(by_days.values())
    # Only the copy group and the date decide comparability: compare each distinct one once.
    settings = [dict.fromkeys((groups.of(x.doc.id), x.doc.published) for x in v) for v in values]
    clashing: set[int] = set()
    for (i, left), (j, right) in combinations(enumerate(values), 2):
        if left[0].period.meets(right[0].period) or {i, j} <= clashing:
            continue
        if any(_comparable(a, b) for a, b in product(settings[i], settings[j])):
            clashing |= {i, j}
    return [values[i] for i in sorted(clashing)]


def _comparable(a: tuple[str, dt.date | None], b: tuple[str, dt.date | None]) -> bool:
    """Independent reports published within `MAX_DAYS_APART` of each other."""
    (first_group, first), (second_group, second) = a, b
    if first_group == second_group:
        return False
    return not (first and second and abs((first - second).days) > MAX_DAYS_APART)


def _variant(stated: list[Expected]) -> Variant:
    first = stated[0]
    sources = tuple(dict.fromkeys(item.doc.id for item in stated))
    spans = tuple(dict.fromkeys(item.sentence.span for item in stated))
    return Variant(first.period.text, first.sentence.text, sources, spans)
