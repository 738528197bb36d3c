"""Options shared by several commands, declared once so they behave the same everywhere."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class BriefFormat(StrEnum):
    json = "json"
    md = "md"
    html = "html"


class CleanFormat(StrEnum):
    text = "text"
    jsonl = "jsonl"


class LogFormat(StrEnum):
    text = "text"
    json = "json"


Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Folders, files (.txt, .html, .jsonl, optionally .gz), globs, URLs, or - for stdin.",
        show_default=False,
    ),
]
OutputFile = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help=(
            "Write here (atomically) instead of stdout; - is stdout. Only a regular file is "
            "replaced: a symbolic link is followed and the file it points to replaced; "
            "folders, FIFOs, devices, read-only files and the run's own inputs are refused."
        ),
        show_default=False,
    ),
]
AllowNetwork = Annotated[
    bool, typer.Option("--allow-network", help="Fetch http(s) URLs given as inputs.")
]
AllowPrivate = Annotated[
    bool,
    typer.Option(
        "--allow-private-addresses",
        help="With --allow-network, also fetch URLs on private or loopback addresses.",
    ),
]
MaxBytes = Annotated[
    int | None,
    typer.Option("--max-bytes", help="Refuse input files larger than this many bytes.", min=1),
]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")]
