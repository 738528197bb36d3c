"""Online story clustering: articles in time order, each joins its best story or starts one.

Candidate stories come from an inverted index over the salient terms and names of the stories
still hot, so an article is scored against a few stories, never all of them: the cost per
article stays flat as the stream grows. A key carried by too many hot stories (a word of the
whole news day) proposes none, and a story whose last article is older than the time window
goes cold and leaves the index.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict

from newsfuse.stories.centroid import Centroid
from newsfuse.stories.score import StoryState, as_article, fit
from newsfuse.stories.vectors import ArticleVectors

# Stories scored per article, the best proposed by the index; and the most hot stories one key
# may point to before it stops proposing any.
CANDIDATES = 10
KEY_POSTINGS = 200
# A story's centroid averages its articles' noise away, so members fit a large story better
# than a small one: the bar rises with the log of the story's size.
SIZE_SLOPE = 0.02
# How far above the bar a fragment must fit another story to be merged into it.
MERGE_MARGIN = 0.03


class OnlineClusterer:
    """Assigns each article, in the order given, to a story number (0, 1, ...)."""

    def __init__(self, threshold: float, window_days: int) -> None:
        self.threshold = threshold
        self.window = dt.timedelta(days=window_days)
        self.stories: list[StoryState] = []
        # Postings are insertion-ordered dicts: a cold story leaves them in O(1) per key.
        self._index: dict[str, dict[int, None]] = defaultdict(dict)
        self._cold: set[int] = set()
        self._hot: set[int] = set()
        self._now: dt.date | None = None
        self._merged_into: dict[int, int] = {}

    def add(self, article: ArticleVectors) -> tuple[int, float | None]:
        """The story the article joins and its score, or a new story and None."""
        self._advance(article.published)
        best, best_score, best_margin = None, 0.0, 0.0
        for number in self._candidates(article):
            story = self.stories[number]
            score = fit(story, article)
            margin = score - self.threshold - SIZE_SLOPE * math.log(story.size)
            if margin >= best_margin:
                best, best_score, best_margin = number, score, margin
        if best is None:
            story = StoryState(len(self.stories))
            self.stories.append(story)
            self._hot.add(story.number)
            self._join(story, article)
            return story.number, None
        self._join(self.stories[best], article)
        return best, best_score

    def story_of(self, number: int) -> int:
        """The story a story number ended up in, after merges."""
        while number in self._merged_into:
            number = self._merged_into[number]
        return number

    def consolidate(self, numbers: set[int]) -> None:
        """Merge each of these stories, smallest first, into the hot story it fits best.

        An online pass splits a story when its first articles say little in common and only
        later ones bridge them; looking again at the fragments of the last block joins them.
        """
        for number in sorted(numbers, key=lambda n: self.stories[n].size):
            if number in self._cold:
                continue
            story = self.stories[number]
            summary = as_article(story)
            best, best_margin = None, MERGE_MARGIN
            for other in self._candidates(summary):
                if other == number:
                    continue
                target = self.stories[other]
                bar = self.threshold + SIZE_SLOPE * math.log(max(target.size, story.size))
                margin = fit(target, summary) - bar
                if margin >= best_margin:
                    best, best_margin = other, margin
            if best is not None:
                self._merge(number, best)

    def _merge(self, number: int, into: int) -> None:
        source, target = self.stories[number], self.stories[into]
        target.absorb(source)
        for key in source.keys - target.keys:
            target.keys.add(key)
            self._index[key][into] = None
        self._retire({number})
        self._merged_into[number] = into

    def _candidates(self, article: ArticleVectors) -> list[int]:
        votes: dict[int, float] = defaultdict(float)
        for rank, key in enumerate(article.keys):
            posting = self._index.get(key)
            if not posting or len(posting) > KEY_POSTINGS:
                continue
            for number in posting:
                votes[number] += 1.0 / (1 + rank)  # heavier keys come first
        ranked = sorted(votes, key=votes.__getitem__, reverse=True)
        return [n for n in ranked if n not in self._cold][:CANDIDATES]

    def _join(self, story: StoryState, article: ArticleVectors) -> None:
        story.add(article)
        for key in article.keys:
            if key not in story.keys:
                story.keys.add(key)
                self._index[key][story.number] = None

    def _advance(self, day: dt.date | None) -> None:
        """Move the clock to `day` and let the stories it leaves behind go cold."""
        if day is None or (self._now is not None and day <= self._now):
            return
        self._now = day
        horizon = day - self.window
        stories = self.stories
        cooled = {n for n in self._hot if (last := stories[n].last) is not None and last < horizon}
        if cooled:
            self._retire(cooled)

    def _retire(self, numbers: set[int]) -> None:
        """Drop cold stories from the index and free their centroids."""
        self._cold |= numbers
        self._hot -= numbers
        for number in numbers:
            story = self.stories[number]
            for key in story.keys:
                posting = self._index.get(key)
                if posting is not None:
                    posting.pop(number, None)
                    if not posting:
                        del self._index[key]
            story.keys = set()
            story.terms, story.names, story.figures = Centroid(), Centroid(), Centroid()
