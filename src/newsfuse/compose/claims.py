"""Claims: the sentences of a report that state something, split into clauses where that is clear.

A sentence is a claim when, quotation marks aside, it could stand in a summary
(`summary.is_summary_worthy`): not a label, credit, question, appeal to the reader or short
quoted fragment. A long
compound sentence is cut where a new clause plainly starts: after "; ", or at ", and" / ", but"
/ "while" followed by a new subject, outside quotation marks. A cut is kept only when every
part is itself a claim, so lists of names ("the mayor, the chief, and the police") stay whole.
A wire dateline ("SALTMERE, March 15 (Tidewire) -") is left out of the claim's text.

A claim whose words are mostly direct quotation, counting a quotation opened by an earlier
sentence of the paragraph, is marked `quoted`: a quote belongs to the quotes stage, so it may
back a fact that others state but is not a fact of its own. Reported speech ("X said that
...") and statements with a quoted phrase are not quoted claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.cleaning.dateline import dateline_prefix_end
from newsfuse.compose.quoting import open_after, quoted_share
from newsfuse.compose.summary import is_summary_worthy
from newsfuse.model import Sentence, Span

# A new subject: a determiner, pronoun, name or figure, or a word or two before a finite verb.
_SUBJECT = (
    r"(?=(?:the|a|an|this|that|these|those|its|their|his|her|our|he|she|they|it|we|i"
    r"|some|many|most|several|no|[A-Z][\w'’-]*|\d[\d,.]*)\b"
    r"|[a-z]+(?:\s+[a-z]+)?\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might"
    r"|must|remain|remains|remained|said|says)\b)"
)
_BOUNDARY = re.compile(rf";\s+|,\s+(?:and|but|while|whereas)\s+{_SUBJECT}|\s+while\s+{_SUBJECT}")
_NO_QUOTES = str.maketrans("", "", '"“”«»')
_MIN_CLAUSE_WORDS = 8  # shorter sentences are not worth cutting
_MAX_QUOTED = 0.5  # share of words in quotes above which a claim is a quotation


@dataclass(frozen=True)
class Claim:
    """One claim of one report: `text` is exactly the report's text at `span`.

    `position` is where the claim starts, relative to the report's length (0 to 1).
    """

    text: str
    span: Span
    sentence: int
    position: float
    quoted: bool = False  # mostly direct quotation: it backs a fact but does not state one

    @property
    def source(self) -> str:
        return self.span.source


def sentence_claims(sentence: Sentence, length: int, inside_quote: bool = False) -> list[Claim]:
    """The claims of one sentence of a report `length` characters long; [] for a non-claim.

    `inside_quote`: the sentence starts inside a quotation opened by an earlier sentence of
    its paragraph (`quoting.open_at`).
    """
    start = sentence.start + dateline_prefix_end(sentence.text)
    text = sentence.text[start - sentence.start :]
    if not is_claim(text):
        return []
    inside = open_after(sentence.text[: start - sentence.start], inside_quote)
    parts = _clauses(text, inside)
    if len(parts) > 1 and not all(is_claim(_capitalized(text[a:b])) for a, b in parts):
        parts = [(0, len(text))]
    return [
        Claim(
            text=text[a:b],
            span=Span(sentence.source, start + a, start + b),
            sentence=sentence.index,
            position=(start + a) / max(length, 1),
            quoted=quoted_share(text[a:b], open_after(text[:a], inside)) > _MAX_QUOTED,
        )
        for a, b in parts
    ]


def is_claim(text: str) -> bool:
    """Whether `text` states something: a summary-worthy sentence once quotation marks are
    ignored, so a quoted statement counts but a short quoted fragment or a question does not."""
    return is_summary_worthy(text.translate(_NO_QUOTES))


def _clauses(text: str, inside: bool) -> list[tuple[int, int]]:
    """(start, end) of each clause of `text`, cut at clear clause boundaries outside quotes;
    `inside`: a quotation is open where `text` starts."""
    if len(text.split()) < 2 * _MIN_CLAUSE_WORDS:
        return [(0, len(text))]
    parts: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if not open_after(text[: match.start()], inside):
            parts.append((start, match.start()))
            start = match.end()
    parts.append((start, len(text)))
    return parts


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]
