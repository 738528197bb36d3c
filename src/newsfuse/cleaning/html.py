"""Main text and metadata of one HTML news page.

trafilatura reads the page twice (default and precision-oriented), our own container scorer
once; the paragraphs that two readings agree on form the text (see html_vote). Everything
visible that was left out is reported as `Removed`, with the reason it went.
"""

from __future__ import annotations

import re

import trafilatura
from lxml.html import HtmlElement

from newsfuse.cleaning.budget import Budget
from newsfuse.cleaning.html_dom import looks_like_html, parse_html
from newsfuse.cleaning.html_fallback import fallback_paragraphs
from newsfuse.cleaning.html_lines import drop_credits_and_headline
from newsfuse.cleaning.html_metadata import read_metadata
from newsfuse.cleaning.html_removed import removed_blocks
from newsfuse.cleaning.html_vote import vote
from newsfuse.errors import InputError
from newsfuse.model import PageExtract, RawDoc


def extract_html(raw: RawDoc, budget: Budget | None = None) -> PageExtract:
    """The article text (paragraphs separated by a blank line) and metadata of `raw`.

    A page that cannot be parsed gives an empty text; raises `InputError` when the content
    has no HTML markup at all, and `CleaningTimeout` when `budget` runs out between passes.
    """
    if not looks_like_html(raw.content):
        raise InputError(raw.id, "not an HTML page: no markup found")
    root = parse_html(raw.content)
    if root is None:
        return PageExtract(text="", url=raw.url)
    meta = read_metadata(root, raw.url)
    if budget is not None:
        budget.check("parsing the page")
    found = main_paragraphs(raw.content, root, raw.url, budget)
    if budget is not None:
        budget.check("the vote between readings")
    paragraphs, dropped = drop_credits_and_headline(found, meta.title)
    return PageExtract(
        text="\n\n".join(paragraphs),
        removed=removed_blocks(root, paragraphs, meta.title, dropped),
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        published=meta.published,
        published_basis=meta.published_basis,
        url=meta.url,
    )


_BLOCK_EDGE = re.compile(
    r"(</?(?:article|section|div|p|li|h[1-6]|blockquote|header|footer|aside|nav|figure)\b[^>]*>)",
    re.IGNORECASE,
)


def main_paragraphs(
    content: str, root: HtmlElement, url: str | None, budget: Budget | None = None
) -> list[str]:
    """The article's paragraphs, chosen by agreement between three readings of the page.

    trafilatura gets the markup, not our tree: it reads its own parse of it better. `budget`
    is checked after each reading.
    """
    check = budget.check if budget is not None else _no_budget
    # trafilatura can glue the text of adjacent blocks into one word ("end</article><p></p>
    # <article>start" -> "endstart"); a line break at each block tag prevents it, and between
    # blocks it means nothing else in HTML.
    content = _BLOCK_EDGE.sub(r"\n\1\n", content)
    default = _trafilatura_paragraphs(content, url, favor_precision=False)
    check("the first trafilatura reading")
    precise = _trafilatura_paragraphs(content, url, favor_precision=True)
    check("the second trafilatura reading")
    fallback = fallback_paragraphs(root)
    check("the text-density reading")
    return vote(default, precise, fallback)


def _no_budget(after: str) -> None:
    del after


def _trafilatura_paragraphs(content: str, url: str | None, favor_precision: bool) -> list[str]:
    # The precision reading only votes: skipping trafilatura's internal second-opinion
    # extractors there changed no page on the dev set and halves its cost.
    text = trafilatura.extract(
        content,
        url=url,
        include_comments=False,
        favor_precision=favor_precision,
        fast=favor_precision,
        deduplicate=False,
    )
    return [line.strip() for line in (text or "").split("\n") if line.strip()]
