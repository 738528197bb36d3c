"""Claims: the sentences of a report that state something, split into clauses where that is clear.

A sentence is a claim when it could stand in a summary (`summary.is_summary_worthy`): not a
label, credit, question, appeal to the reader or quotation cut off from its speaker. A long
compound sentence is cut where a new clause plainly starts: after "; ", or at ", and" / ", but"
/ "while" followed by a new subject, outside quotation marks. A cut is kept only when every
part is itself a claim, so lists of names ("the mayor, the chief, and the police") stay whole.
A wire dateline ("SALTMERE, March 15 (Tidewire) -") is left out of the claim's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.compose.summary import is_summary_worthy
from newsfuse.model import Sentence, Span

_SUBJECT = (
    r"(?=(?:the|a|an|this|that|these|those|its|their|his|her|our|he|she|they|it|we|i"
    r"|some|many|most|several|no|[A-Z][\w'’-]*|\d[\d,.]*)\b)"
)
_BOUNDARY = re.compile(rf";\s+|,\s+(?:and|but|while|whereas)\s+{_SUBJECT}|\s+while\s+{_SUBJECT}")
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,}(?:,[^-–—()\n]{0,40})?\s*(?:\([^)\n]{1,40}\))?\s*[-–—]+\s+(?=[A-Z])"
)
_MIN_CLAUSE_WORDS = 8  # shorter sentences are not worth cutting


@dataclass(frozen=True)
class Claim:
    """One claim of one report: `text` is exactly the report's text at `span`.

    `position` is where the claim starts, relative to the report's length (0 to 1).
    """

    text: str
    span: Span
    sentence: int
    position: float

    @property
    def source(self) -> str:
        return self.span.source


def sentence_claims(sentence: Sentence, length: int) -> list[Claim]:
    """The claims of one sentence of a report `length` characters long; [] for a non-claim."""
    start = sentence.start + _dateline_length(sentence.text)
    text = sentence.text[start - sentence.start :]
    if not is_summary_worthy(text):
        return []
    parts = _clauses(text)
    if len(parts) > 1 and not all(is_summary_worthy(_capitalized(text[a:b])) for a, b in parts):
        parts = [(0, len(text))]
    return [
        Claim(
            text=text[a:b],
            span=Span(sentence.source, start + a, start + b),
            sentence=sentence.index,
            position=(start + a) / max(length, 1),
        )
        for a, b in parts
    ]


def _dateline_length(text: str) -> int:
    match = _DATELINE.match(text)
    return match.end() if match else 0


def _clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of `text`, cut at clear clause boundaries outside quotes."""
    if len(text.split()) < 2 * _MIN_CLAUSE_WORDS:
        return [(0, len(text))]
    parts: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if not _inside_quotes(text, match.start()):
            parts.append((start, match.start()))
            start = match.end()
    parts.append((start, len(text)))
    return parts


def _inside_quotes(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]
