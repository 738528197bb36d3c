"""Online story clustering: articles in time order, each joins its best story or starts one.

Candidate stories come from an inverted index over the salient terms and names of the stories
still hot, so an article is scored against a few stories, never all of them: the cost per
article stays flat as the stream grows. A key carried by too many hot stories (a word of the
whole news day) proposes none, and a story whose last article is older than the time window
goes cold and leaves the index.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from newsfuse.stories.centroid import Centroid
from newsfuse.stories.score import StoryState, fit
from newsfuse.stories.vectors import ArticleVectors

# Stories scored per article, the best proposed by the index; and the most hot stories one key
# may point to before it stops proposing any.
CANDIDATES = 24
KEY_POSTINGS = 400


class OnlineClusterer:
    """Assigns each article, in the order given, to a story number (0, 1, ...)."""

    def __init__(self, threshold: float, window_days: int) -> None:
        self.threshold = threshold
        self.window = dt.timedelta(days=window_days)
        self.stories: list[StoryState] = []
        self._index: dict[str, list[int]] = defaultdict(list)
        self._cold: set[int] = set()
        self._hot: set[int] = set()
        self._now: dt.date | None = None

    def add(self, article: ArticleVectors) -> tuple[int, float | None]:
        """The story the article joins and its score, or a new story and None."""
        self._advance(article.published)
        best, best_score = None, self.threshold
        for number in self._candidates(article):
            score = fit(self.stories[number], article)
            if score >= best_score:
                best, best_score = number, score
        if best is None:
            story = StoryState(len(self.stories))
            self.stories.append(story)
            self._hot.add(story.number)
            self._join(story, article)
            return story.number, None
        self._join(self.stories[best], article)
        return best, best_score

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
                self._index[key].append(story.number)

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
                    posting[:] = [n for n in posting if n != number]
                    if not posting:
                        del self._index[key]
            story.keys = set()
            story.terms, story.names, story.figures = Centroid(), Centroid(), Centroid()
