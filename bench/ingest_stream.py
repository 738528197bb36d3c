"""Read speed and peak memory of the streaming readers at 1k, 10k and 100k articles (issue 8).

Articles are synthesised from the real texts of `../shared/data/clustering-dev/ecbplus.jsonl`
and `../shared/data/meantime-en/meantime-en.jsonl` (cycled, each copy numbered so no two are
equal) and written as JSONL, WARC.gz (with warcio) and CSV. Each file is then read in a fresh
child process, which only counts the RawDocs the reader yields; its peak resident memory
(`ru_maxrss`) is what the table shows. Flat memory means the same peak at every size.

    .venv/bin/python bench/ingest_stream.py [--sizes 1000,10000,100000] [--formats jsonl,warc,csv]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SOURCES = (DATA / "clustering-dev" / "ecbplus.jsonl", DATA / "meantime-en" / "meantime-en.jsonl")
SUFFIXES = {"jsonl": ".jsonl", "warc": ".warc.gz", "csv": ".csv"}


def real_texts() -> list[tuple[str, str]]:
    texts = []
    for source in SOURCES:
        with source.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                text = record.get("text") or ""
                if text.strip():
                    texts.append((str(record.get("title") or text.split("\n", 1)[0])[:200], text))
    return texts


def articles(count: int, texts: list[tuple[str, str]]) -> Iterator[dict[str, str]]:
    for number in range(count):
        title, text = texts[number % len(texts)]
        yield {
            "id": f"a{number}",
            "title": f"{title} ({number})",
            "url": f"https://news.example/{number}",
            "published": "2023-03-15",
            "text": f"{text}\nCopy {number}.",
        }


def write(fmt: str, path: Path, count: int, texts: list[tuple[str, str]]) -> None:
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as out:
            for article in articles(count, texts):
                out.write(json.dumps(article) + "\n")
    elif fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, ["id", "title", "url", "published", "text"])
            writer.writeheader()
            writer.writerows(articles(count, texts))
    else:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        with path.open("wb") as out:
            writer = WARCWriter(out, gzip=True)
            for article in articles(count, texts):
                paragraphs = "".join(f"<p>{p}</p>" for p in article["text"].split("\n"))
                body = f"<html><head><title>{article['title']}</title></head><body>{paragraphs}"
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                record = writer.create_warc_record(
                    article["url"],
                    "response",
                    payload=io.BytesIO(body.encode("utf-8")),
                    http_headers=headers,
                )
                writer.write_record(record)


def child(path: str) -> None:
    """Read one file, counting what the reader yields; print docs, seconds and peak MiB."""
    from newsfuse.ingest.formats.dispatch import iter_file
    from newsfuse.ingest.formats.records import RecordNotices
    from newsfuse.settings import Settings

    settings = Settings(max_input_bytes=1 << 40)  # the bench measures reading, not the cap
    notices = RecordNotices(path)
    start = time.perf_counter()
    count = sum(1 for _ in iter_file(Path(path), path, settings, notices))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"docs": count, "seconds": seconds, "peak_mib": peak}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--formats", default="jsonl,warc,csv")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    missing = [str(source) for source in SOURCES if not source.exists()]
    if missing:
        print(f"skipped: real texts not found ({', '.join(missing)})")
        return 0
    texts = real_texts()
    print(f"{'format':<7} {'articles':>9} {'file MiB':>9} {'docs/s':>9} {'peak MiB':>9}")
    with tempfile.TemporaryDirectory(prefix="newsfuse-stream-") as folder:
        for fmt in args.formats.split(","):
            for size in (int(s) for s in args.sizes.split(",")):
                path = Path(folder) / f"articles-{size}{SUFFIXES[fmt]}"
                write(fmt, path, size, texts)
                result = subprocess.run(
                    [sys.executable, __file__, "--child", str(path)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                figures = json.loads(result.stdout.strip().splitlines()[-1])
                if figures["docs"] != size:
                    print(f"{fmt} {size}: only {figures['docs']} read", file=sys.stderr)
                    return 1
                mib = path.stat().st_size / (1 << 20)
                rate = figures["docs"] / max(figures["seconds"], 1e-9)
                print(f"{fmt:<7} {size:>9,} {mib:>9.1f} {rate:>9,.0f} {figures['peak_mib']:>9.1f}")
                path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
