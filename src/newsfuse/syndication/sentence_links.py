"""Derived passages between reports, found sentence by sentence without comparing all pairs.

An outlet that condenses a wire story keeps its sentences in order and keeps their rarer
words in order too, while dropping a third to two thirds of the rest; an outlet that writes
its own report of the same event shares the names and figures but not the run of rarer words
around them, nor the order of its sentences. So:

1. Identical sentences (after normalisation) are collapsed first: a story copied a thousand
   times costs what one copy costs, and each copy is linked to the first occurrence.
2. Each distinct sentence is indexed by its words, weighted by rarity among the batch's
   sentences; its candidates are the sentences of other reports that share the most rarity
   weight, at most `sentence_candidates` of them, looked up through posting lists cut at a
   fixed length (a word found everywhere proposes only its first sentences).
3. Each candidate pair is scored by the rarity weight of the words both carry in the same
   order (a weighted longest common subsequence) over the weight of the shorter sentence.
4. Between two reports, the matched sentences are chained in order on both sides; a match
   inside an ordered run of three or more counts at a lower score than an isolated one.

Work is bounded by the caps whatever the input: O(units x (tokens x posting cap + candidates)).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from newsfuse.syndication.sentence_index import Limits, index_candidates
from newsfuse.syndication.units import Unit

# Sentences with fewer own words are too short to show derivation ("Police said Monday.").
MIN_TOKENS = 5
# A condensation keeps a third of a sentence's words at the least: a sentence under 0.4 of the
# other's length is a headline or a passing mention of the same fact, not a derived copy.
LENGTH_RATIO = 0.4
# Weighted share of the shorter sentence carried in order by the other: an isolated match
# must be nearly whole and at least ISOLATED_TOKENS words long, a match inside an ordered run
# may be a condensation: a run of LONG_RUN or more, or of RUN averaging SHORT_RUN. Measured on
# ECB+ dev stories (bench/syndication.py): real reports of one event written apart rarely
# have three such sentences in order, and almost never four.
ISOLATED = 0.9
ISOLATED_TOKENS = 8
IN_RUN = 0.45
RUN = 3
SHORT_RUN = 0.65
LONG_RUN = 4
# Most sentences between two members of a run that are looked at for a quote carried along.
_GAP = 4
# Sentences beside a run need fewer words to be taken as carried along.
_GAP_TOKENS = 3
# How much both thresholds drop for two related reports (one agency credited, or copies).
CREDIT_BONUS = 0.1
# At most this many of a word's sentences are looked up as candidates of another sentence.
POSTING_CAP = 32
# Only the rarest words of a sentence propose candidates (its common words rarely decide).
PROPOSING_WORDS = 8
# A candidate shares at least this much of the rarity weight of the proposing words.
MIN_SHARE = 0.3


@dataclass(frozen=True)
class Match:
    """Unit `first` (an index into the units) derives from unit `second`, or the reverse,
    with similarity `score` in [0, 1], inside an ordered run of `run` matches between the
    two reports."""

    first: int
    second: int
    score: float
    run: int


@dataclass(frozen=True)
class Found:
    """The matches, and whether a cap cut the work short somewhere."""

    matches: tuple[Match, ...]
    truncated: bool


# Whether reports i and j carry a sign of common origin beyond their sentences: they credit
# one news agency, or passage alignment found them to be copies.
Related = Callable[[int, int], bool]


def find_matches(
    units: Sequence[Unit],
    candidates: int,
    related: Related,
    copies: Iterable[tuple[int, int]] = (),
) -> Found:
    """The derived-sentence matches between different reports among `units`, laid out report
    by report. Related reports need less evidence; between the report pairs in `copies`
    (already known to be copies), sentences repeated word for word, however short, are
    matched too ("The cause of the fire is under investigation.")."""
    canonical, repeated = _collapse(units)
    weights = _rarity([units[u].tokens for u in canonical])
    proposed, truncated = _candidates(units, canonical, candidates)
    scored: dict[tuple[int, int], list[tuple[int, int, float]]] = {}
    for u, v in proposed:
        shorter, longer = sorted((len(units[u].tokens), len(units[v].tokens)))
        if shorter < LENGTH_RATIO * longer:
            continue
        score = similarity(units[u].tokens, units[v].tokens, weights)
        if score >= IN_RUN - CREDIT_BONUS:
            scored.setdefault(_docs(units, u, v), []).append((*_ordered(units, u, v), score))
    for u, v in repeated:
        scored.setdefault(_docs(units, u, v), []).append((*_ordered(units, u, v), 1.0))
    matches = [m for pair, found in scored.items() for m in _kept(units, found, related(*pair))]
    matches.extend(_repeated_between(units, copies, {(m.first, m.second) for m in matches}))
    return Found(tuple(matches), truncated)


def _repeated_between(
    units: Sequence[Unit], copies: Iterable[tuple[int, int]], taken: set[tuple[int, int]]
) -> list[Match]:
    """Sentences with the same words (quotes included) in two reports known to be copies."""
    spans: dict[int, list[int]] = {}
    for index, unit in enumerate(units):
        spans.setdefault(unit.doc, []).append(index)
    found = []
    for a, b in copies:
        first, second = sorted((a, b))
        wordings: dict[tuple[str, ...], int] = {}
        for u in spans.get(first, ()):
            if len(units[u].full) >= _GAP_TOKENS:
                wordings.setdefault(units[u].full, u)
        for v in spans.get(second, ()):
            u = wordings.get(units[v].full, -1)
            if u >= 0 and (u, v) not in taken:
                found.append(Match(u, v, 1.0, 1))
    return found


def similarity(a: Sequence[str], b: Sequence[str], weights: dict[str, float]) -> float:
    """Rarity weight of the words a and b carry in the same order, over the weight of the
    lighter of the two."""
    shared = set(a) & set(b)
    if not shared:
        return 0.0
    lighter = min(sum(weights[t] for t in a), sum(weights[t] for t in b))
    common = _ordered_weight([t for t in a if t in shared], [t for t in b if t in shared], weights)
    return min(common / lighter, 1.0) if lighter > 0 else 0.0


def _ordered_weight(a: list[str], b: list[str], weights: dict[str, float]) -> float:
    """The weighted longest common subsequence of a and b (one row of dynamic programming)."""
    row = [0.0] * (len(b) + 1)
    for token in a:
        weight, diagonal = weights[token], 0.0
        for j, other in enumerate(b, start=1):
            above = row[j]
            if token == other:
                row[j] = diagonal + weight
            elif row[j - 1] > above:
                row[j] = row[j - 1]
            diagonal = above
    return row[-1]


def _collapse(units: Sequence[Unit]) -> tuple[list[int], list[tuple[int, int]]]:
    """The first unit of every distinct wording long enough to compare, and (first, later)
    pairs of units of different reports that repeat it."""
    first: dict[tuple[str, ...], int] = {}
    copies: list[tuple[int, int]] = []
    for index, unit in enumerate(units):
        if len(unit.tokens) < MIN_TOKENS:
            continue
        seen = first.setdefault(unit.tokens, index)
        if seen != index and units[seen].doc != unit.doc:
            copies.append((seen, index))
    return list(first.values()), copies


def _rarity(token_lists: Sequence[tuple[str, ...]]) -> dict[str, float]:
    """log(1 + N / sentences containing the word), N the number of distinct sentences."""
    counts = Counter(t for tokens in token_lists for t in set(tokens))
    total = max(len(token_lists), 1)
    return {t: math.log1p(total / n) for t, n in counts.items()}


def _candidates(
    units: Sequence[Unit], canonical: list[int], cap: int
) -> tuple[set[tuple[int, int]], bool]:
    """Pairs (u, v), u < v, of distinct sentences of different reports worth scoring."""
    limits = Limits(PROPOSING_WORDS, POSTING_CAP, cap, MIN_SHARE)
    found, truncated = index_candidates(
        [units[u].tokens for u in canonical], [units[u].doc for u in canonical], limits
    )
    return {(canonical[i], canonical[j]) for i, j in found}, truncated


def _docs(units: Sequence[Unit], u: int, v: int) -> tuple[int, int]:
    a, b = units[u].doc, units[v].doc
    return (a, b) if a < b else (b, a)


def _ordered(units: Sequence[Unit], u: int, v: int) -> tuple[int, int]:
    """The pair with the unit of the lower-numbered report first."""
    return (u, v) if units[u].doc < units[v].doc else (v, u)


def _kept(units: Sequence[Unit], found: list[tuple[int, int, float]], related: bool) -> list[Match]:
    """The matches between two reports that count: members of the best ordered run
    (increasing on both sides) of `RUN` or more, and long isolated ones nearly whole (any
    length of them between related reports)."""
    bonus = CREDIT_BONUS if related else 0.0
    isolated_tokens = MIN_TOKENS if related else ISOLATED_TOKENS
    chain = sorted(_best_run([m for m in found if m[2] >= IN_RUN - bonus]))
    run, length = set(chain), len(chain)
    scores = [score for u, v, score in found if (u, v) in run]
    if length < LONG_RUN and (length < RUN or sum(scores) / length < SHORT_RUN - bonus):
        length = 0  # no run that counts
    kept = []
    for u, v, score in found:
        if (u, v) in run and length:
            kept.append(Match(u, v, score, length))
        elif score >= ISOLATED - bonus and min(_length(units, u, v)) >= isolated_tokens:
            kept.append(Match(u, v, score, 1))
    if length:
        kept.extend(_filled(units, chain, {(m.first, m.second) for m in kept}))
    return kept


def _filled(
    units: Sequence[Unit], chain: list[tuple[int, int]], taken: set[tuple[int, int]]
) -> list[Match]:
    """Sentences next to an ordered run (between two of its members, or just before or after
    it) that say the same in full, quotes included: once two reports are shown to derive from
    one another, the quote or stock sentence between two derived sentences came with them."""
    first, last = chain[0], chain[-1]
    edges = [
        ((_same_doc_from(units, first[0], -_GAP), _same_doc_from(units, first[1], -_GAP)), first),
        *itertools.pairwise(chain),
        (last, (_same_doc_from(units, last[0], _GAP), _same_doc_from(units, last[1], _GAP))),
    ]
    found = []
    for (u1, v1), (u2, v2) in edges:
        if not (0 < u2 - u1 - 1 <= _GAP and 0 < v2 - v1 - 1 <= _GAP):
            continue
        for x, y in itertools.product(range(u1 + 1, u2), range(v1 + 1, v2)):
            a, b = units[x].full, units[y].full
            if (x, y) in taken or min(len(a), len(b)) < _GAP_TOKENS:
                continue
            score = similarity(a, b, dict.fromkeys([*a, *b], 1.0))
            if score >= ISOLATED:
                found.append(Match(x, y, score, len(chain)))
    return found


def _same_doc_from(units: Sequence[Unit], at: int, steps: int) -> int:
    """The bound, exclusive, of the `abs(steps)` units before (steps < 0) or after `at` in
    its report: `at + steps` and one more, or the unit just outside the report."""
    step = 1 if steps > 0 else -1
    doc, moved = units[at].doc, at
    for _ in range(abs(steps) + 1):
        if not 0 <= moved + step < len(units) or units[moved + step].doc != doc:
            return moved + step
        moved += step
    return moved


def _length(units: Sequence[Unit], u: int, v: int) -> tuple[int, int]:
    return len(units[u].tokens), len(units[v].tokens)


def _best_run(found: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """The chain of matches increasing in both units with the largest total score, in
    O(m log m): matches by first unit, each extending the best chain that ends below its
    second unit (a Fenwick tree of prefix maxima over second units)."""
    if not found:
        return []
    ranks = {v: r for r, v in enumerate(sorted({v for _, v, _ in found}), start=1)}
    tree: list[tuple[float, int]] = [(0.0, -1)] * (len(ranks) + 1)
    ordered = sorted(found, key=lambda m: (m[0], -m[1]))
    best: list[float] = []
    back: list[int] = []
    for i, (_, v, score) in enumerate(ordered):
        total, before, at = 0.0, -1, ranks[v] - 1
        while at > 0:
            if tree[at][0] > total:
                total, before = tree[at]
            at -= at & -at
        best.append(total + score)
        back.append(before)
        at = ranks[v]
        while at < len(tree):
            if best[i] > tree[at][0]:
                tree[at] = (best[i], i)
            at += at & -at
    at = max(range(len(ordered)), key=lambda i: best[i])
    chain = []
    while at >= 0:
        chain.append((ordered[at][0], ordered[at][1]))
        at = back[at]
    return chain


def in_order(own: Sequence[Unit], other: Sequence[Unit]) -> list[tuple[Unit, Unit, float]]:
    """The sentences of a near copy paired with those of its original, walking both in order
    (each sentence looks at the next few of the original): (sentence, original's, score)."""
    pairs = []
    at = 0
    for unit in own:
        if len(unit.full) < _GAP_TOKENS:
            continue
        best, best_score = -1, IN_RUN
        for j in range(at, min(at + _GAP, len(other))):
            if len(other[j].full) < _GAP_TOKENS:
                continue
            score = similarity(
                unit.full, other[j].full, dict.fromkeys([*unit.full, *other[j].full], 1.0)
            )
            if score >= best_score:
                best, best_score = j, score
        if best >= 0:
            pairs.append((unit, other[best], best_score))
            at = best + 1
    return pairs
