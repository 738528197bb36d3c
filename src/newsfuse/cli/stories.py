"""`newsfuse stories` and `newsfuse search`: read the store that `newsfuse ingest` wrote."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from newsfuse.cli.ingest import DbUrl
from newsfuse.cli.options import Debug

if TYPE_CHECKING:
    from newsfuse.settings import Settings


class ListFormat(StrEnum):
    text = "text"
    json = "json"


Format = Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")]


def stories(
    db: DbUrl = "newsfuse.db", format: Format = ListFormat.text, debug: Debug = False
) -> None:
    """List the stored stories: id, size, first and last date, title and outlets."""
    from newsfuse.cli.common import guarded
    from newsfuse.store import open_store
    from newsfuse.stories.output import outline

    def work() -> None:
        with open_store(db) as store:
            found = store.stories()
        if format is ListFormat.json:
            rows = [outline(s) for s in found]
            _print(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        for s in found:
            span = f"{s.first or '?'}..{s.last or '?'}"
            _print(f"{s.id}\t{s.size}\t{span}\t{s.title}\t{', '.join(s.outlets)}")

    guarded(debug, work)


def search(
    query: Annotated[str, typer.Argument(help="Words to find (all of them, any order).")],
    db: DbUrl = "newsfuse.db",
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most results.")] = 20,
    debug: Debug = False,
) -> None:
    """Full-text search of the stored articles: article id, story, source and title."""
    from newsfuse.cli.common import guarded
    from newsfuse.store import open_store

    def work() -> None:
        with open_store(db) as store:
            hits = store.search(query, limit)
        for hit in hits:
            _print(f"{hit.article_id}\t{hit.story_id or '-'}\t{hit.source}\t{hit.title or ''}")

    guarded(debug, work)


def brief_from_store(db: str, story: str, format: str, settings: Settings) -> str:
    """The rendered brief of one stored story (computed and stored unless cached)."""
    from newsfuse.store import open_store

    with open_store(db) as store:
        if format == "json":
            return store.brief(story, settings).body
        from newsfuse.rendering import render

        return render(store.compose(story, settings), "md" if format == "md" else "html")


def _print(text: str) -> None:
    from newsfuse.cli.common import stdout_is_terminal
    from newsfuse.cli.output import terminal_safe

    typer.echo(terminal_safe(text) if stdout_is_terminal() else text)


BriefInputs = Annotated[
    list[str] | None,
    typer.Argument(
        help="Folders, files (.txt, .html, .jsonl, optionally .gz), globs, URLs, or - for stdin "
        "(none with --db/--story).",
        show_default=False,
    ),
]
BriefDb = Annotated[
    str | None,
    typer.Option("--db", help="Brief a stored story from this database (with --story)."),
]
BriefStory = Annotated[
    str | None, typer.Option("--story", help="The stored story's id (see `newsfuse stories`).")
]


def check_brief_source(inputs: list[str] | None, db: str | None, story: str | None) -> None:
    """Either inputs, or --db with --story: never both, never neither."""
    from newsfuse.errors import ConfigError

    if (db is None) != (story is None):
        raise ConfigError("--db and --story go together: newsfuse brief --db URL --story ID")
    if db is not None and inputs:
        raise ConfigError("give either inputs or --db/--story, not both")
    if db is None and not inputs:
        raise ConfigError("no input given: name report files or folders, or --db and --story")
