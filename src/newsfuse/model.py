"""The plain, typed data objects that flow between the pipeline's stages.

Stages never pass loose dicts: each takes and returns these frozen dataclasses. Only
`newsfuse.rendering` knows how they map onto the public JSON contract.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from newsfuse.errors import InputError

NoticeLevel = Literal["info", "warning", "error"]
DocKind = Literal["text", "html"]
PublishedBasis = Literal["metadata", "dateline", "inferred"]


@dataclass(frozen=True)
class Notice:
    """An input skipped or degraded, and why. `source` is a source id, a path, or None."""

    source: str | None
    level: NoticeLevel
    message: str


@dataclass(frozen=True)
class RawDoc:
    """One report as read from disk, stdin or a JSONL record, decoded to text, not yet cleaned.

    `cleaned` is its cleaned form when the input already holds one (the Parquet that
    `newsfuse spark` writes): cleaning then passes it through instead of redoing it.
    """

    id: str
    content: str
    kind: DocKind
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # as given by the input record, unparsed
    outlet: str | None = None
    author: str | None = None
    cleaned: CleanDoc | None = None

    def __post_init__(self) -> None:
        # Library callers build RawDocs by hand: a wrong field fails here, naming it, not as an
        # AttributeError deep inside cleaning.
        if not isinstance(self.id, str) or not self.id.strip():
            raise InputError("RawDoc", f"id must be a non-empty str, not {self.id!r}")
        if not isinstance(self.content, str):
            kind = type(self.content).__name__
            raise InputError(self.id, f"RawDoc content must be a str, not {kind}")
        if self.kind not in ("text", "html"):
            raise InputError(self.id, f"RawDoc kind must be 'text' or 'html', not {self.kind!r}")
        for name in ("path", "url", "title", "published", "outlet", "author"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                kind = type(value).__name__
                raise InputError(self.id, f"RawDoc {name} must be a str or None, not {kind}")


@dataclass(frozen=True)
class Removed:
    """A line or block dropped as boilerplate, with the rule or feature that dropped it."""

    text: str
    reason: str


@dataclass(frozen=True)
class PageExtract:
    """What the HTML path gets from one page: its main text and the page's own metadata."""

    text: str
    removed: tuple[Removed, ...] = ()
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_basis: PublishedBasis | None = None
    url: str | None = None


@dataclass(frozen=True)
class CleanDoc:
    """A report after cleaning: the article body and its metadata."""

    id: str
    text: str
    removed: tuple[Removed, ...] = ()
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_basis: PublishedBasis | None = None
    language: str | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Span:
    """A character range [start, end) in one source's cleaned text."""

    source: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """One sentence of a cleaned report; `start`/`end` index into that report's `text`."""

    source: str
    index: int
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.source, self.start, self.end)


@dataclass(frozen=True)
class SharedWith:
    """Another report that shares passages with this one, and the share of this one it covers."""

    source: str
    overlap: float


@dataclass(frozen=True)
class PassageLink:
    """Two sentences of different reports, one derived from the other (or both from one
    wire story): `score` is their similarity in [0, 1], `run` the length of the ordered run of
    derived sentences between the two reports that this link belongs to (1: isolated)."""

    first: Span
    second: Span
    score: float
    run: int = 1


@dataclass(frozen=True)
class Syndication:
    """Near-copy links between reports and the groups of copies of one wire story.

    `groups` partitions every source id: a report that copies nothing is a group of one.
    `links` are the derived sentences found between reports; None when only the groups are
    known (a Syndication made by hand), and then copies count once for every fact.
    `credits` maps a source id to the news agencies it credits ("(AP)", "Reuters contributed
    to this report"); `notices` say where a cap cut the comparison short.
    """

    shared_with: dict[str, tuple[SharedWith, ...]]
    groups: tuple[tuple[str, ...], ...]
    links: tuple[PassageLink, ...] | None = None
    credits: dict[str, tuple[str, ...]] = field(default_factory=dict)
    notices: tuple[Notice, ...] = ()

    def group_of(self, source: str) -> int:
        for index, group in enumerate(self.groups):
            if source in group:
                return index
        raise KeyError(source)

    def independent_count(self, sources: tuple[str, ...] | list[str]) -> int:
        """How many independent reports back a set of sources: copies of one story count once."""
        return len({self.group_of(s) for s in sources})

    def independent_sources(self, spans: Iterable[Span]) -> int:
        """How many independent sources back a fact, from the spans that support it: two
        sources count once when a supporting sentence of one derives (through `links`, in
        any number of steps) from a supporting sentence of the other. Sources that share
        other passages but not these count apart. Without links, copy groups count once."""
        spans = list(spans)
        if self.links is None:
            return self.independent_count(list(dict.fromkeys(s.source for s in spans)))
        families = self._families
        joined: dict[str, str] = {}

        def root(source: str) -> str:
            while joined.setdefault(source, source) != source:
                source = joined[source]
            return source

        owner: dict[int, str] = {}
        for span in spans:
            for family in _overlapping(families.get(span.source, ()), span):
                first = root(owner.setdefault(family, span.source))
                joined[root(span.source)] = first
        return len({root(s.source) for s in spans})

    @functools.cached_property
    def _families(self) -> dict[str, tuple[tuple[int, int, int], ...]]:
        """For each source, its linked sentences as (start, end, family) sorted by start,
        where a family is a set of sentences joined by links."""
        parent: dict[Span, Span] = {}

        def root(span: Span) -> Span:
            while parent.setdefault(span, span) != span:
                parent[span] = parent[parent[span]]
                span = parent[span]
            return span

        for link in self.links or ():
            parent[root(link.first)] = root(link.second)
        number: dict[Span, int] = {}
        by_source: dict[str, list[tuple[int, int, int]]] = {}
        for span in parent:
            family = number.setdefault(root(span), len(number))
            by_source.setdefault(span.source, []).append((span.start, span.end, family))
        return {source: tuple(sorted(found)) for source, found in by_source.items()}


def _overlapping(entries: tuple[tuple[int, int, int], ...], span: Span) -> Iterator[int]:
    """The families of the entries (sorted, not overlapping) that overlap `span`."""
    at = bisect.bisect_right(entries, (span.start, span.end, -1)) - 1
    for start, end, family in entries[max(at, 0) :]:
        if start >= span.end:
            break
        if end > span.start:
            yield family


@dataclass(frozen=True)
class SummarySentence:
    text: str
    sources: tuple[str, ...]
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Fact:
    text: str
    sources: tuple[str, ...]
    independent_sources: int
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Variant:
    value: str
    text: str
    sources: tuple[str, ...]
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Conflict:
    about: str
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class TimelineEntry:
    date: dt.date
    text: str
    sources: tuple[str, ...]
    announced: bool = False
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Quote:
    speaker: str
    text: str
    sources: tuple[str, ...]
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Entity:
    name: str
    type: str
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    mentions: int = 0


@dataclass(frozen=True)
class CrossCheck:
    """What the cross-checking stages found across sources (filled by `newsfuse.crosscheck`)."""

    facts: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True)
class Brief:
    """One cross-checked brief of one story: the object behind the public JSON contract."""

    title: str
    sources: tuple[CleanDoc, ...]
    syndication: Syndication
    summary: tuple[SummarySentence, ...] = ()
    facts: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    notices: tuple[Notice, ...] = field(default=())
    changes: Changes | None = None  # only when compared with an earlier brief


@dataclass(frozen=True)
class Corroboration:
    """A fact of both briefs that more independent sources now back: `before` -> `after`."""

    fact: Fact
    before: int
    after: int


@dataclass(frozen=True)
class Changes:
    """What a brief adds to an earlier brief of the same story (`newsfuse.compose.changes`).

    `since` names the earlier brief (a store id or a file). Items are the current brief's,
    except `resolved_conflicts`: the earlier brief's conflicts that no longer stand."""

    since: str | None
    new_sources: tuple[str, ...] = ()
    new_facts: tuple[Fact, ...] = ()
    corroborated: tuple[Corroboration, ...] = ()
    new_conflicts: tuple[Conflict, ...] = ()
    resolved_conflicts: tuple[Conflict, ...] = ()
    new_timeline: tuple[TimelineEntry, ...] = ()
