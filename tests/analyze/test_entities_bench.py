"""How bench/entities.py matches our mentions to gold names and scores merges, on hand-made data."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import entities

        yield entities
    finally:
        sys.path.remove(str(ROOT / "bench"))


def test_a_prediction_matches_the_overlapping_gold_name_once(bench: ModuleType) -> None:
    text = "Boeing and Airbus met.\n"
    gold = (bench.GoldName(0, 6, "ORG", "i1"), bench.GoldName(11, 17, "ORG", "i2"))
    article = bench.Article("a", "c", text, (0, len(text)), gold)
    predicted = [
        bench.Predicted("a", 0, 6, "Boeing", "ORG", 0),
        bench.Predicted("a", 0, 6, "Boeing", "PERSON", 1),  # a second claim on one gold name
        bench.Predicted("a", 11, 17, "Airbus", "GPE", 2),
    ]
    counts = bench.Counts()
    matches = bench._match_article(article, predicted, counts)
    assert [g.instance for _, g in matches] == ["i1", "i2"]
    figures = counts.figures()
    assert figures["name_precision"] == pytest.approx(2 / 3)
    assert figures["name_recall"] == 1.0
    assert figures["typed_precision"] == pytest.approx(1 / 3)


def test_merges_are_scored_on_pairs_of_name_forms(bench: ModuleType) -> None:
    def match(name: str, entity: int, instance: str) -> tuple[object, object]:
        return (
            bench.Predicted("a", 0, 1, name, "ORG", entity),
            bench.GoldName(0, 1, "ORG", instance),
        )

    counts = bench.Counts()
    bench._score_merges(
        [
            match("WHO", 0, "who"),
            match("World Health Organization", 0, "who"),
            match("Airbus", 0, "airbus"),
            match("EU", 1, "eu"),
            match("European Union", 2, "eu"),
        ],
        counts,
    )
    assert counts.right_merges == 1
    assert sorted(counts.wrong) == [("airbus", "who"), ("airbus", "world health organization")]
    assert counts.missed == [("eu", "european union")]


def test_the_gate_skips_in_one_line_without_the_data(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["--data", str(tmp_path), "--check"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "skipped" in out
