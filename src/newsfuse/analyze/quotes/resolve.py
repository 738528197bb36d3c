"""Who a speaker phrase names: "he", "the mayor", "Olsen" or "the ministry" made a full name.

A pronoun ("he", "she") is the person most recently named as the subject of a sentence
before the quote (a subject is where news names who speaks next: "Producer Moffat, who ...",
not "welcomed Capaldi's casting"), else the most recent person named; names inside quotes and
possessives ("Jeffs' attorney") are never the one speaking. A role is the person the report
bound it to ("Mayor Lena Dorsey", "Lena Dorsey, the mayor"), or failing that a person bound to
it elsewhere in the story; names become the fullest form the story uses.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Mapping, Sequence

from newsfuse.analyze.entities.lexicon import ORG_SUFFIXES, PERSON_PRONOUNS, PERSON_TITLES
from newsfuse.analyze.entities.rules import Mention

_ORG_NOUNS = ORG_SUFFIXES | frozenset({"company", "firm", "group", "government", "operator"})
_ROLE_AFTER = re.compile(r",\s+(?:the|its|a|an|\w+['’]s)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s*[,.;]")
_ROLE_BEFORE = re.compile(r"(?:the|its|\w+['’]s)\s+((?:[\w-]+\s+){0,3}?[\w-]+),\s*$")
_WINDOW = 60
_NESTED = 4  # subject phrases nest (a clause's subject inside a sentence's): look a few back
_HEAD_CHARS = 25
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s|[\n\r\u2028\u2029]")
_POSSESSIVE = re.compile(r"['’]s?\b")

Range = tuple[int, int]


class SpeakerResolver:
    """Resolves speaker phrases within one report, against the story's merged names."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        canonical: Mapping[str, str],
        quoted: Sequence[Range] = (),
        subjects: Sequence[Range] = (),
        speakers: Sequence[Range] = (),
    ):
        """`quoted`: the report's direct quotes; `subjects`: where its sentences name their
        subjects (the parse's subject phrases, or each sentence's first words); `speakers`:
        the subjects of its speech verbs."""
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.canonical = canonical
        self.roles = {m.start: _roles(text, m) for m in self.mentions if m.label == "PERSON"}
        self.labels = {self.name_of(m): m.label for m in self.mentions if m.label}
        # Who may be the "he" of a later quote: no name inside a quote, no owner.
        self.speakable = [
            m for m in self.mentions if not _within(m, quoted) and not self._possessive(m)
        ]
        self.subjects = subjects
        self.subject_heads = {m.start for m in self.speakable if _within(m, subjects, head=True)}
        self.speaker_heads = {m.start for m in self.speakable if _within(m, speakers, head=True)}

    def name_of(self, mention: Mention) -> str:
        return self.canonical.get(mention.name, mention.name)

    def resolve(self, start: int, end: int, story_roles: Mapping[str, str]) -> str | None:
        """The full name the phrase at [start, end) stands for, or None when unclear."""
        inside = [
            m
            for m in self.mentions
            if start <= m.start and m.end <= end and m.label in ("PERSON", "ORG")
        ]
        people = [m for m in inside if m.label == "PERSON"] or inside
        # "Lauri Saathoff, a spokesperson for ... Greg Abbott", "Jeffs' attorney Walter Bugden":
        # the speaker heads the phrase, and an owner is not the one speaking.
        owners = [m for m in people if self._possessive(m)]
        people = [m for m in people if m not in owners] or owners
        if people:
            return self.name_of(people[0])
        phrase = self.text[start:end].strip()
        if phrase in self.canonical:
            return self.canonical[phrase]
        words = phrase.lower().replace("’", "'").split()
        if not words:
            return None
        if words[-1] in PERSON_PRONOUNS:
            return self._latest(start, "PERSON")
        if words[-1] in PERSON_TITLES:
            return self._role(words[-1], start) or story_roles.get(words[-1])
        if words[-1] in _ORG_NOUNS:
            return self._organisation(words[-1], start)
        return None

    def subject_of(self, start: int, end: int, story_roles: Mapping[str, str]) -> str | None:
        """Who heads the first subject in [start, end): a person or organisation named there,
        or the role or pronoun it is ("The mayor, ...", "She")."""
        for mention in self.speakable:
            head = start <= mention.start < end and mention.start in self.subject_heads
            if head and mention.label in ("PERSON", "ORG"):
                return self.name_of(mention)
        first = bisect.bisect_left(self.subjects, (start, 0))
        inside = [r for r in self.subjects[first : first + _NESTED] if r[1] <= end]
        return self.resolve(*inside[0], story_roles) if inside else None

    def bound_roles(self) -> dict[str, str]:
        """Role word -> full name, for each role this report binds to exactly one person."""
        bound: dict[str, set[str]] = {}
        for mention in self.mentions:
            for role in self.roles.get(mention.start, ()):
                bound.setdefault(role, set()).add(self.name_of(mention))
        return {role: names.pop() for role, names in bound.items() if len(names) == 1}

    def _latest(self, position: int, label: str) -> str | None:
        # "It said" is left alone: the last organisation named is too often the wrong one.
        before = [m for m in self.speakable if m.end <= position and self._label(m) == label]
        # The last subject, who beats whoever was named last; but in "Moffat said Capaldi had
        # been thought of before. '...,' he said" the one speaking in that sentence is Moffat.
        subjects = [m for m in before if m.start in self.subject_heads]
        if not subjects:
            return self.name_of(before[-1]) if before else None
        last = subjects[-1]
        speaking = [
            m
            for m in subjects
            if m.start in self.speaker_heads
            and not _SENTENCE_END.search(self.text, m.end, last.start)
        ]
        return self.name_of(speaking[0] if speaking else last)

    def _label(self, mention: Mention) -> str:
        """A mention's label, or for an untyped one ("Moffat" alone) its full name's."""
        if mention.label or mention.name not in self.canonical:
            return mention.label
        return self.labels.get(self.canonical[mention.name], "")

    def _possessive(self, mention: Mention) -> bool:
        return _POSSESSIVE.match(self.text, mention.end) is not None

    def _role(self, role: str, position: int) -> str | None:
        holders = [m for m in self.mentions if role in self.roles.get(m.start, ())]
        before = [m for m in holders if m.end <= position]
        chosen = before[-1] if before else (holders[0] if holders else None)
        return self.name_of(chosen) if chosen else None

    def _organisation(self, noun: str, position: int) -> str | None:
        orgs = [m for m in self.mentions if m.label == "ORG" and m.end <= position]
        named = [m for m in orgs if noun in m.name.lower().split()]
        chosen = named or (orgs if noun in ("company", "firm") else [])
        return self.name_of(chosen[-1]) if chosen else None


def _roles(text: str, mention: Mention) -> frozenset[str]:
    """Role words tied to a person: a title before the name, or an apposition next to it."""
    roles = set(mention.title.split()) & PERSON_TITLES
    after = _ROLE_AFTER.match(text, mention.end, mention.end + _WINDOW)
    before = _ROLE_BEFORE.search(text, max(0, mention.start - _WINDOW), mention.start)
    for match in (after, before):
        if match and match.group(1).split()[-1].lower() in PERSON_TITLES:
            roles.add(match.group(1).split()[-1].lower())
    return frozenset(roles)


def _within(mention: Mention, ranges: Sequence[Range], head: bool = False) -> bool:
    """Whether the mention lies in one of `ranges` (sorted by start); with `head`, also near
    its start (a subject's head, after at most a title or two: "Out-going Doctor Matt Smith")."""
    last = bisect.bisect_right(ranges, (mention.start, sys.maxsize))
    for start, end in ranges[max(0, last - _NESTED) : last]:
        inside = start <= mention.start and mention.end <= end
        if inside and (not head or mention.start - start <= _HEAD_CHARS):
            return True
    return False
