"""Names that are not names: words of section headings, and common words written with a capital.

Both are judged on the story itself, not on a word list. A heading ("Background", "Economic
impact") is a line of its own after the headline, without closing punctuation; a name seen
only in headings is dropped, one the body also names is kept. A common word ("Officials",
"Digital") is one the story writes in lower case at least as often as it writes it with a
capital inside a sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from newsfuse.analyze.entities.rules import Mention
from newsfuse.model import CleanDoc, Sentence

_CLOSING = tuple(".!?:;\"”’'…)")
_HEADING_WORDS = 10
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def heading_spans(doc: CleanDoc, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """The sentences of a report that stand as section headings: a whole line after the
    first, short, unpunctuated."""
    spans = []
    # The first line is the headline, whose names are the story's own.
    for sentence in sentences[1:]:
        text = sentence.text.rstrip()
        own_line = (sentence.start == 0 or doc.text[sentence.start - 1] in "\n\r") and (
            sentence.end >= len(doc.text) or doc.text[sentence.end : sentence.end + 1] in "\n\r"
        )
        short = 0 < len(text.split()) <= _HEADING_WORDS
        if own_line and short and not text.endswith(_CLOSING):
            spans.append((sentence.start, sentence.end))
    return spans


def keep_names(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    mentions: Sequence[Mention],
) -> list[Mention]:
    """`mentions` without heading-only names and capitalised common words."""
    headings = {doc.id: heading_spans(doc, sentences.get(doc.id, ())) for doc in docs}

    def in_heading(mention: Mention) -> bool:
        return any(s <= mention.start < e for s, e in headings.get(mention.source, ()))

    body_names = {m.name.lower() for m in mentions if not in_heading(m)}
    lower, capital = _word_cases(docs, sentences, headings)
    return [
        m
        for m in mentions
        if (m.name.lower() in body_names or not in_heading(m))
        and not _common_words(m, lower, capital)
    ]


def _word_cases(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    headings: Mapping[str, Sequence[tuple[int, int]]],
) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written in lower case, and capitalised inside body sentences
    (not first in its sentence, where any word takes a capital)."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for doc in docs:
        spans = headings.get(doc.id, ())
        for sentence in sentences.get(doc.id, ()):
            if (sentence.start, sentence.end) in spans:
                continue
            for index, match in enumerate(_WORD.finditer(sentence.text)):
                word = match.group()
                if word.islower():
                    lower[word] += 1
                elif index > 0 and word[0].isupper() and not word.isupper():
                    capital[word.lower()] += 1
    return lower, capital


def _common_words(mention: Mention, lower: Counter[str], capital: Counter[str]) -> bool:
    """Every word of the name is written in lower case at least as often as capitalised."""
    if mention.title or mention.name.isupper():
        return False
    words = [w.lower() for w in _WORD.findall(mention.name)]
    return bool(words) and all(lower[w] and lower[w] >= capital[w] for w in words)
