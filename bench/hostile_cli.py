"""Hostile-user probes of outputs, terminal messages and library arguments (issue 10 items 5-8).

Run as `.venv/bin/python bench/hostile_cli.py [SRC]`, where SRC is the `src` folder of the
tree to probe (default: this checkout's). Each probe runs the real command or library in a
fresh process and a fresh folder, and prints PASS or FAIL; the last line counts them. Point
SRC at an older tree (`git archive <commit> | tar -x -C /tmp/old`) to measure before/after.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
SRC = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "src"
ENV = {**os.environ, "PYTHONPATH": str(SRC)}
CLI = [sys.executable, "-c", "from newsfuse.cli.app import main; main()"]
STORY = ROOT / "examples" / "harbour-fire" / "reports"
REPORT = (STORY / "lanterfield-herald.txt").read_bytes()
STALLED_WRITE = """
import os, sys, time
from pathlib import Path
from newsfuse.rendering import write_atomic
def stall(descriptor):
    print("writing", flush=True)
    time.sleep(60)
os.fsync = stall
write_atomic(Path(sys.argv[1]), "new")
"""
BAD_SETTINGS = (
    "batch_size=0",
    "minhash_permutations=0",
    "lsh_threshold=2.0",
    "max_input_bytes='10'",
    "shingle_words=0",
    "batch_size=True",
    "use_model=1",
    "lsh_threshold=float('nan')",
)
BAD_CALLS = (
    "newsfuse.brief(None)",
    "newsfuse.brief(42)",
    "newsfuse.brief(b'examples')",
    "newsfuse.brief([])",
    "newsfuse.clean(None)",
    "newsfuse.render(object(), 'json')",
    "newsfuse.RawDoc(id='a', content=None, kind='text')",
    "newsfuse.RawDoc(id='a', content='x', kind='pdf')",
)

results: list[tuple[str, bool]] = []


def cli(
    folder: Path, *args: str, stdin: IO[bytes] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], cwd=folder, env=ENV, capture_output=True, text=True, stdin=stdin, timeout=600
    )


def refused_by_library(code: str) -> bool:
    script = (
        f"import newsfuse\ntry:\n    {code}\nexcept newsfuse.NewsfuseError:\n    print('refused')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], env=ENV, capture_output=True, text=True)
    return done.stdout.strip() == "refused"


@contextmanager
def folder() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="newsfuse-probe-"))
    (path / "a.txt").write_bytes(REPORT)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def probe(name: str, check: Callable[[Path], bool]) -> None:
    with folder() as path:
        try:
            ok = check(path)
        except (OSError, subprocess.SubprocessError) as error:
            print(f"SKIP {name} ({error})")
            return
    results.append((name, ok))
    print(("PASS " if ok else "FAIL ") + name)


def refused(path: Path, target: str, *inputs: str) -> bool:
    """True when the command fails (1: refused by newsfuse, 2: by its option parser)."""
    return cli(path, "clean", *(inputs or ("a.txt",)), "-o", target).returncode in (1, 2)


def written(path: Path, target: str) -> bool:
    return cli(path, "clean", "a.txt", "-o", target).returncode == 0 and (path / target).exists()


def fifo(path: Path) -> bool:
    os.mkfifo(path / "out")
    return refused(path, "out") and stat.S_ISFIFO(os.lstat(path / "out").st_mode)


def device(path: Path) -> bool:
    os.mknod(path / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # needs root
    return refused(path, "null") and stat.S_ISCHR(os.lstat(path / "null").st_mode)


def symlink(path: Path) -> bool:
    (path / "real.txt").write_text("old")
    (path / "link.txt").symlink_to(path / "real.txt")
    done = cli(path, "clean", "a.txt", "-o", "link.txt")
    kept = (path / "link.txt").is_symlink()
    return done.returncode == 0 and kept and (path / "real.txt").read_text() != "old"


def read_only(path: Path) -> bool:
    (path / "ro.txt").write_text("old")
    (path / "ro.txt").chmod(0o444)
    return refused(path, "ro.txt") and (path / "ro.txt").read_text() == "old"


def stdin_input(path: Path) -> bool:
    with (path / "a.txt").open("rb") as handle:
        done = cli(path, "clean", "-", "-o", "a.txt", stdin=handle)
    return done.returncode == 1 and (path / "a.txt").read_bytes() == REPORT


def dash(path: Path) -> bool:
    done = cli(path, "clean", "a.txt", "-o", "-")
    return done.returncode == 0 and not (path / "-").exists() and "SALTMERE" in done.stdout


def stalled(target: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", STALLED_WRITE, str(target)],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    process.stdout.readline()
    return process


def interrupted(signum: signal.Signals) -> Callable[[Path], bool]:
    def check(path: Path) -> bool:
        process = stalled(path / "out.txt")
        process.send_signal(signum)
        process.wait(timeout=30)
        return sorted(p.name for p in path.iterdir()) == ["a.txt"]

    return check


def killed(path: Path) -> bool:
    process = stalled(path / "out.txt")
    process.kill()
    process.wait(timeout=30)
    cli(path, "clean", "a.txt", "-o", "out.txt")
    return sorted(p.name for p in path.iterdir()) == ["a.txt", "out.txt"]


def escaped_name(path: Path) -> bool:
    hostile = "x\x1b]0;owned\x07\x1b[2J.txt"
    (path / hostile).write_text("")
    done = cli(path, "clean", "a.txt", hostile)
    return done.returncode == 0 and not re.search("[\x1b\x07]", done.stderr)


def readme_names(_path: Path) -> bool:
    readme = (SRC.parent / "README.md").read_text(encoding="utf-8")
    code = "".join(re.findall(r"```python\n(.*?)```", readme, flags=re.S))
    names = sorted(set(re.findall(r"\bnewsfuse\.(\w+)\(", code)))
    check = f"import newsfuse\nprint(all(hasattr(newsfuse, n) for n in {names!r}))"
    done = subprocess.run([sys.executable, "-c", check], env=ENV, capture_output=True, text=True)
    return done.stdout.strip() == "True"


def no_model_notice(path: Path) -> bool:
    done = cli(path, "brief", str(STORY), "--no-model", "-f", "md")
    return done.returncode == 0 and "model" in done.stderr


def main() -> None:
    where = [sys.executable, "-c", "import newsfuse; print(newsfuse.__file__)"]
    imported = subprocess.run(where, env=ENV, capture_output=True, text=True).stdout.strip()
    if not imported.startswith(str(SRC)):
        sys.exit(f"newsfuse is imported from {imported or 'nowhere'}, not from {SRC}")
    print(f"probing {SRC}")
    probe("-o FIFO refused, left a FIFO", fifo)
    probe("-o character device refused", device)
    probe("-o folder refused", lambda p: refused(p, "."))
    probe("-o symlink: its file replaced, the link kept", symlink)
    probe("-o read-only file refused, unchanged", read_only)
    probe("-o an input file refused", lambda p: refused(p, "a.txt"))
    probe("-o an input found in a folder refused", lambda p: refused(p, "a.txt", "."))
    probe("-o the file given as stdin refused", stdin_input)
    probe("-o - is stdout", dash)
    probe("-o 254-character name written", lambda p: written(p, "b" * 250 + ".txt"))
    for signum in (signal.SIGTERM, signal.SIGINT):
        probe(f"{signum.name} during the write leaves no temp file", interrupted(signum))
    probe("temp file left by SIGKILL removed by the next write", killed)
    probe("terminal escapes in a file name escaped on stderr", escaped_name)
    for setting in BAD_SETTINGS:
        probe(
            f"Settings({setting}) raises ConfigError",
            lambda _, s=setting: refused_by_library(f"newsfuse.Settings({s})"),
        )
    for call in BAD_CALLS:
        probe(f"{call} raises a NewsfuseError", lambda _, c=call: refused_by_library(c))
    probe("README library example uses names that exist", readme_names)
    probe("--no-model prints a notice", no_model_notice)
    passed = sum(ok for _, ok in results)
    print(f"{passed}/{len(results)} probes behave as required")


if __name__ == "__main__":
    main()
