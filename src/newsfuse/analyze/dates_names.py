"""People one report calls by their title and another by their name ("the mayor" / "Calloway"),
so that two reports' mentions of one dated event can meet on the person."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from newsfuse.analyze.dates_events import EventWords, stem
from newsfuse.analyze.tokens import STOPWORDS

# A word right before a name, at every position ("Mayor Ines Calloway", "the mayor, Ines
# Calloway"): a title when the reports also use it as a common noun ("the mayor said").
_TITLED = re.compile(r"(?=\b([A-Za-z]+)(,?)\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+))")
_COMMON = re.compile(r"\b(?:the|a|an)\s+([a-z]+)\b")


def title_aliases(texts: Iterable[str]) -> dict[str, str]:
    """Title stem to surname stem, for each title the reports put before one person's name
    only; a title given to two people ("chief executive" of two companies) names neither."""
    corpus = list(texts)
    common = {m[1] for text in corpus for m in _COMMON.finditer(text)} - STOPWORDS
    surnames: dict[str, set[str]] = {}
    for text in corpus:
        for match in _TITLED.finditer(text):
            title, comma, name = match.groups()
            if title.lower() in common and (title[0].isupper() or comma):
                surnames.setdefault(stem(title.lower()), set()).add(stem(name.split()[-1].lower()))
    return {title: names.pop() for title, names in surnames.items() if len(names) == 1}


def with_aliases(words: EventWords, aliases: Mapping[str, str]) -> EventWords:
    """`words` with the surname of each title among them added."""
    return words | {aliases[word] for word in words if word in aliases}
