"""Spark local[2] against the single-process path: throughput, startup, and agreement.

    .venv/bin/python bench/spark.py [--data FILE] [--size 2000] [--files 8] [--master local[2]]

The ECB+ dev texts are cleaned once, replicated and perturbed to `--size` distinct articles
(bench/clustering.py's `synthetic_stream`: each copy renamed, refigured, re-dated, a fifth of
its lines dropped) and written as raw JSONL in `--files` files. On those files:

- single process: each file read and cleaned (`newsfuse.clean`), then all articles clustered
  (`cluster_docs`) — what the Spark job does, on one core;
- Spark: the session's start is timed apart, then `run_job` (clean on the executors, cluster on
  the driver, write Parquet).

Prints seconds and docs/s for each, the startup, and whether both give the same stories (every
article the same story id). Wall-clock time on a shared machine: figures are indicative.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
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


def single_process(paths: list[str], settings: Settings) -> tuple[dict[str, str], float]:
    started = time.perf_counter()
    docs = [d for path in paths for d in newsfuse.clean([path], settings)[0]]
    clustering = cluster_docs(docs, settings)
    seconds = time.perf_counter() - started
    return {a.id: a.story for a in clustering.articles}, seconds


def on_spark(
    paths: list[str], settings: Settings, master: str, out: Path
) -> tuple[dict[str, str], float, float]:
    from newsfuse.spark import run_job
    from newsfuse.spark.session import local_session

    started = time.perf_counter()
    session = local_session(master)
    session.sparkContext.parallelize([0], 1).count()  # the executors are up
    startup = time.perf_counter() - started
    try:
        started = time.perf_counter()
        result = run_job(session, paths, str(out), settings)
        seconds = time.perf_counter() - started
    finally:
        session.stop()
    return {a.id: a.story for a in result.clustering.articles}, startup, seconds


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
        single, single_s = single_process(paths, settings)
        spark, startup_s, spark_s = on_spark(paths, settings, args.master, folder / "out")
    n = len(single)
    print(f"{n:,} articles in {args.files} files, {len(set(single.values())):,} stories")
    print(f"{'path':<16} {'seconds':>8} {'docs/s':>8}")
    print(f"{'single process':<16} {single_s:>8.1f} {n / single_s:>8.1f}")
    print(f"{args.master:<16} {spark_s:>8.1f} {n / spark_s:>8.1f}   (+ {startup_s:.1f} s startup)")
    print(f"stories agree: {'yes' if spark == single else 'NO'}")
    return 0 if spark == single else 1


if __name__ == "__main__":
    sys.exit(main())
