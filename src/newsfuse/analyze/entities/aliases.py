"""Group name mentions that mean the same entity and choose one canonical name for each.

"Maria Okonkwo-Reyes", "Okonkwo-Reyes" and "Governor Okonkwo-Reyes" are one person when only
one full name in the story ends with that surname; "WHO" is "World Health Organisation" when
that name is written near the acronym, or when the initials match one name of the same type;
British and US spellings are folded before comparing, and transliterations of one name of one
type ("Mangystau" / "Mangistau") are merged. Nationality adjectives are never entities.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from newsfuse.analyze.entities.lexicon import NAME_JOINERS, SPELLING_VARIANTS
from newsfuse.analyze.entities.rules import GUESSED, MODEL, Mention
from newsfuse.analyze.entities.variants import variant_pairs

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})
# An expansion this close to an acronym in one report introduces it ("the Collective Security
# Treaty Organization (CSTO)", or a sentence or two before).
NEAR_CHARS = 500
# Shorter acronyms match too many names by their initials alone ("AT", "Apple TV").
MIN_INITIALS_ONLY = 3

Key = tuple[str, ...]
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]?\.?")


@dataclass(frozen=True)
class Cluster:
    """The mentions of one entity, with its canonical name and type."""

    name: str
    label: str
    mentions: tuple[Mention, ...]

    @property
    def aliases(self) -> tuple[str, ...]:
        forms = Counter(m.name for m in self.mentions)
        return tuple(f for f, _ in forms.most_common() if f != self.name)


def name_key(name: str) -> tuple[str, ...]:
    """Lower-case words with spelling variants folded: the form names are compared in."""
    words = name.lower().replace("’", "'").split()
    return tuple(_fold(w) for w in words)


def _undotted(word: str) -> str:
    # "u.s." and "us" are one acronym.
    return word.replace(".", "") if _DOTTED.fullmatch(word) else word


def _fold(word: str) -> str:
    word = SPELLING_VARIANTS.get(_undotted(word), _undotted(word))
    return word[:-6] + "ization" if word.endswith("isation") else word


def initials(key: tuple[str, ...]) -> str:
    """The acronym a name would be shortened to: first letters of its main words."""
    return "".join(w[0] for w in key if w not in NAME_JOINERS).upper()


def merge_aliases(mentions: Sequence[Mention]) -> list[Cluster]:
    """Clusters of mentions naming one entity; names with no entity type (unlabelled names that
    match nothing, nationality adjectives) are dropped."""
    groups: dict[Key, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(name_key(mention.name), []).append(mention)
    labels = {key: _vote(group) for key, group in groups.items()}
    for key, group in groups.items():
        if labels[key] == "GPE" and _weak_place(group):
            # A name mostly written where no place cue stands is an actor ("Orbel said"): for
            # a name the rules cannot read, an organisation is the likelier kind.
            groups[key] = [replace(m, label="ORG") if m.label == "GPE" else m for m in group]
            labels[key] = "ORG"
    index = _LongerNames(labels)
    targets = {key: _target(key, groups, labels, index) for key in groups}
    merged: dict[Key, list[Mention]] = {}
    for key, group in groups.items():
        merged.setdefault(targets[key] or key, []).extend(group)
    clusters = [_cluster(group) for group in _merge_variants(list(merged.values()))]
    return [c for c in clusters if c.label in ENTITY_LABELS]


class _LongerNames:
    """Typed names by their proper prefixes, proper suffixes and initials, so that finding the
    longer forms of a name costs a look-up, not a pass over every name of the story."""

    def __init__(self, labels: Mapping[Key, str]) -> None:
        self.by_prefix: dict[Key, list[Key]] = {}
        self.by_suffix: dict[Key, list[Key]] = {}
        self.by_initials: dict[str, list[Key]] = {}
        for key, label in labels.items():
            if label not in ENTITY_LABELS:
                continue
            for cut in range(1, len(key)):
                self.by_prefix.setdefault(key[:cut], []).append(key)
                self.by_suffix.setdefault(key[cut:], []).append(key)
            if len(_main_words(key)) >= 2:
                self.by_initials.setdefault(initials(key), []).append(key)


def _target(
    key: Key,
    groups: Mapping[Key, Sequence[Mention]],
    labels: Mapping[Key, str],
    index: _LongerNames,
) -> Key | None:
    """The longer name `key` is a short form of, when exactly one fits."""
    if labels[key] == "NORP":
        return None
    if len(key) == 1 and groups[key][0].name.isupper():
        # An acronym stands for its initials, never for a longer name it begins ("US Air Force").
        return _expansion(key, groups, labels, index.by_initials.get(key[0].upper(), []))
    # The model mixes up lone surnames and company names, so either may take the other's form.
    if labels[key] in ("", "PERSON", "ORG"):
        people = [k for k in index.by_suffix.get(key, []) if labels[k] == "PERSON"]
        if len(people) == 1:
            return people[0]
        orgs = index.by_prefix.get(key, [])
        if len(orgs) == 1 and labels[orgs[0]] == "ORG":
            return orgs[0]
    return None


def _expansion(
    key: Key,
    groups: Mapping[Key, Sequence[Mention]],
    labels: Mapping[Key, str],
    fits: Sequence[Key],
) -> Key | None:
    """The name an acronym stands for (`fits`: the names with its initials): the one written
    near it, else, for acronyms of three letters or more, the one name of its type."""
    acronym = key[0].upper()
    trusted = _vote([m for m in groups[key] if m.weight >= MODEL])
    near = [k for k in fits if _near(groups[key], groups[k])]
    if len(near) == 1:
        return near[0]
    typed = [k for k in fits if labels[k] == (trusted or "ORG")]
    if len(acronym) >= MIN_INITIALS_ONLY and len(typed) == 1:
        return typed[0]
    return None


def _main_words(key: Key) -> list[str]:
    return [w for w in key if w not in NAME_JOINERS]


def _near(short: Sequence[Mention], full: Sequence[Mention]) -> bool:
    """Whether a mention of `full` is written within NEAR_CHARS of one of `short`, in one report."""
    starts: dict[str, list[int]] = {}
    for mention in full:
        starts.setdefault(mention.source, []).append(mention.start)
    for positions in starts.values():
        positions.sort()
    for mention in short:
        positions = starts.get(mention.source, [])
        index = bisect.bisect_left(positions, mention.start - NEAR_CHARS)
        if index < len(positions) and positions[index] <= mention.start + NEAR_CHARS:
            return True
    return False


def _merge_variants(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Join groups whose names are spellings of one name and whose types agree."""
    labels = [_vote(group) for group in groups]
    names = [_canonical(group) for group in groups]
    parent = list(range(len(groups)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    exact = [label == "PERSON" for label in labels]
    for a, b in variant_pairs(names, exact):
        if labels[a] == labels[b] and labels[a] in ENTITY_LABELS:
            parent[root(b)] = root(a)
    joined: dict[int, list[Mention]] = {}
    for index, group in enumerate(groups):
        joined.setdefault(root(index), []).extend(group)
    return list(joined.values())


def _weak_place(group: Sequence[Mention]) -> bool:
    """A rule-made place label on under half the mentions ("shares in Orbel"; "Orbel said")."""
    if any(m.weight > GUESSED for m in group):
        return False
    return 2 * sum(m.label == "GPE" for m in group) < len(group)


def _vote(group: Sequence[Mention]) -> str:
    """One type per entity: the weighted majority of its mentions' types, counting the model's
    and cued labels alone when there are any. A full name weighs more than a lone surname,
    which the model often takes for a company."""
    trusted = [m for m in group if m.label and m.weight >= MODEL]
    votes: Counter[str] = Counter()
    for mention in trusted or group:
        if mention.label:
            votes[mention.label] += mention.weight * len(mention.name.split())
    return max(votes, key=lambda label: (votes[label], label)) if votes else ""


def _canonical(group: Sequence[Mention]) -> str:
    forms = Counter(m.name for m in group)
    # The fullest form names the entity; among equals, the most used.
    return max(forms, key=lambda f: (len(f.split()), forms[f], len(f)))


def _cluster(group: Sequence[Mention]) -> Cluster:
    return Cluster(_canonical(group), _vote(group), tuple(group))
