"""Where direct quotes are in a report: the text between quotation marks, made whole.

Quotes stand in “…”, «…», "…" or ‘…’ (British style; see quotes.single for apostrophes).

Scraped text loses marks, so a quote opened and never closed runs to the end of its
paragraph, and a following paragraph that opens with a mark continues it (the convention
for quotes of several paragraphs). Text laid out one sentence a line carries a quote over lines
without marks: it runs on only up to a line whose first mark closes it ('... day, " he said'),
never on guesswork. An unclosed quote stops at an attribution inside it ('"We are safe, Strand
said, and ...'). Two pieces of one sentence split by an attribution ('"We are safe," he
added, "but the smoke is heavy."') make one quote. Tokenised copy spaces its marks off the
words ('" We are safe, " he said'); those read as marks too.
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
# An attribution left inside a quote whose closing mark was lost: ', Strand said' or
# ', said the mayor' after a clause of the quote.
_INNER_ATTRIBUTION = re.compile(
    r"[,!?]\s+(?:(?:[A-Z][\w.’'-]*|the|a|an|his|her|its|their)\s+){1,5}?"
    r"(?:said|says|added|adds|told|asked|explained|insisted|warned)\b"
    r"|[,!?]\s+(?:said|says|added|adds|told|asked)\s+(?:the\s+)?[A-Z]"
)
_DOUBLE_MARKS = re.compile(r'["“”«»]')
# Only these can open a quote: the rest of a line is skipped, not read character by character.
_MAY_OPEN = re.compile("[" + re.escape(_OPENERS + '"' + quote_single.OPEN) + "]")
_CLOSING = re.compile("[" + re.escape(_CLOSERS) + "]")
_MAX_CARRIED_LINES = 8  # sentences a quote may run over without marks before its close
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


def find_quotes(text: str, min_words: int = MIN_QUOTE_WORDS) -> list[QuoteSpans]:
    """The direct quotes of a report's text; quoted phrases under `min_words` words (scare
    quotes, titles) left out."""
    quotes: list[QuoteSpans] = []
    continuing = False
    carried: list[Piece] = []  # lines without marks a quote left open may be running over
    for line in _LINE.finditer(text):
        start, end = line.start(), line.end()
        closed_now = False
        if carried:
            close = _carried_close(text, start, end)
            if close is not None:
                quotes[-1] = QuoteSpans(
                    (*quotes[-1].pieces, *carried[1:], Piece(start, close, True))
                )
                carried, continuing, start, closed_now = [], False, close + 1, True
            elif _no_marks(text, start, end) and len(carried) <= _MAX_CARRIED_LINES:
                carried.append(Piece(start, end, closed=False))
                continue
            else:
                carried, continuing = [], len(carried) == 1 and continuing
        pieces = list(_pieces(text, start, end))
        if continuing and _all_quoted(text, pieces, start, end):
            # The previous paragraph's quote never closed and this one is all quote: it
            # carries the quote on. A paragraph with its own attribution starts a new one.
            quotes[-1] = QuoteSpans((*quotes[-1].pieces, pieces.pop(0)))
            continuing = not quotes[-1].pieces[-1].closed
            if not pieces:
                carried = [quotes[-1].pieces[-1]] if continuing and _double(text, quotes) else []
                continue
        if closed_now and pieces and _continues(text, quotes[-1].pieces[-1], pieces[0]):
            # '... all year, " he said, "and we are not done."' after a carried quote.
            first, *rest = _joined(text, pieces)
            quotes[-1] = QuoteSpans((*quotes[-1].pieces, *first.pieces))
            quotes.extend(rest)
        else:
            quotes.extend(_joined(text, pieces))
        continuing = bool(pieces) and not pieces[-1].closed
        carried = [pieces[-1]] if continuing and _double(text, quotes) else []
    return [q for q in quotes if len(q.text(text).split()) >= min_words]


def _double(text: str, quotes: list[QuoteSpans]) -> bool:
    """Whether the last quote opened with a double mark (single ones never cross lines)."""
    first = quotes[-1].pieces[0].start
    return text[first - 1 : first] in '"“«'


def _no_marks(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    has_single = any(quote_single.opens(text, i) for i in range(start, end) if text[i] == "‘")
    return _DOUBLE_MARKS.search(line) is None and not has_single


def _carried_close(text: str, start: int, end: int) -> int | None:
    """Where a line's first double mark closes a quote carried over from earlier lines: a
    curly closer, or a straight mark right after a word or after punctuation ('away, "')."""
    mark = _DOUBLE_MARKS.search(text, start, end)
    if mark is None or mark.group() in "“«":
        return None
    at = mark.start()
    if mark.group() in "”»":
        return at
    before = text[start:at]
    if not before.strip():
        return None
    if before[-1] != " ":
        return at
    return at if before[-2:-1] in tuple(",.!?…;") else None


def _all_quoted(text: str, pieces: list[Piece], start: int, end: int) -> bool:
    if len(pieces) != 1 or text[start:end].strip()[:1] not in _PARAGRAPH_OPENERS:
        return False
    return not text[pieces[0].end + 1 : end].strip()


def _pieces(text: str, start: int, end: int) -> Iterator[Piece]:
    """Quoted stretches of one paragraph; an unclosed one runs to the paragraph's end.

    Marks inside a quote open nothing, so a nested quote stays part of the outer one."""
    position = start
    while position < end:
        mark = _MAY_OPEN.search(text, position, end)
        if mark is None:
            return
        position = mark.start()
        single = quote_single.opens(text, position)
        if not single and not _opens_double(text, position, start):
            position += 1
            continue
        opened = position + 1
        close = (quote_single.closing if single else _closing_double)(text, opened, end)
        if close is None:
            if (not single or quote_single.runs_on(text, opened)) and text[opened:end].strip():
                said = _INNER_ATTRIBUTION.search(text, opened, end)
                if said:  # the closing mark was lost before the attribution
                    yield Piece(opened, said.start(), closed=True)
                    return
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
    if position != line_start and text[position - 1] not in _BEFORE_OPEN:
        return False
    after = text[position + 1 : position + 3]
    if after[:1].strip():
        return True
    # Tokenised copy: '" We', but not the spaced closer of a quote ('safe, " said').
    before = text[line_start:position].rstrip()[-1:]
    word = after[1:2]
    return after[:1] == " " and word.isalnum() and not (before in ",.!?…" and word.islower())


def _closing_double(text: str, opened: int, end: int) -> int | None:
    close = _CLOSING.search(text, opened, end)
    return close.start() if close else None


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
