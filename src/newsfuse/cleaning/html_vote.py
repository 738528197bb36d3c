"""Choosing the main text by agreement between trafilatura's readings of a page and our own.

trafilatura's default reading keeps most of the article but also stray headlines, teasers
and sign-up boxes; its precision reading drops those, and sometimes real paragraphs too; our
container scorer (html_fallback) errs differently again. A paragraph of the default reading
is kept when at least one of the two other readings also has it.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
# Below this many words a reading counts as "nothing": the page then goes to the fallback.
MIN_WORDS = 30
# A precision reading shorter than this share of the default one lost the article itself.
_PRECISE_MIN_SHARE = 0.5


def paragraph_key(paragraph: str) -> str:
    """Lower-cased words only, so that readings that differ in spacing or punctuation match."""
    return " ".join(_WORD.findall(paragraph.lower()))


def key_index(paragraphs: list[str]) -> str:
    """The keys of `paragraphs` in one string, for `key_in` lookups."""
    return " " + " | ".join(paragraph_key(p) for p in paragraphs) + " "


def key_in(key: str, index: str) -> bool:
    """Whether `key` occurs in the index as whole words (so "home" is not found in "homes")."""
    return f" {key} " in index


def word_count(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def vote(default: list[str], precise: list[str], fallback: list[str]) -> list[str]:
    """The paragraphs of the default reading that another reading confirms, in order.

    Falls back to our own reading when trafilatura found (almost) nothing, and keeps the
    default reading whole when the precision reading lost most of it.
    """
    if word_count(default) < MIN_WORDS:
        return fallback if word_count(fallback) > word_count(default) else default
    default = _unglued(default, precise + fallback)
    if word_count(precise) < _PRECISE_MIN_SHARE * word_count(default):
        return default
    # Containment, not equality: the readings split and join blocks differently.
    confirmed = key_index(precise + fallback)
    return [p for p in default if key_in(paragraph_key(p), confirmed)]


def _unglued(paragraphs: list[str], others: list[str]) -> list[str]:
    """`paragraphs` with each one that another reading gives with more word breaks, and
    otherwise the same characters, taken from that reading: trafilatura can glue the texts of
    two inline elements that a removed block stood between ("were</span><nav></nav><span>Sub")."""
    spaced = {_squashed(p): p for p in others}
    result = []
    for paragraph in paragraphs:
        other = spaced.get(_squashed(paragraph))
        better = other is not None and len(other.split()) > len(paragraph.split())
        result.append(other if better and other is not None else paragraph)
    return result


def _squashed(paragraph: str) -> str:
    return "".join(paragraph.split())
