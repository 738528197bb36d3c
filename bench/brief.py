"""How the cost of a brief grows with the number of distinct real reports, next to spaCy's floor.

Takes distinct real news texts from `../shared/data` (ECB+ documents, MEANTIME Wikinews articles,
the extraction benchmark's article bodies; when a size needs more texts than there are, the longest
texts are also cut in two, each half a distinct report), runs one whole brief over the first N in
a fresh process, and in the same process times spaCy's small model parsing the same cleaned texts
with `nlp.pipe`: the NLP floor any brief that parses its input pays. Prints CPU seconds (the
process's, so other jobs on a shared machine do not count), reports per CPU second, peak resident
memory, the ratio brief / spaCy, and the growth of the brief's time from the smallest size.

    .venv/bin/python bench/brief.py [--sizes 160,320,640] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def _jsonl(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def real_texts(data: Path) -> list[tuple[str, str]]:
    """(id, text) of every distinct real text in the dev sets, in a fixed order."""
    texts = [
        (f"ecb-{r['id']}", r["text"]) for r in _jsonl(data / "clustering-dev" / "ecbplus.jsonl")
    ]
    texts += [
        (f"meantime-{r['id']}", r["text"])
        for r in _jsonl(data / "meantime-en" / "meantime-en.jsonl")
    ]
    truth = json.loads((data / "extraction-dev" / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        texts.append((f"page-{page_id[:12]}", truth[page_id]["articleBody"]))
    return texts


def corpus(data: Path, size: int) -> list[tuple[str, str]]:
    """`size` distinct texts: whole texts first, then halves of the longest ones."""
    whole = real_texts(data)
    if size <= len(whole):
        return whole[:size]
    halves: list[tuple[str, str]] = []
    for text_id, text in sorted(whole, key=lambda t: -len(t[1])):
        lines = text.splitlines()
        middle = len(lines) // 2
        halves.append((f"{text_id}-a", "\n".join(lines[:middle])))
        halves.append((f"{text_id}-b", "\n".join(lines[middle:])))
    # A text cut in two is dropped whole, so the corpus never holds a text and its half.
    chosen_halves = halves[: 2 * (size - len(whole))]
    cut = {h[0].rsplit("-", 1)[0] for h in chosen_halves}
    kept = [t for t in whole if t[0] not in cut]
    result = kept + chosen_halves
    if len(result) < size:
        sys.exit(f"only {len(result)} distinct texts available, {size} asked")
    return result[:size]


def run_one(data: Path, size: int) -> dict[str, float]:
    """In this process: one brief over `size` reports, then spaCy over the same cleaned texts."""
    import newsfuse
    from newsfuse.analyze.nlp import MODEL_PACKAGE

    docs = [newsfuse.RawDoc(id=i, content=t, kind="text") for i, t in corpus(data, size)]
    start = time.process_time()
    result = newsfuse.brief(docs)
    brief_seconds = time.process_time() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    import spacy

    nlp = spacy.load(MODEL_PACKAGE)
    texts = [s.text for s in result.sources]
    start = time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    spacy_seconds = time.process_time() - start
    return {
        "seconds": brief_seconds,
        "spacy_seconds": spacy_seconds,
        "peak_mib": peak_kib / 1024,
        "sources": len(result.sources),
        "words": sum(len(t.split()) for t in texts),
    }


def measure(data: Path, size: int) -> dict[str, float]:
    child = subprocess.run(
        [sys.executable, __file__, "--one", str(size), "--data", str(data)],
        capture_output=True,
        text=True,
    )
    if child.returncode:
        sys.exit(f"brief over {size} reports failed:\n{child.stderr[-3000:]}")
    figures: dict[str, float] = json.loads(child.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="160,320,640")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not (args.data / "clustering-dev" / "ecbplus.jsonl").exists():
        print(f"skipped: no real texts under {args.data} (the dev data sets are not here)")
        return
    if args.one:
        print(json.dumps(run_one(args.data, args.one)))
        return
    console = Console()
    table = Table(title="brief cost over distinct real reports, against spaCy en_core_web_sm")
    for column in (
        "reports",
        "words",
        "brief CPU s",
        "reports/CPU s",
        "spaCy CPU s",
        "brief / spaCy",
        "growth",
        "peak MiB",
    ):
        table.add_column(column, justify="right")
    first: float | None = None
    for size in (int(s) for s in args.sizes.split(",")):
        with console.status(f"brief over {size} distinct reports"):
            f = measure(args.data, size)
        first = first or f["seconds"]
        table.add_row(
            str(int(f["sources"])),
            str(int(f["words"])),
            f"{f['seconds']:.1f}",
            f"{size / f['seconds']:.1f}",
            f"{f['spacy_seconds']:.1f}",
            f"{f['seconds'] / f['spacy_seconds']:.2f}×",
            f"{f['seconds'] / first:.2f}×",
            f"{f['peak_mib']:.0f}",
        )
    console.print(table)


if __name__ == "__main__":
    main()
