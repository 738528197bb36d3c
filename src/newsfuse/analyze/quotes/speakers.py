"""Where a quote's speaker is named: the phrase around a speech verb next to the quote.

Rules read '"…," Olsen said', '"…," said the mayor', 'Strand said: "…"' and 'according to
X'; with the model, the grammatical subject of a speech verb outside the quote is used first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfuse.analyze.entities.lexicon import words_of
from newsfuse.analyze.nlp import SentenceAnalysis
from newsfuse.analyze.quotes.spans import QuoteSpans
from newsfuse.model import Sentence

SPEECH_VERBS = words_of(
    """said says say told tells added adds warned warns insisted insists stressed stresses
    noted notes explained explains reminded reminds claimed claims asked asks replied replies
    wrote writes declared declares announced announces admitted admits argued argues urged
    urges confirmed confirms continued recalled acknowledged conceded cautioned stated states
    tweeted commented responded"""
)
_VERB = r"(?:" + "|".join(sorted(SPEECH_VERBS)) + r")"
_WHO = r"(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)"
_TRAILING_WHO = re.compile(rf"^[\s,.;:—–-]*{_WHO}\s+{_VERB}\b")
# "said Dist. Atty. Steve Cooley": a stop after a short capitalised abbreviation ends nothing.
_TRAILING_VERB = re.compile(
    rf"^[\s,;:—–-]*{_VERB}\s+"
    r"(?P<who>(?:\b[A-Z][a-z]{0,3}\.(?= [A-Z])|[^,.;:\"“”]){2,60})"
)
_LEADING = re.compile(rf"{_WHO}\s+{_VERB}(?:\s+[\w’']+){{0,3}}?\s*[:,]?\s*$")
_ACCORDING = re.compile(r"[Aa]ccording to (?P<who>[^,.;\"“”]{2,60}),?\s*$")
_ANYWHERE = re.compile(rf"(?:^|[,;]\s+){_WHO}\s+{_VERB}\b")

_SPEECH_WORD = re.compile(rf"\b{_VERB}\b")
_QUOTE_MARK = re.compile(r'["“”«»]')
_LINE_END = re.compile(r"[\n\r\u2028\u2029]")

Span = tuple[int, int]


def speaker_phrase(
    text: str,
    quote: QuoteSpans,
    paragraph: Span,
    analyses: Sequence[tuple[Sentence, SentenceAnalysis]] = (),
) -> Span | None:
    """The [start, end) of the words naming who said `quote`, in its paragraph, if any."""
    found = _model_subject(quote, analyses)
    if found:
        return found
    for piece in quote.pieces:
        # A quote may run over lines: what follows a piece is read to the end of its own line.
        line_end = _LINE_END.search(text, piece.end)
        after = text[
            piece.end + 1 if piece.closed else piece.end : line_end.start() if line_end else None
        ]
        found = _match(_TRAILING_WHO, after, piece.end + 1) or _match(
            _TRAILING_VERB, after, piece.end + 1
        )
        if found:
            return found
    before = text[paragraph[0] : max(paragraph[0], quote.start - 1)]
    return _match(_LEADING, before, paragraph[0]) or _match(_ACCORDING, before, paragraph[0])


def speaks_before(text: str, start: int, end: int) -> bool:
    """Whether a speech verb stands in [start, end), outside any quote: the quote after it is
    the content of that speech."""
    window = text[start:end]
    return _SPEECH_WORD.search(window) is not None and not _QUOTE_MARK.search(window)


def subject_in(sentence: Sentence) -> Span | None:
    """The subject of the first speech verb of a sentence with no quote of its own."""
    match = _ANYWHERE.search(sentence.text)
    if match is None:
        return None
    return sentence.start + match.start("who"), sentence.start + match.end("who")


def _match(pattern: re.Pattern[str], window: str, offset: int) -> Span | None:
    match = pattern.search(window)
    if match is None:
        return None
    return offset + match.start("who"), offset + match.end("who")


def _model_subject(
    quote: QuoteSpans, analyses: Sequence[tuple[Sentence, SentenceAnalysis]]
) -> Span | None:
    """The subject of the speech verb nearest the quote, outside it: in "When asked ...,
    the ministry said X, and spokesman John Kirby said it was “not helpful”" the quote is
    Kirby's."""
    candidates = []
    for sentence, analysis in analyses:
        for verb in analysis.verbs:
            where = sentence.start + verb.start
            start, end = (sentence.start + i for i in verb.subject)
            if verb.text.lower() in SPEECH_VERBS and not _inside(quote, where, start):
                candidates.append((_distance(quote, where), (start, end)))
    return min(candidates)[1] if candidates else None


def _distance(quote: QuoteSpans, position: int) -> int:
    return min(
        abs(position - p.start) if position < p.start else abs(position - p.end)
        for p in quote.pieces
    )


def _inside(quote: QuoteSpans, *positions: int) -> bool:
    return any(p.start <= x < p.end for p in quote.pieces for x in positions)
