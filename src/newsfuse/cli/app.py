"""The `newsfuse` command: parses options, calls one public function, renders the result."""

from __future__ import annotations

from typing import Annotated

import typer

from newsfuse.cli.cluster import cluster as cluster_command
from newsfuse.cli.common import check_output, emit, guarded, settings_from
from newsfuse.cli.ingest import ingest as ingest_command
from newsfuse.cli.options import (
    AllowNetwork,
    AllowPrivate,
    BriefFormat,
    CleanFormat,
    Debug,
    Inputs,
    LogFormat,
    MaxBytes,
    OutputFile,
)
from newsfuse.cli.output import (
    configure_output,
    print_notices,
    stage_progress,
    stderr,
)
from newsfuse.cli.serve import serve as serve_command
from newsfuse.cli.since import Since, SinceBrief, check_since, saved_brief, store_brief_since
from newsfuse.cli.since import with_changes as since_changes
from newsfuse.cli.spark import spark as spark_command
from newsfuse.cli.stories import (
    BriefDb,
    BriefInputs,
    BriefStory,
    brief_from_store,
    check_brief_source,
)
from newsfuse.cli.stories import search as search_command
from newsfuse.cli.stories import stories as stories_command
from newsfuse.errors import NewsfuseError

app = typer.Typer(
    help="Turn many reports of one news story into one cross-checked, cited brief.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from newsfuse import __version__

        typer.echo(f"newsfuse {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", help="Print errors only: no notices, no progress bars.")
    ] = False,
    log_format: Annotated[
        LogFormat,
        typer.Option(
            "--log-format",
            envvar="NEWSFUSE_LOG_FORMAT",
            help="text, or json: one JSON object a line on stderr (level, source, message).",
        ),
    ] = LogFormat.text,
) -> None:
    """newsfuse: one cross-checked brief from many reports of a story."""
    configure_output(quiet=quiet, json_log=log_format == LogFormat.json)


@app.command()
def brief(
    inputs: BriefInputs = None,
    format: Annotated[
        BriefFormat, typer.Option("--format", "-f", help="Output format.")
    ] = BriefFormat.json,
    output: OutputFile = None,
    sentences: Annotated[
        int, typer.Option("--sentences", "-n", min=5, max=10, help="Sentences in the summary.")
    ] = 7,
    no_model: Annotated[
        bool, typer.Option("--no-model", help="Do not use the spaCy model even if installed.")
    ] = False,
    allow_network: AllowNetwork = False,
    allow_private_addresses: AllowPrivate = False,
    max_bytes: MaxBytes = None,
    db: BriefDb = None,
    story: BriefStory = None,
    since: Since = None,
    since_brief: SinceBrief = None,
    debug: Debug = False,
) -> None:
    """Write the cross-checked brief of one story told by many reports."""
    from newsfuse import api
    from newsfuse.rendering import render

    def work() -> None:
        check_brief_source(inputs, db, story)
        check_since(db, since, since_brief)
        if db is not None and story is not None:
            store_settings = settings_from(
                max_bytes, summary_sentences=sentences, use_model=not no_model
            )
            if since is not None or since_brief is not None:
                updated = store_brief_since(db, story, store_settings, since, since_brief)
                emit(render(updated, format.value), output, [])
                return
            emit(brief_from_store(db, story, format.value, store_settings), output, [])
            return
        assert inputs is not None
        check_output(output, inputs)
        settings = settings_from(
            max_bytes,
            summary_sentences=sentences,
            use_model=not no_model,
            allow_network=allow_network,
            allow_private_addresses=allow_private_addresses,
        )
        with stage_progress(api.STAGES, enabled=stderr.is_terminal) as progress:
            result = api.brief(inputs, settings, progress=progress)
        print_notices(result.notices)
        if since_brief is not None:
            result = since_changes(result, saved_brief(since_brief), str(since_brief))
        emit(render(result, format.value), output, inputs)

    guarded(debug, work)


@app.command()
def clean(
    inputs: Inputs,
    format: Annotated[
        CleanFormat, typer.Option("--format", "-f", help="Output format.")
    ] = CleanFormat.text,
    output: OutputFile = None,
    allow_network: AllowNetwork = False,
    allow_private_addresses: AllowPrivate = False,
    max_bytes: MaxBytes = None,
    debug: Debug = False,
) -> None:
    """Print each report's article text with the boilerplate removed."""
    from newsfuse import api
    from newsfuse.rendering import clean_to_jsonl, clean_to_text

    def work() -> None:
        check_output(output, inputs)
        settings = settings_from(
            max_bytes,
            allow_network=allow_network,
            allow_private_addresses=allow_private_addresses,
        )
        docs, notices = api.clean(inputs, settings)
        print_notices(notices)
        if not docs:
            raise NewsfuseError("no usable report among the inputs")
        render = clean_to_jsonl if format is CleanFormat.jsonl else clean_to_text
        emit(render(docs), output, inputs)

    guarded(debug, work)


app.command(name="cluster")(cluster_command)
app.command(name="ingest")(ingest_command)
app.command(name="stories")(stories_command)
app.command(name="search")(search_command)
app.command(name="serve")(serve_command)
app.command(name="spark")(spark_command)


def main() -> None:
    app()
