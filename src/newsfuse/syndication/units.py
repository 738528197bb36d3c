"""A report's sentences as units of comparison: their spans and the words they state themselves.

Words inside direct quotes are left out: two outlets carrying one quote both heard (or read)
the speaker, which says nothing about one copying the other. Stop words are left out too, so
that what two units share is what they say, not how English glues it together.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsfuse.analyze.sentences import split_sentences
from newsfuse.analyze.tokens import STOPWORDS, normalize, words
from newsfuse.model import CleanDoc

# Text between double quotation marks within one paragraph; an opening mark never closed runs
# to the end of its paragraph (scraped copy loses marks). A cheap reading of quotes: it only
# has to keep quoted words out of the evidence of copying.
_QUOTED = re.compile(r"“[^”\n]*(?:”|$)|«[^»\n]*(?:»|$)|(?<![\w.,])\"[^\"\n]*(?:\"|$)", re.M)


# At most this many quotes are looked for inside one sentence.
_NEAR = 16


@dataclass(frozen=True)
class Unit:
    """One sentence of report `doc` (an index into the batch) at [start, end) of its text,
    with its own words (lower case, in order, stop words and quoted words left out), all its
    words (quoted ones too, stop words still left out) and its word count as written."""

    doc: int
    start: int
    end: int
    tokens: tuple[str, ...]
    size: int
    full: tuple[str, ...] = ()


def report_units(doc: CleanDoc, index: int) -> list[Unit]:
    """The sentences of `doc`, the batch's report number `index`, in order."""
    quoted = [m.span() for m in _QUOTED.finditer(doc.text)]  # in order, never overlapping
    ends = [high for _, high in quoted]
    units = []
    for sentence in split_sentences(doc):
        full = _content(sentence.text)
        first = bisect.bisect_right(ends, sentence.start)
        inside = [q for q in quoted[first : first + _NEAR] if q[0] < sentence.end]
        own = (
            _content(_unquoted(doc.text, sentence.start, sentence.end, inside)) if inside else full
        )
        size = len(sentence.text.split())
        units.append(Unit(index, sentence.start, sentence.end, own, size, full))
    return units


def _content(text: str) -> tuple[str, ...]:
    return tuple(w for w in words(normalize(text)) if w not in STOPWORDS)


def _unquoted(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> str:
    """The text of [start, end) with quoted stretches blanked out."""
    parts, at = [], start
    for low, high in quoted:
        if high <= at or low >= end:
            continue
        parts.append(text[at : max(low, at)])
        at = min(max(high, at), end)
    parts.append(text[at:end])
    return " ".join(parts)
