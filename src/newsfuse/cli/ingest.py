"""`newsfuse ingest`: store articles, their stories and briefs in a database."""

from __future__ import annotations

from typing import Annotated

import typer

from newsfuse.cli.options import AllowNetwork, AllowPrivate, Debug, Inputs, MaxBytes, Quiet

DbUrl = Annotated[
    str,
    typer.Option(
        "--db",
        help="Database: a SQLite file path (default newsfuse.db) or a postgresql:// URL.",
    ),
]


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
    from newsfuse.cli.output import count_progress, print_info, print_notices, stderr
    from newsfuse.store import open_store

    def work() -> None:
        settings = settings_from(
            max_bytes,
            allow_network=allow_network,
            allow_private_addresses=allow_private_addresses,
        )
        enabled = stderr.is_terminal and not quiet
        with open_store(db) as store, count_progress(enabled) as update:
            report, notices = store.ingest(
                inputs,
                settings,
                lambda done, total: update("ingesting", done, total),
                briefs=not no_briefs,
            )
        if not quiet:
            print_notices(notices)
            print_info(
                f"{db}: {report.added} articles added, {report.duplicates} already stored, "
                f"{report.stories} stories, {report.briefs} briefs computed"
            )

    guarded(debug, work)
