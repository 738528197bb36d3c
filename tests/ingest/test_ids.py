"""Source ids: short, stable and unique."""

from __future__ import annotations

from newsfuse.ingest.ids import ensure_unique, tail_names
from newsfuse.model import RawDoc


def test_tail_names_keeps_bare_names_when_unique() -> None:
    assert tail_names([("/", "d", "a.txt"), ("/", "d", "b.txt")]) == ["a.txt", "b.txt"]


def test_tail_names_widens_only_colliding_names_with_parents() -> None:
    keys = [
        ("/", "x", "wire", "reuters-1.txt"),
        ("/", "y", "wire", "reuters-1.txt"),
        ("/", "y", "local", "reuters-1.txt"),
        ("/", "y", "bbc.txt"),
    ]
    assert tail_names(keys) == [
        "x/wire/reuters-1.txt",
        "y/wire/reuters-1.txt",
        "local/reuters-1.txt",
        "bbc.txt",
    ]


def test_tail_names_is_independent_of_order() -> None:
    keys = [("/", "a", "r.txt"), ("/", "b", "r.txt")]
    assert sorted(tail_names(keys)) == sorted(tail_names(keys[::-1]))


def test_ensure_unique_suffixes_later_duplicates_with_a_warning() -> None:
    docs = [RawDoc("1", "a", "text"), RawDoc("1", "b", "text"), RawDoc("1~2", "c", "text")]
    unique, notices = ensure_unique(docs)
    assert [d.id for d in unique] == ["1", "1~3", "1~2"]
    assert [n.level for n in notices] == ["warning"]
    assert "'1' used twice" in notices[0].message
