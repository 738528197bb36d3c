"""Claims: the sentences of a report that state something, split into clauses where that is clear.

A sentence is a claim when, quotation marks aside, it could stand in a summary
(`summary.is_summary_worthy`: not a label, question, appeal to the reader or short quoted
fragment) and it is a finished statement of the story rather than text about the page: it
ends as a sentence ends (headings, captions and teasers do not), it is no credit line ("Some
information for this report came from ...", "Reporting by ...", "Photo by ..."), no pointer to
media ("Here's a slideshow ...") and no first-person commentary ("made me excited").

A long compound sentence is cut where a new clause plainly starts: after "; ", or at ", and" /
", but" / "while" followed by a new subject, outside quotation marks. A cut is kept only when
every part is itself a claim with a finite verb of its own (with the spaCy parse: a verb
whose subject lies in the part and is no relative pronoun), so that lists ("the mayor, the
chief, and the volunteers who worked all night") stay whole. A wire dateline
("SALTMERE, March 15 (Tidewire) -") is left out of the claim's text.

A claim whose words are mostly direct quotation, counting a quotation opened by an earlier
sentence of the paragraph, is marked `quoted`: a quote belongs to the quotes stage, so it may
back a fact that others state but is not a fact of its own. Reported speech ("X said that
...") and statements with a quoted phrase are not quoted claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.analyze.nlp import SentenceAnalysis
from newsfuse.cleaning.dateline import dateline_prefix_end
from newsfuse.compose.quoting import open_after, outside_quotes, quoted_share
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
# How a finished sentence ends, closing quotes and brackets aside.
_SENTENCE_END = re.compile(r"[.!…][\s\"'”’»)\]]*$")
# Text about the report rather than the story: credits of reporting, information and photos.
_CREDIT = re.compile(
    r"\b(?:this|the) (?:report|story|article)\b.{0,40}?\b(?:came from|contributed|was used"
    r"|(?:was|has been|have been) (?:updated|corrected))|\bcontributed to this (?:report|story)"
    r"|^\W*(?:additional )?(?:reporting|writing|editing|compiled|research) by\b"
    r"|\b(?:photo(?:graph)?s?|images?|video) (?:by|courtesy of|credit)\b",
    re.IGNORECASE,
)
# A pointer to media next to the text: "Here's a slideshow ...", "Pictured: ...".
_POINTER = re.compile(r"^\W*(?:here(?:'s|’s| is| are)|pictured|above|below)\b", re.IGNORECASE)
# The writer speaking for themself (commentary, a reader's comment, a blog), or a quotation
# whose marks were lost: news prose outside quotes does not say "I", "we" or "our".
_FIRST_PERSON = re.compile(
    r"\bI(?:'m|’m|'ve|’ve|'d|’d)?\s+[a-z]|\b(?:me|my|myself|we|us|our|ours|ourselves)\b"
    r"|\b(?:We|Our)\b"
)
# Evidence of a finite verb, for the parts of a cut sentence when no parse is available.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should"
    r"|did|does|do|said|says|[a-z]{3,}ed)\b"
)
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
# A cut after a list item that is a bare name: the part goes on with the list's last name.
_NAME = r"[A-Z][\w'’.-]*"
_NAME_LIST = re.compile(rf",\s+(?:{_NAME}\s+){{0,3}}{_NAME},\s+(?:and|or)\s+$")
_RELATIVE_WORD = re.compile(r"\b(?:" + "|".join(sorted(_RELATIVE)) + r")\b", re.IGNORECASE)
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


def sentence_claims(
    sentence: Sentence,
    length: int,
    inside_quote: bool = False,
    analysis: SentenceAnalysis | None = None,
) -> list[Claim]:
    """The claims of one sentence of a report `length` characters long; [] for a non-claim.

    `inside_quote`: the sentence starts inside a quotation opened by an earlier sentence of
    its paragraph (`quoting.open_at`). `analysis`: the sentence's parse, when the model ran.
    """
    offset = dateline_prefix_end(sentence.text)
    start = sentence.start + offset
    text = sentence.text[offset:]
    inside = open_after(sentence.text[:offset], inside_quote)
    if not is_claim(text) or not _statement(text, inside):
        return []
    parts = _clauses(text, inside)
    # The first part carries the sentence's own subject; a later one must be a clause.
    if len(parts) > 1 and not all(
        is_claim(_capitalized(text[a:b])) and (n == 0 or _clause(text, a, b, offset, analysis))
        for n, (a, b) in enumerate(parts)
    ):
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


def _statement(text: str, inside: bool) -> bool:
    """Whether `text` is a finished statement of the story, not text about the page."""
    own = outside_quotes(text, inside)
    return (
        _SENTENCE_END.search(text) is not None
        and not _CREDIT.search(own)
        and not _POINTER.search(own)
        and not _FIRST_PERSON.search(own)
    )


def _clause(
    text: str, start: int, end: int, offset: int, analysis: SentenceAnalysis | None
) -> bool:
    """Whether `text[start:end]` has a finite verb of its own. With the parse: a verb in the
    part whose subject lies in it and is no relative pronoun ("the volunteers who worked" is
    a list item); without: a word that is plainly a finite verb, before any relative pronoun.
    `offset`: where `text` starts in the sentence the analysis read."""
    if analysis is None:
        if _NAME_LIST.search(text[:start]) and text[start : start + 1].isupper():
            return False  # "Warren Jeffs, Merril Jessop, and Wendell Nielsen were arrested"
        relative = _RELATIVE_WORD.search(text, start, end)
        return _FINITE.search(text, start, relative.start() if relative else end) is not None
    low, high = start + offset, end + offset
    return any(
        low <= verb.start < high
        and low <= verb.subject[0]
        and verb.subject[1] <= high
        and text[verb.subject[0] - offset : verb.subject[1] - offset].lower() not in _RELATIVE
        for verb in analysis.verbs
    )


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
