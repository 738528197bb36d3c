"""Derived sentences between reports: condensed wire copy is linked, own reporting is not."""

from __future__ import annotations

import random
from pathlib import Path

from newsfuse.model import CleanDoc, Span
from newsfuse.settings import Settings
from newsfuse.syndication import find_syndication
from newsfuse.syndication.sentence_links import find_matches
from newsfuse.syndication.units import Unit, report_units

STORIES = Path(__file__).parent / "stories"


def _story(name: str) -> str:
    return (STORIES / f"{name}.txt").read_text(encoding="utf-8")


def _sentences(text: str) -> list[str]:
    return [text[u.start : u.end] for u in report_units(CleanDoc(id="x", text=text), 0)]


def _condensed(text: str, seed: int) -> list[str]:
    """Every sentence with about half its words deleted, order kept."""
    rng = random.Random(seed)
    out = []
    for sentence in _sentences(text):
        tokens = sentence.split()
        keep = sorted(rng.sample(range(len(tokens)), max(1, round(len(tokens) * 0.55))))
        out.append(" ".join(tokens[i] for i in keep))
    return out


def _interleaved(first: list[str], second: list[str]) -> str:
    lines = []
    for n in range(max(len(first), len(second))):
        lines += [*first[n : n + 1], *second[n : n + 1]]
    return "\n".join(lines)


def _outlets() -> list[CleanDoc]:
    """Two outlets that each condensed the wire story and mixed it with their own text."""
    wire = _story("wire")
    return [
        CleanDoc(id="a", text=_interleaved(_condensed(wire, 1), _sentences(_story("rewrite")))),
        CleanDoc(
            id="b", text=_interleaved(_condensed(wire, 2), _sentences(_story("shared_quote")))
        ),
        CleanDoc(id="derailment", text=_story("derailment")),
    ]


def _matched(units: list[Unit], docs: list[CleanDoc]) -> set[tuple[str, str]]:
    found = find_matches(units, 16, lambda a, b: False)
    return {(docs[units[m.first].doc].id, docs[units[m.second].doc].id) for m in found.matches}


def test_two_condensed_copies_of_one_wire_story_are_linked_in_an_ordered_run() -> None:
    docs = _outlets()
    found = find_syndication(docs, Settings())
    between = [
        link for link in found.links or () if {link.first.source, link.second.source} == {"a", "b"}
    ]
    assert len(between) >= 4
    assert all(link.run >= 4 for link in between)
    assert all(link.first.source != "derailment" for link in found.links or ())
    assert {s.source for s in found.shared_with["a"]} == {"b"}


def test_reports_of_one_event_written_apart_are_not_linked() -> None:
    docs = [CleanDoc(id=n, text=_story(n)) for n in ("wire", "rewrite", "shared_quote")]
    units = [u for i, d in enumerate(docs) for u in report_units(d, i)]
    assert _matched(units, docs) == set()


def test_a_quote_carried_by_two_reports_is_no_derived_sentence() -> None:
    quote = (
        '"We will rebuild the harbour stone by stone and open it again by the summer," she said.'
    )
    docs = [
        CleanDoc(
            id="a",
            text="The mayor spoke at the town hall on Monday before a crowd of shop owners.\n"
            f"{quote}\nShe gave no figure for the cost of the repairs or who would pay for them.",
        ),
        CleanDoc(
            id="b",
            text="Residents gathered outside the ruined pier at dawn to see the damage.\n"
            f"{quote}\nFishing crews said they would move to the northern quay until then.",
        ),
    ]
    found = find_syndication(docs, Settings())
    assert found.links == ()
    assert found.independent_sources([_span(docs[0], quote), _span(docs[1], quote)]) == 2


def _span(doc: CleanDoc, text: str) -> Span:
    start = doc.text.index(text)
    return Span(doc.id, start, start + len(text))


def test_sentence_candidates_are_capped_and_the_cap_is_reported() -> None:
    line = "Rescue teams searched the collapsed warehouse for the missing night-shift workers"
    docs = [CleanDoc(id=f"r{n}", text=f"{line} number {n} late on Tuesday.") for n in range(20)]
    units = [u for i, d in enumerate(docs) for u in report_units(d, i)]
    assert find_matches(units, 3, lambda a, b: False).truncated
    assert not find_matches(units, 100, lambda a, b: False).truncated
