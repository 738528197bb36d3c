"""Bounded cost: a flood of near-identical tiny reports costs about what one report costs."""

from __future__ import annotations

import random
import time

from newsfuse.model import CleanDoc
from newsfuse.settings import Settings
from newsfuse.syndication import find_syndication

ITEM = (
    "A fire broke out at a warehouse in the port district on Tuesday night, officials said."
    " No one was hurt and the cause is being investigated."
).split()


def _tiny(count: int) -> list[CleanDoc]:
    rng = random.Random(5)
    docs = []
    for n in range(count):
        words = list(ITEM)
        words[rng.randrange(len(words))] = rng.choice(["blaze", "store", "late", "two"])
        docs.append(CleanDoc(id=f"t{n}", text=" ".join(words) + f" Item {n}."))
    return docs


def test_near_identical_tiny_reports_form_one_group_quickly_with_a_cap_notice() -> None:
    docs = _tiny(3000)
    start = time.process_time()
    found = find_syndication(docs, Settings())
    assert time.process_time() - start < 30  # about 2 s of CPU on the reference machine
    assert max(len(group) for group in found.groups) >= 2900
    assert any("cap" in notice.message for notice in found.notices)
    assert all(len(listed) <= Settings().copy_candidates for listed in found.shared_with.values())
    # Every tiny report's first sentence derives from the first report's: one source for it.
    spans = [s for link in found.links or () for s in (link.first, link.second) if s.start == 0]
    assert len({s.source for s in spans}) >= 2900
    assert found.independent_sources(spans) == 1
