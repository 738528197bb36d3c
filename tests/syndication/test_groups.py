"""Grouping copies with union-find, guarded against chaining."""

from __future__ import annotations

from newsfuse.syndication.groups import Strength, copy_groups


def _strength_from(table: dict[tuple[int, int], float]) -> tuple[list[tuple[int, int]], Strength]:
    asked: list[tuple[int, int]] = []

    def strength(i: int, j: int) -> float:
        asked.append((min(i, j), max(i, j)))
        return table.get((min(i, j), max(i, j)), 0.0)

    return asked, strength


def test_copy_groups_join_pairs_at_or_over_the_threshold() -> None:
    table = {(0, 2): 0.5, (1, 3): 0.49}
    _, strength = _strength_from(table)
    assert copy_groups([100] * 4, list(table), strength, 0.5) == [[0, 2], [1], [3]]


def test_copy_groups_keep_two_stories_apart_when_a_recap_copies_both() -> None:
    # 0 and 2 are two different wire stories; 1 is a short round-up quoting both.
    table = {(0, 1): 0.9, (1, 2): 0.8}
    _, strength = _strength_from(table)
    assert copy_groups([300, 60, 280], list(table), strength, 0.5) == [[0, 1], [2]]


def test_copy_groups_join_copies_that_cut_different_parts_through_the_full_wire() -> None:
    # 1 and 2 each cut a different half of wire 0: not copies of each other, both copies of 0.
    table = {(0, 1): 0.95, (0, 2): 0.9, (1, 2): 0.3}
    _, strength = _strength_from(table)
    assert copy_groups([400, 250, 240], list(table), strength, 0.5) == [[0, 1, 2]]


def test_copy_groups_check_anchors_that_are_not_candidate_pairs() -> None:
    # LSH proposed only 1-2 and 0-1; merging {0, 1} with {2} asks about anchors 0 and 2.
    table = {(0, 1): 0.9, (1, 2): 0.7, (0, 2): 0.8}
    asked, strength = _strength_from(table)
    groups = copy_groups([500, 200, 300], [(0, 1), (1, 2)], strength, 0.5)
    assert groups == [[0, 1, 2]]
    assert (0, 2) in asked


def test_copy_groups_partition_every_index_in_first_appearance_order() -> None:
    table = {(3, 4): 1.0, (1, 4): 0.7, (1, 3): 0.6}
    _, strength = _strength_from(table)
    groups = copy_groups([50] * 6, list(table), strength, 0.5)
    assert groups == [[0], [1, 3, 4], [2], [5]]
    assert sorted(i for group in groups for i in group) == list(range(6))


def test_copy_groups_of_nothing_is_empty() -> None:
    _, strength = _strength_from({})
    assert copy_groups([], [], strength, 0.5) == []
