"""A page's own metadata: title, outlet, author, publication date and canonical URL.

Each field is read from the most deliberate source first (Open Graph and JSON-LD, written
for machines), then from what a reader sees (<title>, <h1>, a byline, a <time>).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from htmldate import find_date
from lxml.html import HtmlElement

from newsfuse.cleaning.dateline import PUBLISHED_YEARS, parse_published
from newsfuse.cleaning.html_dom import block_text
from newsfuse.model import PublishedBasis

_TITLE_SEPARATOR = re.compile(r"\s+[|–—:·»-]\s+|\s+::\s+")
_SUFFIX_MAX_WORDS = 4
_DASHES = frozenset("-–—:")
_DATE_META = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "publish-date",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
)
_BY_PREFIX = re.compile(r"^(?:written\s+)?by[:\s]+", re.IGNORECASE)
# A byline block often runs on into its date line: "Jane Doe | November 18, 2019".
_BYLINE_TAIL = re.compile(
    r"\s*(?:[|•·]|\d|\b(?:updated|published|posted)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$",
    re.IGNORECASE,
)
_BYLINE_MAX_WORDS = 10
_ARTICLE_TYPES = ("article", "posting", "report")


@dataclass(frozen=True)
class PageMetadata:
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_basis: PublishedBasis | None = None
    url: str | None = None


def read_metadata(root: HtmlElement, page_url: str | None) -> PageMetadata:
    """Whatever metadata the page declares; absent fields stay None."""
    meta = _meta_values(root)
    ld = list(_json_ld_objects(root))
    url = _canonical_url(root, meta, page_url)
    outlet = meta.get("og:site_name") or _ld_name(_ld_value(ld, "publisher")) or _host(url)
    basis: PublishedBasis = "metadata"
    published = _published(root, meta, ld)
    if published is None:
        # htmldate reads dates a reader sees on the page: a dateline, not declared metadata.
        published, basis = _htmldate(root, url), "dateline"
    return PageMetadata(
        title=_title(root, meta, ld, outlet),
        outlet=outlet,
        author=_author(root, meta, ld),
        published=published,
        published_basis=basis if published else None,
        url=url,
    )


def _meta_values(root: HtmlElement) -> dict[str, str]:
    """<meta> content by lower-cased name/property/itemprop; the first occurrence wins."""
    values: dict[str, str] = {}
    for element in root.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = " ".join((element.get("content") or "").split())
        if key and content:
            values.setdefault(key.strip().lower(), content)
    return values


def _json_ld_objects(root: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, articles first; unreadable scripts are skipped."""
    found: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        found.extend(_flatten_ld(data))
    yield from sorted(found, key=lambda o: not _is_article(o))


def _flatten_ld(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten_ld(item)
    elif isinstance(data, dict):
        yield data
        yield from _flatten_ld(data.get("@graph"))


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower().endswith(_ARTICLE_TYPES) for k in kinds)


def _ld_value(objects: list[dict[str, Any]], key: str) -> Any:
    return next((o[key] for o in objects if o.get(key)), None)


def _ld_name(value: Any) -> str | None:
    """A name out of a JSON-LD person/organisation: a string, an object or a list of them."""
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, dict):
        return _ld_name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _clean(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None


def _canonical_url(root: HtmlElement, meta: dict[str, str], page_url: str | None) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return _absolute(link.get("href", ""), page_url)
    if meta.get("og:url"):
        return _absolute(meta["og:url"], page_url)
    return page_url


def _absolute(href: str, page_url: str | None) -> str | None:
    url = urljoin(page_url or "", href.strip())
    return url if urlsplit(url).scheme in {"http", "https"} else page_url


def _host(url: str | None) -> str | None:
    host = urlsplit(url or "").hostname
    return host.removeprefix("www.") if host else None


def _title(
    root: HtmlElement, meta: dict[str, str], ld: list[dict[str, Any]], outlet: str | None
) -> str | None:
    for candidate in (meta.get("og:title"), meta.get("twitter:title"), _ld_value(ld, "headline")):
        if isinstance(candidate, str) and _clean(candidate):
            return strip_site_suffix(candidate, outlet)
    title = next(root.iter("title"), None)
    if title is not None and _clean(title.text_content()):
        return strip_site_suffix(title.text_content(), outlet)
    h1 = next(root.iter("h1"), None)
    return _clean(block_text(h1)) if h1 is not None else None


def strip_site_suffix(title: str, outlet: str | None) -> str:
    """'Headline | Site' -> 'Headline': drops trailing parts that name the outlet or look like
    a site name (a few capitalised words after "|"); a dash only goes with the outlet's name."""
    text = " ".join(title.split())
    site = (outlet or "").lower()
    while cuts := list(_TITLE_SEPARATOR.finditer(text)):
        head, last, separator = text[: cuts[-1].start()], text[cuts[-1].end() :], cuts[-1][0]
        named = bool(site) and (last.lower() in site or site in last.lower())
        site_like = (
            separator.strip() not in _DASHES
            and len(last.split()) <= _SUFFIX_MAX_WORDS
            and all(w[:1].isupper() or not w[:1].isalpha() for w in last.split())
            and len(head) > len(last)
        )
        if not (named or site_like):
            break
        text = head
    return text


def _author(root: HtmlElement, meta: dict[str, str], ld: list[dict[str, Any]]) -> str | None:
    for candidate in (meta.get("author"), meta.get("article:author"), meta.get("byl")):
        if candidate and not candidate.startswith(("http://", "https://")):
            return _byline_name(candidate)
    from_ld = _ld_name(_ld_value(ld, "author"))
    if from_ld:
        return from_ld
    for element in root.iter():
        marks = f"{element.get('class') or ''} {element.get('rel') or ''}".lower()
        if "byline" in marks or "author" in marks or element.get("itemprop") == "author":
            name = _byline_name(block_text(element))
            if name:
                return name
    return None


def _byline_name(text: str) -> str | None:
    """'By Jane Doe and John Roe' -> 'Jane Doe and John Roe'; long blocks are not bylines."""
    name = _BYLINE_TAIL.sub("", _BY_PREFIX.sub("", " ".join(text.split())))
    return name if 0 < len(name.split()) <= _BYLINE_MAX_WORDS else None


def _published(root: HtmlElement, meta: dict[str, str], ld: list[dict[str, Any]]) -> dt.date | None:
    candidates = [meta.get(key) for key in _DATE_META]
    candidates.append(_ld_value(ld, "datePublished"))
    candidates.extend(t.get("datetime") for t in root.iter("time"))
    for candidate in candidates:
        if isinstance(candidate, str) and (date := parse_published(candidate.strip())):
            return date
    return None


def _htmldate(root: HtmlElement, url: str | None) -> dt.date | None:
    """htmldate's reading of dates in the page's URL, markup and text: the last resort.

    It gets a copy because it cleans the tree it is given.
    """
    found = find_date(copy.deepcopy(root), extensive_search=False, original_date=True, url=url)
    date = dt.date.fromisoformat(found) if found else None
    return date if date is not None and date.year in PUBLISHED_YEARS else None
