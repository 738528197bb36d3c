"""Lines about the page rather than the story: disclaimers and media teasers.

They read as sentences ("Disclaimer: This article is for information only ...", "WATCH: Drone
footage shows the fire (1:42)"), so density keeps them; their openings and closings give
them away. Each pattern runs only on lines holding one of its cue words.
"""

from __future__ import annotations

from newsfuse.cleaning import rules
from newsfuse.cleaning.boilerplate_features import Features

EDGE_CHARS = 160
TEASER_WORDS = 30  # a media teaser with a running time is a headline's length


def edges(line: str) -> str:
    """The opening and closing characters of `line`, where credits and disclaimers sit."""
    return line if len(line) <= 2 * EDGE_CHARS else f"{line[:EDGE_CHARS]}\n{line[-EDGE_CHARS:]}"


def is_disclaimer(line: str, feats: Features) -> bool:
    """A disclaimer: investment or information-only notes, or a machine-written summary's."""
    if rules.DISCLAIMER_CUES.isdisjoint(feats.lowered):
        return False
    return rules.DISCLAIMER.search(edges(line)) is not None


def is_media_teaser(line: str, feats: Features) -> bool:
    """A video or audio teaser: a "WATCH:" label before it, or a running time after it."""
    if not rules.MEDIA_CUES.isdisjoint(feats.lowered) and rules.MEDIA_LABEL.match(line):
        return True
    short = feats.words <= TEASER_WORDS
    return short and line.endswith(")") and rules.RUNNING_TIME.search(line) is not None
