"""`newsfuse brief ... --since` and `--since-brief`: the brief with what changed since an earlier
brief of the same story (the `changes` section, docs/brief-json.md)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsfuse.store.since import with_changes

if TYPE_CHECKING:
    from newsfuse.model import Brief
    from newsfuse.settings import Settings

Since = Annotated[
    str | None,
    typer.Option(
        "--since",
        help="With --db/--story: show what changed since this stored brief (its id) or since "
        "the last brief stored before this date (YYYY-MM-DD, or an ISO time; UTC if no zone).",
        show_default=False,
    ),
]
SinceBrief = Annotated[
    Path | None,
    typer.Option(
        "--since-brief",
        help="Show what changed since this saved JSON brief (`newsfuse brief -f json -o FILE`).",
        show_default=False,
        dir_okay=False,
    ),
]


def saved_brief(path: Path) -> Brief:
    """A brief saved as JSON; errors name the file."""
    from newsfuse.errors import InputError
    from newsfuse.rendering.from_json import from_json

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read the earlier brief ({error})") from None
    return from_json(text, str(path))


def store_brief_since(
    db: str, story: str, settings: Settings, since: str | None, since_brief: Path | None
) -> Brief:
    """The stored story's brief (computed and stored unless cached), with its changes since a
    stored brief (`since`: an id or a time) or a saved file (`since_brief`)."""
    from newsfuse.rendering.from_json import from_json
    from newsfuse.store import open_store
    from newsfuse.store.since import brief_since

    with open_store(db) as store:
        stored = store.brief(story, settings)
        if since is not None:
            return brief_since(store, stored, since)
        current = from_json(stored.body, f"brief {stored.id}")
    assert since_brief is not None
    return with_changes(current, saved_brief(since_brief), str(since_brief))


def check_since(db: str | None, since: str | None, since_brief: Path | None) -> None:
    from newsfuse.errors import ConfigError

    if since is not None and db is None:
        raise ConfigError("--since reads stored briefs: use it with --db and --story")
    if since is not None and since_brief is not None:
        raise ConfigError("give either --since or --since-brief, not both")


__all__ = [
    "Since",
    "SinceBrief",
    "check_since",
    "saved_brief",
    "store_brief_since",
    "with_changes",
]
