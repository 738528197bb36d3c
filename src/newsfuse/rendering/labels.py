"""How a brief names its sources in citations: by outlet, as a reader knows them, not by file.

A source is labelled with its outlet when known, else its web site's host, else its headline
cut short, else its id. Two sources with one label (two reports of one outlet) keep it apart
with their ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from urllib.parse import urlsplit

from newsfuse.model import CleanDoc

# A headline used as a label is cut at a word boundary near this many characters.
_TITLE_CHARS = 40


def source_labels(docs: Sequence[CleanDoc]) -> dict[str, str]:
    """A short, distinct citation label for each source id."""
    base = {doc.id: _label(doc) for doc in docs}
    counts = Counter(base.values())
    return {
        doc.id: base[doc.id] if counts[base[doc.id]] == 1 else f"{base[doc.id]} ({doc.id})"
        for doc in docs
    }


def _label(doc: CleanDoc) -> str:
    if doc.outlet and doc.outlet.strip():
        return " ".join(doc.outlet.split())
    host = (urlsplit(doc.url).hostname or "") if doc.url else ""
    if host:
        return host.removeprefix("www.")
    if doc.title and doc.title.strip():
        return _shortened(" ".join(doc.title.split()))
    return doc.id


def _shortened(title: str) -> str:
    if len(title) <= _TITLE_CHARS:
        return title
    cut = title[:_TITLE_CHARS].rsplit(" ", 1)[0] or title[:_TITLE_CHARS]
    return cut.rstrip(" ,;:-–—") + "…"
