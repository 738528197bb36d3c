"""Rule-based sentence splitting of cleaned reports, with exact character offsets.

Every line break ends a sentence (cleaned text keeps one paragraph per line). Inside a line a
run of terminal punctuation ends a sentence unless what surrounds it says otherwise: the next
word is lower case ('"Where?" she asked.'), the word before is a title ("Dr. Smith"), or it is an
abbreviation, initial or dotted acronym ("Sept. 5", "J. R. Smith", "U.S. officials") not
followed by a word that typically opens a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsfuse.analyze.tokens import STOPWORDS
from newsfuse.model import CleanDoc, Sentence

# Punctuation run, the closing quotes/brackets that belong to it, and a closing quote set off by
# a space ('fast. ” she said') so that no sentence starts with a dangling closing mark.
_END = re.compile(r"""[.?!…]+["'”’»)\]]*(?:[ \t]+[”’»"](?=\s|$))?(?=\s|$)""")
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_PREV_TOKEN = re.compile(r"""[(\["'“‘«]*([^\s(\["'“‘«]*)$""")
_NEXT_TOKEN = re.compile(r"""\s*[(\["'“‘«]*(\S*)""")
_DOTTED = re.compile(r"(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}")
_LOOKBEHIND = 40
_SPLIT_DECIMAL = re.compile(r"\d\d(?:[^\d.].*)?")
_INITIAL = re.compile(r"[A-Z]")
_ATTRIBUTION = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says|asked|asks|added|told|shouted|replied|wrote"
    r"|continued|recalled|explained|insisted|exclaimed)\b"
)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles always precede a name, so a period after one never ends a sentence.
_TITLES = _word_set(
    """mr mrs ms mx dr prof gov sen rep reps gen col lt sgt capt cmdr adm maj cpl pvt rev hon
    pres supt det insp fr msgr atty amb"""
)
# Abbreviations that may also end a sentence: they do only when a sentence-opening word follows.
_ABBREVIATIONS = _word_set(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    st mt ft ave blvd rd hwy inc corp co ltd llc plc bros jr sr etc vs v approx est dept univ assn
    fig vol pp ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo"""
)
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos"})
_OPENERS = (STOPWORDS - {"i"}) | _word_set(
    "however meanwhile yet still earlier later last many several one two three"
)


def split_sentences(doc: CleanDoc) -> list[Sentence]:
    """The sentences of `doc`, in order, each with `doc.text[start:end] == text` exactly."""
    sentences: list[Sentence] = []
    for start, end in _sentence_bounds(doc.text):
        sentences.append(Sentence(doc.id, len(sentences), start, end, doc.text[start:end]))
    return sentences


def _sentence_bounds(text: str) -> Iterator[tuple[int, int]]:
    for line in _LINE.finditer(text):
        start = line.start()
        for cut in _cuts(line.group()):
            yield from _trimmed(text, start, line.start() + cut)
            start = line.start() + cut
        yield from _trimmed(text, start, line.end())


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) moved inward past surrounding white space; nothing if only space is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def _cuts(line: str) -> Iterator[int]:
    """Offsets inside `line` right after each sentence end, excluding the line's own end."""
    for match in _END.finditer(line):
        following = _NEXT_TOKEN.match(line, match.end())
        next_word = following.group(1) if following else ""
        # Only the last few characters matter, and a bounded window keeps long lines linear.
        before = line[max(0, match.start() - _LOOKBEHIND) : match.start()]
        if next_word and _ends_sentence(before, match.group(), line, match.end(), next_word):
            yield match.end()


def _ends_sentence(before: str, punctuation: str, line: str, after: int, next_word: str) -> bool:
    if next_word[0].islower():
        return False
    if punctuation[0] in "?!" and punctuation[-1] in "\"'”’»" and _ATTRIBUTION.match(line, after):
        return False
    if not punctuation.startswith(".") or punctuation.startswith(".."):
        return True
    previous = _PREV_TOKEN.search(before)
    return _period_ends_sentence(previous.group(1) if previous else "", next_word)


def _period_ends_sentence(word: str, next_word: str) -> bool:
    """Whether a single period after `word`, followed by `next_word`, ends a sentence."""
    key = word.lower()
    if key in _TITLES:
        return False
    if key in _NUMBER_ABBREVIATIONS and next_word[0].isdigit():
        return False
    if _SPLIT_DECIMAL.fullmatch(word + next_word):
        return False  # "a magnitude 4. 6 quake": a decimal that detokenised text split
    if key in _ABBREVIATIONS or _DOTTED.fullmatch(word) or _INITIAL.fullmatch(word):
        return next_word.strip(".,;:!?\"'”’»)").lower() in _OPENERS
    return True
