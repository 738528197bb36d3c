"""A proposition one report denies and an independent report asserts.

A denial is an explicit denial verb ("police denied that any looting had taken place", "the
firm rejected reports that ...") or an attributed "there was no ..." / "no evidence of ...".
"It was not clear whether ..." denies nothing. The denied proposition runs to the end of its
clause; its core is its content words less the words that only frame it (who plans, whether
something "took place"). An assertion must restate at least `COVERAGE` of that core, with at
least `MIN_CORE` core words and one plain (not a name) word among them, while itself carrying
no denial, negation or doubt: "several shops were looted in the evacuated area" asserts what
"police denied that any looting had taken place in the evacuated streets" denies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfuse.align.claims_compare import Claim, is_content
from newsfuse.align.lexicon import DOUBT_CUES, word_set
from newsfuse.analyze.tokens import stem
from newsfuse.model import Conflict, Variant

DENY = word_set("deny denies denied denying")
# These deny a proposition only when what follows says so: "rejected claims that ...".
_DISMISS = word_set(
    "reject rejects rejected rejecting dismiss dismisses dismissed dismissing refute refutes "
    "refuted refuting dispute disputes disputed disputing"
)
DENIALS = DENY | _DISMISS
_CLAIM_NOUNS = word_set(
    "reports report claims claim allegations allegation suggestions suggestion rumours rumors "
    "accounts speculation"
)
# Words that may stand between a denial and what is denied ("denied reports that").
_DENIED_LEAD = _CLAIM_NOUNS | word_set("that any the there as of")
_ARTICLES = word_set("the any there")
_PASSIVE = word_set("was were been be is are being")  # "was denied bail" denies nothing
# A denial followed by these denies nothing stated: "denied him bail", "long denied or ...".
_NOT_DENIED = word_set("him her them us me you or and by to")
_ATTRIBUTION = word_set("said says told according stated insisted confirmed added")
_NO_SUCH = re.compile(
    r"\b(?:there\s+(?:was|were|is|are|had\s+been|has\s+been)\s+no|no\s+evidence\s+(?:of|that))"
    # Idioms and "not yet" phrasings: "there was no hope of", "no immediate claim".
    r"\s+(?!(?:immediate|further|other|sign|word|reports?|hope|way|chance|need|reason|time|"
    r"doubt|question|indication|comment|answer|response)\b)",
    re.IGNORECASE,
)
_NEGATIONS = word_set("not no never nobody none neither nor without") | DOUBT_CUES
# Words that frame a proposition without being its content.
_FRAMING = frozenset(
    stem(w)
    for w in (
        "company firm group government authorities officials spokesman spokeswoman plan plans "
        "planned planning intend intends intended intending want wants wanted intention "
        "take taken took place happen happened occur occurred evidence"
    ).split()
)
COVERAGE = 0.75
MIN_CORE = 2


def denial_conflicts(claims: Sequence[Claim]) -> list[Conflict]:
    """One conflict per set of asserting sentences, labelled by the first denial found."""
    texts: dict[str, list[int]] = {}
    for index, claim in enumerate(claims):
        texts.setdefault(claim.sentence.text, []).append(index)
    # Copies repeat sentences word for word: each distinct text is read once.
    propositions = {text: denied(claims[at[0]]) for text, at in texts.items()}
    asserting_texts: dict[tuple[frozenset[str], frozenset[str]], list[int]] = {}
    seen: set[tuple[frozenset[str], frozenset[str], str]] = set()
    found: dict[frozenset[tuple[str, int]], Conflict] = {}
    holders: dict[str, list[str]] = {}
    for denial in claims:
        proposition = propositions[denial.sentence.text]
        if proposition is None:
            continue
        text, core, plain = proposition
        if (core, plain, denial.group) in seen:
            continue  # denied again in the same copy group: the same asserting claims
        seen.add((core, plain, denial.group))
        if (core, plain) not in asserting_texts:
            holders = holders or _holders(claims, texts)
            asserting_texts[core, plain] = _asserting(claims, texts, holders, core, plain)
        asserting = [
            claims[i] for i in asserting_texts[core, plain] if claims[i].group != denial.group
        ]
        key = frozenset((c.sentence.source, c.sentence.start) for c in asserting)
        if asserting and key not in found:
            found[key] = Conflict(
                f"whether {text}",
                (_variant("denied", [denial]), _variant("reported", asserting)),
            )
    return list(found.values())


def _holders(claims: Sequence[Claim], texts: dict[str, list[int]]) -> dict[str, list[str]]:
    """The distinct texts holding each stem, so that a proposition is looked for only in the
    sentences that share a word with it rather than in every sentence of the story."""
    holders: dict[str, list[str]] = {}
    for text, at in texts.items():
        for word in set(claims[at[0]].stems):
            holders.setdefault(word, []).append(text)
    return holders


def _asserting(
    claims: Sequence[Claim],
    texts: dict[str, list[int]],
    holders: dict[str, list[str]],
    core: frozenset[str],
    plain: frozenset[str],
) -> list[int]:
    """Indexes, in input order, of the claims that assert a proposition: an asserting claim
    holds a plain stem of it, so only the texts holding one are read."""
    candidates = dict.fromkeys(text for word in sorted(plain) for text in holders.get(word, ()))
    read = [texts[text] for text in candidates]
    return sorted(i for at in read if _asserts(claims[at[0]], core, plain) for i in at)


def denied(claim: Claim) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """(text, core stems, plain core stems) of what a sentence denies, if it denies anything."""
    start = _denial_start(claim)
    if start is None:
        return None
    stop = start
    while stop < len(claim.words) and not _clause_ends(claim, stop):
        stop += 1
    words = claim.words[start:stop]
    if _NEGATIONS & set(words):
        return None
    core = {
        (s, _is_name(claim, i))
        for i, (s, w) in enumerate(zip(claim.stems[start:stop], words, strict=True), start)
        if is_content(w) and s not in _FRAMING
    }
    stems = frozenset(s for s, _ in core)
    if len(stems) < MIN_CORE:
        return None
    first = start
    while first > 0 and claim.words[first - 1] in _ARTICLES:  # "the company", for reading
        first -= 1
    text = claim.sentence.text[claim.offsets[first][0] : claim.offsets[stop - 1][1]]
    return text, stems, frozenset(s for s, name in core if not name)


def _denial_start(claim: Claim) -> int | None:
    """The index of the first word of the denied proposition."""
    for at, word in enumerate(claim.words):
        if word not in DENIALS or (at and claim.words[at - 1] in _PASSIVE):
            continue
        start = at + 1
        while start < len(claim.words) and claim.words[start] in _DENIED_LEAD:
            start += 1
        led = set(claim.words[at + 1 : start])
        if start == len(claim.words) or claim.words[start] in _NOT_DENIED:
            continue
        if word in DENY or led & (_CLAIM_NOUNS | {"that"}):
            return start
    return _no_such_start(claim)


def _no_such_start(claim: Claim) -> int | None:
    """After "there was no" or "no evidence of", in a sentence that says who states it."""
    if not _ATTRIBUTION & set(claim.words):
        return None
    match = _NO_SUCH.search(claim.sentence.text)
    if match is None:
        return None
    return next((i for i, (a, _) in enumerate(claim.offsets) if a >= match.end()), None)


def _clause_ends(claim: Claim, index: int) -> bool:
    """Whether punctuation or "but" separates word `index` from the word before it."""
    if index == 0 or claim.words[index] == "but":
        return index > 0
    gap = claim.sentence.text[claim.offsets[index - 1][1] : claim.offsets[index][0]]
    return any(mark in gap for mark in ",;:.!?()")


def _is_name(claim: Claim, index: int) -> bool:
    return claim.sentence.text[claim.offsets[index][0]].isupper()


def _asserts(claim: Claim, core: frozenset[str], plain: frozenset[str]) -> bool:
    """The sentence states most of the proposition outright: no denial, negation or doubt."""
    if (DENIALS | _NEGATIONS) & set(claim.words) or any(w.endswith("n't") for w in claim.words):
        return False
    stems = set(claim.stems)
    shared = core & stems
    return len(shared) >= MIN_CORE and len(shared) >= COVERAGE * len(core) and bool(plain & stems)


def _variant(value: str, claims: Sequence[Claim]) -> Variant:
    sources = tuple(dict.fromkeys(c.sentence.source for c in claims))
    spans = tuple(c.sentence.span for c in claims)
    return Variant(value, claims[0].sentence.text, sources, spans)
