"""How many members a named body has, as reports state it, and reports that disagree.

A membership count is read where the wording makes the figure the size of a named body:
- an apposition "<Name>, a <noun> of N <plural noun>" ("the CSTO, a bloc of six member
  states") or "<Name> is a <noun> of N ...",
- a verb of composition after the name ("<Name> brings together / comprises / groups /
  unites / consists of / is made up of N <plural noun>"),
- "the N-member <Name>".
A coordination adds up: "six republics and the host country" is 6 + 1, "three states and two
observers" 3 + 2. Only exact counts are kept ("some 20 members" says no number). The body is
keyed by its initials when its name has several capitalised words, so "Collective Security
Treaty Organization" and "CSTO" are one body.

Two independent reports (copies of one story count once) published within `MAX_DAYS_APART`
of each other that give one body different counts make a count conflict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsfuse.align.copies import CopyGroups
from newsfuse.align.lexicon import word_set
from newsfuse.align.numparse import parse_figure
from newsfuse.align.wordspans import Token, lowers, tokenize
from newsfuse.analyze.tokens import STOPWORDS
from newsfuse.model import CleanDoc, Conflict, Sentence, Span, Syndication, Variant

MAX_DAYS_APART = 7
# Phrases before the figure that make it the whole of the body named before them.
_COMPOSED = (
    ("brings", "together"),
    ("bringing", "together"),
    ("brought", "together"),
    ("consists", "of"),
    ("consisting", "of"),
    ("made", "up", "of"),
    ("comprises",),
    ("comprising",),
    ("groups",),
    ("grouping",),
    ("unites",),
    ("uniting",),
)
_DETERMINERS = word_set("the a an its their")
_APPROXIMATE = word_set("about around some nearly almost roughly over under than least most up")
_NAME_JOINERS = word_set("of for the and")
_CLAUSE_BREAKS = frozenset({";", ":", ".", "(", ")"})
_MAX_NOUN_WORDS = 3
_MAX_BACK = 10  # tokens from a composition verb back to the body's name


@dataclass(frozen=True)
class Membership:
    """A count of the members of a named body, as one sentence gives it."""

    body: str  # the key: initials of a long name, or the lower-cased name
    name: str  # as written
    count: int
    text: str  # the counting phrase as written
    span: Span


def memberships_in(sentence: Sentence) -> list[Membership]:
    """Every exact membership count of a named body that `sentence` states."""
    tokens = tokenize(sentence.text)
    found = []
    for index, token in enumerate(tokens):
        if not (token.is_digit or token.is_word):
            continue
        figure = parse_figure(tokens, index)
        if figure is None or figure.vague or figure.low != figure.high:
            continue
        if lowers(tokens, index - 1, index) and tokens[index - 1].lower in _APPROXIMATE:
            continue
        read = _hyphen_member(tokens, figure.stop) or _apposition_or_verb(tokens, index)
        if read is None:
            continue
        name_range, stop, extra = read
        if name_range is None:
            continue
        name = sentence.text[tokens[name_range[0]].start : tokens[name_range[1] - 1].end]
        first, last = min(index, name_range[0]), max(stop, name_range[1])
        span = Span(
            sentence.source,
            sentence.start + tokens[first].start,
            sentence.start + tokens[last - 1].end,
        )
        text = sentence.text[tokens[first].start : tokens[last - 1].end]
        found.append(
            Membership(_key(tokens, name_range), name, int(figure.low) + extra, text, span)
        )
    return found


def _hyphen_member(tokens: list[Token], at: int) -> tuple[tuple[int, int] | None, int, int] | None:
    """ "the 15-member Security Council": the name right after "-member"."""
    if lowers(tokens, at, at + 2) != ("-", "member"):
        return None
    name = _name_from(tokens, at + 2)
    return (name, at + 2, 0) if name else None


def _apposition_or_verb(
    tokens: list[Token], index: int
) -> tuple[tuple[int, int] | None, int, int] | None:
    """(the name's token range, the end of the counted phrase, what its coordination adds),
    when the figure at `index` counts the members of a body named before it."""
    stop = _plural_noun_end(tokens, _figure_stop(tokens, index))
    if stop is None:
        return None
    stop, extra = _coordination(tokens, stop)
    if lowers(tokens, index - 1, index) == ("of",):
        return _appositive_name(tokens, index - 1), stop, extra
    for phrase in _COMPOSED:
        if lowers(tokens, index - len(phrase), index) == phrase:
            return _name_before(tokens, index - len(phrase)), stop, extra
    return None


def _figure_stop(tokens: list[Token], index: int) -> int:
    figure = parse_figure(tokens, index)
    return figure.stop if figure else index + 1


def _plural_noun_end(tokens: list[Token], at: int) -> int | None:
    """The end of a noun run ending in a lower-case plural ("member states", "former Soviet
    republics")."""
    for length in range(1, _MAX_NOUN_WORDS + 1):
        run = tokens[at : at + length]
        if len(run) < length or not all(t.is_word and t.lower not in STOPWORDS for t in run):
            return None
        last = run[-1]
        if last.text.islower() and last.lower.endswith("s") and not last.lower.endswith("ss"):
            return at + length
    return None


def _coordination(tokens: list[Token], at: int) -> tuple[int, int]:
    """What "and the host country" (+1) or "and two observers" (+2) adds after a count."""
    if lowers(tokens, at, at + 1) != ("and",):
        return at, 0
    after = at + 1
    figure = parse_figure(tokens, after) if after < len(tokens) else None
    if figure is not None and not figure.vague and figure.low == figure.high:
        end = _plural_noun_end(tokens, figure.stop)
        return (end, int(figure.low)) if end else (at, 0)
    if lowers(tokens, after, after + 1) and tokens[after].lower in _DETERMINERS - {"their"}:
        run = after + 1
        while run < len(tokens) and run - after <= _MAX_NOUN_WORDS and tokens[run].is_word:
            word = tokens[run].lower
            if not tokens[run].text.islower():
                return run + 1, 1  # "and the host country", "and Russia"
            if run + 1 >= len(tokens) or not tokens[run + 1].is_word:
                return (run + 1, 1) if not word.endswith("s") else (at, 0)
            run += 1
    elif lowers(tokens, after, after + 1) and tokens[after].is_title:
        name = _name_from(tokens, after)
        return (name[1], 1) if name else (at, 0)
    return at, 0


def _appositive_name(tokens: list[Token], of: int) -> tuple[int, int] | None:
    """The name that "<Name>, a bloc of" or "<Name> is a bloc of" describes: one body, so
    a singular noun after a determiner ("Colts, winners of eight games" counts games)."""
    at = of - 1
    if at < 0 or tokens[at].lower.endswith("s"):
        return None
    while at >= 0 and of - at <= _MAX_NOUN_WORDS and tokens[at].is_word:
        if not tokens[at].text.islower() or tokens[at].lower in _DETERMINERS:
            break
        at -= 1
    if at == of - 1 or at < 0 or tokens[at].lower not in _DETERMINERS:
        return None
    at -= 1
    if at >= 0 and tokens[at].lower in ("is", "was", ","):
        return _name_ending(tokens, at)
    return None


def _name_before(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """The last name before a composition verb in its clause (an acronym in brackets counts)."""
    for at in range(verb, max(verb - _MAX_BACK, 0), -1):
        if tokens[at - 1].text in _CLAUSE_BREAKS - {"(", ")"}:
            return None
        name = _name_ending(tokens, at)
        if name:
            return name
    return None


def _name_ending(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """A name of capitalised words ending just before `end` (")" of an acronym skipped)."""
    bracketed = end >= 3 and tokens[end - 1].text == ")" and tokens[end - 3].text == "("
    if bracketed and tokens[end - 2].text.isupper():
        return end - 2, end - 1
    start = end
    while start > 0 and (
        _capitalised(tokens[start - 1])
        or (tokens[start - 1].lower in _NAME_JOINERS and start - 1 < end - 1 and start > 1)
    ):
        start -= 1
    while start < end and (not _capitalised(tokens[start]) or tokens[start].lower in _DETERMINERS):
        start += 1
    if start == 0 and end == 1 and not tokens[0].text.isupper():
        return None  # a sentence's capitalised first word alone ("Sadly") names nothing
    return (start, end) if start < end else None


def _name_from(tokens: list[Token], start: int) -> tuple[int, int] | None:
    end = start
    while end < len(tokens) and _capitalised(tokens[end]):
        end += 1
    return (start, end) if end > start else None


def _capitalised(token: Token) -> bool:
    return token.is_word and token.text[0].isupper()


def _key(tokens: list[Token], name: tuple[int, int]) -> str:
    words = [t.text for t in tokens[name[0] : name[1]] if _capitalised(t)]
    if len(words) > 1:
        return "".join(w[0] for w in words).lower()
    return words[0].lower() if words else ""


@dataclass(frozen=True)
class _Stated:
    membership: Membership
    sentence: Sentence
    doc: CleanDoc


def membership_conflicts(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
) -> list[Conflict]:
    """One count conflict per named body to which independent reports give different sizes.
    A report giving one body two sizes is describing several moments, so it is left out."""
    groups = CopyGroups(syndication)
    by_body: dict[str, list[_Stated]] = {}
    for doc in docs:
        own: dict[str, list[_Stated]] = {}
        for sentence in sentences.get(doc.id, ()):
            for membership in memberships_in(sentence):
                own.setdefault(membership.body, []).append(_Stated(membership, sentence, doc))
        for body, stated in own.items():
            if len({s.membership.count for s in stated}) == 1:
                by_body.setdefault(body, []).extend(stated)
    found = []
    for stated in by_body.values():
        by_count: dict[int, list[_Stated]] = {}
        for item in stated:
            by_count.setdefault(item.membership.count, []).append(item)
        if len(by_count) > 1 and _independent_clash(by_count, groups):
            found.append(_conflict(stated[0].membership.name, by_count))
    return found


def _independent_clash(by_count: Mapping[int, list[_Stated]], groups: CopyGroups) -> bool:
    settings = [{(groups.of(s.doc.id), s.doc.published) for s in v} for v in by_count.values()]
    return any(
        _comparable(a, b)
        for i, left in enumerate(settings)
        for right in settings[i + 1 :]
        for a in left
        for b in right
    )


def _comparable(a: tuple[str, dt.date | None], b: tuple[str, dt.date | None]) -> bool:
    (first_group, first), (second_group, second) = a, b
    if first_group == second_group:
        return False
    return not (first and second and abs((first - second).days) > MAX_DAYS_APART)


def _conflict(name: str, by_count: Mapping[int, list[_Stated]]) -> Conflict:
    variants = tuple(
        Variant(
            value=str(count),
            text=stated[0].sentence.text,
            sources=tuple(dict.fromkeys(s.doc.id for s in stated)),
            spans=tuple(dict.fromkeys(s.membership.span for s in stated)),
        )
        for count, stated in by_count.items()
    )
    return Conflict(f"number of members of {name}", variants)
