"""Flatten an HTML page the way a scraper does: every visible text block on its own line.

Used to turn saved pages into the flattened-text input that the boilerplate cleaner must
handle, noise included (navigation, footers, captions, comment widgets).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

# Content never shown to a reader.
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})

# Elements that start a new line of text; inline ones (a, span, em...) continue the current one.
_BLOCKS = frozenset(
    str.split(
        """address article aside blockquote body br caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol option p pre
    section select summary table tbody td tfoot th thead tr ul button label legend"""
    )
)

_SPACE = re.compile(r"\s+")


def flatten_html(html: str) -> str:
    """Visible text of `html`, one block per line, in page order; empty for an empty page."""
    if not html.strip():
        return ""
    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    pieces: list[str] = []
    _walk(root, pieces)
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(root: etree._Element, pieces: list[str]) -> None:
    """Append the visible text under `root`, newlines around blocks (iterative: pages nest deep)."""
    etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)  # keeps their tails
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if not tag or tag in _INVISIBLE or element.get("hidden") is not None:
                walker.skip_subtree()
                continue
            if tag in _BLOCKS:
                pieces.append("\n")
            if element.text:
                pieces.append(element.text)
        else:
            if tag in _BLOCKS:
                pieces.append("\n")
            if element.tail and element is not root:
                pieces.append(element.tail)
