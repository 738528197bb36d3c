"""Make every string of a document valid Unicode where it enters, so no later stage meets
lone surrogates: a JSON escape like `\\ud83d` without its pair, or an undecodable byte of a
file name (Python maps it to a surrogate). spaCy and the output writers fail on them."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from typing import Any

from newsfuse.model import Notice, RawDoc

_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def valid_unicode(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(REPLACEMENT, text)


def repair_doc(doc: RawDoc) -> tuple[RawDoc, Notice | None]:
    """`doc` with valid Unicode in every text field, and a warning naming it and the fields
    repaired (None when there was nothing to repair)."""
    changes: dict[str, Any] = {}
    for item in fields(doc):
        value = getattr(doc, item.name)
        if isinstance(value, str) and _SURROGATE.search(value):
            changes[item.name] = valid_unicode(value)
    if not changes:
        return doc, None
    repaired = replace(doc, **changes)
    where = ", ".join(sorted(changes))
    message = f"{repaired.id}: invalid Unicode (lone surrogates) in {where} replaced by U+FFFD"
    return repaired, Notice(repaired.id, "warning", message)


def repair_notice(notice: Notice) -> Notice:
    """A notice whose source or message (an odd file name, a record's id) is valid Unicode."""
    source = valid_unicode(notice.source) if notice.source else notice.source
    message = valid_unicode(notice.message)
    if source == notice.source and message == notice.message:
        return notice
    return Notice(source, notice.level, message)


__all__ = ["REPLACEMENT", "repair_doc", "repair_notice", "valid_unicode"]
