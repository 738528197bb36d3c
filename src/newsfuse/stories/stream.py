"""The clustering loop over a whole stream: time order, blocks, and labels in input order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from newsfuse.stories.clusterer import StoryClusterer
from newsfuse.stories.features import ArticleFeatures
from newsfuse.stories.vectors import Weighing

# Articles clustered together, their document frequencies counted before any of them is
# weighed. Large enough that a story's first reports meet in one block and get sensible
# weights, small enough to keep memory flat.
BLOCK = 2000

Progress = Callable[[int], None]  # called with the number of articles just assigned


def time_order(published: Sequence[dt.date | None]) -> list[int]:
    """Input positions sorted by publication date; an undated article takes the date of the
    dated article before it in the input (or comes first), and ties keep input order."""
    keys: list[tuple[dt.date, int]] = []
    carried = dt.date.min
    for position, day in enumerate(published):
        carried = day if day is not None else carried
        keys.append((carried, position))
    return [position for _, position in sorted(keys)]


def assign(
    features_of: Callable[[int], ArticleFeatures],
    published: Sequence[dt.date | None],
    threshold: float,
    window_days: int,
    progress: Progress | None = None,
    known: Sequence[Sequence[int]] = (),
) -> list[tuple[int, float | None]]:
    """Each article's story number and score, in input order. Story numbers rise in the order
    the stories began. `features_of(position)` is called once per article, one block at a
    time, so only a block's features are held at once. `known` lists stories found before, as
    positions: each is taken in whole, before the other articles, and stays together."""
    seeded = [p for group in known for p in group]
    taken = set(seeded)
    order = seeded + [p for p in time_order(published) if p not in taken]
    clusterer = StoryClusterer(threshold, window_days)
    weighing = Weighing()
    if seeded:
        vectors = iter(weighing.vectorise([features_of(p) for p in seeded]))
        for group in known:
            clusterer.add_story([next(vectors) for _ in group])
        if progress is not None:
            progress(len(seeded))
    for start in range(len(seeded), len(order), BLOCK):
        positions = order[start : start + BLOCK]
        clusterer.add_block(weighing.vectorise([features_of(p) for p in positions]))
        if progress is not None:
            progress(len(positions))
    labels: list[tuple[int, float | None]] = [(0, None)] * len(published)
    for position, label in zip(order, clusterer.labels(), strict=True):
        labels[position] = label
    return labels
