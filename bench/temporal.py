"""Temporal expressions on MEANTIME, scored TempEval-3 style.

Run as `.venv/bin/python bench/temporal.py [--data DIR] [--check]`.

Each article's text is tagged with its publication date as the reference time; gold and
predictions are kept only where they start inside the article's annotated range (the corpus
annotates timexes only in its first sentences), and predictions overlapping the date line are
dropped (it is the document's creation time, not a body expression). Extent is scored strict
(same start and end) and relaxed (overlap, each gold matched once); value F1 counts a relaxed
match only when the TIMEX3 values are equal; type accuracy is over relaxed matches. Relative
expressions (gold timexes with an `anchor`) are scored on their own: the share whose value is
found, which is what a reference time is for.

`--check` exits non-zero when a figure falls below its floor in bench/temporal_baseline.json;
without the data it says so in one line and exits 0.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import floors
import newsfuse

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "meantime-en"
BASELINE = Path(__file__).resolve().parent / "temporal_baseline.json"


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str
    type: str
    relative: bool = False


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    published: dt.date
    annotated: tuple[int, int]
    dct: tuple[int, int]
    gold: tuple[Timex, ...]


Tagger = Callable[[str, dt.date], list[Timex]]


def load_articles(data: Path) -> list[Article]:
    articles = []
    with (data / "meantime-en.jsonl").open(encoding="utf8") as lines:
        for line in lines:
            record = json.loads(line)
            lo, hi = record["annotated_range"]
            gold = tuple(
                Timex(t["start"], t["end"], t["value"], t["type"], "anchor" in t)
                for t in record["timexes"]
                if lo <= t["start"] < hi
            )
            dct = record["dct"]
            articles.append(
                Article(
                    record["id"],
                    record["text"],
                    dt.date.fromisoformat(record["published"]),
                    (lo, hi),
                    (dct["start"], dct["end"]),
                    gold,
                )
            )
    return articles


def newsfuse_tagger(text: str, published: dt.date) -> list[Timex]:
    return [
        Timex(t.start, t.end, t.value, t.type)
        for t in newsfuse.temporal_expressions(text, published)
    ]


@dataclass
class Counts:
    predicted: int = 0
    gold: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0
    relative_gold: int = 0
    relative_value: int = 0

    def f1(self, hits: int) -> float:
        total = self.predicted + self.gold
        return 2 * hits / total if total else 0.0

    def figures(self) -> dict[str, float]:
        return {
            "precision": self.relaxed / max(self.predicted, 1),
            "recall": self.relaxed / max(self.gold, 1),
            "relaxed_f1": self.f1(self.relaxed),
            "strict_precision": self.strict / max(self.predicted, 1),
            "strict_recall": self.strict / max(self.gold, 1),
            "strict_f1": self.f1(self.strict),
            "value_f1": self.f1(self.value),
            "value_accuracy": self.value / max(self.relaxed, 1),
            "type_accuracy": self.type / max(self.relaxed, 1),
            "relative_accuracy": self.relative_value / max(self.relative_gold, 1),
        }


def score(articles: Iterable[Article], tag: Tagger) -> Counts:
    counts = Counts()
    for article in articles:
        lo, hi = article.annotated
        predicted = [
            p
            for p in tag(article.text, article.published)
            if lo <= p.start < hi and not (p.start < article.dct[1] and article.dct[0] < p.end)
        ]
        _score_article(article.gold, predicted, counts)
    return counts


def _score_article(gold: Sequence[Timex], predicted: Sequence[Timex], counts: Counts) -> None:
    counts.predicted += len(predicted)
    counts.gold += len(gold)
    counts.relative_gold += sum(g.relative for g in gold)
    used: set[int] = set()
    for p in predicted:
        index = next(
            (
                i
                for i, g in enumerate(gold)
                if i not in used and p.start < g.end and g.start < p.end
            ),
            None,
        )
        if index is None:
            continue
        used.add(index)
        g = gold[index]
        counts.relaxed += 1
        counts.strict += (p.start, p.end) == (g.start, g.end)
        counts.value += p.value == g.value
        counts.type += p.type == g.type
        counts.relative_value += g.relative and p.value == g.value


def print_figures(counts: Counts, articles: int) -> None:
    f = counts.figures()
    print(
        f"MEANTIME-en: {articles} articles, {counts.gold} gold timexes in the annotated ranges "
        f"({counts.relative_gold} relative), {counts.predicted} predicted"
    )
    print(f"extent relaxed  P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['relaxed_f1']:.3f}")
    print(
        f"extent strict   P {f['strict_precision']:.3f}  R {f['strict_recall']:.3f}  "
        f"F1 {f['strict_f1']:.3f}"
    )
    print(f"value F1 {f['value_f1']:.3f}  (value accuracy on matches {f['value_accuracy']:.3f})")
    print(f"type accuracy {f['type_accuracy']:.3f}")
    print(
        f"relative expressions: value right for {counts.relative_value}/{counts.relative_gold}"
        f" = {f['relative_accuracy']:.3f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = floors.options(__doc__, DEFAULT_DATA).parse_args(argv)
    if floors.absent("temporal", args.data, ["meantime-en.jsonl"]):
        return 0
    articles = load_articles(args.data)
    counts = score(articles, newsfuse_tagger)
    print_figures(counts, len(articles))
    if not args.check:
        return 0
    return floors.check(counts.figures(), json.loads(BASELINE.read_text(encoding="utf8"))["floor"])


if __name__ == "__main__":
    sys.exit(main())
