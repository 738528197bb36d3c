"""Everything the CLI prints to stderr: notices, errors and progress, through one Rich console."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsfuse.model import Notice

stderr = Console(stderr=True, highlight=False)

_STYLE = {"info": "cyan", "warning": "yellow", "error": "red"}


def print_notices(notices: Iterable[Notice]) -> None:
    for notice in notices:
        named = notice.source is None or notice.message.startswith(notice.source)
        where = "" if named else f"{notice.source}: "
        style = _STYLE[notice.level]
        stderr.print(f"[{style}]{notice.level}[/]: {escape(where + notice.message)}")


def print_error(message: str) -> None:
    stderr.print(f"[bold red]error[/]: {escape(message)}")


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
