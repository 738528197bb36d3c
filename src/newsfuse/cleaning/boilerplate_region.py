"""Where the article is: the single stretch of lines with the most article evidence.

Each line carries a score, positive for article-like prose and negative for furniture; the
article is the contiguous stretch with the largest sum (Kadane's maximum-sum subarray, the
"largest block" heuristic of boilerpipe). A comment section is a barrier: when enough text
lies before the first comment marker, the article is looked for there only, so a long thread
below a short story cannot win. The stretch is then widened to the plain lines that speak only
of what it speaks of (`widen`): list items and table rows naming the story's people and places
carry too few words to score, yet belong to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.analyze.tokens import STOPWORDS

Region = tuple[int, int]  # first and last line index, inclusive

# Text before the first comment marker is the article when it scores this much, or this share
# of the best stretch anywhere (a comment thread can be far longer than its story).
ARTICLE_MIN_SCORE = 60.0
BEFORE_COMMENTS_SHARE = 0.3
TOPIC_WORD_CHARS = 3  # shorter tokens ("ap", "us", "10") say nothing of the topic


def best_region(scores: Sequence[float], comment_markers: Sequence[int]) -> Region | None:
    """The article's lines as a (first, last) range, or None when no line scores above zero.

    `comment_markers` are indexes of lines that open a comment section, in order.
    """
    overall = _max_sum(scores, 0, len(scores))
    if overall is None:
        return None
    enough = min(ARTICLE_MIN_SCORE, BEFORE_COMMENTS_SHARE * overall[1])
    for marker in comment_markers:
        before = _max_sum(scores, 0, marker)
        if before is not None and before[1] >= enough:
            return before[0]
    return overall[0]


def _max_sum(scores: Sequence[float], start: int, stop: int) -> tuple[Region, float] | None:
    """The maximum-sum stretch of scores[start:stop] and its sum; None when all are <= 0."""
    best: tuple[Region, float] | None = None
    running, first = 0.0, start
    for index in range(start, stop):
        if running <= 0.0:
            running, first = 0.0, index
        running += scores[index]
        if running > 0.0 and (best is None or running > best[1]):
            best = ((first, index), running)
    return best


def widen(
    region: Region,
    vocabulary: Sequence[frozenset[str]],
    prose: Sequence[bool],
    plain: Sequence[bool],
) -> tuple[Region, list[int]]:
    """`region` widened, and the lines it takes beyond its `prose` lines.

    A `plain` line (not furniture by its vocabulary or shape) is taken when every topic word
    of its lower-cased `vocabulary` occurs in the region's prose: inside the region, and in
    the unbroken run of such lines right after it (above an article stand its headline, byline
    and date, which name its people and places too but are no part of its text).
    """
    first, last = region
    topic = frozenset().union(*(vocabulary[i] for i in range(first, last + 1) if prose[i]))

    def on_topic(index: int) -> bool:
        words = _topic_words(vocabulary[index])
        return plain[index] and bool(words) and words <= topic

    taken = [i for i in range(first, last + 1) if not prose[i] and on_topic(i)]
    while last + 1 < len(prose) and on_topic(last + 1):
        last += 1
        taken.append(last)
    return (first, last), taken


def _topic_words(vocabulary: frozenset[str]) -> frozenset[str]:
    return (
        frozenset(
            word for word in vocabulary if len(word) >= TOPIC_WORD_CHARS and not word.isdigit()
        )
        - STOPWORDS
    )
