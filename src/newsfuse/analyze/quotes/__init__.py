"""Who said what: direct quotes and clear indirect speech, with speakers resolved to names.

A direct quote's text keeps its quotation marks (“…”); indirect speech ("the minister said it
was the regulator's decision") is the reported clause without marks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence

from newsfuse.analyze.entities import Analyses, story_mentions
from newsfuse.analyze.entities.aliases import Cluster, merge_aliases
from newsfuse.analyze.entities.rules import Mention
from newsfuse.analyze.quotes.indirect import indirect_speech
from newsfuse.analyze.quotes.merge import FoundQuote, merge_quotes
from newsfuse.analyze.quotes.resolve import SpeakerResolver
from newsfuse.analyze.quotes.spans import MIN_QUOTE_WORDS, QuoteSpans, find_quotes
from newsfuse.analyze.quotes.speakers import (
    SPEECH_VERBS,
    speaker_phrase,
    speaks_before,
    subject_in,
)
from newsfuse.model import CleanDoc, Quote, Sentence, Span, Syndication

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_MARKS_AND_SPACE = ' \t"“«‘'
PARTIAL_QUOTE_WORDS = 2  # a quoted phrase this short counts only inside reported speech
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
    by_source: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_source.setdefault(mention.source, []).append(mention)
    spans = {doc.id: find_quotes(doc.text, PARTIAL_QUOTE_WORDS) for doc in docs}
    resolvers = {
        doc.id: SpeakerResolver(
            doc.text,
            by_source.get(doc.id, []),
            canonical,
            [(p.start, p.end) for q in spans[doc.id] for p in q.pieces],
            _subjects(sentences.get(doc.id, ()), analysis),
            _subjects(sentences.get(doc.id, ()), analysis, speech=True),
        )
        for doc in docs
    }
    roles = _story_roles(resolvers.values())
    found: list[FoundQuote] = []
    for doc in docs:
        report = sentences.get(doc.id, ())
        found += _direct_quotes(doc, spans[doc.id], report, resolvers[doc.id], roles, analysis)
        found += indirect_speech(doc, report, resolvers[doc.id], roles)
    quotes = merge_quotes(found)
    quotes.sort(key=lambda q: -syndication.independent_count(q.sources))
    return quotes


def _subjects(
    report: Sequence[Sentence], analysis: Analyses | None, speech: bool = False
) -> list[tuple[int, int]]:
    """Where each sentence names its subjects (with `speech`, those of its speech verbs): the
    parse's subject phrases, or without the model the sentence's opening words (news puts who
    acts first) and the words before a speech verb."""
    ranges = []
    for sentence in report:
        parsed = analysis.get((sentence.source, sentence.index)) if analysis else None
        if parsed is not None:
            ranges += [
                (sentence.start + v.subject[0], sentence.start + v.subject[1])
                for v in parsed.verbs
                if not speech or v.text.lower() in SPEECH_VERBS
            ]
        elif not speech:
            ranges.append((sentence.start, sentence.end))
        elif who := subject_in(sentence):
            ranges.append(who)
    return sorted(ranges)


def _direct_quotes(
    doc: CleanDoc,
    quotes: Sequence[QuoteSpans],
    report: Sequence[Sentence],
    resolver: SpeakerResolver,
    roles: Mapping[str, str],
    analysis: Analyses | None,
) -> list[FoundQuote]:
    found: list[FoundQuote] = []
    paragraphs = [(m.start(), m.end()) for m in _LINE.finditer(doc.text)]
    starts = [p[0] for p in paragraphs]
    sentence_starts = [s.start for s in report]
    previous: tuple[FoundQuote, QuoteSpans] | None = None
    for quote in quotes:
        paragraph = paragraphs[max(0, bisect.bisect_right(starts, quote.start) - 1)]
        first = max(0, bisect.bisect_right(sentence_starts, quote.start) - 1)
        last = bisect.bisect_left(sentence_starts, quote.end)
        overlapping = [s for s in report[first:last] if s.start < quote.end and quote.start < s.end]
        analysed = [(s, analysis[(s.source, s.index)]) for s in overlapping if analysis]
        phrase = speaker_phrase(doc.text, quote, paragraph, analysed)
        sentence = overlapping[0] if overlapping else None
        reported = sentence is not None and speaks_before(doc.text, sentence.start, quote.start - 1)
        partial = len(quote.text(doc.text).split()) < MIN_QUOTE_WORDS
        if partial and not (reported or (phrase and sentence and phrase[1] <= quote.start)):
            # A short quoted phrase is someone's words only inside their reported speech
            # ('Kirby said it was “not helpful”'); elsewhere it is a scare quote or a title.
            continue
        if phrase is None and not partial:
            phrase = _nearby_subject(report, paragraph, analysis)
        speaker = resolver.resolve(*phrase, roles) if phrase else None
        if speaker is None and reported and sentence is not None:
            # "The mayor, Ines Calloway, thanked residents and said they had been “patient
            # and brave”": the speech verb shares the sentence's subject.
            speaker = resolver.subject_of(sentence.start, quote.start, roles)
        unattributed = speaker is None and not partial
        if unattributed and previous and _follows(doc.text, previous[1], quote, paragraph[0]):
            speaker = previous[0].speaker  # a quote paragraph carrying on the one before
        if speaker:
            found.append(_found(doc, quote, speaker))
            previous = (found[-1], quote)
    return found


def _nearby_subject(
    report: Sequence[Sentence], paragraph: tuple[int, int], analysis: Analyses | None
) -> tuple[int, int] | None:
    """For a paragraph that is only a quote: who the sentence just before, ending in a colon,
    names ("Smith issued the following statement:", "he tweeted:")."""
    before = [s for s in report if s.end <= paragraph[0]][-1:]
    if not before or not before[0].text.rstrip().endswith(":"):
        return None
    parsed = analysis.get((before[0].source, before[0].index)) if analysis else None
    if parsed and parsed.verbs:
        start, end = parsed.verbs[0].subject
        return before[0].start + start, before[0].start + end
    return subject_in(before[0])


def _follows(text: str, earlier: QuoteSpans, quote: QuoteSpans, line_start: int) -> bool:
    """Whether a quote without its own attribution carries on the previous one: it follows it
    in one paragraph ('"...," Calloway said. "The order will be lifted."'), or it opens its
    paragraph and that paragraph comes right after the previous quote's (news names the
    speaker once for a run of quote paragraphs)."""
    if line_start <= earlier.end:
        return True
    if text[line_start : quote.start].strip(_MARKS_AND_SPACE):
        return False
    between = text[earlier.end : line_start]
    return sum(1 for line in _LINE.findall(between) if line.strip()) <= 1


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
