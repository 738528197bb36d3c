"""Everything the CLI prints to stderr: notices, errors and progress, through one Rich console.

File names and report texts reach these messages, and a name can hold terminal escapes (clear
the screen, set the window title, fake a line): every message goes through `terminal_safe`.
The brief itself (JSON, Markdown, HTML) is not touched here; each format escapes on its own.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from newsfuse.model import Notice

stderr = Console(stderr=True, highlight=False, emoji=False, soft_wrap=True)
# Errors still show under --quiet, which silences `stderr` (and every progress bar drawn on it).
_errors = Console(stderr=True, highlight=False, emoji=False, soft_wrap=True)
_json_log = False
_quiet = False


def configure_output(quiet: bool = False, json_log: bool = False) -> None:
    """--quiet: errors only. --log-format json: one JSON object a line on stderr, no bars."""
    global _json_log, _quiet
    _json_log, _quiet = json_log, quiet
    stderr.quiet = quiet or json_log


def _log_json(level: str, message: str, source: str | None = None) -> bool:
    """Write one JSON log line when that format is on; True when it was (or was silenced)."""
    if not _json_log:
        return False
    if _quiet and level != "error":
        return True
    record = {"level": level, "source": source, "message": message}
    # ASCII-only JSON: control characters and bidirectional overrides arrive escaped.
    sys.stderr.write(json.dumps(record, ensure_ascii=True) + "\n")
    sys.stderr.flush()
    return True


def _escapes() -> dict[int, str]:
    table = {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))}
    del table[ord("\n")], table[ord("\t")]
    # Bidirectional overrides reorder what is shown; lone surrogates cannot be printed at all.
    for code in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)):
        table[code] = f"\\u{code:04x}"
    table.update({code: f"\\u{code:04x}" for code in range(0xD800, 0xE000)})
    return table


_ESCAPES = _escapes()


def terminal_safe(text: str) -> str:
    """`text` with control characters (C0 and C1 except newline and tab, DEL, bidirectional
    overrides, lone surrogates) written as visible escapes such as \\x1b."""
    return text.translate(_ESCAPES)


_STYLE = {"info": "cyan", "warning": "yellow", "error": "red"}


def print_notices(notices: Iterable[Notice]) -> None:
    for notice in notices:
        if _log_json(notice.level, notice.message, notice.source):
            continue
        named = notice.source is None or notice.message.startswith(notice.source)
        where = "" if named else f"{notice.source}: "
        style = _STYLE[notice.level]
        text = escape(terminal_safe(where + notice.message))
        console = _errors if notice.level == "error" else stderr
        console.print(f"[{style}]{notice.level}[/]: {text}")


def print_error(message: str) -> None:
    if not _log_json("error", message):
        _errors.print(f"[bold red]error[/]: {escape(terminal_safe(message))}")


def print_info(message: str) -> None:
    if not _log_json("info", message):
        stderr.print(escape(terminal_safe(message)))


@contextmanager
def stage_progress(stages: int, enabled: bool) -> Iterator[Callable[[str], None]]:
    """A progress bar that advances once per pipeline stage; silent when not a terminal."""
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        disable=not enabled,
    )
    with progress:
        task = progress.add_task("starting", total=stages)
        started = False

        def advance(stage: str) -> None:
            nonlocal started
            progress.update(task, description=stage, advance=1 if started else 0)
            started = True

        yield advance
        progress.update(task, completed=stages)


@contextmanager
def count_progress(
    enabled: bool, rated: Container[str] | None = None
) -> Iterator[Callable[[str, int, int | None], None]]:
    """Bars that count articles: `update(phase, done, total)` draws one bar per phase with its
    count and, for the phases in `rated` (every phase when None), articles per second."""
    bars = Progress(
        TextColumn("{task.description:<11}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        disable=not enabled,
    )
    tasks: dict[str, TaskID] = {}

    def update(phase: str, done: int, total: int | None) -> None:
        if phase not in tasks:
            tasks[phase] = bars.add_task(phase, total=total, rate="")
        task = tasks[phase]
        bars.update(task, completed=done, total=total)
        speed = next(t.speed for t in bars.tasks if t.id == task)
        shown = speed and (rated is None or phase in rated)
        bars.update(task, rate=f"{speed:,.0f} articles/s" if shown else "")

    with bars:
        yield update
