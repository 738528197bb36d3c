"""Names in one list share a kind: "protests in Almaty, Aktobe, Zhanaozen and Taraz" lists
places, though the model, meeting "Zhanaozen" for the first time, calls it a person.

A list is a run of names joined only by commas, "and" or "or". When it holds a place, or
follows "in" or "across" and has three names or more, its
one-word members that nothing marks as a person (no title) are places too; its one-word
organisations follow when places are at least half of the list. Lists of people or of
companies ("Apple, Google and Microsoft") hold no place and are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsfuse.analyze.entities.lexicon import LIST_PLACE_CUES
from newsfuse.analyze.entities.rules import CUED, GUESSED, Mention
from newsfuse.model import Sentence

_SEPARATOR = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)")
_PLACES = frozenset({"GPE", "LOC"})
_PREVIOUS_WORD = re.compile(r"(\w+)\s+$")
_CUED_LIST = 3


def share_list_types(sentence: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """The sentence's mentions, with the members of a list of places typed as places."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    run: list[Mention] = []
    for mention in ordered:
        if run and not _joined(sentence, run[-1], mention):
            out.extend(_typed(run, _place_cue(sentence, run)))
            run = []
        run.append(mention)
    out.extend(_typed(run, _place_cue(sentence, run)))
    return out


def _place_cue(sentence: Sentence, run: Sequence[Mention]) -> bool:
    if len(run) < _CUED_LIST:
        return False
    previous = _PREVIOUS_WORD.search(sentence.text[: run[0].start - sentence.start])
    return previous is not None and previous.group(1).lower() in LIST_PLACE_CUES


def _joined(sentence: Sentence, left: Mention, right: Mention) -> bool:
    between = sentence.text[left.end - sentence.start : right.start - sentence.start]
    return bool(between) and _SEPARATOR.fullmatch(between) is not None


def _typed(run: list[Mention], cued: bool) -> list[Mention]:
    places = [m for m in run if m.label in _PLACES]
    if len(run) < 2 or not (places or cued):
        return run
    label = max(sorted(_PLACES), key=lambda kind: sum(m.label == kind for m in places))
    run = [_as_place(m, label) if m.label in ("", "PERSON") else m for m in run]
    if 2 * sum(m.label in _PLACES for m in run) >= len(run):
        run = [_as_place(m, label) if m.label == "ORG" else m for m in run]
    return run


def _as_place(mention: Mention, label: str) -> Mention:
    if mention.title or mention.weight >= CUED or " " in mention.name:
        return mention
    return replace(mention, label=label, weight=max(mention.weight, GUESSED))
