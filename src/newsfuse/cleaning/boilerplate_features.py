"""Shallow features of one flattened-text line: what the boilerplate classifier knows of it alone.

Each line is tokenised once; every feature is read off those tokens, so the cost stays linear
in the text and no pattern runs over a long line more than once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.analyze.tokens import STOPWORDS, words
from newsfuse.cleaning import rules

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENTENCE_ENDS = frozenset(".!?…。！？")
_CLOSERS = "\"'”’)]」』"
_APOSTROPHES = str.maketrans("’‘", "''")  # so that "it’s" meets the stop word "it's"
_OPENING_TOKENS = 12  # a headline glued to its blurb shows in the first words of the line
_DROP_CODE_CHARS = str.maketrans("", "", "".join(rules.CODE_CHARS))
_DROP_DENSE_CODE_CHARS = str.maketrans("", "", "".join(rules.CODE_DENSE_CHARS))
_JOINT = re.compile(r"[a-z\d][a-z][A-Z]")  # "FinaleFord", "DetroitOfficially"; not "McDonald"
GLUED_SCAN_CHARS = 200  # a glued headline's joint lies within the line's opening
_DATELINE_MARKS = frozenset("(—–")
GLUED_MIN_WORDS = 4  # a headline has more words than this; "Now the Agency's SciSpacE" not
CODE_SCAN_CHARS = 400  # tracking snippets show their code in the first characters


@dataclass(frozen=True)
class Features:
    """What the classifier knows about one line on its own."""

    words: int
    length: float  # in word-equivalents, so that unspaced scripts (CJK) measure fairly
    stop_density: float
    sentence: bool
    capitalised: float
    title_case: int  # capitalised stop words inside the opening words: headline style
    glued: bool  # a Title Case headline run into the next text with no space: "Plan FailsThe"
    code: bool
    lowered: frozenset[str]


def features(line: str) -> Features:
    """Features of `line`, a whitespace-normalised non-empty line."""
    ascii_only = line.isascii()
    tokens = words(line if ascii_only else line.translate(_APOSTROPHES))
    lowered = [token.lower() for token in tokens]
    count = len(tokens)
    length = float(count)
    if not ascii_only:
        cjk = len(_CJK.findall(line))
        length = max(length, cjk / 2.0) if cjk else length
    vocabulary = frozenset(lowered)
    return Features(
        words=count,
        length=length,
        stop_density=sum(map(STOPWORDS.__contains__, lowered)) / count if count else 0.0,
        sentence=line.rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS,
        capitalised=sum(map(str.isupper, [token[0] for token in tokens])) / count if count else 0.0,
        title_case=_title_case_stops(tokens, lowered),
        glued=_glued_headline(line),
        code=_looks_like_code(line),
        lowered=vocabulary,
    )


def _title_case_stops(tokens: list[str], lowered: list[str]) -> int:
    """Stop words written with a capital after the first word: "Plan To Cut Jobs In Ohio"."""
    opening = zip(tokens[1:_OPENING_TOKENS], lowered[1:_OPENING_TOKENS], strict=True)
    return sum(token[:1].isupper() and low in STOPWORDS and len(low) > 1 for token, low in opening)


def _glued_headline(line: str) -> bool:
    """A Title Case headline whose last word runs into the blurb's first: "DetroitOfficially".

    Link cards read so once flattened. The headline has more than GLUED_MIN_WORDS words, every
    one capitalised but for stop words, and no dateline marks ("(AP) —"), so that a brand name
    in a sentence ("said YouTube") or after a dateline is not taken for a joint.
    """
    joint = _JOINT.search(line, 0, GLUED_SCAN_CHARS)
    if joint is None:
        return False  # most lines: one scan of their opening
    headline = line[: joint.start() + 2]
    opening = words(headline)
    if len(opening) <= GLUED_MIN_WORDS or not _DATELINE_MARKS.isdisjoint(headline):
        return False
    return all(not word[0].islower() or word.lower() in STOPWORDS for word in opening)


def _looks_like_code(line: str) -> bool:
    head = line[:CODE_SCAN_CHARS]
    if len(head) - len(head.translate(_DROP_DENSE_CODE_CHARS)) > max(3, len(head) // 20):
        return True
    symbols = len(head) - len(head.translate(_DROP_CODE_CHARS))
    return symbols > 0 and rules.CODE_TOKENS.search(head) is not None


def title_like(feats: Features) -> bool:
    """A headline or menu entry standing on its own line."""
    return 4 <= feats.words <= 25 and feats.capitalised >= 0.6 and not feats.sentence


def glued_teaser(feats: Features) -> bool:
    """A teaser: a Title Case headline run into its blurb, as flattened link cards read."""
    return feats.glued or (feats.title_case >= 2 and feats.words > 25)
