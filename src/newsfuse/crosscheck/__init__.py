"""Cross-checking: facts, conflicts, timeline, quotes and entities across the reports of a story.

Reports not in English are left out here (the cleaning stage already put a notice on them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsfuse.align.conflicts import find_conflicts
from newsfuse.analyze.entities import extract_entities
from newsfuse.analyze.nlp import analyze_docs, model_notice, shared_model
from newsfuse.analyze.quotes import extract_quotes
from newsfuse.compose.facts import extract_facts
from newsfuse.compose.timeline import build_timeline
from newsfuse.model import CleanDoc, CrossCheck, Sentence, Syndication
from newsfuse.settings import Settings


def _is_english(doc: CleanDoc) -> bool:
    return doc.language is None or doc.language == "en"


def crosscheck(
    docs: Sequence[CleanDoc],
    sentences: Mapping[str, Sequence[Sentence]],
    syndication: Syndication,
    settings: Settings,
) -> CrossCheck:
    english = [d for d in docs if _is_english(d)]
    english_sentences = {d.id: sentences[d.id] for d in english}
    analysis = analyze_docs(english_sentences, settings.batch_size, settings.use_model)
    notice = model_notice(shared_model(settings.use_model))
    facts = extract_facts(english, english_sentences, syndication, settings, analysis)
    entities = tuple(extract_entities(english, english_sentences, analysis))
    conflicts = find_conflicts(english, english_sentences, syndication, entities, analysis)
    timeline, date_conflicts = build_timeline(english, english_sentences, syndication, analysis)
    return CrossCheck(
        facts=tuple(facts),
        conflicts=tuple(conflicts) + tuple(date_conflicts),
        timeline=tuple(timeline),
        quotes=tuple(extract_quotes(english, english_sentences, syndication, analysis)),
        entities=entities,
        notices=(notice,) if notice else (),
    )
