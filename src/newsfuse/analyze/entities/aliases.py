"""Group name mentions that mean the same entity and choose one canonical name for each.

"Maria Okonkwo-Reyes", "Okonkwo-Reyes" and "Governor Okonkwo-Reyes" are one person when only
one full name in the story ends with that surname; "WHO" is "World Health Organisation" when
the initials match; British and US spellings are folded before comparing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.analyze.entities.lexicon import NAME_JOINERS, SPELLING_VARIANTS
from newsfuse.analyze.entities.rules import GUESSED, Mention


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


def _fold(word: str) -> str:
    word = SPELLING_VARIANTS.get(word, word)
    return word[:-6] + "ization" if word.endswith("isation") else word


def initials(key: tuple[str, ...]) -> str:
    """The acronym a name would be shortened to: first letters of its main words."""
    return "".join(w[0] for w in key if w not in NAME_JOINERS).upper()


def merge_aliases(mentions: Sequence[Mention]) -> list[Cluster]:
    """Clusters of mentions naming one entity; unlabelled names that match nothing are dropped."""
    groups: dict[tuple[str, ...], list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(name_key(mention.name), []).append(mention)
    labels = {key: _vote(group) for key, group in groups.items()}
    for key, group in groups.items():
        if labels[key] == "GPE" and _weak_place(group):
            labels[key] = ""
    acronyms = {key for key, group in groups.items() if group[0].name.isupper()}
    targets = {key: _target(key, labels, key in acronyms) for key in groups}
    merged: dict[tuple[str, ...], list[Mention]] = {}
    for key, group in groups.items():
        merged.setdefault(targets[key] or key, []).extend(group)
    clusters = [_cluster(group) for group in merged.values()]
    return [c for c in clusters if c.label]


def _target(
    key: tuple[str, ...], labels: dict[tuple[str, ...], str], acronym: bool
) -> tuple[str, ...] | None:
    """The longer name `key` is a short form of, when exactly one fits."""
    longer = [k for k in labels if len(k) > len(key) and labels[k]]
    if acronym and len(key) == 1:
        by_initials = [k for k in longer if labels[k] == "ORG" and initials(k) == key[0].upper()]
        if len(by_initials) == 1:
            return by_initials[0]
    # The model mixes up lone surnames and company names, so either may take the other's form.
    if labels[key] in ("", "PERSON", "ORG"):
        people = [k for k in longer if labels[k] == "PERSON" and k[-len(key) :] == key]
        if len(people) == 1:
            return people[0]
    if labels[key] in ("", "ORG", "PERSON"):
        orgs = [k for k in longer if k[: len(key)] == key]
        if len(orgs) == 1 and labels[orgs[0]] == "ORG":
            return orgs[0]
    return None


def _weak_place(group: Sequence[Mention]) -> bool:
    """A rule-made place label on under half the mentions ("shares in Orbel"; "Orbel said")."""
    if any(m.weight > GUESSED for m in group):
        return False
    return 2 * sum(m.label == "GPE" for m in group) < len(group)


def _vote(group: Sequence[Mention]) -> str:
    votes: Counter[str] = Counter()
    for mention in group:
        if mention.label:
            votes[mention.label] += mention.weight
    return votes.most_common(1)[0][0] if votes else ""


def _cluster(group: Sequence[Mention]) -> Cluster:
    forms = Counter(m.name for m in group)
    # The fullest form names the entity; among equals, the most used.
    name = max(forms, key=lambda f: (len(f.split()), forms[f], len(f)))
    label = _vote([m for m in group if m.name == name]) or _vote(group)
    return Cluster(name, label, tuple(group))
