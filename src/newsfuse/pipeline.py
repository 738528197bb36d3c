"""Runs the brief's stages in order. Knows no file formats and no CLI: typed objects in and out."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from newsfuse.analyze.published import infer_published
from newsfuse.analyze.sentences import split_sentences
from newsfuse.caps import comparison_caps
from newsfuse.cleaning import clean_docs
from newsfuse.compose.summary import summarize
from newsfuse.compose.title import choose_title
from newsfuse.crosscheck import crosscheck
from newsfuse.errors import InputError
from newsfuse.ingest import Input, read_inputs
from newsfuse.memo import brief_memo
from newsfuse.model import Brief, CleanDoc, Notice, Sentence
from newsfuse.notice_summary import summarize_notices
from newsfuse.settings import Settings
from newsfuse.syndication import find_syndication

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


def build_brief(
    inputs: Iterable[Input],
    settings: Settings | None = None,
    progress: Progress = _quiet,
) -> Brief:
    """Read, clean, compare and summarize the reports of one story into a `Brief`.

    Raises `InputError` only when no report at all could be used; every other problem
    becomes a `Notice` in the brief.
    """
    settings = settings or Settings()
    progress("reading")
    raws, notices = read_inputs(inputs, settings)
    progress("cleaning")
    docs, clean_notices = clean_docs(raws, settings)
    notices = summarize_notices(notices + clean_notices)
    docs = [d for d in docs if d.text.strip()]
    if not docs:
        reasons = "; ".join(n.message for n in notices if n.level == "error") or "no input given"
        raise InputError("inputs", f"no usable report ({reasons})")
    if len(docs) == 1:
        notices.append(
            Notice(docs[0].id, "info", "only one report: nothing to cross-check against")
        )
    return compose_brief(docs, notices, settings, progress)


def compose_brief(
    docs: Sequence[CleanDoc],
    notices: list[Notice],
    settings: Settings,
    progress: Progress = _quiet,
) -> Brief:
    """The stages after cleaning: sentences, syndication, summary and cross-checking."""
    docs = infer_published(docs)
    progress("splitting sentences")
    sentences: dict[str, list[Sentence]] = {d.id: split_sentences(d) for d in docs}
    progress("finding copies")
    syndication = find_syndication(docs, settings)
    with comparison_caps(settings) as tally, brief_memo():
        progress("summarizing")
        summary = summarize(docs, sentences, syndication, settings)
        progress("cross-checking")
        checked = crosscheck(docs, sentences, syndication, settings)
    return Brief(
        title=choose_title(docs, syndication),
        sources=tuple(docs),
        syndication=syndication,
        summary=tuple(summary),
        facts=checked.facts,
        conflicts=checked.conflicts,
        timeline=checked.timeline,
        quotes=checked.quotes,
        entities=checked.entities,
        notices=tuple(notices) + syndication.notices + checked.notices + tuple(tally.notices()),
    )
