"""find_syndication: overlaps and copy groups over a batch of cleaned reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.model import CleanDoc
from newsfuse.settings import Settings
from newsfuse.syndication import MIN_SHARED, find_syndication
from newsfuse.syndication.overlap import overlap
from newsfuse.syndication.passages import profile

STORIES = Path(__file__).parent / "stories"


def _doc(name: str, source: str | None = None) -> CleanDoc:
    return CleanDoc(id=source or name, text=(STORIES / f"{name}.txt").read_text(encoding="utf-8"))


def _all_stories() -> list[CleanDoc]:
    names = ["rewrite", "wire", "shared_quote", "derailment", "edited_copy", "recap"]
    return [_doc(name) for name in names]


def test_find_syndication_groups_identical_copies() -> None:
    found = find_syndication([_doc("wire", "reuters"), _doc("wire", "yahoo")], Settings())
    assert found.groups == (("reuters", "yahoo"),)
    assert [s.overlap for s in found.shared_with["yahoo"]] == [1.0]


def test_find_syndication_groups_wire_copies_and_keeps_own_reporting_apart() -> None:
    found = find_syndication(_all_stories(), Settings())
    assert found.groups == (
        ("rewrite",),
        ("wire", "edited_copy", "recap"),
        ("shared_quote",),
        ("derailment",),
    )
    assert found.independent_count(["wire", "edited_copy", "rewrite", "shared_quote"]) == 3


def test_find_syndication_lists_shared_passages_largest_first() -> None:
    found = find_syndication(_all_stories(), Settings())
    wire = found.shared_with["wire"]
    # The shared quote is too small a share of shingles for LSH to propose that pair.
    assert [s.source for s in wire] == ["edited_copy", "recap"]
    assert [s.overlap for s in wire] == sorted((s.overlap for s in wire), reverse=True)
    assert all(s.overlap >= MIN_SHARED for s in wire)
    assert found.shared_with["recap"][0].overlap == 1.0
    assert found.shared_with["rewrite"] == ()
    assert found.shared_with["derailment"] == ()


def test_find_syndication_keeps_two_stories_apart_when_a_roundup_copies_both() -> None:
    wire, derailment = _doc("wire"), _doc("derailment")
    roundup = CleanDoc(
        id="roundup",
        text=wire.text.split("\n\n")[0] + "\n\n" + derailment.text.split("\n\n")[0],
    )
    found = find_syndication([wire, roundup, derailment], Settings(copy_overlap=0.4))
    # The roundup copies both first paragraphs, so it joins the story it shares most with.
    closest = found.shared_with["roundup"][0].source
    assert {s.source for s in found.shared_with["roundup"]} == {"wire", "derailment"}
    assert sorted(found.groups) == sorted([("wire", "roundup"), ("derailment",)]) or sorted(
        found.groups
    ) == sorted([("wire",), ("roundup", "derailment")])
    assert "roundup" in next(g for g in found.groups if closest in g)


def test_find_syndication_gives_every_report_an_entry_and_a_group() -> None:
    docs = [*_all_stories(), CleanDoc(id="empty", text="")]
    found = find_syndication(docs, Settings())
    assert set(found.shared_with) == {doc.id for doc in docs}
    members = [source for group in found.groups for source in group]
    assert sorted(members) == sorted(doc.id for doc in docs)


def test_find_syndication_handles_empty_texts_and_single_reports() -> None:
    empties = [CleanDoc(id="a", text=""), CleanDoc(id="b", text="  \n ")]
    assert find_syndication(empties, Settings()).groups == (("a",), ("b",))
    single = find_syndication([_doc("wire")], Settings())
    assert single.groups == (("wire",),)
    assert single.shared_with == {"wire": ()}
    assert find_syndication([], Settings()).groups == ()


def test_find_syndication_refuses_duplicate_ids() -> None:
    with pytest.raises(InputError, match="wire: two reports have this id"):
        find_syndication([_doc("wire"), _doc("edited_copy", "wire")], Settings())


def _outlet_copies(count: int) -> list[CleanDoc]:
    """The wire story run by many outlets, each cutting one paragraph and adding a lead-in."""
    paragraphs = _doc("wire").text.split("\n\n")
    docs = []
    for n in range(count):
        kept = [p for i, p in enumerate(paragraphs) if i != n % len(paragraphs)]
        lead = f"Outlet {n} brings you this report from our partners at the agency."
        docs.append(CleanDoc(id=f"outlet-{n}", text="\n\n".join([lead, *kept])))
    return docs


def test_find_syndication_of_many_outlets_gives_every_pair_at_least_its_aligned_overlap() -> None:
    docs = [*_outlet_copies(40), _doc("rewrite"), _doc("recap")]
    found = find_syndication(docs, Settings())
    assert found.groups == ((*(d.id for d in docs[:40]), "recap"), ("rewrite",))
    profiles = [profile(doc.text) for doc in docs]
    for doc, own in zip(docs[:40], profiles, strict=False):
        measured = [(overlap(own, other), d.id) for d, other in zip(docs, profiles, strict=True)]
        aligned = {source: value for value, source in measured if source != doc.id}
        listed = found.shared_with[doc.id]
        # Passage alignment is a floor: derived sentences may show more of a report shared.
        assert {s.source for s in listed} >= {s for s, v in aligned.items() if v >= MIN_SHARED}
        assert all(s.overlap >= aligned[s.source] for s in listed)
        assert [s.overlap for s in listed] == sorted((s.overlap for s in listed), reverse=True)
