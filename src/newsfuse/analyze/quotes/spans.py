"""Where direct quotes are in a report: the text between quotation marks, made whole.

Quotes stand in “…”, «…», "…" or ‘…’ (British style; see quotes.single for apostrophes).

Scraped text loses marks, so a quote opened and never closed runs to the end of its
paragraph, and a following paragraph that opens with a mark continues it (the convention
for quotes of several paragraphs). Two pieces of one sentence split by an attribution
('"We are safe," he added, "but the smoke is heavy."') make one quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsfuse.analyze.quotes import single as quote_single

_OPENERS = "“«"
_CLOSERS = '”»"'
_PARAGRAPH_OPENERS = _OPENERS + '"' + quote_single.OPEN
_BEFORE_OPEN = " \t([{—–-:/"
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
# An attribution between two pieces: a few words with no sentence end inside.
_SPLIT_GAP = re.compile(r"[\s,]+[^.?!\"“”‘]{1,60}?,\s*")
MIN_QUOTE_WORDS = 4  # shorter quoted phrases are scare quotes or titles, not statements


@dataclass(frozen=True)
class Piece:
    """Quoted text at [start, end) of the report, without its marks; `closed` if it ends in one."""

    start: int
    end: int
    closed: bool


@dataclass(frozen=True)
class QuoteSpans:
    """One direct quote: its pieces in order (several when split by an attribution)."""

    pieces: tuple[Piece, ...]

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    def text(self, report: str) -> str:
        return " ".join(report[p.start : p.end].strip() for p in self.pieces)


def find_quotes(text: str) -> list[QuoteSpans]:
    """The direct quotes of a report's text, scare quotes (under four words) left out."""
    quotes: list[QuoteSpans] = []
    continuing = False
    for line in _LINE.finditer(text):
        pieces = list(_pieces(text, line.start(), line.end()))
        if continuing and _all_quoted(text, pieces, line.start(), line.end()):
            # The previous paragraph's quote never closed and this one is all quote: it
            # carries the quote on. A paragraph with its own attribution starts a new one.
            quotes[-1] = QuoteSpans((*quotes[-1].pieces, pieces.pop(0)))
            continuing = not quotes[-1].pieces[-1].closed
            if not pieces:
                continue
        quotes.extend(_joined(text, pieces))
        continuing = bool(pieces) and not pieces[-1].closed
    return [q for q in quotes if len(q.text(text).split()) >= MIN_QUOTE_WORDS]


def _all_quoted(text: str, pieces: list[Piece], start: int, end: int) -> bool:
    if len(pieces) != 1 or text[start:end].strip()[:1] not in _PARAGRAPH_OPENERS:
        return False
    return not text[pieces[0].end + 1 : end].strip()


def _pieces(text: str, start: int, end: int) -> Iterator[Piece]:
    """Quoted stretches of one paragraph; an unclosed one runs to the paragraph's end.

    Marks inside a quote open nothing, so a nested quote stays part of the outer one."""
    position = start
    while position < end:
        single = quote_single.opens(text, position)
        if not single and not _opens_double(text, position, start):
            position += 1
            continue
        opened = position + 1
        close = (quote_single.closing if single else _closing_double)(text, opened, end)
        if close is None:
            if (not single or quote_single.runs_on(text, opened)) and text[opened:end].strip():
                yield Piece(opened, end, closed=False)
                return
            position = opened  # a stray ‘ is no quote: read on after it
            continue
        if close > opened:
            yield Piece(opened, close, closed=True)
        position = close + 1


def _opens_double(text: str, position: int, line_start: int) -> bool:
    char = text[position]
    if char in _OPENERS:
        return True
    if char != '"':
        return False
    after = text[position + 1 : position + 2]
    return (position == line_start or text[position - 1] in _BEFORE_OPEN) and after.strip() != ""


def _closing_double(text: str, opened: int, end: int) -> int | None:
    return next((i for i in range(opened, end) if text[i] in _CLOSERS), None)


def _joined(text: str, pieces: list[Piece]) -> Iterator[QuoteSpans]:
    """Pieces of one paragraph, with those split by an attribution joined into one quote."""
    current: list[Piece] = []
    for piece in pieces:
        if current and _continues(text, current[-1], piece):
            current.append(piece)
            continue
        if current:
            yield QuoteSpans(tuple(current))
        current = [piece]
    if current:
        yield QuoteSpans(tuple(current))


def _continues(text: str, first: Piece, second: Piece) -> bool:
    """'"…safe," he added, "but…' - the first piece ends mid-sentence and only an
    attribution stands between the two."""
    if not text[first.start : first.end].rstrip().endswith(","):
        return False
    gap = text[first.end + 1 : second.start - 1]
    return _SPLIT_GAP.fullmatch(gap) is not None
