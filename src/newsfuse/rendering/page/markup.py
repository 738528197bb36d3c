"""Small HTML building blocks shared by every page: escaping, sections, lists."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape


def esc(text: object) -> str:
    """Text (from a report, a user or a file name) as HTML, safe in content and attributes."""
    return escape(str(text), quote=True)


def section(key: str, heading: str, content: str, empty: str = "") -> str:
    """A brief section `section#key`; `empty` says so when there is nothing to show."""
    inner = content or (f'<p class="empty">{esc(empty)}</p>' if empty else "")
    return f'<section id="{key}"><h2>{esc(heading)}</h2>{inner}</section>'


def items(tag: str, entries: Iterable[str], css: str = "") -> str:
    """`<ul>`/`<ol>` of already-escaped entries; "" when there are none."""
    lis = "".join(f"<li>{entry}</li>" for entry in entries)
    if not lis:
        return ""
    cls = f' class="{css}"' if css else ""
    return f"<{tag}{cls}>{lis}</{tag}>"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else nouns or noun + 's'}"
