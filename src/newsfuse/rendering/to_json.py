"""The public JSON contract of a brief (schema newsfuse.brief/3). Only this module knows it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from newsfuse.model import (
    Brief,
    Changes,
    CleanDoc,
    Conflict,
    Entity,
    Fact,
    Notice,
    Span,
    Syndication,
    TimelineEntry,
)

SCHEMA = "newsfuse.brief/3"


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
        "facts": [_fact(f) for f in brief.facts],
        "conflicts": [_conflict(c) for c in brief.conflicts],
        "timeline": [_timeline(t) for t in brief.timeline],
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
        **({"changes": _changes(brief.changes)} if brief.changes is not None else {}),
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
        "credits": list(syndication.credits.get(doc.id, ())),
    }


def _fact(fact: Fact) -> dict[str, Any]:
    return {
        "text": fact.text,
        "sources": list(fact.sources),
        "independent_sources": fact.independent_sources,
        "spans": _spans(fact.spans),
    }


def _timeline(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "date": _date(entry.date),
        "text": entry.text,
        "sources": list(entry.sources),
        "announced": entry.announced,
        "spans": _spans(entry.spans),
    }


def _changes(changes: Changes) -> dict[str, Any]:
    return {
        "since": changes.since,
        "new_sources": list(changes.new_sources),
        "new_facts": [_fact(f) for f in changes.new_facts],
        "corroborated": [
            {**_fact(c.fact), "before": c.before, "after": c.after} for c in changes.corroborated
        ],
        "new_conflicts": [_conflict(c) for c in changes.new_conflicts],
        "resolved_conflicts": [_conflict(c) for c in changes.resolved_conflicts],
        "new_timeline": [_timeline(t) for t in changes.new_timeline],
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
