"""Invariants that must hold on any input, checked with generated input (hypothesis)."""

from __future__ import annotations

import gzip
import html
import json
import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
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
# Two inline texts with removed blocks between them, which trafilatura glued into one word.
@example(
    page="<html><body><article>"
    + " ".join(["the fire crews said residents were evacuated"] * 6)
    + "</article><span>the denied police were</span><article></article><nav></nav>"
    "<footer></footer><span>Subscribe</span></body></html>"
)
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


GOOD_REPORTS = ("lanterfield-herald.txt", "saltmere-gazette.txt")
STORY = Path(__file__).resolve().parent.parent / "examples" / "harbour-fire" / "reports"
# Lone surrogates included: JSON can spell them and file names can carry them.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=200)
JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=12,
)
RECORD_KEYS = st.sampled_from(["id", "text", "html", "title", "published", "url", "outlet"])
RECORDS = st.dictionaries(RECORD_KEYS, JSON_VALUES | ANY_TEXT | TEXTS, max_size=6)
CHARSETS = st.sampled_from(["utf-8", "rot13", "base64", "undefined", "utf-16", "x-junk", ""])


@st.composite
def jsonl_files(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(RECORDS | JSON_VALUES, max_size=6))
    text = "\n".join(json.dumps(line) for line in lines)
    return text.encode("utf-8", "surrogatepass")


@st.composite
def html_files(draw: st.DrawFn) -> bytes:
    page = draw(pages())
    head = f'<meta charset="{draw(CHARSETS)}">' if draw(st.booleans()) else ""
    page = page.replace(
        "<html>", f"<html><head>{head}<title>{html.escape(draw(TEXTS))}</title></head>"
    )
    return page.encode(draw(st.sampled_from(["utf-8", "cp1252", "utf-16-le"])), "replace")


HOSTILE = st.one_of(
    st.tuples(
        st.sampled_from(["odd.txt", "odd.html", "odd.jsonl", "odd.txt.gz"]),
        st.binary(max_size=3000),
    ),
    st.tuples(st.just("odd.jsonl"), jsonl_files()),
    st.tuples(st.sampled_from(["odd.html", "odd.html.gz"]), html_files()),
)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile=HOSTILE)
@example(hostile=("odd.html", b'<html><head><meta charset="rot13"></head><body><p>Fire.</p>'))
@example(hostile=("odd.jsonl", b'{"title": "Fire \\ud83d", "text": "Smoke \\ud83d rose."}'))
@example(hostile=("odd.html", '<meta charset="utf-16"><p>Fire crews.</p>'.encode("utf-16-le")))
def test_a_hostile_input_beside_good_reports_never_sinks_the_brief(
    hostile: tuple[str, bytes],
) -> None:
    name, data = hostile
    if name.endswith(".gz"):
        data = gzip.compress(data)
    with tempfile.TemporaryDirectory() as folder:
        for report in GOOD_REPORTS:
            shutil.copy(STORY / report, folder)
        Path(folder, name).write_bytes(data)
        brief = newsfuse.brief(folder, Settings(use_model=False))
    ids = {s.id for s in brief.sources}
    assert set(GOOD_REPORTS) <= ids
    assert brief.summary
    for fmt in ("json", "md", "html"):
        newsfuse.render(brief, fmt).encode("utf-8")
