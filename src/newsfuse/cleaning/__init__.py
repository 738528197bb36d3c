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
from newsfuse.cleaning.budget import Budget
from newsfuse.cleaning.dateline import (
    find_dateline,
    parse_published,
    published_notice,
    report_year,
)
from newsfuse.cleaning.html import extract_html
from newsfuse.cleaning.limits import limit_lines, limit_page
from newsfuse.cleaning.outlet import outlet_from_page
from newsfuse.errors import InputError, NewsfuseError
from newsfuse.failures import unexpected
from newsfuse.model import CleanDoc, Notice, PageExtract, PublishedBasis, RawDoc
from newsfuse.notice_summary import summarize_notices
from newsfuse.settings import Settings

__all__ = ["clean_docs"]

DATELINE_LINES = 8  # a dateline sits in the first lines of a report


def clean_docs(raws: Sequence[RawDoc], settings: Settings) -> tuple[list[CleanDoc], list[Notice]]:
    """Clean every report, in input order; a report that fails becomes a Notice, not an abort.

    Each report is first cut down to bounded size (`limits`), then cleaned within its time
    budget (`clean_seconds_per_input`); the notices are summarised by kind.
    """
    # Reports cleaned before (read back from Parquet) pass through and stay out of the
    # cross-report boilerplate judging, which compares only the reports cleaned together.
    limited = [_limited(raw) for raw in raws if raw.cleaned is None]
    fresh = iter(zip(limited, _extract_all([raw for raw, _ in limited], settings), strict=True))
    docs: list[CleanDoc] = []
    notices: list[Notice] = []
    for given in raws:
        if given.cleaned is not None:
            docs.append(replace(given.cleaned, id=given.id))
            continue
        (raw, cut), extract = next(fresh)
        notices.extend(cut)
        if isinstance(extract, Notice):
            notices.append(extract)
            continue
        try:
            doc = _to_clean_doc(raw, extract)
        except Exception as error:  # one report's failure costs only that report, type named
            notices.append(_failed(raw, error))
            continue
        notices.extend(_notices_for(raw, doc))
        docs.append(doc)
    return docs, summarize_notices(notices)


def _limited(raw: RawDoc) -> tuple[RawDoc, list[Notice]]:
    """`raw` cut down to what cleaning can afford, with a warning when anything was cut."""
    bounded = limit_page(raw.content) if raw.kind == "html" else limit_lines(raw.content)
    if not bounded.notes:
        return raw, []
    message = f"{raw.id}: too large to clean whole: {'; '.join(bounded.notes)}"
    return replace(raw, content=bounded.content), [Notice(raw.id, "warning", message)]


def _extract_all(raws: Sequence[RawDoc], settings: Settings) -> list[PageExtract | Notice]:
    texts = [raw for raw in raws if raw.kind == "text"]
    try:
        cleaned = dict(zip((raw.id for raw in texts), clean_texts(texts), strict=True))
    except Exception:  # clean each text alone instead: one bad report costs only itself
        cleaned = {}
    return [_extract_one(raw, cleaned, settings) for raw in raws]


def _extract_one(
    raw: RawDoc, cleaned: dict[str, PageExtract], settings: Settings
) -> PageExtract | Notice:
    try:
        if raw.kind == "html":
            return extract_html(raw, Budget(settings.clean_seconds_per_input, raw.id))
        # Flattened text is one linear pass, bounded by the line cap: nothing left to stop.
        return cleaned[raw.id] if raw.id in cleaned else clean_texts([raw])[0]
    except InputError as error:
        return Notice(raw.id, "error", f"{raw.id}: could not be cleaned: {error.reason}")
    except NewsfuseError as error:
        return Notice(raw.id, "error", f"{raw.id}: could not be cleaned: {error}")
    except Exception as error:  # one report's failure costs only that report, type named
        return _failed(raw, error)


def _failed(raw: RawDoc, error: Exception) -> Notice:
    return Notice(raw.id, "error", f"{raw.id}: could not be cleaned: {unexpected(error)}")


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
    year = report_year(raw.content)  # for a dateline without one
    dateline = find_dateline(_head(extract.text), year)
    if dateline is None and raw.kind == "text":
        # Cleaning may drop a dateline line as furniture: look around the article's first line.
        dateline = find_dateline(_head(raw.content, around=_first_line(extract.text)), year)
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
