"""Stories from a stream of articles: online clustering in time order.

    from newsfuse.stories import cluster_docs
    clustering = cluster_docs(docs, settings)   # docs: Sequence[CleanDoc]

The library entry point is `newsfuse.cluster(inputs, settings=None, progress=None) ->
Clustering` (reading and cleaning first); `cluster_docs` starts from cleaned documents, for
the store and the Spark path. Layers: features -> weights/vectors -> centroid/score ->
clusterer -> stream -> this module.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

from newsfuse.model import CleanDoc, Notice
from newsfuse.settings import Settings
from newsfuse.stories.features import article_features
from newsfuse.stories.results import ArticleStory, Clustering, Story
from newsfuse.stories.stream import Progress, assign

__all__ = ["ArticleStory", "Clustering", "Story", "cluster_docs"]

_TITLE_CHARS = 120


def cluster_docs(
    docs: Sequence[CleanDoc],
    settings: Settings,
    progress: Progress | None = None,
    notices: Sequence[Notice] = (),
    known: Sequence[Sequence[int]] = (),
) -> Clustering:
    """Group cleaned documents into stories (see `newsfuse.cluster`). `known` lists stories
    found before (positions in `docs`): each stays together, and the other articles may join
    it (the store's incremental ingest)."""
    labels = assign(
        lambda i: article_features(docs[i].text, docs[i].title, docs[i].published),
        [d.published for d in docs],
        settings.cluster_threshold,
        settings.cluster_window_days,
        progress,
        known,
    )
    names = _story_names(n for n, _ in labels)
    articles = tuple(
        ArticleStory(d.id, names[n], d.title, d.outlet, d.published, score)
        for d, (n, score) in zip(docs, labels, strict=True)
    )
    return Clustering(articles, _stories(docs, articles, names), tuple(notices))


def _story_names(numbers: Iterable[int]) -> dict[int, str]:
    """Story ids s1, s2, ... without gaps (merged stories leave some numbers unused), in the
    order the stories began (time order)."""
    return {n: f"s{rank}" for rank, n in enumerate(sorted(set(numbers)), start=1)}


def _stories(
    docs: Sequence[CleanDoc], articles: Sequence[ArticleStory], names: dict[int, str]
) -> tuple[Story, ...]:
    members: dict[str, list[CleanDoc]] = {}
    for doc, article in zip(docs, articles, strict=True):
        members.setdefault(article.story, []).append(doc)
    order = sorted(names.values(), key=lambda name: int(name[1:]))
    return tuple(_story(name, members[name]) for name in order)


def _story(name: str, docs: list[CleanDoc]) -> Story:
    dates = [d.published for d in docs if d.published is not None]
    ordered = sorted(docs, key=lambda d: (d.published is None, d.published or dt.date.min))
    outlets = Counter(d.outlet for d in docs if d.outlet)
    return Story(
        id=name,
        title=_title(ordered),
        size=len(docs),
        first=min(dates) if dates else None,
        last=max(dates) if dates else None,
        outlets=tuple(outlet for outlet, _ in outlets.most_common()),
        articles=tuple(d.id for d in docs),
    )


def _title(docs: list[CleanDoc]) -> str:
    """The most common headline among the story's articles, else its first article's opening."""
    titles = Counter(d.title.strip() for d in docs if d.title and d.title.strip())
    if titles:
        return titles.most_common(1)[0][0]
    opening = docs[0].text.strip().split("\n", 1)[0]
    return opening if len(opening) <= _TITLE_CHARS else opening[: _TITLE_CHARS - 1] + "…"
