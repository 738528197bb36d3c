"""The story's dated timeline: each event once, with every source that dates it, and the events
that sources date differently reported as conflicts.

Only sentences that carry a day-precise time expression give entries: the date always comes from
the text (resolved against its report's publication date), never from the publication date
alone. An entry is the clause of the event the expression dates (`dates_clauses`), not the
whole sentence; an expression that dates no event (a statement's day, a background figure, a
state still going on) gives none. Mentions of one event on one day merge across sources by
shared wording of their clauses. One event dated to different days by different sources is a
date conflict, and the timeline keeps the day with the most independent support: the same
wording of the event's clause, or sentences that `compose.events` matches as one event by what
they say outside quotes ("protests erupted ..." / "demonstrations broke out ..."), each dating
only that one event (a sentence dating several events is no evidence for which one).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from newsfuse.align.names import proper_words
from newsfuse.analyze.dates import TimeMention, resolve_times
from newsfuse.analyze.dates.clauses import blank_out, event_clause
from newsfuse.analyze.dates.events import EventWords, event_words, jaccard, overlap_of
from newsfuse.analyze.nlp import SentenceAnalysis
from newsfuse.analyze.tokens import STOPWORDS
from newsfuse.caps import current_caps
from newsfuse.cleaning.dateline import Dateline, dateline_prefix_end, find_dateline
from newsfuse.compose.events import same_event_links
from newsfuse.model import CleanDoc, Conflict, Sentence, Span, Syndication, TimelineEntry, Variant
from newsfuse.neighbours import nearest_within, set_rows

# Same day: wordings sharing most of the shorter one's words (at least two) tell of one event.
MERGE_OVERLAP = 0.6
# Different days: only near-identical wording from different sources is one event misdated.
CONFLICT_JACCARD = 0.5
MIN_SHARED = 2
# A sentence that marks a repeat ("a second blast", "protests flared again") tells of a new
# event, not of a misdated one.
_REPEAT = re.compile(r"\b(?:another|second|third|again|anew|renewed|fresh|latest)\b", re.I)
_ADEQUATE = 0.8
# Event likeness (`compose.events`) from which two sentences on different days are one event
# misdated; set higher than the same-event threshold, since a story often recalls an earlier
# event of its kind (see bench/crosscheck_real.py).
EVENT_CONFLICT = 0.3
_PHRASE_WORDS = 6


@dataclass(frozen=True)
class _Dated:
    """One sentence's mention of an event on one day; `text` and `span`: the event's clause."""

    date: dt.date
    sentence: Sentence
    mention: TimeMention
    words: EventWords
    text: str
    span: Span
    repeat: bool


def build_timeline(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
    analysis: Mapping[tuple[str, int], SentenceAnalysis] | None = None,
) -> tuple[list[TimelineEntry], list[Conflict]]:
    """Dated events in date order, and the conflicts over events dated differently.

    `analysis`: each sentence's parse by (source, index), when the model ran (it sharpens the
    event matching)."""
    english = [doc for doc in docs if _is_english(doc)]
    dated = [item for doc in english for item in _dated(doc, sentences)]
    groups = _merge_same_day(dated)
    proper = proper_words(s.text for doc in english for s in sentences.get(doc.id, ()))
    linked = _event_linked(english, dated, analysis, proper)
    kept, conflicts = _settle_conflicts(groups, syndication, linked)
    # A stable sort: events of one day stay in the order the reports tell them.
    return sorted((_entry(group) for group in kept), key=lambda e: e.date), conflicts


def _is_english(doc: CleanDoc) -> bool:
    return doc.language is None or doc.language.lower().split("-")[0] in ("en", "eng")


def _dated(doc: CleanDoc, sentences: Mapping[str, Sequence[Sentence]]) -> list[_Dated]:
    """Each sentence's day-precise mentions of events, one per day, datelines excluded."""
    dateline = find_dateline(doc.text)
    found = []
    for sentence in sentences.get(doc.id, ()):
        begin = dateline_prefix_end(sentence.text)
        mentions = [
            m
            for m in resolve_times(sentence, doc.published)
            if m.span.start - sentence.start >= begin and not _within(m.span, dateline)
        ]
        found += _events(sentence, mentions, begin)
    return found


def _events(sentence: Sentence, mentions: list[TimeMention], begin: int) -> list[_Dated]:
    """The events a sentence dates to the day, one per day; "a two-week curfew from Monday" is
    one event on one day, with the words of both expressions' clauses."""
    ranges = [(m.span.start - sentence.start, m.span.end - sentence.start) for m in mentions]
    blank = blank_out(sentence.text, ranges)
    by_day: dict[dt.date, _Dated] = {}
    for mention, own in zip(mentions, ranges, strict=True):
        others = [r for r in ranges if r != own]
        clause = (
            event_clause(sentence.text, own, others, begin)
            if mention.granularity == "day"
            else None
        )
        if clause is None:
            continue
        words = event_words(blank[clause.start : clause.end])
        earlier = by_day.get(mention.start)
        if earlier is not None:
            by_day[mention.start] = replace(earlier, words=earlier.words | words)
        elif words:
            span = Span(sentence.source, sentence.start + clause.start, sentence.start + clause.end)
            text = sentence.text[clause.start : clause.end]
            repeat = _REPEAT.search(sentence.text) is not None
            by_day[mention.start] = _Dated(
                mention.start, sentence, mention, words, text, span, repeat
            )
    return list(by_day.values())


def _within(span: Span, dateline: Dateline | None) -> bool:
    return dateline is not None and span.start < dateline.end and dateline.start < span.end


def _same_event(shared: int, first: int, second: int) -> bool:
    """Whether two wordings of one day, of `first` and `second` words with `shared` in common,
    tell of one event: two words in common, or one where a wording has only two."""
    needed = 1 if min(first, second) <= MIN_SHARED else MIN_SHARED
    return shared >= needed and overlap_of(shared, first, second) >= MERGE_OVERLAP


def _merge_same_day(dated: list[_Dated]) -> list[list[_Dated]]:
    """Mentions of one day grouped by event, linking any two that resemble each other; groups
    in the order of their first mention."""
    by_day: dict[dt.date, list[_Dated]] = {}
    for item in dated:
        by_day.setdefault(item.date, []).append(item)
    groups = [group for items in by_day.values() for group in _link(items)]
    order = {id(item): index for index, item in enumerate(dated)}
    return sorted(groups, key=lambda group: order[id(group[0])])


@dataclass
class _Group:
    """A group being linked: its mentions, their distinct wordings, and when it last grew."""

    members: list[_Dated]
    wordings: list[EventWords]
    grown: int


def _link(items: list[_Dated]) -> list[list[_Dated]]:
    """Single-link groups: an item joins, and so joins together, every group it resembles;
    the joined group moves behind the others, its members in their groups' order.

    Each wording is compared once, with the earlier wordings it shares a word with: an item
    whose wording was seen before resembles only that wording's group, which already holds
    every wording resembling it."""
    group_of: dict[EventWords, _Group] = {}
    by_word: dict[str, list[EventWords]] = {}
    for tick, item in enumerate(items):
        seen = item.words in group_of
        linked = [group_of[item.words]] if seen else _resembling(item.words, group_of, by_word)
        group = linked[0] if linked else _Group([], [], tick)
        for other in linked[1:]:
            group.members += other.members
            group.wordings += other.wordings
            group_of.update((wording, group) for wording in other.wordings)
        group.members.append(item)
        group.grown = tick
        if not seen:
            group.wordings.append(item.words)
            group_of[item.words] = group
            for word in item.words:
                by_word.setdefault(word, []).append(item.words)
    groups = {id(group): group for group in group_of.values()}.values()
    return [group.members for group in sorted(groups, key=lambda g: g.grown)]


def _resembling(
    words: EventWords,
    group_of: Mapping[EventWords, _Group],
    by_word: Mapping[str, list[EventWords]],
) -> list[_Group]:
    """The groups holding a wording `words` resembles, in the order they last grew.

    Candidates are the earlier wordings sharing a word with it, through the word index; as in
    `newsfuse.neighbours`, a word held by more than `max_term_postings` wordings proposes none
    (the cut is tallied for the brief's notice), so a day of repetitive text stays linear.
    Such a word still counts among the words a proposed pair shares."""
    tally = current_caps()
    candidates: set[EventWords] = set()
    common = 0
    for word in words:
        postings = by_word.get(word, ())
        if len(postings) > tally.term_postings:
            common += 1
        else:
            candidates.update(postings)
    if common:
        tally.record(0, 0, common)
    similar = [w for w in candidates if _same_event(len(words & w), len(words), len(w))]
    found = {id(group_of[w]): group_of[w] for w in similar}
    return sorted(found.values(), key=lambda group: group.grown)


def _misdated(first: list[EventWords], second: list[EventWords]) -> bool:
    """Whether two groups on different days, by their wordings that mark no repeat, are one
    event that sources date differently."""
    return any(_near_identical(a, b) for a in first for b in second)


def _near_identical(first: EventWords, second: EventWords) -> bool:
    """Much the same wording: at least half of all the words of the two shared."""
    shared = len(first & second)
    return shared >= MIN_SHARED and jaccard(first, second) >= CONFLICT_JACCARD


def _plain_wordings(group: list[_Dated]) -> list[EventWords]:
    return list(dict.fromkeys(item.words for item in group if not item.repeat))


def _similar_pairs(wordings: list[list[EventWords]]) -> list[tuple[int, int]]:
    """The pairs i < j of groups, in order, holding a near-identical wording each: no other
    pair can be one event misdated. Found by the capped neighbour search over the wordings
    (`newsfuse.neighbours`; a Jaccard of `CONFLICT_JACCARD` needs as high a cosine)."""
    owners = [index for index, group in enumerate(wordings) for _ in group]
    vocabulary: dict[str, int] = {}
    rows = [
        [vocabulary.setdefault(word, len(vocabulary)) for word in sorted(words)]
        for group in wordings
        for words in group
    ]
    found = nearest_within(set_rows(rows, len(vocabulary)), CONFLICT_JACCARD).tocoo()
    ends = zip(found.row.tolist(), found.col.tolist(), strict=True)
    pairs = {tuple(sorted((owners[a], owners[b]))) for a, b in ends if owners[a] != owners[b]}
    return sorted((i, j) for i, j in pairs)


def _event_linked(
    docs: Sequence[CleanDoc],
    dated: list[_Dated],
    analysis: Mapping[tuple[str, int], SentenceAnalysis] | None,
    proper: frozenset[str],
) -> set[tuple[_Key, _Key]]:
    """The pairs of sentences, each dating exactly one event, that tell one event on
    different days. Only the dated sentences are compared, so the cost follows them.

    The two must also name a participant or place in common (a word of the story's
    `proper` names): two reports dating one event name what it happened to; without one,
    the likeness may be only the kind of event, or page furniture ("posted in ... on
    Friday") worded alike."""
    days: dict[_Key, set[dt.date]] = {}
    for item in dated:
        days.setdefault(_key(item.sentence), set()).add(item.date)
    single: dict[str, list[Sentence]] = {}
    for item in dated:
        if not item.repeat and len(days[_key(item.sentence)]) == 1:
            own = single.setdefault(item.sentence.source, [])
            if item.sentence not in own:
                own.append(item.sentence)
    links = same_event_links(docs, single, EVENT_CONFLICT, analysis, across_days=True)
    return {
        (_key(link.left), _key(link.right))
        for link in links
        if days[_key(link.left)] != days[_key(link.right)]
        and _names(link.left.text, proper) & _names(link.right.text, proper)
    }


_NAME_WORD = re.compile(r"[^\W\d_]+")


def _names(text: str, proper: frozenset[str]) -> frozenset[str]:
    return frozenset(
        w for w in (m.group().lower() for m in _NAME_WORD.finditer(text)) if w in proper
    )


_Key = tuple[str, int]


def _key(sentence: Sentence) -> _Key:
    return sentence.source, sentence.index


def _settle_conflicts(
    groups: list[list[_Dated]],
    syndication: Syndication,
    linked: set[tuple[_Key, _Key]],
) -> tuple[list[list[_Dated]], list[Conflict]]:
    """Groups linked as misdated form one conflict; only the best-supported day stays."""
    kept, conflicts = [], []
    # The first set of copies a source is in names it (`reversed`: the first one set last).
    copies = {s: group[0] for group in reversed(syndication.groups) for s in group}
    for members in _misdated_sets(groups, linked, copies):
        ranked = sorted(members, key=lambda i: _support(groups[i], copies), reverse=True)
        kept.append(ranked[0])
        if len(ranked) > 1:
            conflicts.append(_conflict([groups[i] for i in ranked]))
    return [groups[i] for i in sorted(kept)], conflicts


def _misdated_sets(
    groups: list[list[_Dated]], linked: set[tuple[_Key, _Key]], copies: Mapping[str, str]
) -> list[list[int]]:
    """Indexes of the groups, partitioned into sets of one event dated differently: by
    near-identical wording, or by sentences `linked` as one event. Copies of one story
    (`copies` names each source's set) that differ among themselves make no conflict."""
    parent = list(range(len(groups)))

    def root(index: int) -> int:
        while parent[index] != index:
            index = parent[index]
        return index

    sources = [_sources(group) for group in groups]
    wordings = [_plain_wordings(group) for group in groups]
    owner = {_key(item.sentence): index for index, group in enumerate(groups) for item in group}
    by_event = {tuple(sorted((owner[a], owner[b]))) for a, b in linked}
    for i, j in sorted(set(_similar_pairs(wordings)) | by_event):
        a, b = root(i), root(j)
        # One set never holds two days from one report: that report tells of two events.
        if a == b or sources[a] & sources[b] or groups[i][0].date == groups[j][0].date:
            continue
        if len({copies.get(s, s) for s in sources[a] | sources[b]}) < 2:
            continue
        if (i, j) in by_event or _misdated(wordings[i], wordings[j]):
            parent[b] = a
            sources[a] = sources[a] | sources[b]
    sets: dict[int, list[int]] = {}
    for index in range(len(groups)):
        sets.setdefault(root(index), []).append(index)
    return list(sets.values())


def _support(group: list[_Dated], copies: Mapping[str, str]) -> tuple[int, int, int]:
    """Independent reports (`copies` names each source's set of copies), then reports, then
    the earlier day."""
    sources = _sources(group)
    independent = len({copies.get(s, s) for s in sources})
    return independent, len(sources), -group[0].date.toordinal()


def _sources(group: list[_Dated]) -> set[str]:
    return {item.sentence.source for item in group}


def _ordered_sources(group: list[_Dated]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item.sentence.source for item in group))


def _spans(group: list[_Dated]) -> tuple[Span, ...]:
    return tuple(dict.fromkeys(item.span for item in group))


def _best(group: list[_Dated]) -> _Dated:
    """The shortest wording among those telling nearly as much of what the reports agree on
    as the fullest: words only one report has are its own asides, not the event."""
    reports: dict[str, set[str]] = {}
    for item in group:
        for word in item.words:
            reports.setdefault(word, set()).add(item.sentence.source)
    agreed = {word for word, sources in reports.items() if len(sources) > 1}
    coverage = [len(item.words & agreed) if agreed else len(item.words) for item in group]
    adequate = [
        item for item, c in zip(group, coverage, strict=True) if c >= _ADEQUATE * max(coverage)
    ]
    return min(adequate, key=lambda item: len(item.text))


def _entry(group: list[_Dated]) -> TimelineEntry:
    return TimelineEntry(
        date=group[0].date,
        text=_best(group).text,
        sources=_ordered_sources(group),
        announced=all(item.mention.future for item in group),
        spans=_spans(group),
    )


def _conflict(ranked: list[list[_Dated]]) -> Conflict:
    variants = tuple(
        Variant(
            value=group[0].date.isoformat(),
            text=_best(group).text,
            sources=_ordered_sources(group),
            spans=_spans(group),
        )
        for group in ranked
    )
    return Conflict(about=f"date {_event_phrase(_best(ranked[0]))}", variants=variants)


_CLAUSE = re.compile(r"[,;()—–]|:(?!\d)")
_WORD = re.compile(r"[\w'’.:-]*\w")


def _event_phrase(item: _Dated) -> str:
    """A few words naming the event: the start of the clause before the time expression ("the
    fire started" in "The fire started at 9 p.m. on March 3"), or of the clause after it when
    the sentence opens with the time ("On Tuesday, the fire started ...")."""
    text = item.sentence.text
    start = item.mention.span.start - item.sentence.start
    end = item.mention.span.end - item.sentence.start
    words = _head(_CLAUSE.split(text[:start])[-1])
    if len(words) < MIN_SHARED:
        words = _head(_CLAUSE.split(text[end:].lstrip(" ,"))[0])
    if not words:
        return "of the event"
    if words[0].lower() in STOPWORDS:
        words[0] = words[0].lower()
    return " ".join(words)


def _head(clause: str) -> list[str]:
    """The clause's words up to the first function word after its opening words ("The fire
    started" of "The fire started at about 9:40 p.m."), leading function words dropped."""
    words = _WORD.findall(clause)
    while words and words[0].lower() in STOPWORDS - {"the", "a", "an"}:
        words.pop(0)
    head: list[str] = []
    for word in words[:_PHRASE_WORDS]:
        if word.lower() in STOPWORDS and len(head) >= MIN_SHARED:
            break
        head.append(word)
    while head and head[-1].lower() in STOPWORDS:
        head.pop()
    return head
