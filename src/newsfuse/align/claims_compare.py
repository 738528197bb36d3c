"""Sentences as claims to compare across reports: their words, offsets and stems.

The denial check (`denials`) and the one-slot check (`slots`) both read claims from here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsfuse.align.copies import CopyGroups
from newsfuse.analyze.quotes.spans import find_quotes
from newsfuse.analyze.tokens import STOPWORDS, normalize, stem
from newsfuse.model import CleanDoc, Sentence, Syndication

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


@dataclass(frozen=True)
class Claim:
    """A sentence of one report, its lower-cased words with their offsets, and their stems."""

    sentence: Sentence
    group: str  # its copy group: claims in one group never conflict with each other
    words: tuple[str, ...]
    offsets: tuple[tuple[int, int], ...]  # of each word, in sentence.text
    stems: tuple[str, ...]
    content: frozenset[str]  # the stems of its content words
    unquoted: frozenset[str]  # the same outside direct quotes: what the report itself says


def claims_of(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
) -> list[Claim]:
    """Every sentence of every report as a `Claim`, in input order."""
    groups = CopyGroups(syndication)
    # Copies repeat sentences word for word: read each distinct text once.
    read: dict[str, _Words] = {}
    claims = []
    for doc in docs:
        group = groups.of(doc.id)
        for sentence in sentences.get(doc.id, ()):
            found = read.get(sentence.text)
            if found is None:
                found = read[sentence.text] = _words(sentence.text)
            claims.append(Claim(sentence, group, *found))
    return claims


_Words = tuple[
    tuple[str, ...], tuple[tuple[int, int], ...], tuple[str, ...], frozenset[str], frozenset[str]
]


def _words(text: str) -> _Words:
    """A sentence's words, their offsets, their stems, its content stems and those of them
    outside direct quotes."""
    matches = list(_WORD.finditer(text))
    words = tuple(normalize(m.group()) for m in matches)
    stems = tuple(stem(w) for w in words)
    quoted = [(p.start, p.end) for quote in find_quotes(text) for p in quote.pieces]
    content, unquoted = set(), set()
    for match, word, word_stem in zip(matches, words, stems, strict=True):
        if is_content(word):
            content.add(word_stem)
            if not any(a <= match.start() < b for a, b in quoted):
                unquoted.add(word_stem)
    offsets = tuple(m.span() for m in matches)
    return words, offsets, stems, frozenset(content), frozenset(unquoted)


def is_content(word: str) -> bool:
    return word not in STOPWORDS and not word.isdigit()
