"""Conflicts beyond figures: a denial against an assertion, and one slot told two ways.

Both look for sentences from independent reports that say almost the same thing; the
thresholds below favour a few sure conflicts over many doubtful ones.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsfuse.align.lexicon import DOUBT_CUES, word_set
from newsfuse.align.numeric_conflicts import copy_group
from newsfuse.analyze.tokens import STOPWORDS, normalize
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication, Variant

DENIALS = word_set(
    "deny denies denied denying reject rejects rejected rejecting dismiss dismisses dismissed "
    "dismissing refute refutes refuted disputed disputes dispute"
)
# Words that may stand between a denial verb and what is denied ("denied reports that").
_DENIED_LEAD = word_set(
    "that reports report claims claim allegations allegation suggestions suggestion rumours "
    "rumors any the there as accounts"
)
_NEGATIONS = word_set("not no never nobody none neither nor without") | DOUBT_CUES
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# An assertion must contain this share of the denied proposition's content words.
DENIAL_COVERAGE = 0.8
MIN_PROPOSITION_WORDS = 2


@dataclass(frozen=True)
class Claim:
    """A sentence of one report, its lower-cased words with their offsets, and their stems."""

    sentence: Sentence
    group: str  # its copy group: claims in one group never conflict with each other
    words: tuple[str, ...]
    offsets: tuple[tuple[int, int], ...]  # of each word, in sentence.text
    stems: tuple[str, ...]

    @property
    def content(self) -> frozenset[str]:
        return frozenset(s for s, w in zip(self.stems, self.words, strict=True) if _content(w))


def claims_of(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
) -> list[Claim]:
    """Every sentence of every report as a `Claim`, in input order."""
    claims = []
    for doc in docs:
        group = copy_group(syndication, doc.id)
        for sentence in sentences.get(doc.id, ()):
            matches = list(_WORD.finditer(sentence.text))
            words = tuple(normalize(m.group()) for m in matches)
            offsets = tuple(m.span() for m in matches)
            claims.append(Claim(sentence, group, words, offsets, tuple(stem(w) for w in words)))
    return claims


def stem(word: str) -> str:
    """A crude stem so that "fired", "fires" and "fire" meet; stop words pass unchanged."""
    if word in STOPWORDS or len(word) <= 3:
        return word
    for suffix in ("ing", "ied", "ies", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
    return word


def denial_conflicts(claims: Sequence[Claim]) -> list[Conflict]:
    """A proposition one report denies and an independent report asserts."""
    found: dict[str, Conflict] = {}
    for denial in claims:
        proposition = _denied(denial)
        if proposition is None:
            continue
        text, stems = proposition
        asserting = [c for c in claims if c.group != denial.group and _asserts(c, stems)]
        if asserting and text not in found:
            found[text] = Conflict(
                f"whether {text}",
                (_variant("denied", [denial]), _variant("reported", asserting)),
            )
    return list(found.values())


def _denied(claim: Claim) -> tuple[str, frozenset[str]] | None:
    """(text, content stems) of what a sentence denies: "police denied that shots were fired".

    The proposition runs from the denial verb to the end of its clause.
    """
    at = next((i for i, w in enumerate(claim.words) if w in DENIALS), None)
    if at is None:
        return None
    start = at + 1
    while start < len(claim.words) and claim.words[start] in _DENIED_LEAD:
        start += 1
    stop = start
    while stop < len(claim.words) and not _clause_ends(claim, stop):
        stop += 1
    words = claim.words[start:stop]
    stems = frozenset(s for s, w in zip(claim.stems[start:stop], words, strict=True) if _content(w))
    if len(stems) < MIN_PROPOSITION_WORDS or _NEGATIONS & set(words):
        return None
    return " ".join(words), stems


def _clause_ends(claim: Claim, index: int) -> bool:
    """Whether punctuation or "but" separates word `index` from the word before it."""
    if index == 0 or claim.words[index] == "but":
        return index > 0
    gap = claim.sentence.text[claim.offsets[index - 1][1] : claim.offsets[index][0]]
    return any(mark in gap for mark in ",;:.!?()")


def _asserts(claim: Claim, proposition: frozenset[str]) -> bool:
    """The sentence states the proposition outright: no denial, negation or doubt in it."""
    if (DENIALS | DOUBT_CUES) & set(claim.words) or any(w.endswith("n't") for w in claim.words):
        return False
    covered = len(proposition & set(claim.stems)) / len(proposition)
    return covered >= DENIAL_COVERAGE


def _content(word: str) -> bool:
    return word not in STOPWORDS and not word.isdigit()


def _variant(value: str, claims: Sequence[Claim]) -> Variant:
    sources = tuple(dict.fromkeys(c.sentence.source for c in claims))
    spans = tuple(c.sentence.span for c in claims)
    return Variant(value, claims[0].sentence.text, sources, spans)
