"""What a figure counts: the noun it modifies and the event word around it.

"212 people were injured" counts the injured; "three firefighters were among the 27 injured"
counts injured firefighters (a group within the injured); "killing 12" counts the killed;
"dozens of residents and rescuers have been killed" counts the killed (the subject of the
event through its coordination), comparable with "at least 150 killed".
"""

from __future__ import annotations

from dataclasses import dataclass

from newsfuse.align.lexicon import EVENTS, GENERIC_NOUNS, MODIFIERS, NOUNS, UNITS, word_set
from newsfuse.align.wordspans import Token, lowers
from newsfuse.analyze.tokens import STOPWORDS

# Words allowed between a counted noun and its event word ("were reportedly seriously injured").
_BRIDGE = word_set(
    "was were is are be been being have has had reportedly also later all now still who that "
    "seriously critically badly slightly fatally severely believed thought confirmed reported "
    "feared officially listed as initially either to were"
)
_TOLL_BRIDGE = word_set(
    "has had have is was stands stood rose risen climbed jumped increased reached to at of "
    "now officially the were was are"
)
_TOLL_OWNERS = word_set("from in of after")
_PRONOUNS = word_set("them those these whom which us you")
# "12 of the injured", "two of them": a part of a larger count, never the count itself.
_PARTITIVES = frozenset(("of", w) for w in ("the", "them", "those", "these", "whom", "their"))
# "another four died", "four other people", "dozens more": a count added to another one.
_ADDED_AFTER = word_set("other more additional further")


@dataclass(frozen=True)
class Counted:
    """The thing a figure counts; `group` narrows it to one kind of people, or to "subgroup"
    for a part of a larger count ("12 of the injured")."""

    thing: str
    group: str | None
    end: int  # token index just after the last word read, to scope doubt cues


def counted(tokens: list[Token], start: int, stop: int, fallback: str | None) -> Counted | None:
    """What tokens[start:stop] counts; `fallback` names it when no noun or event is found."""
    partitive = lowers(tokens, stop, stop + 2) in _PARTITIVES or _added(tokens, start, stop)
    noun, event, end = _noun_after(tokens, stop)
    joined = event is None and noun is not None and _coordinated(tokens, end)
    if joined:
        end = joined
    if event is None:
        event, end = _event_after(tokens, end)
    if event is None:
        event = _event_before(tokens, start)
    if event is None:
        thing = noun or fallback
        return Counted(thing, "subgroup" if partitive else None, end) if thing else None
    # Coordinated kinds ("residents and rescuers were killed") are the event's whole count.
    group = None if noun is None or noun in GENERIC_NOUNS or joined else noun
    return Counted(event, "subgroup" if partitive and group is None else group, end)


def _added(tokens: list[Token], start: int, stop: int) -> bool:
    """A count added to one told before it: "another four", "four other people"."""
    after = lowers(tokens, stop, stop + 1)
    return lowers(tokens, start - 1, start) == ("another",) or (
        bool(after) and after[0] in _ADDED_AFTER
    )


def _coordinated(tokens: list[Token], at: int) -> int:
    """Where a noun coordinated with the counted one ends ("residents and rescuers",
    "women or children"), so that the event word after it is read; 0 when none follows."""
    if lowers(tokens, at, at + 1) not in (("and",), ("or",)):
        return 0
    at += 1
    if lowers(tokens, at, at + 1) in (("the",), ("their",), ("other",)):
        at += 1
    noun, event, end = _head_noun(tokens, at)
    # A plural or a known noun: "and left 14 others trapped" coordinates a verb, not a kind.
    plural = noun is not None and (noun.endswith("s") or noun in NOUNS.values())
    return end if event is None and end > at and plural else 0


def _noun_after(tokens: list[Token], at: int) -> tuple[str | None, str | None, int]:
    """(noun key, event key, end) right after the figure: "residents", "dead", "member states"."""
    if lowers(tokens, at, at + 1) == ("of",):
        at += 2 if lowers(tokens, at + 1, at + 2) in (("the",), ("their",)) else 1
    if lowers(tokens, at, at + 1) and tokens[at].lower in _PRONOUNS:
        return None, None, at + 1
    skipped = 0
    while at < len(tokens) and skipped < 3:
        token = tokens[at]
        word = token.lower
        if word in EVENTS:
            return None, EVENTS[word], at + 1
        if not token.is_word or word in STOPWORDS or word in UNITS:
            return None, None, at
        if _hyphenated(tokens, at):  # "seven game-winning drives"
            at, skipped = at + 3, skipped + 1
            continue
        possessive = word.endswith("'s")
        if word in MODIFIERS or possessive or (token.is_title and _is_noun_like(tokens, at + 1)):
            at, skipped = at + 1, skipped + 1
            continue
        if token.is_title and not word.endswith("s"):
            return None, None, at  # "$2.56 Tuesday": a name, not what is counted
        return _head_noun(tokens, at)
    return None, None, at


def _hyphenated(tokens: list[Token], at: int) -> bool:
    """A word joined by a hyphen to the next one, as in a compound modifier."""
    if at + 2 >= len(tokens) or tokens[at + 1].text != "-" or not tokens[at + 2].is_word:
        return False
    return tokens[at].end == tokens[at + 1].start == tokens[at + 2].start - 1


def _is_noun_like(tokens: list[Token], at: int) -> bool:
    if at >= len(tokens) or not tokens[at].is_word:
        return False
    return tokens[at].lower not in STOPWORDS and tokens[at].lower not in EVENTS


def _head_noun(tokens: list[Token], at: int) -> tuple[str | None, str | None, int]:
    """The counted noun from `at`: "residents", or a compound ending in a plural
    ("member states", "government office buildings" -> "office buildings")."""
    run: list[str] = []
    while at + len(run) < len(tokens) and len(run) < 3 and _is_noun_like(tokens, at + len(run)):
        word = tokens[at + len(run)].lower
        if (
            word.endswith(("ed", "ing", "ly"))
            and word not in NOUNS
            and not _inside(tokens, at, run)
        ):
            break
        run.append(word)
        if (word.endswith("s") and not word.endswith("'s")) or word in NOUNS:
            break
    if not run:
        return None, None, at
    end = at + len(run)
    if len(run) > 1 and run[-1].endswith("s"):
        compound = " ".join(run[-2:])
        return NOUNS.get(compound, NOUNS.get(run[-1], compound)), None, end
    return NOUNS.get(run[0], run[0]), None, at + 1


def _inside(tokens: list[Token], at: int, run: list[str]) -> bool:
    """An -ing/-ed word inside a compound before its plural head: "net rushing yards"."""
    following = at + len(run) + 1
    return bool(run) and _is_noun_like(tokens, following) and tokens[following].lower.endswith("s")


def _event_after(tokens: list[Token], at: int) -> tuple[str | None, int]:
    """An event word shortly after the noun: "were injured", "died", "were among the 27 hurt"."""
    among = False
    for index in range(at, min(at + 8, len(tokens))):
        token = tokens[index]
        word = token.lower
        if word in EVENTS:
            return EVENTS[word], index + 1
        among = among or word == "among"
        allowed = word in _BRIDGE or (among and (word == "the" or token.is_digit or word in UNITS))
        if not allowed and word != "among":
            return None, at
    return None, at


def _event_before(tokens: list[Token], start: int) -> str | None:
    """An event named before the figure: "killing 12", "the death toll rose to 40"."""
    before = lowers(tokens, start - 1, start)
    if before and before[0] in EVENTS and before[0].endswith(("ing", "ed")):
        return EVENTS[before[0]]
    if _toll_phrase_before(tokens, start):
        return "killed"
    for index in range(start - 1, max(start - 6, -1), -1):
        word = tokens[index].lower
        if word == "toll":
            qualifier = lowers(tokens, index - 1, index)
            return EVENTS.get(qualifier[0], "killed") if qualifier else "killed"
        if lowers(tokens, index - 2, index) == ("number", "of") and word in EVENTS:
            return EVENTS[word]
        if word in EVENTS and lowers(tokens, index - 2, index) == ("among", "the"):
            return EVENTS[word]
        if word not in _TOLL_BRIDGE and word not in EVENTS:
            return None
    return None


def _toll_phrase_before(tokens: list[Token], start: int) -> bool:
    """ "the death toll from the disaster to 11": a toll, a short phrase saying whose, then
    the verb or preposition that gives the figure."""
    words = lowers(tokens, max(start - 8, 0), start)
    if "toll" not in words or not words or words[-1] not in _TOLL_BRIDGE:
        return False
    between = words[len(words) - words[::-1].index("toll") : -1]
    return bool(between) and between[0] in _TOLL_OWNERS and len(between) <= 4
