"""End to end on the bundled stories: the brief must agree with the hand-written gold."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import newsfuse
from newsfuse.model import Brief
from tests.conftest import example_stories, load_gold

STORIES = example_stories()


@cache
def _brief(story: Path) -> Brief:
    return newsfuse.brief(story / "reports")


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(params=STORIES, ids=[s.name for s in STORIES])
def story(request: pytest.FixtureRequest) -> tuple[Brief, dict[str, Any]]:
    return _brief(request.param), load_gold(request.param)


def test_example_stories_are_bundled() -> None:
    assert len(STORIES) >= 2


def test_every_report_becomes_a_source(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, gold = story
    assert sorted(s.id for s in brief.sources) == sorted(gold["reports"])


def test_cleaning_keeps_article_text_and_drops_noise(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, gold = story
    for source in brief.sources:
        text = _collapse(source.text)
        labels = gold["reports"][source.id]
        for kept in labels["must_keep"]:
            assert _collapse(kept) in text, f"{source.id} lost: {kept!r}"
        for noise in labels["must_remove"]:
            for line in noise.split("\n"):
                if len(line.split()) >= 3 or line.strip() in ("Advertisement", "Menu"):
                    assert _collapse(line) not in text, f"{source.id} kept noise: {line!r}"


def test_removed_lines_are_kept_for_the_reader(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, gold = story
    for source in brief.sources:
        if gold["reports"][source.id]["must_remove"]:
            assert source.removed, f"{source.id} reports nothing removed"


def test_publication_dates_match_the_gold(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, gold = story
    for source in brief.sources:
        expected = gold["reports"][source.id]
        if expected["published"] is None:
            assert source.published is None or source.published_basis == "inferred"
        else:
            assert str(source.published) == expected["published"], source.id
            assert source.published_basis == expected["published_basis"], source.id


def test_wire_copies_are_grouped_and_nothing_else(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, gold = story
    found = {frozenset(g) for g in brief.syndication.groups if len(g) > 1}
    assert found == {frozenset(g) for g in gold["copies"]}


def test_summary_sentences_are_cited_verbatim(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, _ = story
    texts = {s.id: s.text for s in brief.sources}
    assert 5 <= len(brief.summary) <= 10
    for sentence in brief.summary:
        assert sentence.sources
        assert {span.source for span in sentence.spans} == set(sentence.sources)
        assert any(sentence.text == texts[sp.source][sp.start : sp.end] for sp in sentence.spans)


def test_summary_never_quotes_noise(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, gold = story
    noise = [
        _collapse(line)
        for labels in gold["reports"].values()
        for block in labels["must_remove"]
        for line in block.split("\n")
        if len(line.split()) >= 3
    ]
    for sentence in brief.summary:
        assert not any(n in _collapse(sentence.text) for n in noise), sentence.text


def test_title_is_one_of_the_reports_headlines(story: tuple[Brief, dict[str, Any]]) -> None:
    brief, _ = story
    titles = {s.title for s in brief.sources if s.title}
    assert brief.title in titles
