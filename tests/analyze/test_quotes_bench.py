"""How bench/quotes.py finds its reference spans and scores ours, on small hand-made texts."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest

from newsfuse.model import CleanDoc
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import quotes

        yield quotes
    finally:
        sys.path.remove(str(ROOT / "bench"))


def _texts(bench: ModuleType, text: str) -> list[str]:
    return [text[s.start : s.end] for s in bench.matcher_spans(CleanDoc("d", text))]


def test_matcher_pairs_straight_marks_across_lines_and_skips_short_spans(
    bench: ModuleType,
) -> None:
    text = '"It is hard to say.\nEverything is speculation, " he said of the "arson" case.'
    assert _texts(bench, text) == ["It is hard to say.\nEverything is speculation, "]


def test_matcher_reads_curly_marks_and_restarts_at_an_unclosed_one(bench: ModuleType) -> None:
    text = "“We lost it all and more“ she said. “The roof fell in on us,” he added."
    assert _texts(bench, text) == ["The roof fell in on us,"]


def test_covered_needs_half_of_the_span(bench: ModuleType) -> None:
    span = bench.Item("d", 0, 100)
    assert bench.covered(span, {"d": [bench.Item("d", 10, 40), bench.Item("d", 50, 75)]})
    assert bench.covered(span, {"d": [bench.Item("d", 10, 40)]}) is None
    assert bench.covered(span, {"e": [bench.Item("e", 0, 100)]}) is None


@pytest.mark.parametrize(
    ("ours", "gold", "same"),
    [
        ("Stan Kasten", "Kasten", True),
        ("Barclays Capital", "Barclays Capital", True),
        ("Greg Abbott", "Saathoff", False),
        ("Frank Costello", "unnamed", False),
    ],
)
def test_same_speaker_compares_surnames(
    bench: ModuleType, ours: str, gold: str, same: bool
) -> None:
    assert bench.same_speaker(ours, gold) is same


def test_labels_name_exact_stretches_of_the_documents(bench: ModuleType) -> None:
    labels = bench.load_labels()
    assert len(labels) >= 150
    assert {"matcher", "ours"} == {label["sample"] for label in labels}
    data = bench.DEFAULT_DATA / bench.FILES[0]
    if not data.is_file():
        pytest.skip(f"{data} is absent (CI has it)")
    texts = {}
    for name in bench.FILES:
        for line in (bench.DEFAULT_DATA / name).read_text(encoding="utf8").splitlines():
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    for label in labels:
        stretch = texts[label["doc"]][label["start"] : label["end"]]
        assert " ".join(stretch.split()[:8]) == label["words"]
        assert label["speaker"] is None or label["quote"]
