"""Spelling variants of one name: transliterations ("Mangystau" / "Mangistau", "Aqtau" /
"Aktau") and one-letter slips, found without comparing every pair of names.

A name is reduced to a skeleton that forgets what transliteration systems disagree on (accents,
doubled letters, y/i, q/c/k, an h after a consonant); names whose skeletons are equal, or for
longer names one edit apart, are variants. Candidates come from deletion neighbours (every
skeleton with one letter removed), so the work grows with the number of names, not its square.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

# Skeletons shorter than this differ by one edit too often to mean one name ("Iran" / "Iraq").
MIN_FUZZY_LETTERS = 6
_FOLDS = str.maketrans({"y": "i", "q": "k", "c": "k", "w": "v"})
_VOWELS = frozenset("aeiou")


def skeleton(name: str) -> str:
    """The name's letters with transliteration differences folded away (digits kept)."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    letters = [c for c in decomposed if c.isalnum() and not unicodedata.combining(c)]
    out: list[str] = []
    for char in "".join(letters).translate(_FOLDS):
        previous = out[-1] if out else ""
        if char == previous:
            continue
        if char == "h" and previous and previous not in _VOWELS and not previous.isdigit():
            continue
        out.append(char)
    return "".join(out)


def _deletions(text: str) -> Iterable[str]:
    yield text
    for index in range(len(text)):
        yield text[:index] + text[index + 1 :]


def variant_pairs(names: Sequence[str], exact_only: Sequence[bool]) -> list[tuple[int, int]]:
    """Index pairs of names that are spellings of one another. A name marked `exact_only`
    (a person's: "Jonas" and "Jones" are two people) pairs only on an equal skeleton."""
    skeletons = [skeleton(n) for n in names]
    pairs: set[tuple[int, int]] = set()
    buckets: dict[str, list[int]] = {}
    for index, key in enumerate(skeletons):
        fuzzy = not exact_only[index] and len(key) >= MIN_FUZZY_LETTERS and key.isalpha()
        for variant in _deletions(key) if fuzzy else (key,):
            buckets.setdefault(variant, []).append(index)
    for members in buckets.values():
        for position, a in enumerate(members):
            for b in members[position + 1 :]:
                if a != b and _close(skeletons[a], skeletons[b], exact_only[a] or exact_only[b]):
                    pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def _close(a: str, b: str, exact: bool) -> bool:
    if a == b:
        return True
    if exact or min(len(a), len(b)) < MIN_FUZZY_LETTERS or a[0] != b[0]:
        return False
    return _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    """Whether one substitution, insertion or deletion turns `a` into `b`."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
