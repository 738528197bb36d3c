"""Invariants that must hold on any input, checked with generated input (hypothesis)."""

from __future__ import annotations

import html
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfuse
from newsfuse.cleaning import clean_docs
from newsfuse.model import RawDoc
from newsfuse.rendering import brief_to_dict, to_json
from newsfuse.settings import Settings

WORDS = st.sampled_from(
    "the fire port crews said on Tuesday 4,300 residents were evacuated at least 40 injured "
    "Mayor Calloway “we will rebuild” police denied looting Advertisement Subscribe © 2023 "
    "Menu Share 3 March 2021 14.09.2023 <b> </p> & ' \" \n".split(" ")
)
TEXTS = st.lists(WORDS, min_size=0, max_size=80).map(" ".join)
REPORTS = st.lists(WORDS, min_size=25, max_size=120).map(" ".join)
TAGS = st.sampled_from(["p", "div", "nav", "footer", "article", "h1", "span", "script", "li"])


@st.composite
def pages(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(TAGS)
        parts.append(f"<{tag}>{html.escape(draw(TEXTS))}</{tag}>")
    unclosed = draw(st.booleans())
    return "<html><body>" + "".join(parts) + ("" if unclosed else "</body></html>")


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def _visible_words(page: str) -> set[str]:
    """Words as a browser shows them (inline tags join their neighbours, block tags separate),
    or with every tag taken as a separator, as extractors may read inline elements."""
    visible = re.sub(r"<script[^>]*>.*?</script>", "", page, flags=re.S)
    joined = re.sub(r"</?span[^>]*>", "", visible)
    return _words(html.unescape(re.sub(r"<[^>]+>", " ", joined))) | _words(html.unescape(page))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=pages())
def test_html_cleaning_never_crashes_and_never_invents_words(page: str) -> None:
    docs, notices = clean_docs([RawDoc("page.html", page, "html")], Settings())
    assert len(docs) + len(notices) >= 1
    for doc in docs:
        assert _words(doc.text) <= _visible_words(page)


@settings(max_examples=60, deadline=None)
@given(text=TEXTS)
def test_text_cleaning_never_crashes_and_never_invents_words(text: str) -> None:
    docs, _ = clean_docs([RawDoc("report.txt", text, "text")], Settings())
    for doc in docs:
        assert _words(doc.text) <= _words(text)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(REPORTS, min_size=1, max_size=4))
def test_brief_cites_only_known_sources_and_round_trips_as_json(texts: list[str]) -> None:
    raws = [RawDoc(f"r{i}.txt", text, "text") for i, text in enumerate(texts)]
    try:
        brief = newsfuse.brief(raws, Settings(use_model=False))
    except newsfuse.InputError:
        return  # nothing usable left after cleaning: a clear error, not a crash
    ids = {s.id for s in brief.sources}
    data = brief_to_dict(brief)
    assert json.loads(to_json(brief)) == json.loads(json.dumps(data))
    for section in ("summary", "facts", "timeline", "quotes", "entities"):
        for item in data[section]:
            assert set(item["sources"]) <= ids
    for conflict in data["conflicts"]:
        for variant in conflict["variants"]:
            assert set(variant["sources"]) <= ids
