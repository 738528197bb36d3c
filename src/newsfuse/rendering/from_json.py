"""Read a brief back from its JSON contract (`newsfuse.brief/2` or `/3`), to compare a saved
brief with a new one or to render it again.

The contract does not carry the copy groups or passage links of the syndication stage, so the
brief read back knows only `shared_with`; every fact keeps the `independent_sources` it was
written with. Removed boilerplate comes back without the rule that removed it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, TypeVar

from newsfuse.errors import InputError
from newsfuse.model import (
    Brief,
    Changes,
    CleanDoc,
    Conflict,
    Corroboration,
    Entity,
    Fact,
    Notice,
    Quote,
    Removed,
    SharedWith,
    Span,
    SummarySentence,
    Syndication,
    TimelineEntry,
    Variant,
)

READABLE = ("newsfuse.brief/2", "newsfuse.brief/3")
T = TypeVar("T")


def from_json(text: str, name: str = "brief") -> Brief:
    """The brief a JSON text holds; `name` (a file, a store id) is named in errors."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(name, f"not JSON ({error})") from None
    return brief_from_dict(data, name)


def brief_from_dict(data: Any, name: str = "brief") -> Brief:
    if not isinstance(data, dict):
        raise InputError(name, "a brief is a JSON object")
    if data.get("schema") not in READABLE:
        raise InputError(name, f"schema {data.get('schema')!r} is not one of {', '.join(READABLE)}")
    try:
        return _brief(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise InputError(name, f"not a valid brief ({type(error).__name__}: {error})") from None


def _brief(data: dict[str, Any]) -> Brief:
    sources = tuple(_source(s) for s in data["sources"])
    shared = {
        s["id"]: tuple(SharedWith(w["source"], float(w["overlap"])) for w in s["shared_with"])
        for s in data["sources"]
    }
    credits = {s["id"]: tuple(str(c) for c in s.get("credits", ())) for s in data["sources"]}
    syndication = Syndication(
        shared_with={k: v for k, v in shared.items() if v},
        groups=tuple((doc.id,) for doc in sources),
        credits={k: v for k, v in credits.items() if v},
    )
    changes = data.get("changes")
    return Brief(
        title=str(data["title"]),
        sources=sources,
        syndication=syndication,
        summary=_all(
            data["summary"],
            lambda s: SummarySentence(s["text"], tuple(s["sources"]), _spans(s)),
        ),
        facts=_all(data["facts"], _fact),
        conflicts=_all(data["conflicts"], _conflict),
        timeline=_all(data["timeline"], _timeline),
        quotes=_all(
            data["quotes"],
            lambda q: Quote(q["speaker"], q["text"], tuple(q["sources"]), _spans(q)),
        ),
        entities=_all(
            data["entities"],
            lambda e: Entity(
                e["name"], e["type"], tuple(e["sources"]), tuple(e["aliases"]), int(e["mentions"])
            ),
        ),
        notices=_all(data["notices"], lambda n: Notice(n["source"], n["level"], n["message"])),
        changes=_changes(changes) if changes is not None else None,
    )


def _all(items: list[Any], read: Callable[[Any], T]) -> tuple[T, ...]:
    return tuple(read(item) for item in items)


def _source(data: dict[str, Any]) -> CleanDoc:
    published = data["published"]
    return CleanDoc(
        id=data["id"],
        text=data["text"],
        removed=tuple(Removed(text, "") for text in data["removed"]),
        path=data["path"],
        url=data["url"],
        outlet=data["outlet"],
        title=data["title"],
        published=dt.date.fromisoformat(published) if published else None,
        published_basis=data["published_basis"],
        language=data["language"],
    )


def _spans(data: dict[str, Any]) -> tuple[Span, ...]:
    return tuple(Span(s["source"], int(s["start"]), int(s["end"])) for s in data["spans"])


def _fact(data: dict[str, Any]) -> Fact:
    independent = int(data["independent_sources"])
    return Fact(data["text"], tuple(data["sources"]), independent, _spans(data))


def _conflict(data: dict[str, Any]) -> Conflict:
    variants = _all(
        data["variants"],
        lambda v: Variant(v["value"], v["text"], tuple(v["sources"]), _spans(v)),
    )
    return Conflict(data["about"], variants)


def _timeline(data: dict[str, Any]) -> TimelineEntry:
    return TimelineEntry(
        dt.date.fromisoformat(data["date"]),
        data["text"],
        tuple(data["sources"]),
        bool(data["announced"]),
        _spans(data),
    )


def _changes(data: dict[str, Any]) -> Changes:
    return Changes(
        since=data["since"],
        new_sources=tuple(data["new_sources"]),
        new_facts=_all(data["new_facts"], _fact),
        corroborated=_all(
            data["corroborated"],
            lambda c: Corroboration(_fact(c), int(c["before"]), int(c["after"])),
        ),
        new_conflicts=_all(data["new_conflicts"], _conflict),
        resolved_conflicts=_all(data["resolved_conflicts"], _conflict),
        new_timeline=_all(data["new_timeline"], _timeline),
    )


__all__ = ["READABLE", "brief_from_dict", "from_json"]
