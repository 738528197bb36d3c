"""Derived passages on real news text (ECB+ dev stories, ../shared/data/clustering-dev).

Condensed wire copies are made from real reports (35-65% of each sentence's words deleted,
order kept, interleaved with another real report's sentences); reports of the sibling story
of a topic (same kind of event, different event) are never copies.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

from newsfuse.model import CleanDoc
from newsfuse.settings import Settings
from newsfuse.syndication import find_syndication

TOPICS = ("13", "24", "38")  # a church fire / a building fire, bombings, earthquakes


def _condensed(text: str, rng: random.Random) -> list[str]:
    lines = []
    for line in text.splitlines():
        tokens = line.split()
        keep = max(1, round(len(tokens) * (1 - rng.uniform(0.35, 0.65))))
        lines.append(" ".join(tokens[i] for i in sorted(rng.sample(range(len(tokens)), keep))))
    return lines


def _with(own: list[str], other: str) -> str:
    theirs = other.splitlines()
    return "\n".join(x for pair in itertools.zip_longest(own, theirs) for x in pair if x)


def test_condensed_wire_copies_are_linked_and_sibling_stories_are_not(shared_data: Path) -> None:
    records = [
        json.loads(line)
        for line in (shared_data / "clustering-dev/ecbplus.jsonl").read_text().splitlines()
    ]
    rng = random.Random(3)
    linked_copies = copies = false_links = negatives = 0
    for topic in TOPICS:
        docs: list[CleanDoc] = []
        story: dict[str, str] = {}
        for name in sorted({r["story"] for r in records if r["topic"] == topic}):
            # The longest report is the wire story: one sentence alone shows no ordered run.
            reports = sorted(
                (r for r in records if r["story"] == name), key=lambda r: -len(r["text"])
            )
            original, second, third, *rest = reports
            made = [
                CleanDoc(id=f"{name}/R", text=original["text"]),
                CleanDoc(
                    id=f"{name}/C1", text=_with(_condensed(original["text"], rng), second["text"])
                ),
                CleanDoc(
                    id=f"{name}/C2", text=_with(_condensed(original["text"], rng), third["text"])
                ),
                *(CleanDoc(id=r["id"], text=r["text"]) for r in rest),
            ]
            docs += made
            story.update((d.id, name) for d in made)
        found = find_syndication(docs, Settings())
        linked = {
            frozenset((a, s.source)) for a, listed in found.shared_with.items() for s in listed
        }
        for a, b in itertools.combinations(docs, 2):
            pair = frozenset((a.id, b.id))
            if story[a.id] != story[b.id]:
                negatives += 1
                false_links += pair in linked
            elif "/" in a.id and "/" in b.id:
                copies += 1
                linked_copies += pair in linked
    assert linked_copies >= 0.7 * copies, (linked_copies, copies)
    assert false_links == 0, (false_links, negatives)
