"""The public JSON contract of a brief (schema newsfuse.brief/2). Only this module knows it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from newsfuse.model import Brief, CleanDoc, Conflict, Entity, Notice, Span, Syndication

SCHEMA = "newsfuse.brief/2"


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The brief as plain JSON-ready data, keys in contract order."""
    return {
        "schema": SCHEMA,
        "title": brief.title,
        "sources": [_source(doc, brief.syndication) for doc in brief.sources],
        "summary": [
            {"text": s.text, "sources": list(s.sources), "spans": _spans(s.spans)}
            for s in brief.summary
        ],
        "facts": [
            {
                "text": f.text,
                "sources": list(f.sources),
                "independent_sources": f.independent_sources,
                "spans": _spans(f.spans),
            }
            for f in brief.facts
        ],
        "conflicts": [_conflict(c) for c in brief.conflicts],
        "timeline": [
            {
                "date": _date(t.date),
                "text": t.text,
                "sources": list(t.sources),
                "announced": t.announced,
                "spans": _spans(t.spans),
            }
            for t in brief.timeline
        ],
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.text,
                "sources": list(q.sources),
                "spans": _spans(q.spans),
            }
            for q in brief.quotes
        ],
        "entities": [_entity(e) for e in brief.entities],
        "notices": [_notice(n) for n in brief.notices],
    }


def to_json(brief: Brief) -> str:
    return json.dumps(brief_to_dict(brief), indent=2, ensure_ascii=False)


def _source(doc: CleanDoc, syndication: Syndication) -> dict[str, Any]:
    return {
        "id": doc.id,
        "path": doc.path,
        "url": doc.url,
        "outlet": doc.outlet,
        "title": doc.title,
        "published": _date(doc.published) if doc.published else None,
        "published_basis": doc.published_basis,
        "words": doc.words,
        "text": doc.text,
        "removed": [r.text for r in doc.removed],
        "shared_with": [
            {"source": s.source, "overlap": round(s.overlap, 3)}
            for s in syndication.shared_with.get(doc.id, ())
        ],
        "language": doc.language,
    }


def _conflict(conflict: Conflict) -> dict[str, Any]:
    return {
        "about": conflict.about,
        "variants": [
            {"value": v.value, "text": v.text, "sources": list(v.sources), "spans": _spans(v.spans)}
            for v in conflict.variants
        ],
    }


def _entity(entity: Entity) -> dict[str, Any]:
    return {
        "name": entity.name,
        "type": entity.type,
        "sources": list(entity.sources),
        "aliases": list(entity.aliases),
        "mentions": entity.mentions,
    }


def _notice(notice: Notice) -> dict[str, Any]:
    return {"source": notice.source, "level": notice.level, "message": notice.message}


def _spans(spans: Iterable[Span]) -> list[dict[str, Any]]:
    return [{"source": s.source, "start": s.start, "end": s.end} for s in spans]


def _date(day: dt.date) -> str:
    return day.isoformat()


__all__ = ["SCHEMA", "brief_to_dict", "to_json"]
