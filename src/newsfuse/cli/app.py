"""The `newsfuse` command: parses options, calls one public function, renders the result."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from newsfuse.cli.cluster import cluster as cluster_command
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
    print_error,
    print_info,
    print_notices,
    stage_progress,
    stderr,
    terminal_safe,
)
from newsfuse.cli.since import Since, SinceBrief, check_since, saved_brief, store_brief_since
from newsfuse.cli.since import with_changes as since_changes
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
from newsfuse.settings import Settings

DASH = "-"  # stdin among the inputs, stdout as -o


app = typer.Typer(
    help="Turn many reports of one news story into one cross-checked, cited brief.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

T = TypeVar("T")


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


def _settings(max_bytes: int | None, **flags: Any) -> Settings:
    overrides = {k: v for k, v in flags.items() if v is not None}
    if max_bytes is not None:
        overrides["max_input_bytes"] = max_bytes
    return Settings().with_overrides(**overrides)


def _guarded(debug: bool, work: Callable[[], T]) -> T:
    """Run a command's work; a NewsfuseError becomes one red line and exit code 1."""
    try:
        return work()
    except NewsfuseError as error:
        if debug:
            raise
        print_error(str(error))
        raise typer.Exit(1) from None
    except (typer.Exit, BrokenPipeError):
        raise
    except Exception as error:
        # A bug, but its message may quote a hostile input: one escaped line, not a raw traceback.
        if debug:
            raise
        name = type(error).__name__
        print_error(f"internal error ({name}: {error}); rerun with --debug for the traceback")
        raise typer.Exit(1) from None


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _file_output(output: Path | None) -> Path | None:
    """The file -o names, or None for stdout (no -o, or -o -)."""
    return None if output is None or str(output) == DASH else output


def _input_files(inputs: list[str]) -> list[str | int]:
    """Every file the inputs name (folders and globs expanded, stdin as descriptor 0), which -o
    must never replace."""
    from newsfuse.ingest.locate import locate

    located, _ = locate(inputs)
    files: list[str | int] = [item.given for item in located if item.origin == "file"]
    return [*files, 0] if DASH in inputs else files


def _check_output(output: Path | None, inputs: list[str]) -> None:
    """Refuse a bad -o before the run, not after minutes of work (checked again on writing)."""
    from newsfuse.rendering.output_target import output_target

    target = _file_output(output)
    if target is not None:
        output_target(target, _input_files(inputs))


def _emit(text: str, output: Path | None, inputs: list[str]) -> None:
    from newsfuse.rendering import write_atomic

    target = _file_output(output)
    if target is None:
        # Report texts can carry terminal escapes that Markdown and plain text keep as they are:
        # a terminal gets them escaped, a pipe gets the output unchanged.
        shown = terminal_safe(text) if _stdout_is_terminal() else text
        sys.stdout.write(shown if shown.endswith("\n") else shown + "\n")
        return
    written = write_atomic(target, text, _input_files(inputs))
    through = "" if written == target else f" (through the link {target})"
    print_info(f"wrote {written}{through}")


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
            store_settings = _settings(
                max_bytes, summary_sentences=sentences, use_model=not no_model
            )
            if since is not None or since_brief is not None:
                updated = store_brief_since(db, story, store_settings, since, since_brief)
                _emit(render(updated, format.value), output, [])
                return
            _emit(brief_from_store(db, story, format.value, store_settings), output, [])
            return
        assert inputs is not None
        _check_output(output, inputs)
        settings = _settings(
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
        _emit(render(result, format.value), output, inputs)

    _guarded(debug, work)


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
        _check_output(output, inputs)
        settings = _settings(
            max_bytes,
            allow_network=allow_network,
            allow_private_addresses=allow_private_addresses,
        )
        docs, notices = api.clean(inputs, settings)
        print_notices(notices)
        if not docs:
            raise NewsfuseError("no usable report among the inputs")
        render = clean_to_jsonl if format is CleanFormat.jsonl else clean_to_text
        _emit(render(docs), output, inputs)

    _guarded(debug, work)


app.command(name="cluster")(cluster_command)
app.command(name="ingest")(ingest_command)
app.command(name="stories")(stories_command)
app.command(name="search")(search_command)


def main() -> None:
    app()
