"""CopyGroups: the copy group of each report, by the group's first id."""

from __future__ import annotations

from newsfuse.align.copies import CopyGroups
from newsfuse.model import Syndication


def test_copy_groups_name_each_group_by_its_first_id() -> None:
    syndication = Syndication(
        shared_with={}, groups=(("reuters.html", "yahoo.txt", "msn.txt"), ("local.txt",))
    )
    groups = CopyGroups(syndication)
    assert [groups.of(s) for s in ("reuters.html", "msn.txt", "local.txt")] == [
        "reuters.html",
        "reuters.html",
        "local.txt",
    ]


def test_copy_groups_agree_with_group_of_for_every_report() -> None:
    groups = tuple(tuple(f"r{g}-{n}" for n in range(g % 4 + 1)) for g in range(200))
    syndication = Syndication(shared_with={}, groups=groups)
    index = CopyGroups(syndication)
    for group in groups:
        for source in group:
            assert index.of(source) == groups[syndication.group_of(source)][0]


def test_copy_groups_leave_a_report_missing_from_the_groups_alone() -> None:
    groups = CopyGroups(Syndication(shared_with={}, groups=(("a", "b"),)))
    assert groups.of("late-arrival.txt") == "late-arrival.txt"
