"""A story that grows, on real reports: three ECB+ reports of one story, then three more."""

from __future__ import annotations

import json

import pytest

from newsfuse import api
from newsfuse.compose.changes import diff_briefs
from newsfuse.model import Brief, RawDoc
from newsfuse.rendering import to_json
from newsfuse.rendering.from_json import from_json
from newsfuse.settings import Settings
from tests.conftest import SHARED_DATA

STORY = "10_ecb"  # the Angels' offer to Mark Teixeira, six reports of it in the dev split


@pytest.fixture(scope="module")
def growing() -> tuple[Brief, Brief, list[str]]:
    path = SHARED_DATA / "clustering-dev" / "ecbplus.jsonl"
    if not path.is_file():
        pytest.skip(f"ECB+ reports not found at {path}")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    docs = [
        RawDoc(id=r["id"], content=r["text"], kind="text") for r in records if r["story"] == STORY
    ][:6]
    assert len(docs) == 6
    settings = Settings(use_model=False)
    return (
        api.brief(docs[:3], settings),
        api.brief(docs, settings),
        [d.id for d in docs[3:]],
    )


def test_the_added_reports_are_the_new_sources(growing: tuple[Brief, Brief, list[str]]) -> None:
    before, after, added = growing
    assert diff_briefs(before, after).new_sources == tuple(added)


def test_some_fact_is_now_backed_by_more_independent_sources(
    growing: tuple[Brief, Brief, list[str]],
) -> None:
    before, after, added = growing
    changes = diff_briefs(before, after)
    assert changes.corroborated
    for rise in changes.corroborated:
        assert rise.after > rise.before and rise.after == rise.fact.independent_sources
        assert set(rise.fact.sources) & set(added)  # the added reports are what backs it more


def test_no_fact_is_new_that_the_first_three_reports_already_gave(
    growing: tuple[Brief, Brief, list[str]],
) -> None:
    before, after, added = growing
    changes = diff_briefs(before, after)
    assert changes.new_facts
    for fact in changes.new_facts:
        assert set(fact.sources) & set(added), fact.text
    # Every earlier fact is still there, matched, not listed again as new.
    assert len(after.facts) - len(changes.new_facts) >= len(before.facts) // 2


def test_a_saved_brief_read_back_gives_the_same_changes(
    growing: tuple[Brief, Brief, list[str]],
) -> None:
    before, after, _ = growing
    assert diff_briefs(from_json(to_json(before)), after) == diff_briefs(before, after)
