"""Spark local[2] against the single-process path: throughput, startup, and agreement.

    .venv/bin/python bench/spark.py [--data FILE] [--size 2000] [--files 8] [--master local[2]]

The ECB+ dev texts are cleaned once, replicated and perturbed to `--size` distinct articles
(bench/clustering.py's `synthetic_stream`: each copy renamed, refigured, re-dated, a fifth of
its lines dropped) and written as raw JSONL in `--files` files. On those files:

- single process: each file read and cleaned (`newsfuse.clean`), then all articles clustered
  (`cluster_docs`) — what the Spark job does, on one core;
- Spark: the session's start is timed apart, then `run_job` (clean on the executors, cluster on
  the driver, write Parquet).

Prints seconds and docs/s for each, in total and for cleaning alone (the part Spark spreads),
the clustering (on the driver for Spark) and Parquet writing apart, Spark's startup apart, and
whether both give the same stories (every article the same story id). Wall-clock time on a
shared machine: figures are indicative.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import newsfuse
from clustering import DATA, synthetic_stream
from newsfuse.settings import Settings
from newsfuse.stories import cluster_docs


def write_files(size: int, files: int, folder: Path, data: Path) -> list[str]:
    docs = synthetic_stream(newsfuse.clean([str(data)], Settings())[0], size)
    paths = []
    for k in range(files):
        path = folder / f"part-{k:03}.jsonl"
        rows = (
            {"id": d.id, "text": d.text, "published": d.published.isoformat()}
            for d in docs[k::files]
            if d.published is not None
        )
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        paths.append(str(path))
    return paths


@dataclass
class Timing:
    """Seconds per phase; Spark's `write` includes turning the rows into Parquet."""

    clean: float
    cluster: float
    write: float = 0.0

    @property
    def total(self) -> float:
        return self.clean + self.cluster + self.write


def single_process(paths: list[str], settings: Settings) -> tuple[dict[str, str], Timing]:
    started = time.perf_counter()
    docs = [d for path in paths for d in newsfuse.clean([path], settings)[0]]
    cleaned = time.perf_counter()
    clustering = cluster_docs(docs, settings)
    timing = Timing(cleaned - started, time.perf_counter() - cleaned)
    return {a.id: a.story for a in clustering.articles}, timing


def on_spark(
    paths: list[str], settings: Settings, master: str, out: Path
) -> tuple[dict[str, str], float, list[Timing]]:
    """Spark's startup, then two runs: the first (cold) starts the Python workers, which
    import newsfuse; the second (warm) finds them running (PySpark reuses its workers)."""
    from newsfuse.spark import run_job
    from newsfuse.spark.session import local_session

    started = time.perf_counter()
    session = local_session(master)
    session.sparkContext.parallelize([0], 1).count()  # the executors are up
    startup = time.perf_counter() - started
    timings: list[Timing] = []
    try:
        for run in ("cold", "warm"):
            marks: dict[str, float] = {}

            def progress(
                phase: str, done: int, total: int, marks: dict[str, float] = marks
            ) -> None:
                if phase == "cleaning" and done == total:
                    marks.setdefault("cleaned", time.perf_counter())
                if phase == "writing" and done == 0:
                    marks["clustered"] = time.perf_counter()

            started = time.perf_counter()
            result = run_job(session, paths, str(out / run), settings, progress=progress)
            ended = time.perf_counter()
            timings.append(
                Timing(
                    marks["cleaned"] - started,
                    marks["clustered"] - marks["cleaned"],
                    ended - marks["clustered"],
                )
            )
    finally:
        session.stop()
    return {a.id: a.story for a in result.clustering.articles}, startup, timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--size", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--files", type=int, default=8, help="input files (default 8)")
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"skipped: {args.data} not found (the ECB+ clustering dev data)")
        return 0
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("skipped: PySpark is not installed (the `spark` extra)")
        return 0
    if shutil.which("java") is None:
        print("skipped: no Java runtime for Spark (default-jre-headless)")
        return 0
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_files(args.size, args.files, folder, args.data)
        single, alone = single_process(paths, settings)
        spark, startup, spread = on_spark(paths, settings, args.master, folder / "out")
    n = len(single)
    stories = len(set(single.values()))
    print(f"{n:,} articles kept of {args.size:,} in {args.files} files, {stories:,} stories")
    print(
        f"{'path':<16} {'total s':>8} {'docs/s':>8} {'clean s':>8} {'docs/s':>8}"
        f" {'cluster s':>9} {'write s':>8}"
    )
    rows = [("single process", alone), (f"{args.master} cold", spread[0])]
    for name, t in [*rows, (f"{args.master} warm", spread[1])]:
        print(
            f"{name:<16} {t.total:>8.1f} {n / t.total:>8.1f} {t.clean:>8.1f}"
            f" {n / t.clean:>8.1f} {t.cluster:>9.1f} {t.write:>8.1f}"
        )
    print(f"Spark startup (session and a first task, not counted above): {startup:.1f} s")
    print(f"stories agree: {'yes' if spark == single else 'NO'}")
    return 0 if spark == single else 1


if __name__ == "__main__":
    sys.exit(main())
