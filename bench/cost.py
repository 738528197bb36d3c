"""Time and peak memory of a whole brief on inputs built to be expensive (issue 10, item 1).

Each case runs in a fresh child process (peak resident memory is the child's `ru_maxrss`, so one
case cannot inflate the next), under an address-space limit so a runaway case is stopped rather
than taking the machine down:

- `distinct N`: N small reports, each 3 to 6 sentences from distinct documents of
  `../shared/data/clustering-dev/ecbplus.jsonl` and `../shared/data/meantime-en/meantime-en.jsonl`,
  lightly perturbed (a word dropped, a figure changed), so no two reports are copies;
- `near-identical N`: N tiny reports of one template differing in one figure and one name;
- `crafted`: 500 KB of short sentences over a 20-word vocabulary beside five good reports
  (the text reports of `examples/harbour-fire`, and its HTML pages as flattened text).

The table gives wall seconds, CPU seconds, peak MiB and, for the distinct sizes, the growth of
CPU time and memory per report relative to the smallest size (1.0 is linear; memory includes
the interpreter and libraries, some 250 MiB, so its ratio falls below 1 as sizes grow).

    .venv/bin/python bench/cost.py [--sizes 1000,5000,20000] [--near 10000] [--model]
                                   [--cases distinct,near,crafted] [--limit-gib 8]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SOURCES = (DATA / "clustering-dev" / "ecbplus.jsonl", DATA / "meantime-en" / "meantime-en.jsonl")
CRAFTED_BYTES = 500_000
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def _documents() -> list[list[str]]:
    """The sentences of every source document with at least three usable ones."""
    documents = []
    for path in SOURCES:
        if not path.exists():
            sys.exit(f"cost: {path} is missing (the shared data sets are needed for this bench)")
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            sentences = [
                s.strip()
                for para in text.split("\n")
                for s in _SENTENCE_END.split(para)
                if 6 <= len(s.split()) <= 45
            ]
            if len(sentences) >= 3:
                documents.append(sentences)
    return documents


def _perturb(sentence: str, rng: random.Random) -> str:
    """A light edit: a figure changed or one inner word dropped, or the sentence as it is."""
    words = sentence.split()
    roll = rng.random()
    if roll < 0.3:
        words = [str(rng.randint(2, 999)) if w.isdigit() else w for w in words]
    elif roll < 0.6 and len(words) > 8:
        del words[rng.randrange(1, len(words) - 1)]
    return " ".join(words)


def distinct_reports(count: int, seed: int = 7) -> list[dict[str, str]]:
    """`count` small reports, each from 3 to 6 sentences of as many different documents."""
    rng = random.Random(seed)
    documents = _documents()
    reports = []
    for n in range(count):
        picked = rng.sample(documents, rng.randint(3, 6))
        sentences = [_perturb(rng.choice(doc), rng) for doc in picked]
        reports.append({"id": f"report-{n:05d}.txt", "text": " ".join(sentences)})
    return reports


def near_identical_reports(count: int, seed: int = 11) -> list[dict[str, str]]:
    """`count` tiny reports of one template, differing in one figure and one name."""
    rng = random.Random(seed)
    names = ("Ms. Lindqvist", "Mr. Osei", "Dr. Varga", "Chief Moreau", "Ms. Tanaka")
    reports = []
    for n in range(count):
        text = (
            f"A fire at a warehouse on the river front injured {rng.randint(3, 40)} people on "
            f"Tuesday night, {rng.choice(names)} of the fire service said. Crews worked through "
            "the night to contain the blaze. The cause of the fire is not yet known."
        )
        reports.append({"id": f"tiny-{n:05d}.txt", "text": text})
    return reports


def crafted_reports(size: int = CRAFTED_BYTES, seed: int = 3) -> list[dict[str, str]]:
    """One text of `size` bytes of short sentences over 20 words, and five good reports."""
    rng = random.Random(seed)
    vocabulary = (
        "fire port city police night smoke river crowd wall truck "
        "storm field train bridge market school house road tower light"
    ).split()
    parts: list[str] = []
    length = 0
    while length < size:
        words = rng.choices(vocabulary, k=rng.randint(4, 8))
        sentence = " ".join(words).capitalize() + "."
        parts.append(sentence)
        length += len(sentence) + 1
    reports = [{"id": "crafted.txt", "text": " ".join(parts)}]
    story = ROOT / "examples" / "harbour-fire" / "reports"
    for path in sorted(story.glob("*.txt"))[:5]:
        reports.append({"id": path.name, "text": path.read_text(encoding="utf-8")})
    return reports


def run_one(corpus: Path, use_model: bool) -> dict[str, Any]:
    """In this (child) process: one brief over the reports in `corpus` (JSON lines)."""
    import newsfuse

    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    docs = [newsfuse.RawDoc(id=r["id"], content=r["text"], kind="text") for r in records]
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    result = newsfuse.brief(docs, newsfuse.Settings(use_model=use_model))
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    capped = [n.message for n in result.notices if "cap" in n.message]
    return {
        "seconds": seconds,
        "cpu": cpu,
        "peak_mib": peak_kib / 1024,
        "sources": len(result.sources),
        "facts": len(result.facts),
        "capped": capped[:3],
    }


def _cpu_seconds() -> float:
    """CPU time of this process: on a shared machine it varies less than wall time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _limit_memory(gib: float) -> None:
    limit = int(gib * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def measure(
    reports: list[dict[str, str]], use_model: bool, limit_gib: float, timeout: float
) -> dict[str, Any]:
    """One brief over `reports` in a child process; a killed or timed-out child is reported."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
        command = [sys.executable, __file__, "--one", str(corpus)]
        if use_model:
            command.append("--model")
        start = time.perf_counter()
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=timeout,
                preexec_fn=lambda: _limit_memory(limit_gib),
            )
        except subprocess.TimeoutExpired:
            return {"failed": f"over {timeout:.0f} s", "seconds": time.perf_counter() - start}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["killed"])[-1]
        return {"failed": f"exit {done.returncode}: {last[:60]}"}
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="1000,5000", help="distinct-report sizes, e.g. 1000,5000,20000"
    )
    parser.add_argument("--near", type=int, default=10_000, help="near-identical reports")
    parser.add_argument("--cases", default="distinct,near,crafted")
    parser.add_argument("--model", action="store_true", help="use the spaCy model")
    parser.add_argument("--limit-gib", type=float, default=8.0, help="address-space limit per case")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per case")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.model)))
        return

    cases: list[tuple[str, int, list[dict[str, str]]]] = []
    wanted = set(args.cases.split(","))
    if "crafted" in wanted:
        cases.append(("crafted 500 KB + 5 reports", 6, crafted_reports()))
    if "near" in wanted:
        near = args.near
        cases.append((f"near-identical {near:,}", near, near_identical_reports(near)))
    if "distinct" in wanted:
        for size in (int(s) for s in args.sizes.split(",")):
            cases.append((f"distinct {size:,}", size, distinct_reports(size)))

    model = "with the spaCy model" if args.model else "without the model"
    print(f"brief cost, {model}, limit {args.limit_gib:g} GiB per case")
    header = (
        f"{'case':<28} {'wall s':>9} {'CPU s':>8} {'peak MiB':>9} {'facts':>7} {'time/rep':>9}"
        f" {'mem/rep':>8}"
    )
    print(header)
    print("-" * len(header))
    base: tuple[float, float, int] | None = None
    for name, size, reports in cases:
        f = measure(reports, args.model, args.limit_gib, args.timeout)
        if "failed" in f:
            print(f"{name:<28} {'failed: ' + f['failed']}", flush=True)
            continue
        growth_t = growth_m = ""
        if name.startswith("distinct"):
            if base is None:
                base = (f["cpu"], f["peak_mib"], size)
            ratio = size / base[2]
            growth_t = f"{f['cpu'] / base[0] / ratio:.2f}"
            growth_m = f"{f['peak_mib'] / base[1] / ratio:.2f}"
        print(
            f"{name:<28} {f['seconds']:>9.1f} {f['cpu']:>8.1f} {f['peak_mib']:>9.0f} "
            f"{f['facts']:>7} {growth_t:>9} {growth_m:>8}",
            flush=True,
        )
        for message in f.get("capped", []):
            print(f"    notice: {message}")
    print("time/rep, mem/rep: CPU time and peak memory per report against the smallest distinct")
    print("size (1.00 = linear)")


if __name__ == "__main__":
    main()
