"""Article-body extraction benchmark: precision, recall, F1, accuracy and speed per method.

Run as `.venv/bin/python bench/extraction.py [--data DIR] [--limit N] [--half even|odd] [--check]`.
The metric is the one of scrapinghub/article-extraction-benchmark (see the data folder's README):
token 4-gram shingle multisets per page, precision and recall averaged over pages.
`--check` exits non-zero when a method's F1 falls below its floor in bench/baseline.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from newsfuse.cleaning.boilerplate import clean_texts
from newsfuse.cleaning.flatten import flatten_html
from newsfuse.model import RawDoc

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "extraction-dev"
BASELINE = Path(__file__).resolve().parent / "baseline.json"
_TOKEN = re.compile(r"\w+")

Extractor = Callable[[str], str]


@dataclass(frozen=True)
class Page:
    id: str
    html: str
    truth: str


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    accuracy: float
    pages_per_s: float


def load_pages(data: Path, limit: int | None, half: str | None) -> list[Page]:
    truth_file = data / "ground-truth.json"
    if not truth_file.is_file():
        sys.exit(f"benchmark data not found: {truth_file} is missing (pass --data DIR)")
    truth = json.loads(truth_file.read_text(encoding="utf8"))
    ids = sorted(truth)
    if half is not None:
        ids = ids[0 if half == "even" else 1 :: 2]
    pages = []
    for page_id in ids[:limit]:
        with gzip.open(data / "html" / f"{page_id}.html.gz", "rt", encoding="utf8") as f:
            pages.append(Page(page_id, f.read(), truth[page_id]["articleBody"]))
    return pages


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def page_counts(truth: str, prediction: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page's shingle multisets, normalised to sum to 1."""
    true, pred = _shingles(truth), _shingles(prediction)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def score(pages: list[Page], predictions: list[str], seconds: float) -> Score:
    counts = [page_counts(p.truth, pred) for p, pred in zip(pages, predictions, strict=True)]
    precisions = [tp / (tp + fp) for tp, fp, _ in counts if tp + fp > 0]
    recalls = [tp / (tp + fn) for tp, _, fn in counts if tp + fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    exact = sum(
        _TOKEN.findall(p.truth) == _TOKEN.findall(pred)
        for p, pred in zip(pages, predictions, strict=True)
    )
    return Score(precision, recall, f1, exact / len(pages), len(pages) / seconds)


def run_method(name: str, extract: Extractor, pages: list[Page]) -> Score:
    extract(pages[0].html)  # warm-up: lazy imports, compiled patterns, caches
    predictions: list[str] = []
    elapsed = 0.0
    for page in track(pages, description=f"{name:<28}", transient=True):
        start = time.perf_counter()
        predictions.append(extract(page.html))
        elapsed += time.perf_counter() - start
    return score(pages, predictions, elapsed)


def our_html(html: str) -> str:
    from newsfuse.cleaning.html import extract_html

    return extract_html(RawDoc(id="page", content=html, kind="html")).text


def trafilatura_alone(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, output_format="txt") or ""


def flattened_cleaner(html: str) -> str:
    return clean_texts([RawDoc(id="page", content=flatten_html(html), kind="text")])[0].text


def methods() -> dict[str, Extractor]:
    found: dict[str, Extractor] = {}
    try:
        import newsfuse.cleaning.html  # noqa: F401

        found["newsfuse html"] = our_html
    except ImportError:
        pass
    found["trafilatura"] = trafilatura_alone
    found["newsfuse flattened cleaner"] = flattened_cleaner
    found["whole flattened page"] = flatten_html
    return found


def cleaner_only_speed(pages: list[Page]) -> float:
    """Pages/s of the flattened-text cleaner alone, flattening excluded (its input is text)."""
    docs = [RawDoc(id=p.id, content=flatten_html(p.html), kind="text") for p in pages]
    clean_texts(docs[:1])
    start = time.perf_counter()
    for doc in docs:
        clean_texts([doc])
    return len(docs) / (time.perf_counter() - start)


def render(scores: dict[str, Score], floors: dict[str, float], console: Console) -> None:
    table = Table(title="Article extraction")
    for column in ("method", "precision", "recall", "F1", "accuracy", "pages/s", "F1 floor"):
        table.add_column(column, justify="left" if column == "method" else "right", no_wrap=True)
    for name, s in scores.items():
        floor = f"{floors[name]:.3f}" if name in floors else "-"
        table.add_row(
            name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            f"{s.accuracy:.3f}",
            f"{s.pages_per_s:.0f}",
            floor,
        )
    console.print(table)


def below_floor(scores: dict[str, Score], floors: dict[str, float]) -> list[str]:
    return [
        f"{name}: F1 {scores[name].f1:.3f} < floor {floor:.3f}"
        for name, floor in floors.items()
        if name in scores and scores[name].f1 < floor
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark data folder")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pages")
    parser.add_argument("--half", choices=("even", "odd"), help="every other page (overfit check)")
    parser.add_argument("--check", action="store_true", help="fail if an F1 is below its floor")
    args = parser.parse_args()
    console = Console(width=max(Console().width, 110))
    if args.check and not (args.data / "ground-truth.json").is_file():
        print(f"extraction gate skipped: {args.data} is absent (CI has ../shared/data)")
        return 0
    pages = load_pages(args.data, args.limit, args.half)
    if not pages:
        sys.exit(f"no pages in {args.data}")
    scores = {name: run_method(name, fn, pages) for name, fn in methods().items()}
    floors: dict[str, float] = json.loads(BASELINE.read_text(encoding="utf8"))["f1_floor"]
    render(scores, floors, console)
    console.print(f"flattened-text cleaner alone: {cleaner_only_speed(pages):.0f} pages/s (1 core)")
    failures = below_floor(scores, floors)
    for failure in failures:
        console.print(f"[red]below floor[/red] {failure}")
    return 1 if args.check and failures else 0


if __name__ == "__main__":
    sys.exit(main())
