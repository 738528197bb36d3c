"""Our own main-text extractor: prune page furniture, pick the densest prose container.

A readability-style scorer: every prose block credits its parent and, less, its grandparent
and great-grandparent; a container's score is then damped by its link density, and siblings
that score nearly as well (an article split around an advert) join the winner.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterator

from lxml.html import HtmlElement

from newsfuse.cleaning.html_dom import (
    block_text,
    furniture_reason,
    is_element,
    visible_blocks,
)

_PROSE_MIN_CHARS = 25
_ANCESTOR_WEIGHTS = (1.0, 0.5, 1 / 3)
_SIBLING_SHARE = 0.25
_MAX_LINK_DENSITY = 0.5
_SCORED_TAGS = frozenset({"p", "div", "td", "pre", "blockquote", "li", "section", "article"})


def prune_furniture(root: HtmlElement) -> HtmlElement:
    """A copy of the page without furniture elements (the text following each stays)."""
    pruned: HtmlElement = copy.deepcopy(root)
    doomed = [el for el in pruned.iter() if is_element(el) and furniture_reason(el)]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    return pruned


def link_density(element: HtmlElement, text: str | None = None) -> float:
    """Share of the element's text that sits inside links."""
    total = len(text if text is not None else block_text(element))
    if total == 0:
        return 0.0
    linked = sum(len(block_text(a)) for a in element.iter("a"))
    return min(1.0, linked / total)


def main_containers(root: HtmlElement) -> list[HtmlElement]:
    """The best-scoring content container and its strong siblings, in page order."""
    scores: dict[HtmlElement, float] = defaultdict(float)
    for element, text in visible_blocks(root):
        if element.tag not in _SCORED_TAGS or len(text) < _PROSE_MIN_CHARS:
            continue
        credit = 1 + text.count(",") + min(len(text) // 100, 3)
        for ancestor, weight in zip(element.iterancestors(), _ANCESTOR_WEIGHTS, strict=False):
            scores[ancestor] += credit * weight
    if not scores:
        return []
    final = {el: s * (1 - link_density(el)) for el, s in scores.items()}
    best = max(final, key=final.__getitem__)
    parent = best.getparent()
    if parent is None:
        return [best]
    threshold = final[best] * _SIBLING_SHARE
    return [c for c in parent if c is best or final.get(c, 0.0) >= threshold]


def container_paragraphs(containers: list[HtmlElement]) -> Iterator[str]:
    """The prose blocks of the chosen containers, skipping link lists."""
    for container in containers:
        for element, text in visible_blocks(container):
            if link_density(element, text) <= _MAX_LINK_DENSITY:
                yield text


def fallback_paragraphs(root: HtmlElement) -> list[str]:
    """The page's main text as paragraphs, by our own container scoring."""
    return list(container_paragraphs(main_containers(prune_furniture(root))))
