"""`newsfuse cluster`: group a stream of articles into stories."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from newsfuse.cli.options import (
    AllowNetwork,
    AllowPrivate,
    Debug,
    Inputs,
    MaxBytes,
    OutputFile,
)


class ClusterFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


Threshold = Annotated[
    float | None,
    typer.Option(
        "--threshold",
        help="Least likeness (0 to 1) to join a story; default: the cluster_threshold setting.",
        show_default=False,
    ),
]


def cluster(
    inputs: Inputs,
    format: Annotated[
        ClusterFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ClusterFormat.jsonl,
    output: OutputFile = None,
    threshold: Threshold = None,
    allow_network: AllowNetwork = False,
    allow_private_addresses: AllowPrivate = False,
    max_bytes: MaxBytes = None,
    debug: Debug = False,
) -> None:
    """Group articles into stories: one line per article with its story, then the stories."""
    from newsfuse import api
    from newsfuse.cli.common import check_output, emit, guarded, settings_from
    from newsfuse.cli.output import count_progress, print_notices, stderr
    from newsfuse.stories.output import to_json, to_jsonl

    def work() -> None:
        check_output(output, inputs)
        settings = settings_from(
            max_bytes,
            cluster_threshold=threshold,
            allow_network=allow_network,
            allow_private_addresses=allow_private_addresses,
        )
        assigned = 0

        def advance(count: int) -> None:
            nonlocal assigned
            assigned += count
            update("clustering", assigned, None)

        with count_progress(stderr.is_terminal) as update:
            result = api.cluster(inputs, settings, progress=advance)
        print_notices(list(result.notices))
        render = to_json if format is ClusterFormat.json else to_jsonl
        emit(render(result), output, inputs)

    guarded(debug, work)
