"""The JSON contract (newsfuse.brief/3): exact keys, formats and a lossless round trip."""

from __future__ import annotations

import json

from newsfuse.rendering import SCHEMA, brief_to_dict, to_json

from .briefs import hostile_brief, sample_brief

SPAN_KEYS = {"source", "start", "end"}


def test_brief_to_dict_has_exactly_the_contract_keys() -> None:
    data = brief_to_dict(sample_brief())
    assert list(data) == [
        "schema", "title", "sources", "summary", "facts", "conflicts", "timeline", "quotes",
        "entities", "notices",
    ]  # fmt: skip
    assert data["schema"] == SCHEMA == "newsfuse.brief/3"
    assert set(data["sources"][0]) == {
        "id", "path", "url", "outlet", "title", "published", "published_basis", "words", "text",
        "removed", "shared_with", "language", "credits",
    }  # fmt: skip
    assert set(data["summary"][0]) == {"text", "sources", "spans"}
    assert set(data["facts"][0]) == {"text", "sources", "independent_sources", "spans"}
    assert set(data["conflicts"][0]) == {"about", "variants"}
    assert set(data["conflicts"][0]["variants"][0]) == {"value", "text", "sources", "spans"}
    assert set(data["timeline"][0]) == {"date", "text", "sources", "announced", "spans"}
    assert set(data["quotes"][0]) == {"speaker", "text", "sources", "spans"}
    assert set(data["entities"][0]) == {"name", "type", "sources", "aliases", "mentions"}
    assert set(data["notices"][0]) == {"source", "level", "message"}


def test_brief_to_dict_formats_sources() -> None:
    afp, local = brief_to_dict(sample_brief())["sources"]
    assert afp["published"] == "2021-03-03" and afp["published_basis"] == "dateline"
    assert afp["removed"] == ["Advertisement", "Skip to content"]
    assert afp["shared_with"] == [{"source": "local.txt", "overlap": 0.123}]
    assert afp["words"] == len(afp["text"].split()) and afp["language"] == "en"
    assert afp["credits"] == [] and local["credits"] == []
    assert local["published"] is None and local["shared_with"] == [] and local["language"] is None


def test_brief_to_dict_spans_index_the_cleaned_text() -> None:
    data = brief_to_dict(sample_brief())
    texts = {s["id"]: s["text"] for s in data["sources"]}
    fact = data["facts"][0]
    (span,) = fact["spans"]
    assert set(span) == SPAN_KEYS
    assert texts[span["source"]][span["start"] : span["end"]] == fact["text"]
    assert [t["date"] for t in data["timeline"]] == ["2021-03-02", "2021-03-09"]
    assert [t["announced"] for t in data["timeline"]] == [False, True]


def test_to_json_round_trips_to_the_same_dict() -> None:
    for brief in (sample_brief(), hostile_brief()):
        assert json.loads(to_json(brief)) == brief_to_dict(brief)


def test_to_json_keeps_non_ascii_and_indents() -> None:
    text = to_json(sample_brief())
    assert "Nîmes" in text and "\\u00ee" not in text
    assert text.startswith('{\n  "schema": "newsfuse.brief/3"')


def test_agency_credits_are_listed_per_source_and_read_back() -> None:
    import dataclasses

    from newsfuse.rendering.from_json import brief_from_dict

    brief = sample_brief()
    credited = dataclasses.replace(
        brief, syndication=dataclasses.replace(brief.syndication, credits={"afp.txt": ("AFP",)})
    )
    data = brief_to_dict(credited)
    assert data["sources"][0]["credits"] == ["AFP"] and data["sources"][1]["credits"] == []
    assert brief_from_dict(data).syndication.credits == {"afp.txt": ("AFP",)}
