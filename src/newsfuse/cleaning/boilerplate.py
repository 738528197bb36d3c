"""Boilerplate removal for flattened text: classify each line as article or page furniture.

A shallow-text classifier in the spirit of jusText and boilerpipe: each line gets features
(length, sentence shape, stop-word density, capitalisation, furniture vocabulary, code-like
characters), an initial label, then context decides the doubtful ones: a short line between
article paragraphs is kept, and the article is the one stretch of lines with the most evidence
(see `boilerplate_region`), so teaser lists and comment threads around it are dropped.
Furniture that reads as prose is told by its shape: reader appeals (`boilerplate_appeal`),
author boxes (`boilerplate_bio`), disclaimers and media teasers (`boilerplate_notes`), the
blurbs of dated teaser cards (`boilerplate_cards`). Lines repeated across reports of the same
story count as furniture only when they look like it or come from the same outlet, since
syndicated wire copy repeats real paragraphs. Cleaning never writes text: every output line
is an input line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from newsfuse.analyze.tokens import normalize, words
from newsfuse.cleaning import rules
from newsfuse.cleaning.boilerplate_appeal import Appeal, appeal_blocks, appeal_levels
from newsfuse.cleaning.boilerplate_bio import author_bio_lines
from newsfuse.cleaning.boilerplate_cards import card_blurbs
from newsfuse.cleaning.boilerplate_features import Features, features, glued_teaser, title_like
from newsfuse.cleaning.boilerplate_notes import edges, is_disclaimer, is_media_teaser
from newsfuse.cleaning.boilerplate_region import Region, best_region, widen
from newsfuse.cleaning.headline import headline_above, retells
from newsfuse.model import PageExtract, RawDoc, Removed

Label = Literal["good", "near", "short", "bad"]
_SHORT = "short line outside the article"
_SPARSE = "low text density"
_OUTSIDE = "outside the article"
_APPEAL = "appeal to the reader"
_PLAIN = frozenset({"", _SHORT, _SPARSE})  # reasons of lines judged by density, not by a rule

_SPACE = re.compile(r"\s+")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width characters: a line of them is empty

SHORT_LENGTH = 7  # word-equivalents under which a line carries no evidence of its own
GOOD_LENGTH = 12  # word-equivalents from which a dense line counts as article text
LONG_LENGTH = 25  # from this length a dense line is prose even without a sentence's end
GOOD_DENSITY = 0.28  # stop-word share of running English prose (furniture has far less)
LOW_DENSITY = 0.12
NEUTRAL_DENSITY = 0.08  # below this over the whole page the text is not English: skip density
HEADLINE_WORDS = 30
# Line scores for the article search: article text earns its length, furniture costs.
FURNITURE_SCORE = -12.0
HEADLINE_SCORE = -8.0  # a title-like line: in a teaser list each blurb has its own
SHORT_SCORE = -6.0
APPEAL_SCORE = 0.0  # a newsletter or donation box inside an article neither joins nor splits it


@dataclass
class _Line:
    text: str
    features: Features
    label: Label
    reason: str
    edge: str | None = None  # furniture at the article's edges: the reason when it is dropped
    bridged: bool = False  # a near-good line kept by good lines on both sides


def clean_texts(raws: Sequence[RawDoc]) -> list[PageExtract]:
    """Clean the flattened texts of the reports of one story, in order.

    Lines repeated across reports are judged with all of `raws` in view; the result's `title`
    is the headline printed twice at the top, or None.
    """
    documents = [split_lines(raw.content) for raw in raws]
    repeated = repeated_boilerplate(documents, raws)
    return [
        clean_lines(lines, repeated[index], raws[index].title, raws[index].outlet)
        for index, lines in enumerate(documents)
    ]


def split_lines(text: str) -> list[str]:
    """Non-empty lines of `text`, whitespace-normalised."""
    lines = (_SPACE.sub(" ", line).strip().strip(_INVISIBLE) for line in text.splitlines())
    return [line for line in lines if line]


def clean_lines(
    lines: list[str], repeated: frozenset[str], title: str | None, outlet: str | None = None
) -> PageExtract:
    """Classify `lines` of one report and keep the article's: the core of `clean_texts`.

    `outlet` names the report's outlet; without it the page's copyright footer is read.
    """
    given = title
    title, headline = find_headline(lines, title)
    measured = [features(line) for line in lines]
    neutral = _is_non_english(measured)
    classified = [
        _classify(line, feats, repeated, headline, neutral)
        for line, feats in zip(lines, measured, strict=True)
    ]
    _mark_reader_furniture(classified, outlet)
    _mark_card_blurbs(classified)
    initial = [line.label for line in classified]
    _smooth(classified)
    _keep_main_region(classified, initial)
    if not any(line.label == "good" for line in classified):
        _keep_bare_prose(classified)
    kept = [line.text for line in classified if line.label == "good"]
    if given is None and (title is None or not retells("\n".join(kept), title)):
        title = _headline(classified, kept)
    removed = tuple(
        Removed(line.text, line.edge or line.reason) for line in classified if line.label != "good"
    )
    return PageExtract(text="\n\n".join(kept), removed=removed, title=title)


def _keep_bare_prose(lines: list[_Line]) -> None:
    """A report of a sentence or two has no article region to find: keep its sentences rather
    than return nothing, unless something other than density or position dropped them."""
    for line in lines:
        feats = line.features
        if line.reason in (_SPARSE, _OUTSIDE) and feats.sentence and feats.words >= SHORT_LENGTH:
            line.label = "good"


def furniture_reason(line: str, feats: Features) -> str | None:
    """Why `line` is page furniture by its vocabulary or shape alone, or None."""
    if feats.words <= rules.SHORT_LINE_WORDS:
        whole = rules.LINE_PATTERN.match(line)
        if whole and whole.lastgroup:
            return rules.LINE_REASONS[whole.lastgroup]
    if not rules.ANYWHERE_CUES.isdisjoint(feats.lowered) or "©" in line:
        found = rules.ANYWHERE_PATTERN.search(edges(line))
        if found and found.lastgroup:
            return rules.ANYWHERE_REASONS[found.lastgroup]
    if feats.code:
        return "tracking snippet"
    if is_disclaimer(line, feats):
        return "disclaimer"
    if is_media_teaser(line, feats):
        return "video teaser"
    return None


def _mark_reader_furniture(lines: list[_Line], outlet: str | None) -> None:
    """Appeal blocks are furniture anywhere; weaker appeals and author boxes only at the edges."""
    texts = [line.text for line in lines]
    measured = [line.features for line in lines]
    furniture = [line.label == "bad" for line in lines]
    levels = appeal_levels(texts, measured, furniture, outlet)
    bridges = [
        bad or feats.length < SHORT_LENGTH for bad, feats in zip(furniture, measured, strict=True)
    ]
    blocks = appeal_blocks(levels, bridges)
    bios = author_bio_lines(texts, measured)
    for line, level, block, bio in zip(lines, levels, blocks, bios, strict=True):
        if block:
            line.label, line.reason = "bad", _APPEAL
        elif level == Appeal.WEAK:
            line.edge = _APPEAL
        elif bio and line.label != "bad":
            line.edge = "author box"


def _mark_card_blurbs(lines: list[_Line]) -> None:
    prose = [line.label == "good" for line in lines]
    stamps = [_is_timestamp(line) for line in lines]
    for line, blurb in zip(lines, card_blurbs(prose, stamps), strict=True):
        if blurb:
            line.label, line.reason = "bad", "teaser card"


def _classify(
    line: str, feats: Features, repeated: frozenset[str], headline: str | None, neutral: bool
) -> _Line:
    if headline is not None and feats.words <= HEADLINE_WORDS and _key(line) == headline:
        return _Line(line, feats, "bad", "headline")
    reason = furniture_reason(line, feats)
    if reason is not None:
        return _Line(line, feats, "bad", reason)
    if repeated and _key(line) in repeated:
        return _Line(line, feats, "bad", "repeated across sources")
    return _Line(line, feats, *_label_by_density(feats, neutral))


def _label_by_density(feats: Features, neutral: bool) -> tuple[Label, str]:
    if feats.length < SHORT_LENGTH:
        return "short", _SHORT
    if glued_teaser(feats):
        return "bad", "teaser"
    if neutral:
        good = feats.sentence and feats.length >= GOOD_LENGTH
        return ("good", "") if good else ("near", _SPARSE)
    dense = feats.stop_density >= GOOD_DENSITY and feats.length >= GOOD_LENGTH
    if dense and (feats.sentence or feats.length >= LONG_LENGTH):
        return "good", ""
    if feats.stop_density < LOW_DENSITY or (feats.capitalised > 0.7 and not feats.sentence):
        return "bad", _SPARSE
    return "near", _SPARSE


def _is_non_english(measured: list[Features]) -> bool:
    """True when the page's longer lines have too few English stop words to judge density."""
    sample = [feats for feats in measured if feats.length >= GOOD_LENGTH][:40]
    if not sample:
        return False
    return sum(f.stop_density for f in sample) / len(sample) < NEUTRAL_DENSITY


def _score(line: _Line, initial: Label) -> float:
    if title_like(line.features):
        return HEADLINE_SCORE
    if line.edge is not None:
        return SHORT_SCORE
    if line.reason == _APPEAL:
        return APPEAL_SCORE
    if line.label == "good":
        return line.features.length if _evidence(line, initial) else 0.0
    if _is_timestamp(line):
        return FURNITURE_SCORE
    if initial in ("short", "near"):
        return SHORT_SCORE
    return FURNITURE_SCORE


def _evidence(line: _Line, initial: Label) -> bool:
    """Whether a kept line is evidence of the article, to be counted in its search.

    A near-good line kept for one good neighbour, with no sentence's end, is what a list of
    headlines beside the article looks like: it may lie inside the article, not pull it out.
    """
    return initial != "near" or line.bridged or line.features.sentence


def _keep_main_region(lines: list[_Line], initial: list[Label]) -> None:
    """Keep the article's stretch of lines; article lines outside it are teasers or comments."""
    region = _find_region(lines, initial)
    for index, line in enumerate(lines):
        inside = region is not None and region[0] <= index <= region[1]
        if line.label == "good" and not inside:
            line.label, line.reason = "bad", _OUTSIDE


def _find_region(lines: list[_Line], initial: list[Label]) -> Region | None:
    """The article's stretch, widened to the plain lines on its topic, which it keeps."""
    markers = [index for index, line in enumerate(lines) if _opens_comments(line)]
    scores = [_score(line, label) for line, label in zip(lines, initial, strict=True)]
    region = best_region(scores, markers)
    if region is None:
        return None
    region, taken = widen(
        region,
        [line.features.lowered for line in lines],
        [line.label == "good" for line in lines],
        [line.reason in _PLAIN for line in lines],
    )
    for index in taken:
        lines[index].label = "good"
    return region


def _nearest(labels: list[Label], skip: frozenset[Label], step: int) -> list[Label]:
    """Per line, the label of the nearest line in direction `step` whose label is not in `skip`.

    One pass, so that pages of thousands of lines stay linear; the page's edges are furniture.
    """
    nearest: list[Label] = []
    seen: Label = "bad"
    order = range(len(labels)) if step > 0 else range(len(labels) - 1, -1, -1)
    for index in order:
        nearest.append(seen)
        if labels[index] not in skip:
            seen = labels[index]
    return nearest if step > 0 else nearest[::-1]


def _smooth(lines: list[_Line]) -> None:
    """Decide short and near-good lines by the lines around them (jusText-style context)."""
    labels = [line.label for line in lines]
    weak: frozenset[Label] = frozenset({"short", "near"})
    short: frozenset[Label] = frozenset({"short"})
    weak_before, weak_after = _nearest(labels, weak, 1), _nearest(labels, weak, -1)
    short_before, short_after = _nearest(labels, short, 1), _nearest(labels, short, -1)
    for index, line in enumerate(lines):
        if line.label == "near":
            good = "good" in (weak_before[index], weak_after[index])
            line.label = "good" if good else "bad"
            line.bridged = weak_before[index] == weak_after[index] == "good"
        elif line.label == "short":
            good = short_before[index] == short_after[index] == "good"
            line.label = "good" if good else "bad"


def _is_timestamp(line: _Line) -> bool:
    short = line.features.words <= rules.SHORT_LINE_WORDS
    return short and rules.TIMESTAMP.fullmatch(line.text) is not None


def _opens_comments(line: _Line) -> bool:
    short = line.features.words <= rules.SHORT_LINE_WORDS
    return short and rules.COMMENT_MARKER.fullmatch(line.text) is not None


def find_headline(lines: list[str], title: str | None) -> tuple[str | None, str | None]:
    """(title, normalised headline to drop): a given title, or a line printed twice at the top."""
    if title is not None:
        return title, _key(title)
    top = [_key(line) for line in lines[:40]]
    counts = Counter(top)
    for line, key in zip(lines, top, strict=False):
        if counts[key] > 1 and 3 <= len(words(line)) <= HEADLINE_WORDS and not features(line).code:
            return line, key
    return None, None


def _headline(classified: list[_Line], kept: list[str]) -> str | None:
    """The headline above the article, or its first kept line when that is the headline."""
    first = next((i for i, line in enumerate(classified) if line.label == "good"), None)
    if first is None:
        return None
    lines = [line.text for line in classified]
    above = headline_above(lines, first, "\n".join(kept))
    if above is not None or len(kept) < 2:
        return above
    return headline_above(lines, first + 1, "\n".join(kept[1:]))


def repeated_boilerplate(
    documents: list[list[str]], raws: Sequence[RawDoc]
) -> list[frozenset[str]]:
    """Per report, the normalised lines that repetition across reports marks as furniture.

    A line shared with a report of another outlet counts only when it is short or has no
    sentence shape; a line shared with a report of the same outlet always counts.
    """
    if len(documents) < 2:
        return [frozenset() for _ in documents]  # repetition needs two reports to show
    outlets = [_outlet(raw) for raw in raws]
    holders: dict[str, set[int]] = {}
    for index, lines in enumerate(documents):
        for line in lines:
            holders.setdefault(_key(line), set()).add(index)
    result: list[frozenset[str]] = []
    for index, lines in enumerate(documents):
        marked = set()
        for line in lines:
            others = holders[_key(line)] - {index}
            if not others:
                continue
            same_outlet = outlets[index] is not None and any(
                outlets[other] == outlets[index] for other in others
            )
            if same_outlet or _looks_like_furniture(line):
                marked.add(_key(line))
        result.append(frozenset(marked))
    return result


def _looks_like_furniture(line: str) -> bool:
    feats = features(line)
    return feats.length < GOOD_LENGTH or not feats.sentence


def _outlet(raw: RawDoc) -> str | None:
    if raw.outlet:
        return raw.outlet.strip().lower()
    if raw.url:
        host = urlsplit(raw.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def _key(line: str) -> str:
    return normalize(_SPACE.sub(" ", line).strip())
