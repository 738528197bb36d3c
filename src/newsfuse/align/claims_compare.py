"""Sentences as claims to compare across reports: their words, offsets and crude stems.

The denial check (`denials`) and the one-slot check (`slots`) both read claims from here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsfuse.align.copies import CopyGroups
from newsfuse.analyze.tokens import STOPWORDS, normalize
from newsfuse.model import CleanDoc, Sentence, Syndication

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# Suffixes stripped by `stem`, longest first; "ure" folds "closure" onto "close".
_SUFFIXES = ("ing", "ied", "ies", "ure", "ed", "es", "s", "e")
_KEEP_DOUBLE = frozenset("lsfzaeiou")


@dataclass(frozen=True)
class Claim:
    """A sentence of one report, its lower-cased words with their offsets, and their stems."""

    sentence: Sentence
    group: str  # its copy group: claims in one group never conflict with each other
    words: tuple[str, ...]
    offsets: tuple[tuple[int, int], ...]  # of each word, in sentence.text
    stems: tuple[str, ...]
    content: frozenset[str]  # the stems of its content words


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


_Words = tuple[tuple[str, ...], tuple[tuple[int, int], ...], tuple[str, ...], frozenset[str]]


def _words(text: str) -> _Words:
    """A sentence's words, their offsets, their stems and its content stems."""
    matches = list(_WORD.finditer(text))
    words = tuple(normalize(m.group()) for m in matches)
    stems = tuple(stem(w) for w in words)
    content = frozenset(s for s, w in zip(stems, words, strict=True) if is_content(w))
    return words, tuple(m.span() for m in matches), stems, content


def stem(word: str) -> str:
    """A crude stem so that "fired", "fires" and "fire" meet, "looted" and "looting", and
    "Quillon's" and "Quillon"; stop words pass unchanged."""
    word = word.removesuffix("'s")
    if word in STOPWORDS or len(word) <= 3:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix in ("ied", "ies"):
                return base + "y"
            return _undoubled(base) if suffix in ("ed", "ing") else base
    return word


def _undoubled(base: str) -> str:
    """ "plann" (from "planned") -> "plan"; "kill" and "pass" keep their double letter."""
    return base[:-1] if base[-1] == base[-2] and base[-1] not in _KEEP_DOUBLE else base


def is_content(word: str) -> bool:
    return word not in STOPWORDS and not word.isdigit()
