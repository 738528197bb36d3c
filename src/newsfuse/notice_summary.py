"""Collapse notices of one kind into a few examples and a count.

A folder of 200,000 unreadable files, or an export of 200,000 broken lines, must not give
200,000 lines on stderr and in the brief. Two notices are of one kind when they have the same
level and the same message once the input's name, numbers and parenthesised details are masked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsfuse.model import Notice, NoticeLevel

#: Notices of one kind shown in full before the rest are counted.
SHOWN_PER_KIND = 3

_MARK = "\ue000"  # a private-use character, never in a message
_DETAIL = re.compile(r"\([^()]*\)")
_NUMBER = re.compile(r"\d[\d,.]*")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def notice_kind(notice: Notice) -> tuple[NoticeLevel, str]:
    """The notice's level and its message with what varies between inputs masked."""
    message = notice.message
    if notice.source:
        message = message.replace(notice.source, "<input>")
    previous = None
    while previous != message:  # nested details, innermost first, through a paren-free mark
        previous, message = message, _DETAIL.sub(_MARK, message)
    message = _QUOTED.sub("'…'", message.replace(_MARK, "(…)"))
    return notice.level, _NUMBER.sub("#", message)


def summarize_notices(notices: Sequence[Notice], shown: int = SHOWN_PER_KIND) -> list[Notice]:
    """`notices` in order, keeping the first `shown` of each kind; after the last one kept, one
    notice says how many more of that kind there were."""
    totals = Counter(notice_kind(n) for n in notices)
    seen: Counter[tuple[NoticeLevel, str]] = Counter()
    result: list[Notice] = []
    for notice in notices:
        kind = notice_kind(notice)
        seen[kind] += 1
        if seen[kind] <= shown:
            result.append(notice)
        if seen[kind] == shown and totals[kind] > shown:
            more = totals[kind] - shown
            result.append(Notice(None, kind[0], f"… and {more:,} more like this: {kind[1]}"))
    return result


__all__ = ["SHOWN_PER_KIND", "notice_kind", "summarize_notices"]
