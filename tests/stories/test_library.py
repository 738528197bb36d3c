"""`newsfuse.cluster`: the library entry point the store and the Spark path call."""

from __future__ import annotations

import pytest

import newsfuse
from tests.stories.articles import QUAKE_CHILE, QUAKE_CHILE_2, QUAKE_JAPAN


def _raw(id: str, text: str, published: str) -> newsfuse.RawDoc:
    return newsfuse.RawDoc(id=id, content=text, kind="text", published=published)


def test_cluster_reads_cleans_and_groups_raw_docs_reporting_progress() -> None:
    raws = [
        _raw("chile-1", QUAKE_CHILE, "2024-05-07"),
        _raw("japan-1", QUAKE_JAPAN, "2024-05-07"),
        _raw("chile-2", QUAKE_CHILE_2, "2024-05-08"),
    ]
    counted: list[int] = []
    result = newsfuse.cluster(raws, newsfuse.Settings(), progress=counted.append)
    assert isinstance(result, newsfuse.Clustering)
    stories = [a.story for a in result.articles]
    assert stories[0] == stories[2] != stories[1]
    assert sum(counted) == 3
    assert sum(s.size for s in result.stories) == 3


def test_cluster_refuses_a_progress_that_is_not_callable() -> None:
    with pytest.raises(newsfuse.ConfigError, match="progress"):
        newsfuse.cluster([_raw("a", QUAKE_CHILE, "2024-05-07")], progress=3)  # type: ignore[arg-type]
