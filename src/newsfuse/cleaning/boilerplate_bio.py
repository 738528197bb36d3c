"""Author boxes in flattened text: the short biography printed above or below an article.

"Jane Roe is the Herald's health correspondent." reads as a sentence, so density alone keeps
it; its shape (a full name, "is", a newsroom role that ends the clause) gives it away, and the
line after one ("She has covered ...", "Follow her ...") belongs to the same box.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.cleaning import rules
from newsfuse.cleaning.boilerplate_features import Features

BIO_MAX_WORDS = 80  # an author box is a few sentences at most


def author_bio_lines(lines: Sequence[str], measured: Sequence[Features]) -> list[bool]:
    """Per line, True when it is an author's biography or the line continuing one."""
    found = [False] * len(lines)
    for index, (line, feats) in enumerate(zip(lines, measured, strict=True)):
        if feats.words > BIO_MAX_WORDS:
            continue
        if index and found[index - 1] and rules.BIO_FOLLOW.match(line):
            found[index] = True
        elif not rules.ROLE_WORDS.isdisjoint(feats.lowered):
            found[index] = rules.AUTHOR_BIO.match(line) is not None
    return found
