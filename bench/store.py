"""Store throughput and query latency on the ECB+ dev texts.

    .venv/bin/python bench/store.py [--data FILE] [--db URL] [--briefs]

Ingests every record of `clustering-dev/ecbplus.jsonl` into a fresh SQLite file (or the empty
database `--db` names), timing the whole `Store.ingest` (read, clean, store, recluster; with
`--briefs`, every story's brief too), then a second ingest of the same input (all duplicates:
the resume path). Query latency: the story list, full-text searches of words drawn from the
stored titles, and a cached `brief`, each the median of repeated calls. Without the data it
says so in one line and exits 0.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newsfuse.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "clustering-dev" / "ecbplus.jsonl"


def _median_ms(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        call()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def _search_words(store: Store, count: int) -> list[str]:
    words = sorted(
        {w for s in store.stories() for w in s.title.split() if w.isalpha() and len(w) > 4}
    )
    return random.Random(1).sample(words, min(count, len(words)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    parser.add_argument("--briefs", action="store_true", help="also brief every story")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"bench/store.py: {args.data} not found, nothing measured")
        return 0
    records = sum(1 for line in args.data.open(encoding="utf-8") if line.strip())
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or str(Path(folder) / "bench.db")
        with open_store(url) as store:
            began = time.perf_counter()
            first, _ = store.ingest([str(args.data)], briefs=args.briefs)
            ingest_s = time.perf_counter() - began
            began = time.perf_counter()
            store.ingest([str(args.data)], briefs=False)
            again_s = time.perf_counter() - began
            words = _search_words(store, 20)
            story = max(store.stories(), key=lambda s: s.size).id
            store.brief(story)
            print(f"store: {store.db.dialect}, {records} records, {first.added} articles stored")
            print(
                f"ingest: {ingest_s:.1f} s ({first.added / ingest_s:.1f} docs/s), "
                f"{first.stories} stories, {first.briefs} briefs"
            )
            print(f"re-ingest (all stored): {again_s:.1f} s ({records / again_s:.1f} docs/s)")
            print(f"stories list: {_median_ms(store.stories, 20):.2f} ms")
            searches = [_median_ms(lambda w=w: store.search(w), 5) for w in words]
            print(f"search ({len(words)} words): median {statistics.median(searches):.2f} ms")
            print(f"cached brief of {story}: {_median_ms(lambda: store.brief(story), 5):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
