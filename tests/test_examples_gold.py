"""The bundled example corpora and their gold labels agree with each other.

The gold files are hand-written; these tests catch a fragment that drifted from its report,
a source id that does not exist, a date that is not a date, or a count that contradicts the
declared copies, so the end-to-end tests and benchmarks score against labels that are true.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from pathlib import Path
from typing import Any

import lxml.html
import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
STORIES = sorted(p.parent.name for p in EXAMPLES.glob("*/gold.json"))
SHINGLE_WORDS = 5

Gold = dict[str, Any]


def squash(text: str) -> str:
    return " ".join(text.split())


def html_text(page: str) -> str:
    """The page's visible text: what a reader (or an extractor) can see, scripts excluded."""
    root = lxml.html.fromstring(page)
    for node in root.xpath("//script | //style"):
        node.drop_tree()
    return str(root.text_content())


@functools.cache
def read_reports(story: str) -> dict[str, str]:
    """Report id -> text; a JSONL file holds one report per line, id `<file>#<line>`."""
    texts: dict[str, str] = {}
    for path in sorted((EXAMPLES / story / "reports").iterdir()):
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for number, line in enumerate(raw.splitlines(), start=1):
                texts[f"{path.name}#{number}"] = json.loads(line)["text"]
        elif path.suffix == ".html":
            texts[path.name] = html_text(raw)
        else:
            texts[path.name] = raw
    return texts


def occurs(fragment: str, report_id: str, texts: dict[str, str]) -> bool:
    """Exact for flattened text; whitespace-insensitive for HTML, whose markup wraps lines."""
    if report_id.endswith(".html"):
        return squash(fragment) in squash(texts[report_id])
    return fragment in texts[report_id]


def mentions(fragment: str, text: str) -> bool:
    return squash(fragment).casefold() in squash(text).casefold()


@functools.cache
def load_gold(story: str) -> Gold:
    gold: Gold = json.loads((EXAMPLES / story / "gold.json").read_text(encoding="utf-8"))
    return gold


def cited_sources(gold: Gold) -> set[str]:
    cited = {source for group in gold["copies"] for source in group}
    for section in ("facts", "non_conflicts", "timeline", "quotes", "entities"):
        cited |= {source for item in gold[section] for source in item["sources"]}
    for conflict in gold["conflicts"]:
        cited |= {source for variant in conflict["variants"] for source in variant["sources"]}
    return cited


def copy_group(source: str, gold: Gold) -> frozenset[str]:
    for group in gold["copies"]:
        if source in group:
            return frozenset(group)
    return frozenset({source})


def article_shingles(report_id: str, gold: Gold, texts: dict[str, str]) -> set[tuple[str, ...]]:
    """Word shingles of a report with its labelled noise cut out."""
    text = texts[report_id]
    for noise in gold["reports"][report_id]["must_remove"]:
        text = text.replace(noise, " ")
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def containment(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    return len(a & b) / min(len(a), len(b))


def published_metadata(report_id: str, story: str) -> str | None:
    """The publication date a page or record declares in its own metadata, if any."""
    name, _, line = report_id.partition("#")
    raw = (EXAMPLES / story / "reports" / name).read_text(encoding="utf-8")
    if line:
        record = json.loads(raw.splitlines()[int(line) - 1])
        return str(record["published"])[:10] if record.get("published") else None
    found = re.search(r'"datePublished":\s*"(\d{4}-\d{2}-\d{2})', raw) or re.search(
        r'article:published_time" content="(\d{4}-\d{2}-\d{2})', raw
    )
    return found.group(1) if found else None


@pytest.fixture(params=STORIES)
def story(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_examples_every_story_has_gold() -> None:
    folders = sorted(p.name for p in EXAMPLES.iterdir() if (p / "reports").is_dir())
    assert folders == STORIES
    assert len(STORIES) >= 2


def test_gold_reports_match_the_report_files(story: str) -> None:
    assert set(load_gold(story)["reports"]) == set(read_reports(story))


def test_gold_report_fragments_occur_in_their_report(story: str) -> None:
    texts = read_reports(story)
    for report_id, labels in load_gold(story)["reports"].items():
        assert len(labels["must_keep"]) >= 5, report_id
        for fragment in labels["must_keep"] + labels["must_remove"]:
            assert occurs(fragment, report_id, texts), (report_id, fragment)


def test_gold_noise_in_flattened_text_is_whole_lines(story: str) -> None:
    texts = read_reports(story)
    for report_id, labels in load_gold(story)["reports"].items():
        if report_id.endswith(".html"):
            continue
        lines = set(texts[report_id].splitlines())
        for block in labels["must_remove"]:
            assert set(block.split("\n")) <= lines, (report_id, block)


def test_gold_kept_text_contains_no_labelled_noise(story: str) -> None:
    for report_id, labels in load_gold(story)["reports"].items():
        for keep in labels["must_keep"]:
            for noise in labels["must_remove"]:
                assert noise not in keep and keep not in noise, (report_id, keep, noise)


def test_gold_report_metadata_is_well_formed(story: str) -> None:
    for report_id, labels in load_gold(story)["reports"].items():
        assert labels["outlet"] and labels["language"] == "en", report_id
        assert labels["published_basis"] in {"metadata", "dateline", None}, report_id
        assert (labels["published"] is None) == (labels["published_basis"] is None), report_id
        if labels["published"] is not None:
            dt.date.fromisoformat(labels["published"])


def test_gold_published_dates_agree_with_page_metadata(story: str) -> None:
    for report_id, labels in load_gold(story)["reports"].items():
        declared = published_metadata(report_id, story)
        if labels["published_basis"] == "metadata":
            assert declared == labels["published"], report_id
        else:
            assert declared is None, f"{report_id} has metadata, so its basis is metadata"


def test_gold_cites_only_known_reports(story: str) -> None:
    gold = load_gold(story)
    assert cited_sources(gold) <= set(gold["reports"])


def test_gold_copies_share_most_of_their_article_text(story: str) -> None:
    gold, texts = load_gold(story), read_reports(story)
    shingles = {rid: article_shingles(rid, gold, texts) for rid in gold["reports"]}
    for a in shingles:
        for b in shingles:
            if a < b:
                share = containment(shingles[a], shingles[b])
                copies = copy_group(a, gold) == copy_group(b, gold)
                assert share > 0.5 if copies else share < 0.2, (a, b, share)


def test_gold_independent_sources_count_copies_once(story: str) -> None:
    gold = load_gold(story)
    for fact in gold["facts"]:
        groups = {copy_group(source, gold) for source in fact["sources"]}
        assert fact["independent_sources"] == len(groups), fact["text"]


def test_gold_has_enough_facts_including_single_source_ones(story: str) -> None:
    facts = load_gold(story)["facts"]
    assert len(facts) >= 12
    assert sum(len(fact["sources"]) == 1 for fact in facts) >= 2


def test_gold_conflict_variants_come_from_different_reports(story: str) -> None:
    for conflict in load_gold(story)["conflicts"]:
        variants = conflict["variants"]
        assert len(variants) >= 2, conflict["about"]
        cited = [source for variant in variants for source in variant["sources"]]
        assert len(cited) == len(set(cited)), conflict["about"]


def test_gold_non_conflict_values_occur_in_their_sources(story: str) -> None:
    texts = read_reports(story)
    for item in load_gold(story)["non_conflicts"]:
        assert len(item["values"]) >= 2 and item["why"], item["about"]
        for value in item["values"]:
            assert any(mentions(value, texts[s]) for s in item["sources"]), value


def test_gold_timeline_dates_are_real_and_announcements_lie_ahead(story: str) -> None:
    gold = load_gold(story)
    story_date = dt.date.fromisoformat(gold["story_date"])
    for entry in gold["timeline"]:
        date = dt.date.fromisoformat(entry["date"])
        if entry["announced"]:
            assert date > story_date, entry["event"]
        published = [gold["reports"][s]["published"] for s in entry["sources"]]
        assert None not in published, f"{entry['event']}: a source without a date"
        assert entry["announced"] or date <= dt.date.fromisoformat(max(published)), entry


def test_gold_quotes_occur_in_every_source_and_name_a_known_speaker(story: str) -> None:
    gold, texts = load_gold(story), read_reports(story)
    names = {entity["name"] for entity in gold["entities"]}
    for quote in gold["quotes"]:
        assert quote["speaker"] in names, quote["speaker"]
        for source in quote["sources"]:
            assert occurs(quote["fragment"], source, texts), (source, quote["fragment"])


def test_gold_entities_are_mentioned_where_cited(story: str) -> None:
    texts = read_reports(story)
    for entity in load_gold(story)["entities"]:
        assert entity["type"] in {"PERSON", "ORG", "GPE", "LOC"}, entity["name"]
        forms = [entity["name"], *entity["aliases"]]
        for source in entity["sources"]:
            assert any(mentions(form, texts[source]) for form in forms), (entity["name"], source)
        for alias in entity["aliases"]:
            assert any(mentions(alias, texts[s]) for s in entity["sources"]), alias
