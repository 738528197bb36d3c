"""Who said what: direct quotes and clear indirect speech, with speakers resolved to names.

A direct quote's text keeps its quotation marks (“…”); indirect speech ("the minister said it
was the regulator's decision") is the reported clause without marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from newsfuse.analyze.entities import Analyses, story_mentions
from newsfuse.analyze.entities.aliases import Cluster, merge_aliases
from newsfuse.analyze.quotes.indirect import indirect_speech
from newsfuse.analyze.quotes.merge import FoundQuote, merge_quotes
from newsfuse.analyze.quotes.resolve import SpeakerResolver
from newsfuse.analyze.quotes.spans import QuoteSpans, find_quotes
from newsfuse.analyze.quotes.speakers import speaker_phrase, subject_in
from newsfuse.model import CleanDoc, Quote, Sentence, Span, Syndication

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_OPEN, _CLOSE = "“", "”"


def is_direct(quote: Quote) -> bool:
    """Whether a quote is the speaker's own words (in marks) rather than reported speech."""
    return quote.text.startswith(_OPEN)


def extract_quotes(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
    analysis: Analyses | None = None,
) -> list[Quote]:
    """Every attributed quote of the story, merged across reports, most widely reported first."""
    mentions = story_mentions(docs, sentences, analysis)
    canonical = _canonical_names(merge_aliases(mentions))
    resolvers = {
        doc.id: SpeakerResolver(doc.text, [m for m in mentions if m.source == doc.id], canonical)
        for doc in docs
    }
    roles = _story_roles(resolvers.values())
    found: list[FoundQuote] = []
    for doc in docs:
        report = sentences.get(doc.id, ())
        found += _direct_quotes(doc, report, resolvers[doc.id], roles, analysis)
        found += indirect_speech(doc, report, resolvers[doc.id], roles)
    quotes = merge_quotes(found)
    quotes.sort(key=lambda q: -syndication.independent_count(q.sources))
    return quotes


def _direct_quotes(
    doc: CleanDoc,
    report: Sequence[Sentence],
    resolver: SpeakerResolver,
    roles: Mapping[str, str],
    analysis: Analyses | None,
) -> list[FoundQuote]:
    found: list[FoundQuote] = []
    paragraphs = [(m.start(), m.end()) for m in _LINE.finditer(doc.text)]
    for quote in find_quotes(doc.text):
        paragraph = next(p for p in paragraphs if p[0] <= quote.start <= p[1])
        overlapping = [s for s in report if s.start < quote.end and quote.start < s.end]
        analysed = [(s, analysis[(s.source, s.index)]) for s in overlapping if analysis]
        phrase = speaker_phrase(doc.text, quote, paragraph, analysed)
        if phrase is None:
            phrase = _nearby_subject(report, paragraph)
        speaker = resolver.resolve(*phrase, roles) if phrase else None
        if speaker is None and found and _adjacent(doc.text, found[-1], paragraph):
            speaker = found[-1].speaker  # a quote paragraph carrying on the one before
        if speaker:
            found.append(_found(doc, quote, speaker))
    return found


def _nearby_subject(
    report: Sequence[Sentence], paragraph: tuple[int, int]
) -> tuple[int, int] | None:
    """For a paragraph that is only a quote: the speaker named in the sentence just before."""
    before = [s for s in report if s.end <= paragraph[0]]
    if before and before[-1].text.rstrip().endswith(":"):
        return subject_in(before[-1])
    return None


def _adjacent(text: str, previous: FoundQuote, paragraph: tuple[int, int]) -> bool:
    return not text[previous.span[-1].end : paragraph[0]].strip(' \t\n"”’')


def _found(doc: CleanDoc, quote: QuoteSpans, speaker: str) -> FoundQuote:
    spans = tuple(Span(doc.id, p.start, p.end) for p in quote.pieces)
    words = quote.text(doc.text).rstrip(" ,;:—–-")
    return FoundQuote(speaker, f"{_OPEN}{words}{_CLOSE}", spans, direct=True)


def _canonical_names(clusters: Sequence[Cluster]) -> dict[str, str]:
    """Every form a name takes -> its fullest form; a surname alone when it is unambiguous."""
    canonical = {m.name: c.name for c in clusters for m in c.mentions}
    surnames: dict[str, set[str]] = {}
    for cluster in clusters:
        if cluster.label == "PERSON" and len(cluster.name.split()) > 1:
            surnames.setdefault(cluster.name.split()[-1], set()).add(cluster.name)
    for surname, names in surnames.items():
        if len(names) == 1:
            canonical.setdefault(surname, names.pop())
    return canonical


def _story_roles(resolvers: Iterable[SpeakerResolver]) -> dict[str, str]:
    """Roles bound to one person across the story, so "the fire chief" of one report is named."""
    holders: dict[str, set[str]] = {}
    for resolver in resolvers:
        for role, name in resolver.bound_roles().items():
            holders.setdefault(role, set()).add(name)
    return {role: names.pop() for role, names in holders.items() if len(names) == 1}
