"""Stories from a stream, one block of articles at a time: average-linkage agglomeration of the
block's articles with the stories still hot.

Each article of a block starts as a story of its own; then the most alike pair of stories
(hot ones from earlier blocks included) is merged, again and again, while the best pair
scores at least the threshold. Inside a block the outcome depends on what the articles say,
not on the order they came in (up to exact ties); only the blocks follow time order.

Candidate pairs come from an inverted index over the salient terms and names of the hot
stories, so an article is compared with a few stories, never all of them, and a merged story
keeps a bounded list of neighbours: the cost per article stays flat as the stream grows. A key
carried by too many hot stories (a word of the whole news day) proposes none; a story whose
last article is older than the time window goes cold and leaves the index.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import defaultdict
from collections.abc import Sequence

from newsfuse.stories.score import StoryState, cohesion, linkage
from newsfuse.stories.vectors import ArticleVectors

# Stories an article is compared with, the best proposed by the index; the most hot stories one
# key may point to before it stops proposing any; and the most neighbours a merged story keeps.
CANDIDATES = 8
KEY_POSTINGS = 200
NEIGHBOURS = 12
# The mean pair score of two large stories is a steadier measure than that of a lone article
# and a story, and two sibling events (two trials, two quakes) score well on their shared words:
# the bar rises with the log of the smaller story's size. A lone article joins at the threshold.
SIZE_SLOPE = 0.03
# Reports of one story name the same people and places: two stories whose named articles
# share (next to) no names are two events, however alike their words.
NAME_FLOOR = 0.05
# Two large stories of one event are about as alike across as each is within; two sibling
# events that share their words (and even their names) are far less alike across than within.
# Stories of at least this many articles each merge only when their mean cross score reaches
# this share of their cohesions' geometric mean. The even topics leave the share free between
# 0.6 and 0.7 (their F1 does not move): 0.65 is the middle.
COHESION_MIN_SIZE = 6
COHESION_SHARE = 0.65
# Blocks an undated story stays hot without growing (dated stories follow the time window).
IDLE_BLOCKS = 5


class StoryClusterer:
    """Assigns articles, block by block, to stories; `labels()` says where each one ended up."""

    def __init__(self, threshold: float, window_days: int) -> None:
        self.threshold = threshold
        self.window = dt.timedelta(days=window_days)
        self._hot: dict[int, StoryState] = {}
        # Postings are insertion-ordered dicts: a cold story leaves them in O(1) per key.
        self._index: dict[str, dict[int, None]] = defaultdict(dict)
        self._parent: list[int] = []  # each story number's story, until it was merged away
        self._roots: dict[int, int] = {}  # a story's first article, by story number
        self._scores: list[float | None] = []
        self._block = 0

    def add_block(self, articles: Sequence[ArticleVectors]) -> None:
        """Cluster the next block of articles (numbered on from the last block's)."""
        self._block += 1
        self._cool(min((a.published for a in articles if a.published), default=None))
        start = len(self._parent)
        fresh: dict[int, tuple[str, ...]] = {}  # the block's stories and their ranked keys
        for offset, article in enumerate(articles):
            story = StoryState.of(start + offset, article)
            story.block = self._block
            self._parent.append(story.number)
            self._scores.append(None)
            self._roots[story.number] = story.root
            self._enter(story)
            fresh[story.number] = article.keys
        self._agglomerate(fresh)

    def add_story(self, articles: Sequence[ArticleVectors]) -> None:
        """Take in a story found before (by an earlier run) as one hot story: its articles
        stay together, and later blocks may join it."""
        start = len(self._parent)
        story = StoryState.of(start, articles[0])
        story.block = self._block
        for offset, article in enumerate(articles):
            self._parent.append(start)
            self._scores.append(None)
            if offset:
                story.absorb(StoryState.of(start + offset, article))
                story.keys.update(article.keys)
        self._roots[start] = start
        self._enter(story)

    def labels(self) -> list[tuple[int, float | None]]:
        """Each article's story (the number of the story's first article) and its score: the
        likeness at which it joined the story, None for the article that started it (and for
        the articles of a known story)."""
        found: list[tuple[int, float | None]] = []
        for number, score in enumerate(self._scores):
            found.append((self._roots[self._find(number)], score))
        return found

    def _find(self, number: int) -> int:
        parent = self._parent
        while parent[number] != number:
            parent[number] = parent[parent[number]]  # path halving keeps finds short
            number = parent[number]
        return number

    def _agglomerate(self, fresh: dict[int, tuple[str, ...]]) -> None:
        neighbours: dict[int, set[int]] = defaultdict(set)
        for number, keys in fresh.items():
            for other in self._candidates(number, keys):
                neighbours[number].add(other)
                neighbours[other].add(number)
        versions: dict[int, int] = defaultdict(int)
        heap: list[tuple[float, int, int, int, int]] = []

        def offer(a: int, b: int) -> float | None:
            score = self._likeness(self._hot[a], self._hot[b])
            if score is not None:
                low, high = min(a, b), max(a, b)
                heapq.heappush(heap, (-score, low, high, versions[low], versions[high]))
            return score

        for number in fresh:
            for other in neighbours[number]:
                if other not in fresh or other > number:  # each fresh pair once
                    offer(number, other)
        while heap:
            negative, a, b, version_a, version_b = heapq.heappop(heap)
            if a not in self._hot or b not in self._hot:
                continue
            if versions[a] != version_a or versions[b] != version_b:
                continue  # one side has grown since: its new pairs are in the heap
            into, source = self._merge(a, b, -negative)
            versions[into] += 1
            for other in neighbours.pop(source, set()):
                neighbours[other].discard(source)
                if other != into:
                    neighbours[other].add(into)
                    neighbours[into].add(other)
            scored = {other: offer(into, other) for other in neighbours[into]}
            if len(scored) > NEIGHBOURS:
                ranked = sorted(scored, key=lambda n: scored[n] or -1.0, reverse=True)
                for other in ranked[NEIGHBOURS:]:
                    neighbours[into].discard(other)
                    neighbours[other].discard(into)

    def _likeness(self, a: StoryState, b: StoryState) -> float | None:
        """The pair's linkage when it clears the bar for their sizes, else None."""
        link = linkage(a, b)
        if link.names is not None and link.names < NAME_FLOOR:
            return None
        bar = self.threshold + SIZE_SLOPE * math.log(min(a.size, b.size))
        if link.score < bar:
            return None
        large = min(a.size, b.size) >= COHESION_MIN_SIZE
        if large and link.score < COHESION_SHARE * math.sqrt(cohesion(a) * cohesion(b)):
            return None
        return link.score

    def _merge(self, a: int, b: int, score: float) -> tuple[int, int]:
        """Merge the smaller story into the larger (fewer index keys move); the later root
        joins at `score`. Returns (kept, merged away)."""
        first, second = self._hot[a], self._hot[b]
        target, source = (first, second) if first.size >= second.size else (second, first)
        self._scores[max(first.root, second.root)] = score
        target.absorb(source)
        target.block = self._block
        for key in source.keys - target.keys:
            target.keys.add(key)
            self._index[key][target.number] = None
        self._leave(source)
        self._parent[source.number] = target.number
        self._roots[target.number] = target.root
        del self._roots[source.number]
        return target.number, source.number

    def _candidates(self, number: int, keys: tuple[str, ...]) -> list[int]:
        """The hot stories sharing the most (and heaviest) of these keys, but `number`."""
        votes: dict[int, float] = defaultdict(float)
        for rank, key in enumerate(keys):
            posting = self._index.get(key)
            if not posting or len(posting) > KEY_POSTINGS:
                continue
            for other in posting:
                if other != number:
                    votes[other] += 1.0 / (1 + rank)  # heavier keys come first
        ranked = sorted(votes, key=lambda n: (-votes[n], n))
        return ranked[:CANDIDATES]

    def _enter(self, story: StoryState) -> None:
        self._hot[story.number] = story
        for key in story.keys:
            self._index[key][story.number] = None

    def _cool(self, day: dt.date | None) -> None:
        """Let the stories that `day` leaves behind go cold; undated ones go cold after some
        blocks without growing."""
        horizon = day - self.window if day is not None else None
        cooled = [
            story
            for story in self._hot.values()
            if (story.last is None and self._block - story.block > IDLE_BLOCKS)
            or (horizon is not None and story.last is not None and story.last < horizon)
        ]
        for story in cooled:
            self._leave(story)

    def _leave(self, story: StoryState) -> None:
        """Drop a story from the index and free its vectors."""
        del self._hot[story.number]
        for key in story.keys:
            posting = self._index.get(key)
            if posting is not None:
                posting.pop(story.number, None)
                if not posting:
                    del self._index[key]
