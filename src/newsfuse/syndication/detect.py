"""Find the reports that are copies of one wire story and how much each shares with the others."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.errors import InputError
from newsfuse.model import CleanDoc, Notice, PassageLink, SharedWith, Span, Syndication
from newsfuse.settings import Settings
from newsfuse.syndication.aligner import Aligner
from newsfuse.syndication.candidates import capped_candidates
from newsfuse.syndication.credits import agency_credits
from newsfuse.syndication.groups import copy_groups
from newsfuse.syndication.near_copies import near_copy_originals
from newsfuse.syndication.sentence_links import Match, find_matches, in_order
from newsfuse.syndication.units import Unit, report_units

# Smallest overlap reported in `shared_with`: below it a pair shares a quote or a stock
# phrase, not a passage worth citing as syndication.
MIN_SHARED = 0.1


class _Overlaps:
    """Every directed overlap measured in one run, keyed by (from, to) report index: the
    larger of the passage alignment's and the derived sentences' share."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._aligner = Aligner(texts)
        self._linked: dict[tuple[int, int], float] = {}
        self.measured: dict[tuple[int, int], float] = {}

    def measure(self, pairs: Sequence[tuple[int, int]]) -> None:
        """Both overlaps of every pair, each report measured against all its partners at once."""
        partners: dict[int, list[int]] = {}
        for i, j in pairs:
            partners.setdefault(i, []).append(j)
            partners.setdefault(j, []).append(i)
        for i, others in partners.items():
            found = self._aligner.overlaps_from(i, others)
            self.measured.update(((i, j), value) for j, value in zip(others, found, strict=True))

    def add_linked(self, linked: dict[tuple[int, int], float]) -> None:
        """Raise overlaps to the share of derived sentences where that is larger."""
        self._linked = linked
        for pair, value in linked.items():
            self.measured[pair] = max(self.measured.get(pair, 0.0), value)

    def strength(self, i: int, j: int) -> float:
        """The larger of the two directed overlaps of i and j, measured once."""
        if (i, j) not in self.measured or (j, i) not in self.measured:
            forward, backward = self._aligner.overlaps(i, j)
            self.measured[i, j] = max(forward, self._linked.get((i, j), 0.0))
            self.measured[j, i] = max(backward, self._linked.get((j, i), 0.0))
        return max(self.measured[i, j], self.measured[j, i])


def find_syndication(docs: Sequence[CleanDoc], settings: Settings) -> Syndication:
    """Derived sentences between reports, near-copy links, and the groups of copies.

    Near-identical reports (`newsfuse.syndication.near_copies`) beyond the first
    `settings.copy_candidates` of one kind are collapsed first: each is measured against the
    first of its kind only, its sentences linked to the first's in order, and it joins the
    first's group. Among the others, MinHash LSH over word shingles
    proposes candidate copies (at most `settings.copy_candidates` per report), each aligned
    passage by passage; and sentences are linked to the sentences of other reports they
    derive from (`newsfuse.syndication.sentence_links`, at most
    `settings.sentence_candidates` scored per sentence; reports crediting one news agency
    need less evidence). overlap(a, b) is the share of a's words in passages also found in b,
    or in sentences derived from b's, whichever is larger. `shared_with[a]` lists every
    report b with overlap(a, b) >= 0.1, largest first (at most `copy_candidates` of them).
    Overlap is directional: a short recap copied whole into a long report has overlap 1.0
    with it, while the long report's overlap with the recap is small. Two reports are copies
    when the larger of their two overlaps reaches `settings.copy_overlap`; see
    `newsfuse.syndication.groups` for how copies are grouped without chaining. `groups`
    partitions every id, singletons included, in order of first appearance.

    Raises `InputError` when two documents share an id.
    """
    ids = [doc.id for doc in docs]
    _check_unique(ids)
    first, flooded = _collapsed(near_copy_originals([d.text for d in docs]), settings)
    kept = sorted(set(first))
    texts = [docs[i].text for i in kept]
    candidates = capped_candidates(texts, settings)
    overlaps = _Overlaps(texts)
    overlaps.measure(candidates.pairs)
    copies = [
        pair for pair in candidates.pairs if overlaps.strength(*pair) >= settings.copy_overlap
    ]
    units = [u for n, i in enumerate(kept) for u in report_units(docs[i], n)]
    credits = {doc.id: agency_credits(doc) for doc in docs}
    agencies = [{name.casefold() for name in credits[docs[i].id]} for i in kept]
    known = set(copies)

    def related(a: int, b: int) -> bool:
        return bool(agencies[a] & agencies[b]) or (min(a, b), max(a, b)) in known

    found = find_matches(units, settings.sentence_candidates, related, copies)
    overlaps.add_linked(_linked_overlaps(units, found.matches))
    pairs = sorted(set(candidates.pairs) | {(i, j) for i, j in overlaps.measured if i < j})
    groups = copy_groups(
        [docs[i].words for i in kept], pairs, overlaps.strength, settings.copy_overlap
    )
    links, repeats = _links(docs, kept, units, found.matches, first)
    shared, truncated = _shared_with(docs, repeats, kept, overlaps.measured, settings)
    notices = []
    if flooded or found.truncated or candidates.truncated or truncated:
        notices.append(_capped_notice(settings))
    return Syndication(
        shared_with=shared,
        groups=_with_repeats(groups, first, kept, ids),
        links=links,
        credits={source: names for source, names in credits.items() if names},
        notices=tuple(notices),
    )


def _collapsed(originals: Sequence[int], settings: Settings) -> tuple[list[int], bool]:
    """Each report's stand-in: itself, unless it comes after the first `copy_candidates`
    near copies of one original (then that original). Also whether any was collapsed."""
    members: dict[int, list[int]] = {}
    for n, original in enumerate(originals):
        members.setdefault(original, []).append(n)
    first = list(range(len(originals)))
    limit = settings.copy_candidates
    for original, group in members.items():
        for n in group[limit:]:
            first[n] = original
    return first, any(len(group) > limit for group in members.values())


def _linked_overlaps(
    units: Sequence[Unit], matches: Sequence[Match]
) -> dict[tuple[int, int], float]:
    """Directed overlaps from derived sentences: the share of report a's words in sentences
    linked to a sentence of report b."""
    linked: dict[tuple[int, int], set[int]] = {}
    for match in matches:
        a, b = units[match.first].doc, units[match.second].doc
        linked.setdefault((a, b), set()).add(match.first)
        linked.setdefault((b, a), set()).add(match.second)
    words_of: dict[int, int] = {}
    for unit in units:
        words_of[unit.doc] = words_of.get(unit.doc, 0) + unit.size
    return {
        (a, b): min(sum(units[u].size for u in found) / words_of[a], 1.0)
        for (a, b), found in linked.items()
        if words_of[a]
    }


def _links(
    docs: Sequence[CleanDoc],
    kept: Sequence[int],
    units: Sequence[Unit],
    matches: Sequence[Match],
    first: Sequence[int],
) -> tuple[tuple[PassageLink, ...], dict[int, tuple[int, float, float]]]:
    """The derived sentences as spans, with the sentences of each near copy linked to those
    of its original; and for each near copy n, (its original, overlap(n, original),
    overlap(original, n)) from those links."""

    def span(unit: Unit) -> Span:
        return Span(docs[kept[unit.doc]].id, unit.start, unit.end)

    links = [
        PassageLink(span(units[m.first]), span(units[m.second]), m.score, m.run) for m in matches
    ]
    by_report: dict[int, list[Unit]] = {}
    for unit in units:
        by_report.setdefault(kept[unit.doc], []).append(unit)
    repeats: dict[int, tuple[int, float, float]] = {}
    for n, original in enumerate(first):
        if original == n:
            continue
        own = report_units(docs[n], n)
        paired = in_order(own, by_report.get(original, []))
        for unit, other, score in paired:
            links.append(
                PassageLink(
                    Span(docs[n].id, unit.start, unit.end),
                    Span(docs[original].id, other.start, other.end),
                    score,
                    len(paired),
                )
            )
        forward = sum(unit.size for unit, _, _ in paired) / max(docs[n].words, 1)
        backward = sum({o.start: o.size for _, o, _ in paired}.values()) / max(
            docs[original].words, 1
        )
        repeats[n] = (original, min(forward, 1.0), min(backward, 1.0))
    return tuple(links), repeats


def _with_repeats(
    groups: Sequence[Sequence[int]], first: Sequence[int], kept: Sequence[int], ids: Sequence[str]
) -> tuple[tuple[str, ...], ...]:
    """The groups of the kept reports, each repeated report joining its original's group, in
    order of first appearance with members in input order."""
    group_of = {kept[i]: g for g, group in enumerate(groups) for i in group}
    members: dict[int, list[int]] = {}
    for n, original in enumerate(first):
        members.setdefault(group_of[original], []).append(n)
    ordered = sorted(members.values(), key=lambda found: found[0])
    return tuple(tuple(ids[n] for n in group) for group in ordered)


def _shared_with(
    docs: Sequence[CleanDoc],
    repeats: dict[int, tuple[int, float, float]],
    kept: Sequence[int],
    measured: dict[tuple[int, int], float],
    settings: Settings,
) -> tuple[dict[str, tuple[SharedWith, ...]], bool]:
    """Each report's partners with overlap >= MIN_SHARED, largest first, at most
    `settings.copy_candidates` of them (a near copy lists its original, an original its near
    copies beside its other partners). Also whether the cap left some out."""
    found: dict[int, list[tuple[float, int]]] = {}
    for (i, j), value in measured.items():
        if value >= MIN_SHARED:
            found.setdefault(kept[i], []).append((value, kept[j]))
    for n, (original, forward, backward) in repeats.items():
        found.setdefault(n, []).append((forward, original))
        found.setdefault(original, []).append((backward, n))
    limit, truncated = settings.copy_candidates, False
    shared: dict[str, tuple[SharedWith, ...]] = {}
    for n, doc in enumerate(docs):
        partners = sorted((p for p in found.get(n, []) if p[0] >= MIN_SHARED), key=_by_overlap)
        truncated |= len(partners) > limit
        shared[doc.id] = tuple(SharedWith(docs[m].id, value) for value, m in partners[:limit])
    return shared, truncated


def _capped_notice(settings: Settings) -> Notice:
    return Notice(
        None,
        "info",
        "syndication: a comparison cap was reached (copy_candidates="
        f"{settings.copy_candidates}, sentence_candidates={settings.sentence_candidates}); "
        "some near-copies may be listed only through the reports they share with",
    )


def _by_overlap(item: tuple[float, int]) -> tuple[float, int]:
    return -item[0], item[1]


def _check_unique(ids: Sequence[str]) -> None:
    seen: set[str] = set()
    for source in ids:
        if source in seen:
            raise InputError(source, "two reports have this id; ids must be unique")
        seen.add(source)
