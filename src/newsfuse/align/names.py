"""Names in a sentence, to tell whether two sentences speak of the same parties.

A name is a run of capitalised words. Which capitalised words are names is learnt from the
story itself: a word the reports write capitalised inside sentences and never in lower case
("Orbel", "Quillon") is a name even where it opens a sentence; "Workers" opening a sentence
is not. Calendar words are left out: a weekday says nothing about who is involved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsfuse.align.lexicon import MONTHS, word_set
from newsfuse.analyze.tokens import STOPWORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CALENDAR = MONTHS | word_set("monday tuesday wednesday thursday friday saturday sunday")
Name = frozenset[str]


def proper_words(texts: Iterable[str]) -> frozenset[str]:
    """Lower-cased words written capitalised inside sentences and never in lower case."""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for index, match in enumerate(_WORD.finditer(text)):
            word = _bare(match.group())
            if word[0].islower():
                lower.add(word)
            elif index > 0:
                capitalised.add(word.lower())
    return frozenset(capitalised - lower - _CALENDAR - STOPWORDS)


def names_in(text: str, proper: frozenset[str]) -> list[Name]:
    """The names in `text`, each as the set of its lower-cased words ("Orbel Systems")."""
    names: list[Name] = []
    run: list[str] = []
    last_end = -1
    for match in _WORD.finditer(text):
        word = _bare(match.group()).lower()
        joined = bool(run) and text[last_end : match.start()] == " "
        if word in proper:
            if not joined:
                names += [frozenset(run)] if run else []
                run = []
            run.append(word)
            last_end = match.end()
        elif run:
            names.append(frozenset(run))
            run = []
    return names + ([frozenset(run)] if run else [])


def same_parties(left: list[Name], right: list[Name]) -> bool:
    """The two sentences name the same parties, as far as names show.

    They must share a name (one word in common is enough: "Orbel" is "Orbel Systems"). When
    they share only one and each also names someone the other does not ("the Angels offered
    Teixeira" vs "the Yankees offered Teixeira"), they may well be two deals with one party.
    """
    shared = [n for n in left if any(n & m for m in right)]
    if not shared:
        return False
    left_only = len(left) - len(shared)
    right_only = sum(1 for m in right if not any(m & n for n in left))
    return len(shared) >= 2 or left_only == 0 or right_only == 0


def _bare(word: str) -> str:
    """The word without a possessive ending: "Quillon's" -> "Quillon"."""
    return re.sub(r"['’]s$", "", word)
