"""Membership counts of a named body, read from appositions and coordinations, and compared."""

from __future__ import annotations

import pytest

from newsfuse.align.conflicts import find_conflicts
from newsfuse.align.memberships import memberships_in
from newsfuse.model import CleanDoc, Sentence, Syndication


def sentence(text: str) -> Sentence:
    return Sentence("a", 0, 0, len(text), text)


@pytest.mark.parametrize(
    ("text", "body", "count"),
    [
        ("Troops arrived under the CSTO, a bloc of six member states, on Thursday.", "csto", 6),
        ("The CSTO is a military alliance of six countries.", "csto", 6),
        (
            "The Collective Security Treaty Organization (CSTO) brings together six republics "
            "and the host country.",
            "csto",
            7,
        ),
        (
            "The Collective Security Treaty Organization comprises six former Soviet republics.",
            "csto",
            6,
        ),
        ("NATO, an alliance of 30 countries and two partners, met in Brussels.", "nato", 32),
        ("The 15-member Security Council met on Friday.", "sc", 15),
    ],
)
def test_a_named_body_of_n_members_is_read_with_its_coordination(
    text: str, body: str, count: int
) -> None:
    assert [(m.body, m.count) for m in memberships_in(sentence(text))] == [(body, count)]


@pytest.mark.parametrize(
    "text",
    [
        "About 40 people were injured in the blast.",
        "The alliance comprises some 30 countries.",  # not exact
        "The alliance comprises 30 countries.",  # no name
        "Officials from six member states met in the capital.",
        "The Colts, winners of eight straight games, lost on Sunday.",  # a plural: no body
        "Sadly, the mother of two died from injuries on Sunday.",  # a verb, not the members
    ],
)
def test_no_membership_count_without_an_exact_figure_for_a_named_body(text: str) -> None:
    assert memberships_in(sentence(text)) == []


def conflicts(reports: dict[str, str], copies: tuple[tuple[str, ...], ...] = ()) -> list[str]:
    docs = [CleanDoc(id=i, text=t) for i, t in reports.items()]
    grouped = {s for group in copies for s in group}
    groups = copies + tuple((d.id,) for d in docs if d.id not in grouped)
    split = {d.id: [Sentence(d.id, 0, 0, len(d.text), d.text)] for d in docs}
    found = find_conflicts(docs, split, Syndication({}, groups))
    return [f"{c.about}: {sorted(v.value for v in c.variants)}" for c in found]


A = "Russia sent paratroopers as part of a force of the CSTO, a bloc of six member states."
B = (
    "The Collective Security Treaty Organization (CSTO) brings together six republics and the "
    "host country, officials said."
)


def test_six_members_against_six_plus_one_is_a_count_conflict() -> None:
    assert conflicts({"a": A, "b": B}) == ["number of members of CSTO: ['6', '7']"]


def test_copies_of_one_story_do_not_conflict_over_a_membership() -> None:
    assert conflicts({"a": A, "b": B}, copies=(("a", "b"),)) == []


def test_the_same_membership_in_other_words_is_no_conflict() -> None:
    same = "The Collective Security Treaty Organization groups six former Soviet republics."
    assert conflicts({"a": A, "b": same}) == []
