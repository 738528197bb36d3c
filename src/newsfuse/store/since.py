"""A stored story's brief with what changed since an earlier brief (the `changes` section,
docs/brief-json.md): shared by `newsfuse brief --since` and the web API's `?since=`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from newsfuse.errors import ConfigError, InputError

if TYPE_CHECKING:
    from newsfuse.model import Brief
    from newsfuse.store import Store, StoredBrief

_LARGEST_ID = 2**63 - 1  # a larger number is no id either database could hold


def with_changes(current: Brief, previous: Brief, since: str) -> Brief:
    """`current` with its `changes` over `previous` (named `since` for readers)."""
    from newsfuse.compose.changes import diff_briefs

    return dataclasses.replace(current, changes=diff_briefs(previous, current, since))


def brief_since(store: Store, current: StoredBrief, since: str) -> Brief:
    """The stored brief `current` read back, with its changes since the brief `since` names."""
    from newsfuse.rendering.from_json import from_json

    earlier = earlier_brief(store, current, since)
    brief = from_json(current.body, f"brief {current.id}")
    return with_changes(brief, from_json(earlier.body, f"brief {earlier.id}"), since)


def earlier_brief(store: Store, current: StoredBrief, since: str) -> StoredBrief:
    """The stored brief `since` names: an id of a brief of the same story, or a time before which
    the last brief of the story (other than `current`) was stored."""
    story = current.story_id
    if since.isascii() and since.isdigit():
        if int(since) > _LARGEST_ID:
            raise InputError(since, "no brief with this id in the store")
        found = store.load_brief(int(since))
        if found.story_id != story:
            raise InputError(since, f"brief {since} is of story {found.story_id}, not {story}")
        return found
    moment = since_moment(since)
    before = [b for b in store.briefs_of(story) if b.id != current.id and b.created < moment]
    if not before:
        raise InputError(since, f"no brief of story {story} was stored before {moment.isoformat()}")
    return before[-1]


def since_moment(since: str) -> dt.datetime:
    """A date (its first moment) or an ISO time, in UTC when it names no zone."""
    try:
        moment = dt.datetime.fromisoformat(since)
    except ValueError:
        raise ConfigError(
            f"since {since!r}: give a brief id (digits) or a date YYYY-MM-DD or an ISO time"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


__all__ = ["brief_since", "earlier_brief", "since_moment", "with_changes"]
