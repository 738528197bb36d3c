"""Name mentions in sentences: capitalised word sequences (rules) or the model's entities.

A mention keeps the bare name: a leading "the", titles ("Mayor", "Chief Fire Officer") and a
possessive ending are stripped, and the title is kept apart so that "the mayor" can later be
bound to the person it was written before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from newsfuse.analyze.entities.lexicon import (
    HONORIFICS,
    NAME_JOINERS,
    NOT_NAMES,
    ORG_HEADS,
    ORG_SUFFIXES,
    PERSON_TITLES,
    PLACE_CUES,
    PLACE_SUFFIXES,
)
from newsfuse.analyze.nlp import SentenceAnalysis
from newsfuse.analyze.tokens import STOPWORDS
from newsfuse.model import Sentence

# NORP (nationalities) is kept so that "Kazakh" is known for an adjective, never an entity.
_MODEL_LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
}

_CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]*\.?)"
_JOIN = r"(?:(?:" + "|".join(sorted(NAME_JOINERS)) + r")\s+)"
# A name starts a word: "Phone" in "iPhone" is no name of its own.
_SEQUENCE = re.compile(rf"(?<![\w’'-]){_CAP}(?:\s+{_JOIN}*{_CAP})*(?:\s+\d+[A-Z]?\b)?")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_POSSESSIVE_CUT = re.compile(r"\w['’]s\s+")
_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){1,5}[A-Z]\.?")
_ALLCAPS = re.compile(r"[A-Z][A-Z.&-]+")
_PREVIOUS_WORD = re.compile(r"(\w+)\s+(?:the\s+)?$")
# The word right after a name; none after a possessive ("Japan's economy" names a country).
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
_DEMONYM = re.compile(r"(?:an|ese|ish|[^aeiou]i|ch)$")
_FIGURE_AFTER = re.compile(r"\s?[$€£¥#\d]")
_FIGURE_BEFORE = re.compile(r"\d\s?$")
_GLUED_TITLE = re.compile(r"([A-Za-z]+)\.(?=[A-Z][a-z])")
_MAX_WORDS = 7
_NAME_SHAPE = re.compile(r"[A-Z][\w.'’&-]*(?: [\w.'’&-]+)*")
_ABBREVIATIONS = frozenset({"inc", "corp", "co", "ltd", "jr", "sr", "st", "bros"})


@dataclass(frozen=True)
class Mention:
    """One name in one report. `start`/`end` index the bare name in the report's text."""

    name: str
    label: str  # PERSON, ORG, GPE, LOC or NORP (a nationality); "" when the rules cannot tell
    source: str
    start: int
    end: int
    title: str = ""  # lower-cased title words written before the name
    weight: int = 0  # how far the label can be trusted: GUESSED, MODEL or CUED


# Label weights: a title or a telling word beats the model, which beats a rule's guess.
GUESSED, MODEL, CUED = 1, 2, 3


def rule_mentions(sentence: Sentence) -> list[Mention]:
    """Names found by capitalisation alone, with a label where a cue supports one."""
    mentions: list[Mention] = []
    for match in _SEQUENCE.finditer(sentence.text):
        for start, end in _parts(sentence.text, match.start(), match.end()):
            mention = _mention(sentence, start, end)
            if mention is not None:
                mentions.append(_labelled(mention, sentence))
    return mentions


def model_mentions(sentence: Sentence, analysis: SentenceAnalysis) -> list[Mention]:
    """The model's PERSON/ORG/GPE/LOC entities, plus rule names it missed that have a clear cue."""
    mentions: list[Mention] = []
    for _, label, start, end in analysis.entities:
        if label not in _MODEL_LABELS:
            continue
        # A title opening the model's own organisation or place is part of its name ("Major
        # League Baseball", "Prince Edward Island"); only people are written after titles.
        first = sentence.text[start:end].split()[0].lower().strip(".")
        whole = _MODEL_LABELS[label] != "PERSON" and first in PERSON_TITLES - HONORIFICS
        parts = (
            [(start, end)]
            if whole
            else _parts(sentence.text, _with_title(sentence.text, start), end)
        )
        for part in parts:
            mention = _mention(sentence, *part, strip_titles=not whole)
            if mention is not None:
                mentions.append(_model_labelled(mention, _MODEL_LABELS[label]))
    taken = [(m.start, m.end) for m in mentions]
    for extra in rule_mentions(sentence):
        overlaps = any(extra.start < e and s < extra.end for s, e in taken)
        if not overlaps and extra.label and (extra.label != "PERSON" or extra.title):
            mentions.append(extra)
    return mentions


def _parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The names in one capitalised run: split after a possessive, at "and", and at "of"
    after a titled person ("Superintendent Rhea Okafor of Saltmere Police")."""
    for cut in _POSSESSIVE_CUT.finditer(text, start, end):
        if cut.end() < end:
            yield from _parts(text, start, cut.end())
            yield from _parts(text, cut.end(), end)
            return
    inner = _inner_title(text, start, end)
    if inner is not None:
        yield from _parts(text, start, inner[0])
        yield from _parts(text, inner[1], end)
        return
    left, sep, right = text[start:end].partition(" of ")
    if sep and _is_title(left.split()[0]) and len(left.split()) > 1:
        yield start, start + len(left)
        yield end - len(right), end
        return
    yield from _split_and(text, start, end)


def _inner_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where to cut a run that writes a title after its first word ("Kazakh President Kassym
    Tokayev", "Apple CEO Steve Jobs"): the end of the words before the title, and the start of
    the title, which stays with the person's name. None when there is no such title or the run
    ends as an organisation's name ("General Motors")."""
    words = list(_WORD.finditer(text, start, end))
    if len(words) < 3 or words[-1].group().lower().strip(".,") in ORG_SUFFIXES:
        return None
    for index in range(1, len(words) - 1):
        if _is_title(words[index].group()) and not _is_title(words[index - 1].group()):
            following = words[index + 1 :]
            if any(not _is_title(w.group()) for w in following):
                return words[index - 1].end(), words[index].start()
    return None


def _split_and(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split "A and B" into two names unless it reads as one ("Fire and Rescue Service")."""
    left, sep, right = text[start:end].partition(" and ")
    if not sep or not _two_names(left, right):
        yield start, end
        return
    yield start, start + len(left)
    yield from _split_and(text, end - len(right), end)


def _two_names(left: str, right: str) -> bool:
    left_words = left.lower().split()
    if right.startswith("the ") or left_words[-1].strip(".") in ORG_SUFFIXES:
        return True
    if left_words[0] in ORG_HEADS:
        return len(left_words) > 1
    return right.partition(" and ")[0].split()[-1].lower().strip(".") not in ORG_SUFFIXES


def _with_title(text: str, start: int) -> int:
    """Move `start` back over title words the model left outside the entity."""
    words = list(_WORD.finditer(text[:start]))
    while words and words[-1].group().lower().strip(".") in PERSON_TITLES:
        start = words.pop().start()
    return start


def _mention(sentence: Sentence, start: int, end: int, strip_titles: bool = True) -> Mention | None:
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(sentence.text[start:end])]
    words = _unglued(sentence.text, words)
    words = _strip_edges(sentence.text, words, at_sentence_start=start == 0)
    title_words, words = _split_title(sentence.text, words) if strip_titles else ([], words)
    if not words or len(words) > _MAX_WORDS:
        return None
    words = _without_stray_number(sentence.text, words)
    if not words:
        return None
    first, last = words[0][0], _bare_end(sentence.text, words[-1])
    name = sentence.text[first:last]
    if _is_junk(name, len(title_words) > 0) or _is_unit(sentence.text, first, last):
        return None
    offset = sentence.start
    title = " ".join(sentence.text[s:e].lower().strip(".") for s, e in title_words)
    return Mention(name, "", sentence.source, first + offset, last + offset, title)


def _unglued(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a title glued to the name by its period ("Gov.Sarah Palin")."""
    out = []
    for start, end in words:
        glued = _GLUED_TITLE.match(text, start, end)
        if glued and _is_title(glued.group(1)):
            out.extend([(start, glued.end(1) + 1), (glued.end(1) + 1, end)])
        else:
            out.append((start, end))
    return out


def _strip_edges(
    text: str, words: list[tuple[int, int]], at_sentence_start: bool
) -> list[tuple[int, int]]:
    """Drop a leading article or sentence-opening word and trailing joiners."""
    while words and text[words[0][0] : words[0][1]].lower() in NAME_JOINERS:
        words = words[1:]
    if at_sentence_start and words:
        opener = text[words[0][0] : words[0][1]].lower().strip(".")
        if opener in STOPWORDS or (opener in NOT_NAMES and opener not in PERSON_TITLES):
            words = words[1:]
    while words and text[words[-1][0] : words[-1][1]].lower() in NAME_JOINERS:
        words = words[:-1]
    return words


def _without_stray_number(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep a trailing number only after a numbered-place word ("Pier 9", not "March 14")."""
    if (
        len(words) > 1
        and text[words[-1][0]].isdigit()
        and text[words[-2][0] : words[-2][1]].lower() not in PLACE_SUFFIXES
    ):
        return words[:-1]
    return words


def _split_title(
    text: str, words: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Leading title words and the name after them; organisations keep their whole name."""
    last = text[words[-1][0] : words[-1][1]].lower().strip(".") if words else ""
    if last in ORG_SUFFIXES:
        return [], words
    count = 0
    while count < len(words) - 1 and _is_title(text[words[count][0] : words[count][1]]):
        count += 1
    return words[:count], words[count:]


def _is_title(word: str) -> bool:
    return word.lower().strip(".") in PERSON_TITLES


def _bare_end(text: str, word: tuple[int, int]) -> int:
    """The end of the last word without a possessive, a sentence-final period or a comma."""
    token = text[word[0] : word[1]].rstrip(",;:")
    possessive = _POSSESSIVE.search(token)
    if possessive:
        token = token[: possessive.start()]
    if token.endswith(".") and token.lower()[:-1] not in _ABBREVIATIONS:
        token = token[:-1]
    return word[0] + len(token)


def _is_unit(text: str, start: int, end: int) -> bool:
    """Capitals written against a figure are a unit or a currency ("US$7 bn", "8 GB", "08:30
    UTC"), not a name."""
    if not _ALLCAPS.fullmatch(text[start:end]):
        return False
    return bool(_FIGURE_AFTER.match(text, end) or _FIGURE_BEFORE.search(text, 0, start))


def _is_junk(name: str, titled: bool) -> bool:
    words = name.split()
    if not _NAME_SHAPE.fullmatch(name):
        return True
    # A role is not a name: "CEO", "Chief Operating Officer" without the person.
    if words[-1].lower().strip(".") in PERSON_TITLES - ORG_SUFFIXES:
        return True
    if len(words) == 1:
        lower = name.lower().strip(".")
        if _ACRONYM.fullmatch(name):
            return False
        if titled:
            return lower in STOPWORDS
        return (
            lower in NOT_NAMES
            or lower in STOPWORDS
            or bool(_ALLCAPS.fullmatch(name) and not _ACRONYM.fullmatch(name))
        )
    # Page furniture ("BREAKING NEWS", "READ MORE") is written in capitals.
    return all(_ALLCAPS.fullmatch(w) for w in words)


def _model_labelled(mention: Mention, label: str) -> Mention:
    cued = _strong_label(mention)
    return _relabel(mention, cued, CUED) if cued else _relabel(mention, label, MODEL)


def _labelled(mention: Mention, sentence: Sentence) -> Mention:
    cued = _strong_label(mention)
    if cued:
        return _relabel(mention, cued, CUED)
    return _relabel(mention, _weak_label(mention, sentence), GUESSED)


def _strong_label(mention: Mention) -> str:
    """A label from a title or a telling word, which outranks the model's guess."""
    words = [w for w in mention.name.lower().split() if not w[0].isdigit()]
    if mention.title and mention.title.split()[-1] in PERSON_TITLES and len(words) <= 3:
        return "PERSON"
    if words[-1].strip(".") in ORG_SUFFIXES or (len(words) > 1 and words[0] in ORG_HEADS):
        return "ORG"
    if words[-1] in PLACE_SUFFIXES and len(mention.name.split()) > 1:
        return "LOC"
    return ""


def _weak_label(mention: Mention, sentence: Sentence) -> str:
    words = mention.name.lower().split()
    local = mention.start - sentence.start
    previous = _PREVIOUS_WORD.search(sentence.text[:local])
    if previous and previous.group(1).lower() in PLACE_CUES:
        return "GPE" if len(words) == 1 else "LOC"
    # Capitals alone do not tell a company "US" from a country: the model or a cue must.
    if _ACRONYM.fullmatch(mention.name):
        return "ORG"
    following = _NEXT_WORD.match(sentence.text, mention.end - sentence.start)
    if len(words) == 1 and following and is_demonym(mention.name, following.group(1)):
        return "NORP"
    # A person's name is not written before a title ("Russian Foreign Minister Sergei Lavrov").
    before_title = following is not None and _is_title(following.group(1))
    if 2 <= len(words) <= 4 and not set(words) & NAME_JOINERS and not before_title:
        return "PERSON"
    return ""


def is_demonym(word: str, following: str) -> bool:
    """Whether a capitalised word reads as a nationality adjective: a demonym ending
    ("Russian", "Chinese", "British", "Iraqi", "French") before a lower-case word or a title."""
    return bool(_DEMONYM.search(word)) and (following[:1].islower() or _is_title(following))


def _relabel(mention: Mention, label: str, weight: int) -> Mention:
    return replace(mention, label=label, weight=weight if label else 0)


__all__ = ["CUED", "GUESSED", "MODEL", "Mention", "is_demonym", "model_mentions", "rule_mentions"]
