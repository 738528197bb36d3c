"""The cleaning stage: raw reports in, article bodies with their metadata and notices out.

HTML pages go through `clean.html`, flattened text through the boilerplate classifier
(which sees all text reports of the story at once, to judge lines repeated across them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from newsfuse.analyze.language import detect_language
from newsfuse.cleaning.boilerplate import clean_texts
from newsfuse.cleaning.dateline import find_dateline, parse_published, published_notice
from newsfuse.cleaning.html import extract_html
from newsfuse.cleaning.outlet import outlet_from_page
from newsfuse.errors import NewsfuseError
from newsfuse.model import CleanDoc, Notice, PageExtract, PublishedBasis, RawDoc
from newsfuse.settings import Settings

__all__ = ["clean_docs"]

DATELINE_LINES = 8  # a dateline sits in the first lines of a report


def clean_docs(raws: Sequence[RawDoc], settings: Settings) -> tuple[list[CleanDoc], list[Notice]]:
    """Clean every report, in input order; a report that fails becomes a Notice, not an abort."""
    del settings  # no cleaning setting yet; kept so the stage's signature stays stable
    extracts = _extract_all(raws)
    docs: list[CleanDoc] = []
    notices: list[Notice] = []
    for raw, extract in zip(raws, extracts, strict=True):
        if isinstance(extract, Notice):
            notices.append(extract)
            continue
        doc = _to_clean_doc(raw, extract)
        notices.extend(_notices_for(raw, doc))
        docs.append(doc)
    return docs, notices


def _extract_all(raws: Sequence[RawDoc]) -> list[PageExtract | Notice]:
    texts = [raw for raw in raws if raw.kind == "text"]
    try:
        cleaned = dict(zip((raw.id for raw in texts), clean_texts(texts), strict=True))
    except NewsfuseError:
        cleaned = {}  # fall back to cleaning each text alone, so one bad report costs only itself
    return [_extract_one(raw, cleaned) for raw in raws]


def _extract_one(raw: RawDoc, cleaned: dict[str, PageExtract]) -> PageExtract | Notice:
    try:
        if raw.kind == "html":
            return extract_html(raw)
        return cleaned.get(raw.id) or clean_texts([raw])[0]
    except NewsfuseError as error:
        return Notice(raw.id, "error", f"{raw.id}: could not be cleaned: {error}")


def _to_clean_doc(raw: RawDoc, extract: PageExtract) -> CleanDoc:
    published, basis = _published(raw, extract)
    doc = CleanDoc(
        id=raw.id,
        text=extract.text,
        removed=extract.removed,
        path=raw.path,
        url=raw.url or extract.url,
        outlet=raw.outlet or extract.outlet or _outlet_of_page(extract),
        title=raw.title or extract.title,
        author=raw.author or extract.author,
        published=published,
        published_basis=basis,
    )
    return replace(doc, language=detect_language(doc.text))


def _outlet_of_page(extract: PageExtract) -> str | None:
    return outlet_from_page((r.text for r in extract.removed), article=extract.text)


def _published(raw: RawDoc, extract: PageExtract) -> tuple[dt.date | None, PublishedBasis | None]:
    """The publication date and where it came from: record, page metadata, then dateline."""
    given = parse_published(raw.published) if raw.published else None
    if given is not None:
        return given, "metadata"
    if extract.published is not None:
        return extract.published, extract.published_basis or "metadata"
    dateline = find_dateline(_head(extract.text))
    if dateline is None and raw.kind == "text":
        # Cleaning may drop a dateline line as furniture: look around the article's first line.
        dateline = find_dateline(_head(raw.content, around=_first_line(extract.text)))
    return (dateline.date, "dateline") if dateline is not None else (None, None)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _head(text: str, around: str = "") -> str:
    """The first lines of `text`, or, given `around`, the lines around the first one equal to it."""
    lines = text.splitlines()
    if around:
        for index, line in enumerate(lines):
            if line.strip() == around:
                return "\n".join(lines[max(0, index - DATELINE_LINES * 2) : index + DATELINE_LINES])
    return "\n".join(lines[:DATELINE_LINES])


def _notices_for(raw: RawDoc, doc: CleanDoc) -> list[Notice]:
    notices = []
    if raw.published and (ignored := published_notice(raw.published, raw.id)):
        notices.append(ignored)
    if not doc.text.strip():
        where = raw.path or raw.url or raw.id
        kind = "page" if raw.kind == "html" else "text"
        notices.append(Notice(raw.id, "warning", f"{where}: no article text found in this {kind}"))
    if doc.language is not None and doc.language != "en":
        notices.append(
            Notice(
                raw.id,
                "warning",
                f"{raw.id}: language '{doc.language}' detected; newsfuse analyses English, "
                "this report is kept but not cross-checked",
            )
        )
    return notices
