"""`newsfuse cluster` end to end on a small JSONL stream."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsfuse.cli.app import app
from tests.stories.articles import QUAKE_CHILE, QUAKE_CHILE_2, QUAKE_JAPAN

runner = CliRunner()


def _stream(tmp_path: Path) -> Path:
    records = [
        {"id": "chile-1", "text": QUAKE_CHILE, "published": "2024-05-07", "outlet": "Wire"},
        {"id": "japan-1", "text": QUAKE_JAPAN, "published": "2024-05-08", "outlet": "Wire"},
        {"id": "chile-2", "text": QUAKE_CHILE_2, "published": "2024-05-08", "outlet": "Daily"},
    ]
    path = tmp_path / "stream.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_jsonl_lists_articles_in_input_order_then_the_stories(tmp_path: Path) -> None:
    result = runner.invoke(app, ["cluster", str(_stream(tmp_path))])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    articles = [line for line in lines if line["kind"] == "article"]
    stories = [line for line in lines if line["kind"] == "story"]
    assert [a["id"] for a in articles] == ["chile-1", "japan-1", "chile-2"]
    assert articles[0]["story"] == articles[2]["story"] != articles[1]["story"]
    chile = next(s for s in stories if s["id"] == articles[0]["story"])
    assert chile["size"] == 2 and chile["first"] == "2024-05-07" and chile["last"] == "2024-05-08"
    assert sorted(chile["outlets"]) == ["Daily", "Wire"]


def test_json_to_a_file_and_a_threshold_that_splits_everything(tmp_path: Path) -> None:
    out = tmp_path / "stories.json"
    args = ["cluster", str(_stream(tmp_path)), "--format", "json", "--threshold", "0.99"]
    result = runner.invoke(app, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["schema"] == "newsfuse.stories/1"
    assert len(document["stories"]) == 3


def test_a_threshold_out_of_range_is_refused_naming_the_setting(tmp_path: Path) -> None:
    result = runner.invoke(app, ["cluster", str(_stream(tmp_path)), "--threshold", "2"])
    assert result.exit_code == 1
    assert "cluster_threshold" in result.output


def test_no_usable_article_is_an_error_naming_the_inputs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["cluster", str(empty)])
    assert result.exit_code == 1
    assert "no usable article" in result.output
