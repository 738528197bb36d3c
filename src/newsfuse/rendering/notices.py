"""How a notice is shown to a reader."""

from __future__ import annotations

from newsfuse.model import Notice


def shown_source(notice: Notice) -> str:
    """The notice's source, or "" when the message already names it (ingest messages do)."""
    if not notice.source or notice.source in notice.message:
        return ""
    return notice.source


__all__ = ["shown_source"]
