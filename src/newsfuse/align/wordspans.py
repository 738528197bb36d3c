"""Tokens with character offsets, so that every figure found can point back into its source."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Digits keep their thousands separators and decimals ("4,300", "1.2") and any glued letters
# ("3.5m", "21st", "5pm"), which the number parser accepts or refuses; words keep apostrophes.
_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?[^\W\d_]*"
    r"|\d+(?:\.\d+)?[^\W\d_]*"
    r"|[^\W\d_]+(?:[’'][^\W\d_]+)*"
    r"|[^\w\s]",
    re.UNICODE,
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    # Figure parsers ask each token's lower case many times over: it is worked out once.
    @functools.cached_property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_digit(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_title(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    """Word, number and punctuation tokens of `text`, with their offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def glued(left: Token, right: Token) -> bool:
    """True when no space separates the two tokens ("COVID-19", "$5")."""
    return left.end == right.start


def lowers(tokens: list[Token], start: int, stop: int) -> tuple[str, ...]:
    """Lower-cased texts of tokens[start:stop], clipped to the list."""
    return tuple(t.lower for t in tokens[max(start, 0) : max(stop, 0)])
