"""The brief's title: the headline that best agrees with the other reports' headlines and text.

Each headline is scored by its mean cosine with the headlines of the other independent reports
(a group of syndicated copies weighs as one report) plus its cosine with the story's centroid.
Without any headline, the title is the lead sentence of the report closest to the centroid.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from newsfuse.analyze.sentences import split_sentences
from newsfuse.cleaning.dateline import dateline_prefix_end
from newsfuse.compose.similarity import vectorize
from newsfuse.compose.summary import is_english, is_summary_worthy
from newsfuse.model import CleanDoc, Syndication

Floats = np.ndarray[Any, np.dtype[np.float64]]

_FALLBACK_CHARS = 120


def choose_title(docs: Sequence[CleanDoc], syndication: Syndication) -> str:
    """The best-supported headline of the story; "" only when no report has any text."""
    english = [d for d in docs if is_english(d)]
    docs = english if any(d.text.strip() or d.title for d in english) else list(docs)
    headlines = {d.id: _headline(d) for d in docs if d.title and _headline(d)}
    if not docs or not (headlines or any(d.text.strip() for d in docs)):
        return ""
    group = _group_map(syndication)
    vectors = vectorize([*headlines.values(), *(d.text for d in docs)]).matrix
    centroid = _centroid(vectors[len(headlines) :], [group(d.id) for d in docs])
    if headlines:
        return _best_headline(headlines, vectors[: len(headlines)], centroid, group)
    return _lead_sentence(docs, vectors[len(headlines) :], centroid)


def _headline(doc: CleanDoc) -> str:
    """The document's title with white space collapsed and its outlet's name cut off."""
    title = " ".join((doc.title or "").split())
    if doc.outlet:
        outlet = re.escape(" ".join(doc.outlet.split()))
        title = re.sub(rf"\s+[|–—-]\s+{outlet}$", "", title, flags=re.IGNORECASE)
        title = re.sub(rf"^{outlet}\s+[|–—:-]\s+", "", title, flags=re.IGNORECASE)
    return title


def _group_map(syndication: Syndication) -> Callable[[str], str]:
    """A source's group of copies; a source outside every group is its own group."""
    index = {source: g for g, members in enumerate(syndication.groups) for source in members}

    def group(source: str) -> str:
        return f"g{index[source]}" if source in index else f"s{source}"

    return group


def _centroid(doc_vectors: Any, groups: list[str]) -> Floats:
    """Unit mean direction of the reports' texts, a group of copies counting as one report."""
    sizes = Counter(groups)
    centroid = np.asarray(doc_vectors.T @ np.array([1.0 / sizes[g] for g in groups])).ravel()
    return centroid / max(float(np.linalg.norm(centroid)), 1e-12)


def _best_headline(
    headlines: dict[str, str], vectors: Any, centroid: Floats, group: Callable[[str], str]
) -> str:
    """The headline of highest agreement (mean cosine with the other groups' headlines, each
    group weighing one) plus closeness to the centroid.

    A headline's weighted cosine sum over the other groups' headlines is its dot product with
    their weighted sum: the sum over all headlines less its own group's, so no headline is
    compared with each other one (linear in the headlines, not quadratic)."""
    ids = list(headlines)
    groups = [group(i) for i in ids]
    sizes = Counter(groups)
    weights = np.array([1.0 / sizes[g] for g in groups])
    members: dict[str, list[int]] = {}
    for row, own in enumerate(groups):
        members.setdefault(own, []).append(row)
    agreement = np.asarray(vectors @ (vectors.T @ weights)).ravel()
    # A report alone in its group takes only its own cosine (its squared length) off.
    alone = np.array([sizes[g] == 1 for g in groups])
    lengths = np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel()
    agreement[alone] -= lengths[alone]
    for rows in (rows for rows in members.values() if len(rows) > 1):
        part = vectors[rows]
        agreement[rows] -= np.asarray(part @ (part.T @ weights[rows])).ravel()
    # Every group weighs 1 in all, so the other groups weigh their count.
    others = len(members) - 1
    agreement = agreement / others if others else np.zeros(len(ids))
    content = np.asarray(vectors @ centroid).ravel()
    scores = [
        (-round(float(agreement[row] + content[row]), 9), headlines[ids[row]], ids[row])
        for row in range(len(ids))
    ]
    return min(scores)[1]


def _lead_sentence(docs: Sequence[CleanDoc], doc_vectors: Any, centroid: Floats) -> str:
    """The lead of the most central report, cut at a word boundary: its first sentence that
    could stand in a summary (not a question to the reader or a label), else its first one."""
    closeness = np.asarray(doc_vectors @ centroid).ravel()
    ranked = sorted(range(len(docs)), key=lambda i: (-round(float(closeness[i]), 9), i))
    firsts = [split_sentences(docs[index]) for index in ranked]
    for sentences in firsts:
        lead = next((s.text for s in sentences if is_summary_worthy(s.text)), None)
        if lead:
            return _trim(lead[dateline_prefix_end(lead) :])
    return next((_trim(sentences[0].text) for sentences in firsts if sentences), "")


def _trim(text: str) -> str:
    if len(text) <= _FALLBACK_CHARS:
        return text
    cut = text[: _FALLBACK_CHARS + 1].rsplit(None, 1)[0].rstrip(" ,;:-–—")
    return cut + "…"
