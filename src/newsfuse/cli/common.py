"""What every `newsfuse` command shares: settings from options, one-line errors, safe output."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

from newsfuse.cli.output import print_error, print_info, terminal_safe
from newsfuse.errors import NewsfuseError
from newsfuse.settings import Settings

DASH = "-"  # stdin among the inputs, stdout as -o

T = TypeVar("T")


def settings_from(max_bytes: int | None, **flags: Any) -> Settings:
    overrides = {k: v for k, v in flags.items() if v is not None}
    if max_bytes is not None:
        overrides["max_input_bytes"] = max_bytes
    return Settings().with_overrides(**overrides)


def guarded(debug: bool, work: Callable[[], T]) -> T:
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


def stdout_is_terminal() -> bool:
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


def check_output(output: Path | None, inputs: list[str]) -> None:
    """Refuse a bad -o before the run, not after minutes of work (checked again on writing)."""
    from newsfuse.rendering.output_target import output_target

    target = _file_output(output)
    if target is not None:
        output_target(target, _input_files(inputs))


def emit(text: str, output: Path | None, inputs: list[str]) -> None:
    from newsfuse.rendering import write_atomic

    target = _file_output(output)
    if target is None:
        # Report texts can carry terminal escapes that Markdown and plain text keep as they are:
        # a terminal gets them escaped, a pipe gets the output unchanged.
        shown = terminal_safe(text) if stdout_is_terminal() else text
        sys.stdout.write(shown if shown.endswith("\n") else shown + "\n")
        return
    written = write_atomic(target, text, _input_files(inputs))
    through = "" if written == target else f" (through the link {target})"
    print_info(f"wrote {written}{through}")
