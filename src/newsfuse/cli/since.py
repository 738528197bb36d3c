"""`newsfuse brief ... --since` and `--since-brief`: the brief with what changed since an earlier
brief of the same story (the `changes` section, docs/brief-json.md)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from newsfuse.model import Brief
    from newsfuse.settings import Settings
    from newsfuse.store import Store, StoredBrief

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


def with_changes(current: Brief, previous: Brief, since: str) -> Brief:
    """`current` with its `changes` over `previous` (named `since` for readers)."""
    from newsfuse.compose.changes import diff_briefs

    return dataclasses.replace(current, changes=diff_briefs(previous, current, since))


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

    with open_store(db) as store:
        stored = store.brief(story, settings)
        current = from_json(stored.body, f"brief {stored.id}")
        if since is not None:
            earlier = _earlier(store, story, since, stored)
            return with_changes(current, from_json(earlier.body, f"brief {earlier.id}"), since)
    assert since_brief is not None
    return with_changes(current, saved_brief(since_brief), str(since_brief))


def _earlier(store: Store, story: str, since: str, current: StoredBrief) -> StoredBrief:
    """The stored brief `since` names: an id of a brief of this story, or a time before which
    the last brief of the story (other than the current one) was stored."""
    from newsfuse.errors import InputError

    if since.isdigit():
        found = store.load_brief(int(since))
        if found.story_id != story:
            raise InputError(since, f"brief {since} is of story {found.story_id}, not {story}")
        return found
    moment = _moment(since)
    before = [b for b in store.briefs_of(story) if b.id != current.id and b.created < moment]
    if not before:
        raise InputError(since, f"no brief of story {story} was stored before {moment.isoformat()}")
    return before[-1]


def _moment(since: str) -> dt.datetime:
    """A date (its first moment) or an ISO time, in UTC when it names no zone."""
    from newsfuse.errors import ConfigError

    try:
        moment = dt.datetime.fromisoformat(since)
    except ValueError:
        raise ConfigError(
            f"--since {since!r}: give a brief id (digits) or a date YYYY-MM-DD or an ISO time"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


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
