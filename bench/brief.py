"""How the cost of a brief grows with the number of reports.

Replicates the bundled example's reports with variations (renamed outlets, swapped words, dropped
and reordered paragraphs) to 10, 100 and 1,000 reports, and runs the whole brief on each in a fresh
process, printing reports/s and peak resident memory.

    .venv/bin/python bench/brief.py [--sizes 10,100,1000] [--story examples/harbour-fire]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
SWAPS = {
    "said": "stated",
    "residents": "people",
    "officials": "authorities",
    "large": "big",
    "started": "began",
}


def vary(text: str, rng: random.Random, outlet: str) -> str:
    """A lightly edited copy: swapped words, a dropped paragraph, two paragraphs swapped."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) > 6:
        del paragraphs[rng.randrange(3, len(paragraphs))]
        i, j = rng.sample(range(2, len(paragraphs)), 2)
        paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
    words = "\n".join(paragraphs).split(" ")
    words = [SWAPS.get(w, w) if rng.random() < 0.3 else w for w in words]
    return f"{outlet}\n" + " ".join(words)


def make_corpus(story: Path, size: int, folder: Path) -> None:
    rng = random.Random(size)
    reports = sorted((story / "reports").glob("*.txt"))
    if not reports:
        sys.exit(f"no .txt reports in {story / 'reports'}")
    texts = [p.read_text(encoding="utf-8") for p in reports]
    for n in range(size):
        text = vary(texts[n % len(texts)], rng, outlet=f"Outlet {n} News")
        (folder / f"report-{n:05d}.txt").write_text(text, encoding="utf-8")


def run_one(folder: Path) -> dict[str, float]:
    """In this process: one brief over `folder`; prints seconds and peak memory as JSON."""
    import newsfuse

    start = time.perf_counter()
    result = newsfuse.brief(folder)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "peak_mib": peak_kib / 1024, "sources": len(result.sources)}


def measure(story: Path, size: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_corpus(story, size, folder)
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(folder)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    figures: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--story", type=Path, default=ROOT / "examples" / "harbour-fire")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    console = Console()
    table = Table(title=f"brief cost by story size ({args.story.name})")
    for column in ("reports", "used", "seconds", "reports/s", "peak MiB"):
        table.add_column(column, justify="right")
    for size in (int(s) for s in args.sizes.split(",")):
        with console.status(f"brief over {size} reports"):
            f = measure(args.story, size)
        table.add_row(
            str(size),
            str(int(f["sources"])),
            f"{f['seconds']:.2f}",
            f"{size / f['seconds']:.1f}",
            f"{f['peak_mib']:.0f}",
        )
    console.print(table)


if __name__ == "__main__":
    main()
