"""The weekday of one event, as reports name it, and reports that disagree.

"Blackmore and Oler were arrested Wednesday" against "Blackmore and Oler were arrested by RCMP
on Tuesday": the parse says which verb or adjective each day or month name dates
(`analyze.nlp.DatedBy`), and two sentences date the same event when that word is the same and
they share a name. Bare weekdays need no publication date to be compared, so this works on
undated reports too, where the timeline has no dates to set side by side. Months are left
out: a story's background tells earlier events of one kind in other months ("In May,
thieves stole ..." and "In July, thieves stole ...").

Speech and reporting verbs ("said Wednesday", "reported Sunday") and verbs too general to
name an event ("was", "became") date no event of the story. A report that gives one event two
days is telling two events (or its own correction), so it is left out for that event. Reports
published more than `MAX_DAYS_APART` apart may name the same weekday of different weeks, so
they are not compared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from newsfuse.align.copies import CopyGroups
from newsfuse.align.lexicon import word_set
from newsfuse.align.names import names_in, proper_words
from newsfuse.align.variants import variant_of
from newsfuse.analyze.nlp import SentenceAnalysis
from newsfuse.analyze.quotes.speakers import SPEECH_VERBS
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication, Variant

MAX_DAYS_APART = 1
_GENERAL = word_set("is was were are be been being become became becomes has have had do did")
# Reporting is not the event reported: "the Daily News reported Sunday".
_REPORTING = word_set("reported report reports reporting published posted wrote")


@dataclass(frozen=True)
class _Dated:
    name: str  # "tuesday"
    head: str
    sentence: Sentence
    doc: CleanDoc
    names: frozenset[str]  # the words of the names in its sentence


def event_day_conflicts(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
    analysis: Mapping[tuple[str, int], SentenceAnalysis],
) -> list[Conflict]:
    """One time conflict per event word to which independent reports give different
    weekdays in sentences that share a name."""
    groups = CopyGroups(syndication)
    texts = dict.fromkeys(s.text for doc in docs for s in sentences.get(doc.id, ()))
    proper = proper_words(texts)
    by_head: dict[str, list[_Dated]] = {}
    for doc in docs:
        own: dict[str, list[_Dated]] = {}
        for sentence in sentences.get(doc.id, ()):
            parsed = analysis.get((sentence.source, sentence.index))
            for dated in parsed.dated if parsed else ():
                if dated.head in SPEECH_VERBS or dated.head in _GENERAL | _REPORTING:
                    continue
                words = frozenset(w for name in names_in(sentence.text, proper) for w in name)
                item = _Dated(dated.name, dated.head, sentence, doc, words - {dated.name})
                own.setdefault(dated.head, []).append(item)
        for head, items in own.items():
            if len({i.name for i in items}) == 1:
                by_head.setdefault(head, []).extend(items)
    found = []
    for head, items in by_head.items():
        by_name: dict[str, list[_Dated]] = {}
        for item in items:
            by_name.setdefault(item.name, []).append(item)
        clashing: set[str] = set()
        for a, b in combinations(sorted(by_name), 2):
            if any(_comparable(x, y, groups) for x in by_name[a] for y in by_name[b]):
                clashing |= {a, b}
        if clashing:
            variants = tuple(_variant(by_name[n]) for n in by_name if n in clashing)
            found.append(Conflict(f"time: when {head}", variants))
    return found


def _comparable(a: _Dated, b: _Dated, groups: CopyGroups) -> bool:
    if groups.of(a.doc.id) == groups.of(b.doc.id) or not a.names & b.names:
        return False
    return not _apart(a.doc.published, b.doc.published)


def _apart(first: dt.date | None, second: dt.date | None) -> bool:
    return bool(first and second and abs((first - second).days) > MAX_DAYS_APART)


def _variant(items: list[_Dated]) -> Variant:
    return variant_of(items[0].name.capitalize(), items)
