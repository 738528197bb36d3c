"""One quote reported by several outlets becomes one entry citing all of them.

Outlets cut or extend a quote, so two quotes match when most content words of the shorter
one occur in the longer one; the fullest wording is kept. Matching quotes merge when their
speakers agree, and also when they do not but the wording is the same sentence (nearly all of
five or more content words): outlets spell or credit one speaker differently, and the same
long quote is one quote whoever it is credited to (the speaker most reports give wins).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.analyze.tokens import content_words
from newsfuse.model import Quote, Span

_CONTAINED = 0.7  # share of the shorter quote's content words found in the longer one
_SAME_WORDING = 0.9  # ... for quotes credited to different speakers
_SAME_WORDING_MIN = 5  # content words a quote needs before its wording alone can match


@dataclass(frozen=True)
class FoundQuote:
    """A quote as read in one report, before merging across reports."""

    speaker: str
    text: str
    span: tuple[Span, ...]
    direct: bool


def merge_quotes(found: Sequence[FoundQuote]) -> list[Quote]:
    """Quotes with the same words merged, in the order they were first found."""
    groups: list[list[FoundQuote]] = []
    vocab: list[set[str]] = []
    for quote in found:
        words = set(content_words(quote.text))
        for group, seen in zip(groups, vocab, strict=True):
            if _same(words, seen) and (_speakers_agree(quote, group) or _same_wording(words, seen)):
                group.append(quote)
                seen |= words
                break
        else:
            groups.append([quote])
            vocab.append(words)
    return [_merged(group) for group in groups]


def _same(words: set[str], seen: set[str]) -> bool:
    shorter = min(len(words), len(seen))
    return shorter > 0 and len(words & seen) >= _CONTAINED * shorter


def _same_wording(words: set[str], seen: set[str]) -> bool:
    shorter = min(len(words), len(seen))
    return shorter >= _SAME_WORDING_MIN and len(words & seen) >= _SAME_WORDING * shorter


def _speakers_agree(quote: FoundQuote, group: Sequence[FoundQuote]) -> bool:
    return any(q.speaker == quote.speaker for q in group)


def _merged(group: Sequence[FoundQuote]) -> Quote:
    # Direct wording beats a paraphrase; then the longest wording is the fullest.
    best = max(group, key=lambda q: (q.direct, len(q.text)))
    speakers = Counter(q.speaker for q in group)
    sources = tuple(dict.fromkeys(s.source for q in group for s in q.span))
    spans = tuple(s for q in group for s in q.span)
    return Quote(speakers.most_common(1)[0][0], best.text, sources, spans)
