"""Time expressions in a sentence, resolved to calendar dates against the publication date.

Absolute dates ("March 3, 2021") resolve on their own; relative ones ("on Tuesday", "five days
ago", "March 3" without a year) need a reference date and are left out without one. The
reference is the publication date, except inside reported speech whose day the sentence gives
("the minister said on Monday that the curfew will be lifted in three days": three days from
that Monday). The tense of the governing verb picks the direction: "on Tuesday" is the latest
Tuesday on or before the reference, "will meet on Tuesday" the next one on or after it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from newsfuse.analyze.dates.calendar import ONE_DAY
from newsfuse.analyze.dates.reference import Anchor, speech_anchors
from newsfuse.analyze.dates.rules import (
    NUMBER,
    RULES,
    Context,
    Granularity,
    Resolved,
    Resolver,
    Rule,
    Valued,
    count_of,
    shift,
)
from newsfuse.analyze.dates.tense import Tense, tense_at
from newsfuse.analyze.dates.timex_rules import TIMEX_RULES
from newsfuse.analyze.tokens import STOPWORDS
from newsfuse.model import Sentence, Span

__all__ = ["Granularity", "TimeMention", "resolve_times"]


@dataclass(frozen=True)
class TimeMention:
    """A time expression and the days it means: `start` to `end`, both included.

    `future`: the time lies ahead of publication or the verb announces it ("will", "is due to").
    `relative`: resolving it needed the publication date.
    """

    start: dt.date
    end: dt.date
    text: str
    span: Span
    granularity: Granularity
    future: bool
    relative: bool


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    match: re.Match[str]
    resolver: Resolver
    tense: Tense = None


@dataclass(frozen=True)
class _Parsed:
    """What a sentence's wording alone decides: its time expressions and their tenses, and
    its stated durations; only resolving them needs the publication date."""

    candidates: tuple[_Candidate, ...]
    durations: tuple[re.Match[str], ...]


Outcome = Resolved | Valued | None


# "the 90-day freeze", "a two-week curfew", "a 48-hour ceasefire", "a month-long strike".
_DURATION = re.compile(
    rf"(?i:\b(?:(?P<n>{NUMBER})-(?P<unit>hour|day|week|fortnight|month|year)(?:-long)?"
    r"|(?P<single>day|week|fortnight|month|year)-long)(?:\s+(?P<noun>[a-z]+))?\b)"
)


def resolve_times(sentence: Sentence, published: dt.date | None) -> list[TimeMention]:
    """Every time expression in `sentence` that resolves to dates, in order of appearance."""
    parsed = _parse(sentence.text)
    mentions: list[TimeMention] = []
    outcomes = resolve_candidates(parsed.candidates, published)
    for candidate, resolved in zip(parsed.candidates, outcomes, strict=True):
        if isinstance(resolved, Resolved):
            start, end, tense = candidate.start, candidate.end, candidate.tense
            mentions.append(_mention(sentence, start, end, resolved, tense, published))
    mentions = _join_ranges(sentence, mentions)
    mentions += _durations(sentence, parsed.durations, mentions, published)
    return sorted(mentions, key=lambda m: (m.span.start, m.span.end))


# Stages resolve the same sentences again (copies of a wire story, each candidate publication
# date of an undated report): the matching, the costly part, is done once per wording.
@lru_cache(maxsize=1 << 15)
def _parse(text: str) -> _Parsed:
    # Every duration is hyphenated: "90-day", "month-long".
    durations = tuple(_DURATION.finditer(text)) if "-" in text else ()
    return _Parsed(_tensed(text, _without_overlaps(_candidates(text, RULES))), durations)


def _tensed(text: str, found: list[_Candidate]) -> tuple[_Candidate, ...]:
    return tuple(replace(c, tense=_direction(text, c.start, c.end)) for c in found)


# "since November" looks back, "until Friday" and "by early June" ahead, whatever the verb.
_LOOKS_BACK = re.compile(r"(?i:\bsince)\s+(?:(?i:early|late|mid)[\s-]+)?(?:the\s+)?$")
_LOOKS_AHEAD = re.compile(r"(?i:\b(?:until|till|by))\s+(?:(?i:early|late|mid)[\s-]+)?(?:the\s+)?$")
_LEAD_WORD = re.compile(r"(?i:since|until|till|by)\s+")


def _direction(text: str, start: int, end: int) -> Tense:
    lead = _LEAD_WORD.match(text, start, end)
    before = text[: lead.end()] if lead else text[:start]
    if _LOOKS_BACK.search(before):
        return "past"
    if _LOOKS_AHEAD.search(before):
        return "future"
    return tense_at(text, start, end)


# Only TIMEX3 tagging reads the further rules: the timeline and cross-checks never pay for them.
@lru_cache(maxsize=1 << 12)
def parse_timexes(text: str) -> tuple[_Candidate, ...]:
    """The time expressions of a sentence as every rule reads them, tenses decided."""
    everything = _candidates(text, RULES) + _candidates(text, TIMEX_RULES)
    return _tensed(text, _without_overlaps(everything))


def _candidates(text: str, rules: tuple[Rule, ...]) -> list[_Candidate]:
    found: list[_Candidate] = []
    has_digit = _DIGIT.search(text) is not None
    for pattern, resolver, digits in rules:
        if has_digit or not digits:
            found += (_Candidate(m.start(), m.end(), m, resolver) for m in pattern.finditer(text))
    return found


def resolve_candidates(
    candidates: tuple[_Candidate, ...], published: dt.date | None
) -> list[Outcome]:
    """What each candidate means: against `published`, or, after a reporting verb dated to a
    day ("said on Monday that"), against that day."""
    outcomes = [_outcome(c, published) for c in candidates]
    if not candidates:
        return outcomes
    days = [
        (c.start, c.end, o.start)
        for c, o in zip(candidates, outcomes, strict=True)
        if isinstance(o, Resolved) and o.granularity == "day" and o.start == o.end
    ]
    anchors = speech_anchors(candidates[0].match.string, days)
    if not anchors:
        return outcomes
    for index, candidate in enumerate(candidates):
        anchor = _anchor_for(anchors, candidate)
        if anchor is not None and anchor.day != published:
            outcomes[index] = _outcome(candidate, anchor.day)
    return outcomes


def _anchor_for(anchors: list[Anchor], candidate: _Candidate) -> Anchor | None:
    """The last anchor whose speech content holds the candidate."""
    holding = [a for a in anchors if a.content_start <= candidate.start < a.content_end]
    return holding[-1] if holding else None


def _outcome(candidate: _Candidate, reference: dt.date | None) -> Outcome:
    # Near the ends of the calendar ("tomorrow" from 9999-12-31) there is no such day.
    try:
        return candidate.resolver(candidate.match, Context(reference, candidate.tense))
    except (OverflowError, ValueError):
        return None


def _without_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """The longest matches first; a shorter one overlapping a kept one is dropped."""
    ranked = sorted(enumerate(candidates), key=lambda ic: (ic[1].start - ic[1].end, ic[0]))
    kept: list[_Candidate] = []
    for _, candidate in ranked:
        if all(candidate.end <= k.start or candidate.start >= k.end for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def _mention(
    sentence: Sentence,
    start: int,
    end: int,
    resolved: Resolved,
    tense: Tense,
    published: dt.date | None,
) -> TimeMention:
    return TimeMention(
        start=resolved.start,
        end=resolved.end,
        text=sentence.text[start:end],
        span=Span(sentence.source, sentence.start + start, sentence.start + end),
        granularity=resolved.granularity,
        future=_is_future(resolved, tense, published),
        relative=resolved.relative,
    )


def _is_future(resolved: Resolved, tense: Tense, published: dt.date | None) -> bool:
    if published is None:
        return tense == "future"
    if resolved.start > published:
        return True
    return tense == "future" and resolved.end >= published


_DIGIT = re.compile(r"\d")
_RANGE_JOINER = re.compile(r"\s*(?:[-–—]|\b(?:to|through|until|till)\b)\s*")


def _join_ranges(sentence: Sentence, mentions: list[TimeMention]) -> list[TimeMention]:
    """Two day dates joined by a dash or "to" are one range: "Dec. 28, 2021-Jan. 3, 2022"."""
    joined: list[TimeMention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if last is not None and _joinable(sentence, last, mention):
            start, end = last.span.start - sentence.start, mention.span.end - sentence.start
            joined[-1] = replace(
                last,
                end=mention.end,
                text=sentence.text[start:end],
                span=Span(sentence.source, last.span.start, mention.span.end),
                future=last.future or mention.future,
                relative=last.relative or mention.relative,
            )
        else:
            joined.append(mention)
    return joined


def _joinable(sentence: Sentence, first: TimeMention, second: TimeMention) -> bool:
    between = sentence.text[first.span.end - sentence.start : second.span.start - sentence.start]
    return (
        first.granularity == second.granularity == "day"
        and first.end < second.start
        and _RANGE_JOINER.fullmatch(between) is not None
    )


def _durations(
    sentence: Sentence,
    matches: tuple[re.Match[str], ...],
    mentions: list[TimeMention],
    published: dt.date | None,
) -> list[TimeMention]:
    """Stated durations ("a two-week curfew", `matches` of `_DURATION`) as ranges from the day
    the sentence dates the event to; without such a day the duration has no place on the
    calendar."""
    anchors = [m for m in mentions if m.granularity == "day"]
    found = []
    for match in matches:
        if not anchors or _overlaps(match, sentence, mentions):
            continue
        anchor = min(anchors, key=lambda m: abs(m.span.start - sentence.start - match.start()))
        try:
            last = _duration_end(anchor.start, match)
        except (OverflowError, ValueError):
            continue  # runs past the end of the calendar
        resolved = Resolved(anchor.start, last, "day", anchor.relative)
        tense: Tense = "future" if anchor.future else None
        end = _duration_text_end(match)
        found.append(_mention(sentence, match.start(), end, resolved, tense, published))
    return found


def _overlaps(match: re.Match[str], sentence: Sentence, mentions: list[TimeMention]) -> bool:
    start, end = sentence.start + match.start(), sentence.start + match.end()
    return any(m.span.start < end and start < m.span.end for m in mentions)


def _duration_text_end(match: re.Match[str]) -> int:
    """Where "90-day freeze" ends: after the noun it measures, unless that is a function word."""
    noun = match["noun"]
    if noun is None or noun.lower() not in STOPWORDS:
        return match.end()
    return len(match.string[: match.start("noun")].rstrip())


def _duration_end(first: dt.date, match: re.Match[str]) -> dt.date:
    """The last day of a duration starting on `first` (a two-week curfew from Mar 1 ends Mar 14)."""
    unit = (match["unit"] or match["single"]).lower()
    count = count_of(match["n"]) if match["n"] else 1
    if unit == "hour":
        return first + dt.timedelta(days=max(1, math.ceil(count / 24)) - 1)
    return shift(first, count, unit) - ONE_DAY
