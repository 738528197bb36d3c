"""The visible text blocks of a page that did not make it into the main text, and why."""

from __future__ import annotations

from collections.abc import Iterable

from lxml.html import HtmlElement

from newsfuse.cleaning.html_dom import furniture_reason, visible_blocks
from newsfuse.cleaning.html_lines import is_credit, is_headline
from newsfuse.cleaning.html_vote import key_in, key_index, paragraph_key
from newsfuse.model import Removed

MAX_REMOVED = 200
MAX_REMOVED_CHARS = 300


def removed_blocks(
    root: HtmlElement, kept: Iterable[str], title: str | None, already: Iterable[Removed] = ()
) -> tuple[Removed, ...]:
    """Blocks of `root` absent from the kept paragraphs, deduplicated, in page order, bounded.

    `already` holds lines dropped from the extractor's output with their own reason; they
    name the block they came from.
    """
    kept_keys = key_index(list(kept))
    known = {paragraph_key(r.text): r.reason for r in already}
    seen: set[str] = set()
    result: list[Removed] = []
    for element, text in visible_blocks(root):
        key = paragraph_key(text)
        if not key or key in seen or key_in(key, kept_keys):
            continue
        seen.add(key)
        reason = known.get(key) or _reason(element, text, title)
        result.append(Removed(_shorten(text), reason))
        if len(result) == MAX_REMOVED:
            break
    return tuple(result)


def _reason(element: HtmlElement, text: str, title: str | None) -> str:
    for node in (element, *element.iterancestors()):
        reason = furniture_reason(node)
        if reason:
            return reason
    if is_headline(text, title):
        return "headline"
    if is_credit(text):
        return "photo credit"
    return "outside main content"


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_REMOVED_CHARS else text[: MAX_REMOVED_CHARS - 1] + "…"
