"""`newsfuse ingest`: store articles, their stories and briefs in a database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from newsfuse.cli.options import AllowNetwork, AllowPrivate, Debug, Inputs, MaxBytes

DbUrl = Annotated[
    str,
    typer.Option(
        "--db",
        help="Database: a SQLite file path (default newsfuse.db) or a postgresql:// URL.",
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")]


def ingest(
    inputs: Inputs,
    db: DbUrl = "newsfuse.db",
    no_briefs: Annotated[
        bool, typer.Option("--no-briefs", help="Store articles and stories only; brief later.")
    ] = False,
    quiet: Quiet = False,
    allow_network: AllowNetwork = False,
    allow_private_addresses: AllowPrivate = False,
    max_bytes: MaxBytes = None,
    debug: Debug = False,
) -> None:
    """Store articles (raw and cleaned), stories and briefs; rerun to resume or add more."""
    from newsfuse.cli.common import guarded, settings_from
    from newsfuse.cli.output import print_info, print_notices, stderr
    from newsfuse.store import open_store

    def work() -> None:
        settings = settings_from(
            max_bytes,
            allow_network=allow_network,
            allow_private_addresses=allow_private_addresses,
        )
        with open_store(db) as store, _progress(stderr.is_terminal and not quiet) as advance:
            report, notices = store.ingest(inputs, settings, advance, briefs=not no_briefs)
        if not quiet:
            print_notices(notices)
            print_info(
                f"{db}: {report.added} articles added, {report.duplicates} already stored, "
                f"{report.stories} stories, {report.briefs} briefs computed"
            )

    guarded(debug, work)


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[int, int], None]]:
    """A Rich bar over the articles read, with count and rate; off when quiet or piped."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from newsfuse.cli.output import stderr

    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        disable=not enabled,
    )
    with progress:
        task = progress.add_task("ingest", total=None, rate="")

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)
            speed = progress.tasks[0].speed
            progress.update(task, rate=f"{speed:,.0f} articles/s" if speed else "")

        yield advance
