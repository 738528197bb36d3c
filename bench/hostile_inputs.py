"""Hostile inputs beside a good story (issue 10 items 2, 3, 6, 7): can one bad input sink a brief?

Run as `.venv/bin/python bench/hostile_inputs.py [SRC] [SECONDS]`, where SRC is the `src` folder
of the tree to probe (default: this checkout's) and SECONDS the limit per probe (default 300).
Each probe puts one bad input (or a bad argument) beside the seven reports of
examples/harbour-fire in a fresh folder and runs `newsfuse.brief` (no model) in a fresh process;
it prints PASS when the brief is made with all seven reports and the probe's own check holds,
with the time, peak memory, notices and JSON size. Point SRC at an older tree
(`git archive <commit> src | tar -x -C /tmp/old`) to measure before/after.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "src"
LIMIT = float(sys.argv[2]) if len(sys.argv) > 2 else 300.0
STORY = ROOT / "examples" / "harbour-fire" / "reports"
LINES = (
    "Fire crews said on Tuesday that the blaze at the Saltmere port was under control.",
    "More than four thousand residents were evacuated from the Lower Docks district.",
)
PARAGRAPHS = "".join(f"<p>{line}</p>" for line in LINES)
CHILD = """
import json, resource, sys, time
import newsfuse
from newsfuse.settings import Settings
started = time.monotonic()
brief = newsfuse.brief(sys.argv[1:], Settings(use_model=False))
text = newsfuse.render(brief, "json")
text.encode("utf-8")
print(json.dumps({
    "seconds": time.monotonic() - started,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    "sources": [s.id for s in brief.sources],
    "notices": [[n.source, n.message] for n in brief.notices[:50]],
    "notice_count": len(brief.notices),
    "json_bytes": len(text.encode("utf-8")),
}))
"""

Result = dict[str, Any]


@dataclass(frozen=True)
class Probe:
    name: str
    make: Callable[[Path], list[str]]  # writes the bad input into the folder; extra arguments
    check: Callable[[Result], bool]


def _file(name: str, data: bytes | str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        (folder / name).write_bytes(raw)
        return []

    return make


def _argument(argument: str) -> Callable[[Path], list[str]]:
    return lambda folder: [argument]


def _link(name: str, target: str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        (folder / name).symlink_to(folder / target)
        return []

    return make


def _fifo(folder: Path) -> list[str]:
    os.mkfifo(folder / "pipe.txt")
    return []


def _images(folder: Path) -> list[str]:
    for index in range(2000):
        (folder / f"img{index}.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    return []


def _read(name: str) -> Callable[[Result], bool]:
    return lambda result: name in result["sources"]


def _named(text: str) -> Callable[[Result], bool]:
    return lambda result: any(
        text in (source or "") + message for source, message in result["notices"]
    )


def _short(result: Result) -> bool:
    return result["notice_count"] <= 20 and result["json_bytes"] < 1_000_000


def _page(charset: str) -> str:
    return (
        f'<html><head><meta charset="{charset}"><title>Port fire</title></head><body>{PARAGRAPHS}'
    )


def _record(**fields: str) -> str:
    return json.dumps(fields) + "\n"


PROBES = (
    *(
        Probe(f"charset {c}", _file(f"{c}.html", _page(c)), _read(f"{c}.html"))
        for c in ("rot13", "base64", "undefined")
    ),
    Probe(
        "surrogate in text",
        _file("s.jsonl", _record(id="s1", text=" ".join(LINES) + " \ud83d")),
        _read("s1"),
    ),
    Probe(
        "surrogate in title",
        _file("t.jsonl", _record(id="t1", title="Fire \ud83d", text=" ".join(LINES))),
        _read("t1"),
    ),
    Probe("URL http://[::1", _argument("http://[::1"), _named("malformed URL")),
    Probe("URL http://[localhost]/", _argument("http://[localhost]/"), _named("malformed URL")),
    *(
        Probe(
            f"URL {s}://", _argument(f"{s}://example.org/a.txt"), _named("unsupported URL scheme")
        )
        for s in ("file", "ftp", "gopher")
    ),
    Probe("symlink loop", _link("loop.txt", "loop.txt"), _named("loop.txt")),
    Probe("dangling link", _link("gone.txt", "nowhere.txt"), _named("gone.txt")),
    Probe("FIFO", _fifo, _named("pipe.txt")),
    Probe("hidden file", _file(".draft.txt", "\n".join(LINES)), _named(".draft.txt")),
    Probe(
        "UTF-16 text without BOM",
        _file("wide.txt", "\n".join(LINES).encode("utf-16-le")),
        _read("wide.txt"),
    ),
    Probe(
        "page declaring utf-16",
        _file("u16.html", _page("utf-16").encode("utf-16-le")),
        _read("u16.html"),
    ),
    Probe(
        "JSONL with one 21 MB line between two",
        _file(
            "big.jsonl",
            _record(id="a", text=LINES[0])
            + _record(id="b", text="word " * 4_200_000)
            + _record(id="c", text=LINES[1]),
        ),
        lambda result: {"a", "c"} <= set(result["sources"]),
    ),
    Probe(
        "JSONL of 200,000 bad lines",
        _file("bad.jsonl", _record(id="ok", text=LINES[0]) + "{bad\n" * 200_000),
        _short,
    ),
    Probe("folder of 2,000 binary files", _images, _short),
    Probe(
        "page of 1,000,000 <p>", _file("million.html", "<html><body>" + "<p>" * 1_000_000), _short
    ),
    Probe(
        "60 KB gzip of 19 MB of one paragraph",
        _file(
            "rep.html.gz",
            gzip.compress(("<html><body>" + f"<p>{LINES[0]}</p>\n" * 210_000).encode(), 9),
        ),
        _short,
    ),
    Probe(
        "page of 1,000,000 distinct <p>",
        _file("distinct.html", "<html><body>" + "".join(f"<p>{i}</p>" for i in range(1_000_000))),
        _short,
    ),
)


def run(probe: Probe) -> tuple[bool, str]:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "story"
        shutil.copytree(STORY, folder)
        extra = probe.make(folder)
        env = {**os.environ, "PYTHONPATH": str(SRC)}
        command = [sys.executable, "-c", CHILD, str(folder), *extra]
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=LIMIT)
        except subprocess.TimeoutExpired:
            return False, f"no brief after {LIMIT:.0f} s"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return False, f"no brief: {last[:120]}"
    result: Result = json.loads(done.stdout.strip().splitlines()[-1])
    kept = {p.name for p in STORY.iterdir()} <= set(result["sources"])
    figures = (
        f"{result['seconds']:.1f} s, {result['peak_mb']} MB, {result['notice_count']:,} notices, "
        f"{result['json_bytes']:,} B JSON"
    )
    return kept and probe.check(result), figures


def main() -> None:
    passed = 0
    for probe in PROBES:
        ok, figures = run(probe)
        passed += ok
        print(f"{'PASS' if ok else 'FAIL'}  {probe.name:40}  {figures}", flush=True)
    print(f"{passed}/{len(PROBES)} probes give a brief with every good report")


if __name__ == "__main__":
    main()
