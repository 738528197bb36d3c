"""Parsing a page with lxml and telling which parts of it are page furniture, and why."""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

# Elements whose content is never visible text.
INVISIBLE_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "iframe", "object", "head", "title"}
)
# Structural elements that hold page furniture rather than the article, with the reason shown.
FURNITURE_TAGS = {
    "nav": "navigation",
    "header": "page header",
    "footer": "page footer",
    "aside": "sidebar",
    "form": "form",
    "button": "button",
    "select": "form",
    "menu": "navigation",
}
# Words in class/id/role values that mark boilerplate, tried in order; the first match names it.
_FURNITURE_WORDS: tuple[tuple[str, str], ...] = (
    ("comment", "comment section"),
    ("disqus", "comment section"),
    ("cookie", "cookie notice"),
    ("consent", "cookie notice"),
    ("gdpr", "cookie notice"),
    ("share", "share buttons"),
    ("sharing", "share buttons"),
    ("social", "share buttons"),
    ("related", "related links"),
    ("recommend", "related links"),
    ("more-stories", "related links"),
    ("read-more", "related links"),
    ("newsletter", "newsletter appeal"),
    ("subscribe", "newsletter appeal"),
    ("signup", "newsletter appeal"),
    ("donate", "donation appeal"),
    ("promo", "promotion"),
    ("advert", "advertisement"),
    ("sponsor", "advertisement"),
    ("breadcrumb", "navigation"),
    ("navbar", "navigation"),
    ("menu", "navigation"),
    ("footer", "page footer"),
    ("masthead", "page header"),
    ("sidebar", "sidebar"),
    ("widget", "sidebar"),
    ("popup", "popup"),
    ("modal", "popup"),
    ("caption", "photo caption"),
    ("credit", "photo credit"),
    ("byline", "byline"),
    ("author", "byline"),
    ("tags", "tag list"),
)
# "ad", "ads" and "nav" only as whole tokens: "head", "shadow", "canvas" must not match.
_SHORT_TOKENS = {"ad": "advertisement", "ads": "advertisement", "nav": "navigation"}
# Containers named as content ("l-article-body", "entry author-x") are never furniture.
_CONTENT_MARKS = re.compile(r"article|body|content|entry|main|post|story|text")
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_MARKUP = re.compile(r"<!--|<\s*/?(?:!doctype|html|head|body|div|p|span|a|br|meta|article)\b", re.I)

BLOCK_TAGS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre",
        "td", "th", "figcaption", "caption", "div", "section", "article", "main", "ul", "ol",
        "table", "tr", "tbody", "thead", "figure", "header", "footer", "nav", "aside", "form",
        "address", "center", "dl", "body", "html", "label", "option", "select", "button",
    }
)  # fmt: skip


def looks_like_html(content: str) -> bool:
    """Whether the text has any HTML markup at all (a fragment counts)."""
    return _MARKUP.search(content[:100_000]) is not None


def parse_html(content: str) -> HtmlElement | None:
    """The page's element tree, or None when lxml cannot make one out of it."""
    text = _XML_DECLARATION.sub("", content, count=1).replace("\x00", "")
    if not text.strip():
        return None
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    return root if isinstance(root, HtmlElement) else None


def furniture_reason(element: HtmlElement) -> str | None:
    """Why this element itself (not its ancestors) is page furniture, or None if it is not."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in {"html", "body"}:  # page-wide classes say nothing about one block
        return None
    if element.get("aria-hidden") == "true" or element.get("hidden") is not None:
        return "hidden"
    # The class names the furniture more precisely than the tag: an <aside> of related links.
    named = _class_reason(f"{element.get('class') or ''} {element.get('id') or ''}".lower())
    if named:
        return named
    if tag in FURNITURE_TAGS:
        return FURNITURE_TAGS[tag]
    if (element.get("role") or "").lower() in _FURNITURE_ROLES:
        return "navigation"
    return None


def _class_reason(marks: str) -> str | None:
    if not marks.strip() or _CONTENT_MARKS.search(marks):
        return None
    for token in _TOKEN_SPLIT.split(marks):
        if token in _SHORT_TOKENS:
            return _SHORT_TOKENS[token]
    return next((reason for word, reason in _FURNITURE_WORDS if word in marks), None)


def is_element(node: object) -> bool:
    """True for real elements; comments and processing instructions have a non-string tag."""
    return isinstance(node, HtmlElement) and isinstance(node.tag, str)


def visible_blocks(root: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """Each block of visible text, in page order, with its whitespace-collapsed text.

    A block holding other blocks gives only its own loose text (a link beside a paragraph).
    """
    hidden = {d for el in root.iter(*INVISIBLE_TAGS) for d in el.iter()}
    containers = _block_ancestors(root)
    for element in root.iter(*BLOCK_TAGS):
        if element in hidden:
            continue
        text = _loose_text(element) if element in containers else block_text(element)
        if text:
            yield element, text


def _loose_text(element: HtmlElement) -> str:
    """The text of a block outside its child blocks."""
    parts = [element.text or ""]
    for child in element:
        if is_element(child) and child.tag in BLOCK_TAGS:
            parts.append(child.tail or "")
        else:
            _collect_text(child, parts)
    return " ".join(" ".join(parts).split())


def _block_ancestors(root: HtmlElement) -> set[HtmlElement]:
    """Elements that contain a block element, found in one pass from the blocks upward."""
    found: set[HtmlElement] = set()
    for block in root.iter(*BLOCK_TAGS):
        for ancestor in block.iterancestors():
            if ancestor in found:
                break
            found.add(ancestor)
    return found


def block_text(element: HtmlElement) -> str:
    """The visible text of an element, whitespace collapsed, without scripts and styles."""
    parts: list[str] = []
    _collect_text(element, parts)
    if element.tail:
        parts.pop()
    return " ".join(" ".join(parts).split())


def _collect_text(element: HtmlElement, parts: list[str]) -> None:
    if is_element(element) and element.tag not in INVISIBLE_TAGS:
        if element.tag == "br":
            parts.append(" ")
        parts.append(element.text or "")
        for child in element:
            _collect_text(child, parts)
    if element.tail:
        parts.append(element.tail)
