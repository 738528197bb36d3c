"""Word cues for finding the event a time expression dates: verbs, speech verbs, clause
openers, and the phrases that place an event relative to another or mark a state going on."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfuse.analyze.dates.tense import NOT_PAST, PAST
from newsfuse.analyze.tokens import STOPWORDS, content_words

Range = tuple[int, int]

SPEECH = frozenset(
    "said says say told tells tell added adds stated speaking spoke speaks explained noted wrote"
    " insisted".split()
)
# A statement made to these is news in itself: a briefing, an investor call, an interview.
PRESS = re.compile(
    r"(?i:\b(?:reporters|journalists|the\s+press|press\s+conference|news\s+conference|briefing"
    r"|analysts|investors|interview)\b|\bon\s+an?\s+(?:conference\s+)?call\b)"
)
# "after the evacuation on Tuesday": the day is the evacuation's; "after midnight" is a time.
ANCHOR = re.compile(
    r"\b(?:after|before|since|following|until)\s+"
    r"(?!(?:about\s+|around\s+|shortly\s+)?(?:midnight|noon|dawn|dusk|daybreak|nightfall|\d))"
    r"(?=[A-Za-z])",
    re.IGNORECASE,
)
STILL = re.compile(r"\bstill\s+(?:\w+\s+)?[a-z]{2,}ing\b", re.IGNORECASE)
# A segment opening with these starts a clause of its own, not a part of the one before.
OPENER = re.compile(
    r"\s*[\"'“”‘’]*\s*(?:(?i:and|but|so|as|while|whereas|although|though|with)\b|[a-z]{2,}ing\b)"
)
CLAUSE_LINK = re.compile(
    r"\b(?:that|so|because|if|unless|when|while|whereas|although|though|and|but|or|which|who"
    r"|where)\b",
    re.IGNORECASE,
)
COPULAS = frozenset("is are was were be been".split())
CONJUNCTION = re.compile(r"(?i:and|but|so)\s+")
RELATIVE = re.compile(r"\s*(?i:which|who|whom|whose|where|that)\b")
SUBORDINATOR = re.compile(
    r"\b(?:after|before|because|when|once|until|although|though|whereas|while)\b", re.IGNORECASE
)

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_AUXILIARIES = frozenset(
    "is are has have be been will would shall can could may might must should".split()
)
# Past forms that the tense cues do not list and that are no "-ed" words.
_IRREGULAR = frozenset(
    """arose ate awoke became bent bit bled blew bought bound bred brought built burnt burst
    caught chose clung crept dealt dove drank drew drove dug fed felt flew forbade forgave forgot
    forgotten froze given gone got grew hid hung knew laid lain lay lent lit meant mistook overcame
    overran overtook paid quit rang rode rose sang sank sat shook shone shrank slept slid sold
    spoke sped split spread sprang stole stood stuck stung strode struck swam swept swore swung
    taken taught thrown threw tore undertook understood upheld wept withdrew woke won wore wound
    wrote""".split()
)
_FINITE = frozenset("was were had did".split())
_TIME_FILLERS = frozenset(
    "early late later earlier around about shortly just morning afternoon evening night".split()
)
# "The trial opens on June 3", "talks ends in"; not "permits to" (a noun before "to").
_PRESENT = re.compile(
    r"[a-z]{2,}[^su\W]s\s+(?:on|in|at|for|from|with|into|out|up|off|over|the|a|an|its|their|his"
    r"|her|this|that)\b"
)
_ATTRIBUTION_WORDS = 8
_SUBJECT_WORDS = 5


def verbs(text: str, start: int, end: int) -> list[Range]:
    """Ranges of the words of text[start:end] that are verbs by their form: past forms,
    auxiliaries and modals, speech verbs, a participle opening the range ("Speaking at"), and
    a present form after its subject and before a preposition or article ("opens on")."""
    found: list[Range] = []
    previous: re.Match[str] | None = None
    for match in _WORD.finditer(text, start, end):
        first = previous is None
        if _is_verb(match.group(), first) or _is_present(text, match, previous, found, end):
            found.append(match.span())
        previous = match
    return found


def _is_present(
    text: str, match: re.Match[str], previous: re.Match[str] | None, found: list[Range], end: int
) -> bool:
    """A present form after its subject ("The trial opens on"); a plural noun after a verb or
    a function word is none ("told analysts on", "the talks in")."""
    if previous is None or previous.group().lower() in STOPWORDS:
        return False
    if found and found[-1] == previous.span():
        return False
    return _PRESENT.match(text, match.start(), end) is not None


def is_participle(word: str) -> bool:
    """Whether `word` is a past form that can stand alone as a participle ("held", "signed")."""
    low = word.lower()
    past = PAST.fullmatch(low) is not None and low not in NOT_PAST
    return (past or low in _IRREGULAR) and low not in SPEECH | _FINITE


def _is_verb(word: str, first: bool) -> bool:
    low = word.lower()
    if word[0].isupper() and not first:  # names: "United", "Limited"
        return False
    if low in _AUXILIARIES or low in SPEECH or low in _IRREGULAR:
        return True
    if first and low.endswith("ing") and len(low) > len("ing") + 1:
        return True
    return PAST.fullmatch(low) is not None and low not in NOT_PAST


def has_content(text: str) -> bool:
    """Whether `text` has words beyond function words and time fillers ("Late on")."""
    return any(word not in _TIME_FILLERS for word in content_words(text))


def is_attribution(text: str, segments: Sequence[Range]) -> bool:
    """Whether the segments from the first on are "the union's secretary, Marit Olsen, said":
    a few short verbless ones, then a short one with a speech verb."""
    for start, end in segments:
        words = _WORD.findall(text, start, end)
        found = verbs(text, start, end)
        if not found:
            if len(words) > _SUBJECT_WORDS:
                return False
            continue
        speech = any(text[s:e].lower() in SPEECH for s, e in found)
        return speech and len(words) <= _ATTRIBUTION_WORDS
    return False
