"""The cited extractive summary: the sentences that say what most independent sources report.

Identical sentences are merged first (wire copy repeats them), then every distinct sentence gets
a TF-IDF vector. Two sentences are equivalent when their cosine reaches `similarity.EQUIVALENT`.
Candidates rank by support first: the independent sources carrying a sentence or an equivalent.
A sentence giving one side of a figure that independent reports contradict ("at least 40
injured" against "27 injured") ranks below every uncontested one, so a single-source or
contested sentence enters only when no better-supported candidate is left. Within one level of
support, maximal marginal relevance picks by closeness to the story's centroid and early
position, never two equivalent sentences. The picks are read in the order the reports tell
them, led by the earliest one that several independent reports carry.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from typing import Any

import numpy as np

from newsfuse.analyze.tokens import content_words, words
from newsfuse.cleaning.dateline import dateline_prefix_end
from newsfuse.compose.contested import disputed_spans
from newsfuse.compose.similarity import EQUIVALENT, similar_pairs, vectorize
from newsfuse.model import CleanDoc, Sentence, Span, SummarySentence, Syndication
from newsfuse.settings import Settings

Floats = np.ndarray[Any, np.dtype[np.float64]]

_POSITION_WEIGHT = 0.3  # against centrality, in a candidate's score within its support tier
_POOL = 300  # best-scored candidates MMR chooses from
_RELEVANCE = 0.5  # MMR: weight of a candidate's score against its similarity to the picks
_MIN_WORDS, _MAX_WORDS = 6, 80
_MIN_CONTEXT_WORDS = 3  # words outside quotation marks that a quoting sentence needs

_CALL_TO_ACTION = re.compile(
    r"\b(?:click|tap) here\b|\bsubscri(?:be|ption)|\bsign up\b|\bnewsletter|\bfollow us\b"
    r"|\bread more\b|\bdownload (?:the|our)\b|\bcookies?\b|\ball rights reserved\b|©"
    r"|\badvertisement\b|\bshare (?:this|on)\b|\bpost a comment\b|\byour inbox\b"
    r"|\bsupport (?:our|independent) journalism\b|\bdonate (?:now|today)\b",
    re.IGNORECASE,
)
# Every match of `_CALL_TO_ACTION` holds one of these, lower-cased.
_CALL_TO_ACTION_PHRASES = (
    "click here",
    "tap here",
    "subscri",
    "sign up",
    "newsletter",
    "follow us",
    "read more",
    "download the",
    "download our",
    "cookie",
    "all rights reserved",
    "©",
    "advertisement",
    "share this",
    "share on",
    "post a comment",
    "your inbox",
    "journalism",
    "donate now",
    "donate today",
)
_CASE_FOLDED = "İıſK"
_BACK_REFERENCES = frozenset(
    "he she they it its his her their them this these those most many some both such others "
    "another also but however meanwhile".split()
)
_SECOND_PERSON = re.compile(r"\byou(?:r|rs|'re|'ll)?\b", re.IGNORECASE)
# A word that is, or typically is, a finite verb: an auxiliary, a common irregular past tense, or
# a lower-case -ed, -ing or third-person -s form. Verbless lines are labels, credits and headings.
_VERB_LIKE = re.compile(
    r"is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall"
    r"|should|did|does|do|said|says|became|began|bit|blew|broke|brought|built|came|caught|cut"
    r"|drew|drove|fell|felt|fled|flew|fought|found|gave|got|grew|held|hit|hung|hurt|kept|knew"
    r"|led|left|lost|made|meant|met|paid|put|ran|rang|rose|sank|saw|sent|set|shook|shot|shut"
    r"|slid|sold|spoke|spent|split|spread|stood|stole|struck|swept|swore|took|taught|thought"
    r"|threw|told|tore|understood|went|woke|won|wore|wrote|[a-z]{2,}(?:ed|ing|[^s]s)"
)
_OPENERS = "\"'“‘«([ "
_QUOTE_MARKS = '"“”«»'
_CLOSERS = "\"'”’»)] "


@dataclass(frozen=True)
class _Distinct:
    """One distinct sentence text and every place it occurs."""

    text: str
    occurrences: tuple[Sentence, ...]
    positions: tuple[float, ...]  # relative position of each occurrence in its report, 0..1
    worthy: bool  # may stand in a summary (`is_summary_worthy`)


@dataclass(frozen=True)
class _Story:
    distinct: list[_Distinct]
    vectors: Any  # csr_matrix, one row per distinct sentence
    equivalent: Any  # csr_matrix of cosines >= EQUIVALENT between distinct sentences


def summarize(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
    settings: Settings,
) -> list[SummarySentence]:
    """Up to `settings.summary_sentences` cited sentences covering the most-reported facts.

    Reports whose language is known and not English are left out. Each summary sentence cites
    every report that carries an equivalent sentence, with a span on that sentence.
    """
    english = [d for d in docs if is_english(d) and sentences.get(d.id)]
    distinct = _distinct_sentences(english, sentences)
    if not distinct:
        return []
    vectors = vectorize([d.text for d in distinct]).matrix
    story = _Story(distinct, vectors, similar_pairs(vectors, EQUIVALENT))
    reached = _reached_groups(story, syndication)
    scores = _scores(story, syndication)
    pool = _candidates(story, reached, scores)
    tiers = _tiers(story, reached, pool, _disputed(story, pool, english, syndication))
    limit = min(settings.summary_sentences, _longest_report(distinct))
    picked = _select(story, pool, tiers, scores, limit)
    order = _reading_order(story, [pool[p] for p in picked], [float(tiers[p]) for p in picked])
    return [_cite(story, index, english) for index in order]


def is_english(doc: CleanDoc) -> bool:
    """Whether a report is in English or of unknown language (then assumed English)."""
    return doc.language is None or doc.language.lower().split("-")[0] == "en"


def _longest_report(distinct: list[_Distinct]) -> int:
    """Summary sentences are capped by the longest report, so short stories get short summaries."""
    per_report = Counter(s.source for d in distinct if d.worthy for s in d.occurrences)
    return max(per_report.values(), default=0)


def _distinct_sentences(
    docs: Sequence[CleanDoc], sentences: Mapping[str, Sequence[Sentence]]
) -> list[_Distinct]:
    places: dict[str, list[tuple[Sentence, float]]] = {}
    for doc in docs:
        doc_sentences = sentences[doc.id]
        for sentence in doc_sentences:
            key = " ".join(sentence.text.split())
            places.setdefault(key, []).append((sentence, sentence.index / len(doc_sentences)))
    return [
        _Distinct(
            text,
            tuple(s for s, _ in found),
            tuple(p for _, p in found),
            is_summary_worthy(text) and not leans_on_context(text),
        )
        for text, found in places.items()
    ]


def _scores(story: _Story, syndication: Syndication) -> Floats:
    """Centrality and position of every distinct sentence, in [0, 1]; -inf where not worthy.

    Support is not part of the score: it ranks first, by tier (`_tiers`).
    """
    weights = _independent_weights(story.distinct, syndication)
    centroid = np.asarray(story.vectors.T @ weights).ravel()
    centrality = np.asarray(story.vectors @ centroid).ravel() / max(np.linalg.norm(centroid), 1e-12)
    position = np.array([1.0 - float(np.mean(d.positions)) for d in story.distinct])
    scores = (1 - _POSITION_WEIGHT) * centrality / max(
        float(centrality.max()), 1e-12
    ) + _POSITION_WEIGHT * position
    worthy = np.array([d.worthy for d in story.distinct], dtype=bool)
    return np.where(worthy, scores, -np.inf)


def _reached_groups(story: _Story, syndication: Syndication) -> list[frozenset[int | str]]:
    """For each distinct sentence, the independent groups that carry it or an equivalent."""
    group_index = {s: g for g, group in enumerate(syndication.groups) for s in group}
    own = [{group_index.get(s.source, s.source) for s in d.occurrences} for d in story.distinct]
    # Rows read from the CSR arrays directly: indexing a sparse matrix per row costs far more.
    pointers, neighbours = story.equivalent.indptr.tolist(), story.equivalent.indices.tolist()
    return [
        frozenset(
            g for neighbour in neighbours[pointers[row] : pointers[row + 1]] for g in own[neighbour]
        )
        for row in range(len(story.distinct))
    ]


def _independent_weights(distinct: list[_Distinct], syndication: Syndication) -> Floats:
    """How many independent reports carry each distinct sentence: reports whose occurrences
    derive from one another count once."""
    return np.array(
        [float(syndication.independent_sources(s.span for s in d.occurrences)) for d in distinct]
    )


def _disputed(
    story: _Story, pool: list[int], docs: Sequence[CleanDoc], syndication: Syndication
) -> frozenset[Span]:
    """Spans of the pooled candidates that give one side of a numeric conflict among them.

    One occurrence stands for each candidate: comparing the candidates only keeps this linear
    in the pool, not in the story's sentences."""
    chosen: dict[str, list[Sentence]] = {}
    for index in pool:
        first = story.distinct[index].occurrences[0]
        chosen.setdefault(first.source, []).append(first)
    return disputed_spans(docs, chosen, syndication)


def _tiers(
    story: _Story, reached: list[frozenset[int | str]], pool: list[int], disputed: Set[Span]
) -> Floats:
    """Rank of each pooled candidate before its score: its independent support, or 0 when it
    gives one side of a figure that independent reports contradict."""
    return np.array(
        [
            0.0 if story.distinct[i].occurrences[0].span in disputed else float(len(reached[i]))
            for i in pool
        ]
    )


def _select(story: _Story, pool: list[int], tiers: Floats, scores: Floats, limit: int) -> list[int]:
    """Positions in `pool` of the picks: best tier first, and within a tier maximal marginal
    relevance. Equivalent sentences are never picked twice."""
    if not pool:
        return []
    similarity = (story.vectors[pool] @ story.vectors[pool].T).toarray()
    closest = np.zeros(len(pool))
    relevance = scores[pool]
    picked: list[int] = []
    while len(picked) < limit:
        open_ = closest < EQUIVALENT
        open_[picked] = False
        if not open_.any():
            break
        value = _RELEVANCE * relevance - (1 - _RELEVANCE) * closest
        value[~open_ | (tiers < tiers[open_].max())] = -np.inf
        best = int(np.argmax(value))
        picked.append(best)
        closest = np.maximum(closest, similarity[best])
    return picked


def _candidates(story: _Story, reached: list[frozenset[int | str]], scores: Floats) -> list[int]:
    """The best worthy sentences, most supported first, one per set of equivalents, at most
    `_POOL`."""
    support = np.array([len(groups) for groups in reached])
    pool: list[int] = []
    covered: set[int] = set()
    for index in np.lexsort((np.arange(len(scores)), -scores, -support)):
        if len(pool) == _POOL:
            break
        if index not in covered and np.isfinite(scores[index]):
            pool.append(int(index))
            covered.update(story.equivalent[index].indices.tolist())
    return pool


def _reading_order(story: _Story, picked: list[int], tiers: list[float]) -> list[int]:
    """Picks by the mean relative position of their equivalents across reports, led by the
    earliest pick that several independent reports carry, when there is one."""

    def place(index: int) -> tuple[float, int]:
        return (float(np.mean(_positions(story, index))), index)

    order = sorted(picked, key=place)
    corroborated = [i for i, tier in zip(picked, tiers, strict=True) if tier >= 2]
    if corroborated:
        lead = min(corroborated, key=place)
        order = [lead, *(i for i in order if i != lead)]
    return order


def _positions(story: _Story, index: int) -> list[float]:
    """Relative positions of a sentence and its equivalents in their reports (0 = first)."""
    neighbours = story.equivalent[index].indices
    return [p for n in neighbours for p in story.distinct[n].positions] or [1.0]


def _cite(story: _Story, index: int, docs: Sequence[CleanDoc]) -> SummarySentence:
    """The sentence with one span per report carrying it or its closest equivalent."""
    row = story.equivalent[index]
    best: dict[str, tuple[float, int, Sentence]] = {}
    for neighbour, cosine in zip(row.indices, row.data, strict=True):
        for sentence in story.distinct[neighbour].occurrences:
            key = (-float(cosine), sentence.index, sentence)
            if sentence.source not in best or key[:2] < best[sentence.source][:2]:
                best[sentence.source] = key
    cited = [best[d.id][2] for d in docs if d.id in best]
    text = story.distinct[index].text
    return SummarySentence(
        text=text[dateline_prefix_end(text) :],
        sources=tuple(s.source for s in cited),
        spans=tuple(_without_dateline(s) for s in cited),
    )


def _without_dateline(sentence: Sentence) -> Span:
    """A wire dateline ("SALTMERE (Tidewire) - ") is page furniture, not part of the claim."""
    return Span(sentence.source, sentence.start + dateline_prefix_end(sentence.text), sentence.end)


def leans_on_context(text: str) -> bool:
    """Whether a sentence opens by pointing back at one before it ("Most were treated ...",
    "He added ..."): out of its report, in a summary, it would point at nothing."""
    first = next(iter(words(text)), "").lower()
    return first in _BACK_REFERENCES


def is_summary_worthy(text: str) -> bool:
    """Whether a sentence can stand in a summary: a full, declarative sentence of the story.

    Rejects what cleaning may leave behind: short labels and credits, questions, appeals to the
    reader, all-caps lines, verbless fragments and quotations cut off from their speaker.
    """
    # Facts ask this of every clause window of every claim: the cheap tests that fail most
    # come first.
    if text.lstrip(_OPENERS)[:1].islower():
        return False
    tokens = words(text)
    return (
        _MIN_WORDS <= len(tokens) <= _MAX_WORDS
        and not text.rstrip(_CLOSERS).endswith("?")
        and len(content_words(text)) >= 3
        and any(_VERB_LIKE.fullmatch(w) for w in tokens[1:])
        and not _mostly_capitals(text)
        and not _calls_to_action(text)
        and _has_context(text)
    )


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(map(str.isupper, letters)) > 0.5 * len(letters)


def _calls_to_action(text: str) -> bool:
    """Whether `text` appeals to the reader. The regular expression is slow on long texts, so
    it runs only on a text holding one of its phrases, or a letter that its ignoring of case
    matches with an ASCII letter where `str.lower` does not."""
    lower = text.lower()
    if any(c in text for c in _CASE_FOLDED) or any(p in lower for p in _CALL_TO_ACTION_PHRASES):
        return _CALL_TO_ACTION.search(text) is not None
    return False


def _has_context(text: str) -> bool:
    """Whether enough of `text` lies outside quotation marks to say who speaks and about what."""
    outside = _outside_quotes(text)
    return not _SECOND_PERSON.search(outside) and len(words(outside)) >= _MIN_CONTEXT_WORDS


def _outside_quotes(text: str) -> str:
    """The text outside double quotation marks. A quote left open runs to the end; a closing
    mark with no opening one means the sentence began inside a quotation."""
    if not any(mark in text for mark in _QUOTE_MARKS):
        return text
    kept: list[str] = []
    inside = False
    for position, char in enumerate(text):
        if char in "“«" or (char == '"' and not inside and _opens_quote(text, position)):
            inside = True
        elif char in '”»"':
            kept = kept if inside else []
            inside = False
        elif not inside:
            kept.append(char)
    return "".join(kept)


def _opens_quote(text: str, position: int) -> bool:
    return position == 0 or text[position - 1].isspace() or text[position - 1] in "([—–-"
