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
    """Quotes with the same words merged, in the order they were first found.

    A quote that matches several groups credited to its speaker joins them into one (a long
    quote and the parts that different outlets cut from it). Only groups sharing a word with a
    quote are compared, so the cost grows with the quotes that look alike, not all pairs."""
    groups: dict[int, list[tuple[int, FoundQuote]]] = {}
    vocab: dict[int, set[str]] = {}
    index: dict[str, set[int]] = {}
    for order, quote in enumerate(found):
        words = set(content_words(quote.text))
        candidates = sorted({g for w in words for g in index.get(w, ())})
        matching = [
            g
            for g in candidates
            if _same(words, vocab[g])
            and (_speakers_agree(quote, groups[g]) or _same_wording(words, vocab[g]))
        ]
        target = matching[0] if matching else order  # a group is named by its first quote
        groups.setdefault(target, []).append((order, quote))
        vocab.setdefault(target, set()).update(words)
        # Groups join only when both credit this quote's speaker most: a long quote must not
        # hand one person's words to another through a shared phrase.
        joining = [g for g in matching[1:] if _speaker_of(groups[g]) == quote.speaker]
        if _speaker_of(groups[target]) != quote.speaker:
            joining = []
        for other in joining:
            groups[target] += groups.pop(other)
            vocab[target] |= vocab.pop(other)
        for word in vocab[target]:
            index.setdefault(word, set()).difference_update(g for g in matching if g not in groups)
            index[word].add(target)
    return [_merged([q for _, q in sorted(groups[g], key=lambda x: x[0])]) for g in sorted(groups)]


def _same(words: set[str], seen: set[str]) -> bool:
    shorter = min(len(words), len(seen))
    return shorter > 0 and len(words & seen) >= _CONTAINED * shorter


def _same_wording(words: set[str], seen: set[str]) -> bool:
    shorter = min(len(words), len(seen))
    return shorter >= _SAME_WORDING_MIN and len(words & seen) >= _SAME_WORDING * shorter


def _speaker_of(group: Sequence[tuple[int, FoundQuote]]) -> str:
    return Counter(q.speaker for _, q in group).most_common(1)[0][0]


def _speakers_agree(quote: FoundQuote, group: Sequence[tuple[int, FoundQuote]]) -> bool:
    return any(q.speaker == quote.speaker for _, q in group)


def _merged(group: Sequence[FoundQuote]) -> Quote:
    # Direct wording beats a paraphrase; then the longest wording is the fullest.
    best = max(group, key=lambda q: (q.direct, len(q.text)))
    speakers = Counter(q.speaker for q in group)
    sources = tuple(dict.fromkeys(s.source for q in group for s in q.span))
    spans = tuple(s for q in group for s in q.span)
    return Quote(speakers.most_common(1)[0][0], best.text, sources, spans)
