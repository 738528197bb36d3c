"""`newsfuse spark`: clean and cluster file partitions on Spark, write Parquet for `ingest`."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsfuse.cli.cluster import Threshold
from newsfuse.cli.options import Debug, MaxBytes, Quiet
from newsfuse.model import Notice

if TYPE_CHECKING:
    pass

Partitions = Annotated[
    list[str],
    typer.Argument(
        help="Input files, one Spark partition each (JSONL, WARC, CSV, feeds; optionally .gz), "
        "folders and globs of them, or URIs Spark reads (hdfs://, s3a://, file://).",
        show_default=False,
    ),
]
Out = Annotated[
    str,
    typer.Option(
        "--out",
        help="Folder for the Parquet part files, local or any URI Spark writes (hdfs://, "
        "s3a://); replaced if it holds an earlier output.",
        show_default=False,
    ),
]
Master = Annotated[
    str | None,
    typer.Option(
        "--master",
        help="Spark master URL; default local[2], or the master spark-submit was given.",
        show_default=False,
    ),
]
PartitionCount = Annotated[
    int | None,
    typer.Option(
        "--partitions", min=1, help="Spark tasks to read the files in; default one per file."
    ),
]
DriverMemory = Annotated[
    str | None,
    typer.Option("--driver-memory", help="Driver memory (e.g. 4g): it holds the cleaned texts."),
]

# What Spark leaves in an output folder; anything else there is not ours to delete.
_MARKERS = ("_SUCCESS", "._SUCCESS.crc")


def _ours(name: str) -> bool:
    part = name.removeprefix(".").removesuffix(".crc")
    return name in _MARKERS or (part.startswith("part-") and part.endswith(".parquet"))


def spark(
    inputs: Partitions,
    out: Out,
    master: Master = None,
    partitions: PartitionCount = None,
    driver_memory: DriverMemory = None,
    threshold: Threshold = None,
    quiet: Quiet = False,
    max_bytes: MaxBytes = None,
    debug: Debug = False,
) -> None:
    """Clean and cluster files on Spark; writes one Parquet row per article for `ingest`."""
    from newsfuse.cli.common import guarded, settings_from
    from newsfuse.cli.output import count_progress, print_info, print_notices, stderr
    from newsfuse.spark.job import run_job
    from newsfuse.spark.session import local_session

    def work() -> None:
        settings = settings_from(max_bytes, cluster_threshold=threshold)
        files, notices = input_files(inputs)
        check_out(out, files)
        if not quiet:
            print_notices(notices)
        started = time.perf_counter()
        session = local_session(master, driver_memory)
        try:
            where = session.sparkContext.master
            with count_progress(stderr.is_terminal and not quiet, {"clustering"}) as progress:
                result = run_job(
                    session, files, out, settings, partitions=partitions, progress=progress
                )
        finally:
            session.stop()
        if not quiet:
            print_notices(result.clustering.notices)
            seconds = time.perf_counter() - started
            print_info(
                f"{out}: {len(result.clustering.articles):,} articles in "
                f"{len(result.clustering.stories):,} stories from {len(files):,} inputs in "
                f"{result.partitions} partitions on {where} ({seconds:,.1f} s); "
                f"load them with: newsfuse ingest {out}"
            )

    guarded(debug, work)


def input_files(inputs: list[str]) -> tuple[list[str], list[Notice]]:
    """The files the inputs name (local folders and globs expanded, in a stable order; Spark
    lists Hadoop URIs itself); stdin and http(s) URLs cannot be partitions: a notice each."""
    from newsfuse.errors import InputError
    from newsfuse.ingest.locate import locate
    from newsfuse.spark.files import is_hadoop_path

    files: list[str] = []
    notices: list[Notice] = []
    for given in inputs:
        if is_hadoop_path(given):
            files.append(given)
            continue
        located, found = locate([given])
        notices += found
        for item in located:
            if item.origin == "file":
                files.append(item.given)
            else:
                message = f"{item.given}: skipped, only files can be Spark partitions"
                notices.append(Notice(item.given, "warning", message))
    files = list(dict.fromkeys(files))  # a file named twice (also via its folder) once
    if not files:
        shown = "; ".join(n.message for n in notices if n.level != "info") or "nothing given"
        raise InputError("inputs", f"no input file to partition ({shown})")
    return files, notices


def check_out(given: str, files: list[str]) -> None:
    """Refuse a local --out that Spark's overwrite would wrongly delete: a file, a folder
    holding anything but an earlier output, or a folder above one of the inputs."""
    from newsfuse.errors import ConfigError
    from newsfuse.spark.files import is_hadoop_path

    out = Path(given)
    if is_hadoop_path(given) or not out.exists():
        return
    if not out.is_dir():
        raise ConfigError(f"--out {out}: exists and is not a folder")
    foreign = [p.name for p in out.iterdir() if not _ours(p.name)]
    if foreign:
        raise ConfigError(
            f"--out {out}: holds {foreign[0]!r}, not an earlier `newsfuse spark` output; "
            "give a new or empty folder"
        )
    root = out.resolve()
    if any(root in Path(f).resolve().parents for f in files):
        raise ConfigError(f"--out {out}: holds one of the inputs")
