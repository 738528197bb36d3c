"""Online story clustering on small hand-written streams: what joins, what is kept apart."""

from __future__ import annotations

import datetime as dt

import pytest

import newsfuse.stories.clusterer as clusterer_module
import newsfuse.stories.stream as stream_module
from newsfuse.errors import ConfigError
from newsfuse.settings import Settings
from newsfuse.stories import cluster_docs
from newsfuse.stories.features import article_features
from newsfuse.stories.score import Link, StoryState
from newsfuse.stories.stream import assign, time_order
from newsfuse.stories.vectors import ArticleVectors
from tests.stories.articles import QUAKE_CHILE, QUAKE_CHILE_2, QUAKE_JAPAN, QUAKE_JAPAN_2, doc

DAY = dt.date(2024, 5, 7)


def _stories(docs: list) -> list[str]:  # type: ignore[type-arg]
    return [a.story for a in cluster_docs(docs, Settings()).articles]


def test_two_events_of_one_kind_are_told_apart_and_each_keeps_its_reports() -> None:
    docs = [
        doc("chile-1", QUAKE_CHILE, DAY),
        doc("japan-1", QUAKE_JAPAN, DAY),
        doc("chile-2", QUAKE_CHILE_2, DAY + dt.timedelta(days=1)),
        doc("japan-2", QUAKE_JAPAN_2, DAY + dt.timedelta(days=1)),
    ]
    chile_1, japan_1, chile_2, japan_2 = _stories(docs)
    assert chile_1 == chile_2
    assert japan_1 == japan_2
    assert chile_1 != japan_1


def test_a_syndicated_copy_joins_the_story_of_its_original() -> None:
    copy = QUAKE_CHILE.replace("on Tuesday", "on Tuesday (AFP)") + "\nRead more: world news."
    docs = [
        doc("chile-1", QUAKE_CHILE, DAY, "Wire"),
        doc("japan-1", QUAKE_JAPAN, DAY, "Wire"),
        doc("chile-2", QUAKE_CHILE_2, DAY, "Daily"),
        doc("chile-copy", copy, DAY, "Courier"),
    ]
    stories = _stories(docs)
    assert stories[3] == stories[0] == stories[2]
    assert stories[1] != stories[0]


def test_articles_come_back_in_input_order_and_stories_are_summarised() -> None:
    docs = [
        doc("late", QUAKE_CHILE_2, DAY + dt.timedelta(days=2), "Daily"),
        doc("early", QUAKE_CHILE, DAY, "Wire"),
        doc("other", QUAKE_JAPAN, DAY + dt.timedelta(days=1), "Wire"),
    ]
    result = cluster_docs(docs, Settings())
    assert [a.id for a in result.articles] == ["late", "early", "other"]
    first = result.stories[0]
    # The earliest article starts the first story; the later one joined it with a score.
    assert first.articles == ("late", "early") and first.size == 2
    assert (first.first, first.last) == (DAY, DAY + dt.timedelta(days=2))
    assert set(first.outlets) == {"Daily", "Wire"}
    by_id = {a.id: a for a in result.articles}
    assert by_id["early"].score is None and by_id["late"].score is not None
    assert [s.id for s in result.stories] == ["s1", "s2"]


def test_a_story_goes_cold_for_later_blocks_after_its_time_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stream_module, "BLOCK", 1)  # each article a block of its own
    later = DAY + dt.timedelta(days=Settings().cluster_window_days + 10)
    docs = [doc("chile-1", QUAKE_CHILE, DAY), doc("chile-2", QUAKE_CHILE_2, later)]
    assert len(set(_stories(docs))) == 2
    settings = Settings(cluster_window_days=365)
    assert len({a.story for a in cluster_docs(docs, settings).articles}) == 1


def test_inside_one_block_a_late_follow_up_still_joins_its_story() -> None:
    later = DAY + dt.timedelta(days=Settings().cluster_window_days + 10)
    docs = [doc("chile-1", QUAKE_CHILE, DAY), doc("chile-2", QUAKE_CHILE_2, later)]
    assert len(set(_stories(docs))) == 1


def test_the_stories_found_do_not_depend_on_the_input_order() -> None:
    texts = [QUAKE_CHILE, QUAKE_JAPAN, QUAKE_CHILE_2, QUAKE_JAPAN_2]
    docs = [doc(f"d{i}", text) for i, text in enumerate(texts)]  # undated: order is all

    def partition(order: list[int]) -> set[frozenset[str]]:
        stories = _stories([docs[i] for i in order])
        groups: dict[str, set[str]] = {}
        for i, story in zip(order, stories, strict=True):
            groups.setdefault(story, set()).add(docs[i].id)
        return {frozenset(g) for g in groups.values()}

    expected = {frozenset({"d0", "d2"}), frozenset({"d1", "d3"})}
    for order in ([0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]):
        assert partition(order) == expected


def test_a_known_story_stays_whole_and_new_reports_join_the_story_they_fit() -> None:
    unlike = [doc("chile-1", QUAKE_CHILE, DAY), doc("japan-1", QUAKE_JAPAN, DAY)]
    kept = cluster_docs(unlike, Settings(), known=[[0, 1]])  # filed together by an earlier run
    assert len({a.story for a in kept.articles}) == 1
    copy = QUAKE_CHILE.replace("on Tuesday", "on Tuesday (AFP)")
    docs = [
        doc("chile-1", QUAKE_CHILE, DAY),
        doc("chile-2", QUAKE_CHILE_2, DAY + dt.timedelta(days=1)),
        doc("japan-1", QUAKE_JAPAN, DAY + dt.timedelta(days=2)),
        doc("chile-copy", copy, DAY + dt.timedelta(days=2)),
        doc("japan-2", QUAKE_JAPAN_2, DAY + dt.timedelta(days=3)),
    ]
    result = cluster_docs(docs, Settings(), known=[[0, 1]])
    chile_1, chile_2, japan_1, chile_copy, japan_2 = (a.story for a in result.articles)
    assert chile_1 == chile_2 == chile_copy
    assert japan_1 == japan_2 != chile_1


def test_undated_articles_keep_their_place_after_the_dated_one_before_them() -> None:
    days = [DAY + dt.timedelta(days=3), None, DAY, None]
    assert time_order(days) == [2, 3, 0, 1]


def test_each_article_is_compared_with_a_bounded_number_of_stories(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real_linkage = clusterer_module.linkage

    def counting_linkage(*args: StoryState) -> Link:
        calls.append(1)
        return real_linkage(*args)

    monkeypatch.setattr(clusterer_module, "linkage", counting_linkage)
    # 150 stories of one kind told twice each: same words, each with its own place and figures.
    features = [
        article_features(
            QUAKE_CHILE.replace("Valparaiso", _town(i // 2)).replace("14", str(i // 2)),
            None,
            None,
        )
        for i in range(300)
    ]
    labels = assign(features.__getitem__, [None] * len(features), 0.12, 30)
    assert [story for story, _ in labels] == [2 * (i // 2) for i in range(300)]
    bound = clusterer_module.CANDIDATES + clusterer_module.NEIGHBOURS
    assert 0 < len(calls) <= len(features) * bound


def _town(number: int) -> str:
    """A made-up place name of letters only (a word with digits counts as a figure)."""
    return "Town" + "".join("bcdfghjklm"[int(d)] for d in f"{number:03d}")


def _article(terms: dict[str, float], names: dict[str, float]) -> ArticleVectors:
    keys = tuple(f"t:{t}" for t in terms) + tuple(f"n:{n}" for n in names)
    return ArticleVectors(terms=terms, names=names, figures={}, published=None, keys=keys)


def test_reports_alike_in_words_but_sharing_no_names_are_two_events() -> None:
    words = {"quake": 0.8, "rubble": 0.6}
    clusterer = clusterer_module.StoryClusterer(threshold=0.12, window_days=30)
    clusterer.add_block(
        [
            _article(words, {"arvel": 0.8, "sena": 0.6}),
            _article(words, {"kosta": 0.8, "brin": 0.6}),  # the same words, elsewhere
            _article(words, {"arvel": 0.6, "dorn": 0.8}),  # the same words, Arvel again
        ]
    )
    first, elsewhere, again = (story for story, _ in clusterer.labels())
    assert first == again != elsewhere


@pytest.mark.parametrize("value", [0.0, 1.0, 1.5, "0.2", True])
def test_the_threshold_setting_is_range_checked(value: object) -> None:
    with pytest.raises(ConfigError, match="cluster_threshold"):
        Settings(cluster_threshold=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(("size", "apart"), [(5, False), (6, True)])
def test_two_large_stories_far_less_alike_across_than_within_stay_apart(
    size: int, apart: bool
) -> None:
    # Sibling events: many words and one name shared, each told alike by every report.
    first = _article({"quake": 0.8, "rubble": 0.6}, {"arvel": 0.6, "sena": 0.8})
    second = _article({"quake": 0.8, "flood": 0.6}, {"arvel": 0.6, "kosta": 0.8})
    clusterer = clusterer_module.StoryClusterer(threshold=0.12, window_days=30)
    clusterer.add_block([first] * size + [second] * size)
    stories = [story for story, _ in clusterer.labels()]
    assert stories[:size] == [0] * size and stories[size:] == [size if apart else 0] * size
