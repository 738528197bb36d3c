"""The headline of a flattened page: the title-shaped line just above the article that its lead
retells.

A scraped page prints its headline once, a few lines above the body, with a standfirst, a
byline and dates between them. A line of navigation or a teaser's title above the article
rarely shares the lead's words; the headline shares most of its content words with the
article's first paragraphs, because the lead tells what the headline announces. So the
headline is the topmost title-shaped line of the stretch just above the body whose words the
lead repeats.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfuse.analyze.tokens import content_words, stem
from newsfuse.cleaning import rules

# How far above the article's first line the headline may stand: a standfirst, a byline, an
# author's name, dates, a share bar and an image caption between them.
LOOK_BACK = 12
# A long line stops the look-back: it is article text or another story's blurb.
_STOP_WORDS_AT = 45
_MIN_WORDS, _MAX_WORDS = 3, 30
_MIN_CONTENT = 3
# Share of the headline's content words the lead must repeat.
MIN_RETOLD = 0.5
_LEAD_WORDS = 250
_SENTENCE_END = re.compile(r"[.;:,]$")
_BYLINE = re.compile(
    r"^(?:by|posted|published|updated|written by|reporting by|photo|image)\b", re.IGNORECASE
)


def retells(lead: str, headline: str) -> bool:
    """True when the article text `lead` repeats most of `headline`'s content words."""
    return _retold(headline, _lead_stems(lead)) >= MIN_RETOLD


def headline_above(lines: Sequence[str], first_article_line: int, lead: str) -> str | None:
    """The headline standing above `lines[first_article_line]`, or None when none is seen.

    `lead` is the article's text (its first paragraphs are what a headline is compared with).
    """
    lead_stems = _lead_stems(lead)
    if not lead_stems:
        return None
    best = None
    for index in range(first_article_line - 1, max(-1, first_article_line - LOOK_BACK - 1), -1):
        line = lines[index].strip()
        if len(line.split()) > _STOP_WORDS_AT:
            break
        if _shaped_like_headline(line) and _retold(line, lead_stems) >= MIN_RETOLD:
            best = line  # keep looking up: a standfirst retold by the lead stands below
    return best


def _lead_stems(lead: str) -> set[str]:
    return {stem(w) for w in content_words(" ".join(lead.split()[:_LEAD_WORDS]))}


def _shaped_like_headline(line: str) -> bool:
    count = len(line.split())
    if not _MIN_WORDS <= count <= _MAX_WORDS or _SENTENCE_END.search(line):
        return False
    if _BYLINE.match(line) or rules.IMPERATIVE.match(line):
        return False  # a byline, or a call to the reader ("Subscribe to ...")
    return any(c.isupper() for c in line[:2])


def _retold(line: str, lead_stems: set[str]) -> float:
    stems = {stem(w) for w in content_words(line) if not w.isdigit()}
    # Two words are too few to tell: "Meet the Press", "Work with us" meet any lead.
    return len(stems & lead_stems) / len(stems) if len(stems) >= _MIN_CONTENT else 0.0
