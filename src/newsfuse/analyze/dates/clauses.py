"""The clause of a sentence that a time expression dates, and whether it dates an event at all.

In "The fire started on Tuesday at the port, sending smoke over the city, police said" the
event is "The fire started on Tuesday at the port". Cheap cues only, no parser: clauses are the
sentence's comma- and dash-bounded segments, verbs are past forms, auxiliaries and modals. A
time expression dates no event when
- no verb governs it ("a 31% premium to the closing price on Friday", "donate today"),
- it dates a statement ("the agency said on Wednesday"), unless the statement is itself news,
  made to the press ("told reporters on Wednesday"): then the statement is the event,
- the verb is placed relative to another event ("looted in the hours after the evacuation on
  Tuesday night" dates the evacuation, not the looting),
- the verb tells of a state still going on ("crews were still fighting the fire on Wednesday"),
- it dates the complement of a copula ("the offer is a premium to the close on Friday").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.analyze.dates.words import (
    ANCHOR,
    CLAUSE_LINK,
    CONJUNCTION,
    COPULAS,
    OPENER,
    PRESS,
    RELATIVE,
    SPEECH,
    STILL,
    SUBORDINATOR,
    has_content,
    is_attribution,
    is_participle,
    verbs,
)

Range = tuple[int, int]

_BOUNDARY = re.compile(r",(?!\d)|[;()]|:(?!\d)|\s[-–—]+\s|[—–]")
_SEPARATORS = " \t\n,;:-–—"
_CLOSING = re.compile(r"[\s,.;:!?]*[”»\"]")
_EDGE = _SEPARATORS + "\"'“”‘’«»"


@dataclass(frozen=True)
class EventClause:
    """Where, in its sentence, the event a time expression dates is told: text[start:end]."""

    start: int
    end: int


def event_clause(
    text: str, mention: Range, others: Sequence[Range] = (), begin: int = 0
) -> EventClause | None:
    """The clause `mention` (a range of `text`) dates, or None where it dates no event.

    `others` are the sentence's other time expressions; `begin` is where the sentence proper
    starts (after a wire dateline).
    """
    if mention[0] < begin:
        return None
    blank = blank_out(text, [mention, *others])
    segments = _segments(blank, begin)
    k = _segment_of(segments, mention[0])
    verb = _governing_verb(blank, segments, k, mention)
    if verb is None or _dates_no_event(blank, segments, verb, mention):
        return None
    v = _segment_of(segments, verb[0])
    if blank[verb[0] : verb[1]].lower() in SPEECH:
        if not PRESS.search(blank, segments[min(k, v)][0], mention[1]):
            return None
        return _statement(text, blank, segments, min(k, v), verb, mention)
    first, opened = _first_segment(blank, segments, min(k, v), others)
    start = (
        _after_subordinator(blank, segments[v][0], verb, mention) if first == min(k, v) else None
    )
    closed = opened or start is not None or _relative(blank, segments, v, verb)
    last = _last_segment(blank, segments, max(k, v), others, closed)
    return _trimmed(text, segments[first][0] if start is None else start, segments[last][1])


def blank_out(text: str, ranges: Sequence[Range]) -> str:
    """`text` with the time expressions blanked, so that their commas and words do not count."""
    for start, end in ranges:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _segments(blank: str, begin: int) -> list[Range]:
    cuts = [begin, *(m.end() for m in _BOUNDARY.finditer(blank, begin)), len(blank)]
    return [(s, e) for s, e in itertools.pairwise(cuts) if e > s]


def _segment_of(segments: list[Range], position: int) -> int:
    return next(i for i, (s, e) in enumerate(segments) if s <= position < e)


def _governing_verb(blank: str, segments: list[Range], k: int, mention: Range) -> Range | None:
    """The verb nearest the expression in its segment, before it first; for an expression
    standing alone ("On Tuesday, the fire ...") the first verb after it, else the last before.
    A segment with words but no verb is a noun phrase: the expression dates no event."""
    start, end = segments[k]
    before = verbs(blank, start, mention[0])
    # A verb after a "that", "so" or "which" belongs to a clause of its own.
    link = CLAUSE_LINK.search(blank, mention[1], end)
    after = verbs(blank, mention[1], link.start() if link else end)
    if before or after:
        return before[-1] if before else after[0]
    if has_content(blank[start:end]):
        return None
    following = [v for s, e in segments[k + 1 :] for v in verbs(blank, s, e)]
    preceding = [v for s, e in segments[:k] for v in verbs(blank, s, e)]
    return following[0] if following else preceding[-1] if preceding else None


def _dates_no_event(blank: str, segments: list[Range], verb: Range, mention: Range) -> bool:
    """Whether the verb is placed relative to another event, tells of a state still going on,
    or is a copula whose complement the expression dates ("is a premium to the price on
    Friday"; but "the vote is on Friday")."""
    start, end = segments[_segment_of(segments, verb[0])]
    if STILL.search(blank, start, end):
        return True
    if verb[1] > mention[0]:
        return False
    between = blank[verb[1] : mention[0]]
    copula = blank[verb[0] : verb[1]].lower() in COPULAS and has_content(between)
    return copula or ANCHOR.search(blank, verb[1], mention[0]) is not None


def _statement(
    text: str, blank: str, segments: list[Range], k: int, verb: Range, mention: Range
) -> EventClause:
    """The statement event: its speaker's phrase, the speech verb and the expression ("Calloway
    told reporters on Wednesday"); a leading participle takes its speaker from what follows
    ("Speaking at a news conference yesterday, the mayor said")."""
    first = k
    while first > 0 and not verbs(blank, *segments[first - 1]):
        if _quoted(text, segments[first - 1]):
            break
        first -= 1
    end = max(mention[1], verb[1])
    if verb[0] == segments[k][0] + _indent(blank, segments[k]) and k + 1 < len(segments):
        said = [v for v in verbs(blank, *segments[k + 1]) if blank[v[0] : v[1]].lower() in SPEECH]
        end = said[0][1] if said else end
    return _trimmed(text, segments[first][0], end, keep_stop=False)


def _indent(blank: str, segment: Range) -> int:
    piece = blank[segment[0] : segment[1]]
    return len(piece) - len(piece.lstrip(_EDGE))


def _quoted(text: str, segment: Range) -> bool:
    return any(mark in text[segment[0] : segment[1]] for mark in '"“”«»')


def _first_segment(
    blank: str, segments: list[Range], k: int, others: Sequence[Range]
) -> tuple[int, bool]:
    """The segment the clause opens with, stepping back over its subject and asides but not
    over another dated event or a clause it is joined to; and whether it opens with "and" etc."""
    first = k
    while first > 0:
        if OPENER.match(blank, segments[first][0]):
            return first, True
        previous = segments[first - 1]
        dated = any(previous[0] <= o[0] < previous[1] for o in others)
        if dated and not RELATIVE.match(blank, previous[0]):
            break
        first -= 1
    return first, False


def _after_subordinator(blank: str, start: int, verb: Range, mention: Range) -> int | None:
    """Where a subordinate clause holding the verb and the expression starts ("... fear for
    their jobs after the company agreed on Monday"), or None when they are in the main clause."""
    found = [
        m.end()
        for m in SUBORDINATOR.finditer(blank, start, min(verb[0], mention[0]))
        if not verbs(blank, m.end(), verb[0])
    ]
    return found[-1] if found else None


def _relative(blank: str, segments: list[Range], v: int, verb: Range) -> bool:
    """Whether the verb is in an aside on the noun phrase before it ("The ferry, which sank on
    Sunday, was ...", "The deal, announced on Monday, values ..."): the event is the noun
    phrase and the aside, not the main clause."""
    if RELATIVE.match(blank, segments[v][0]):
        return True
    opens = verb[0] == segments[v][0] + _indent(blank, segments[v])
    participle = is_participle(blank[verb[0] : verb[1]])
    return opens and v > 0 and participle and not verbs(blank, *segments[v - 1])


def _last_segment(
    blank: str, segments: list[Range], k: int, others: Sequence[Range], closed: bool
) -> int:
    """The segment the clause ends with: a following segment belongs to it unless the clause
    is a subordinate or an aside (`closed`), or the segment holds another dated event, opens a
    new clause or is the attribution."""
    if closed:
        return k
    last = k
    for index in range(k + 1, len(segments)):
        start, end = segments[index]
        if any(start <= o[0] < end for o in others) or OPENER.match(blank, start):
            break
        if is_attribution(blank, segments[index:]):
            break
        last = index
    return last


def _trimmed(text: str, start: int, end: int, keep_stop: bool = True) -> EventClause:
    """The range without the separators around it and without the marks of quotations outside
    it; a quotation it opens keeps its marks, so that quoted words still read as a quote (single
    marks are left alone: they are mostly apostrophes). A clause running to the end of the
    sentence keeps its full stop."""
    while start < end and (text[start] in _SEPARATORS or _closes(text, start)):
        start += 1
    joined = CONJUNCTION.match(text, start, end)
    start = joined.end() if joined else start
    if end < len(text) or not keep_stop:
        while end > start and (text[end - 1] in _SEPARATORS + "." or _opens(text, end - 1)):
            end -= 1
    marks = [i for i in range(start, end) if _opens(text, i) or _closes(text, i)]
    if marks and _opens(text, marks[-1]):  # a quotation the clause opens: close it too
        closing = _CLOSING.match(text, end)
        end = closing.end() if closing else end
    return EventClause(start, end)


def _closes(text: str, index: int) -> bool:
    """Whether the mark at `index` closes a quotation (a straight one: after an odd count)."""
    mark = text[index]
    return mark in "”»" or (mark == '"' and text.count('"', 0, index) % 2 == 1)


def _opens(text: str, index: int) -> bool:
    mark = text[index]
    return mark in "“«" or (mark == '"' and text.count('"', 0, index) % 2 == 0)
