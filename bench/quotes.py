"""Direct quotes on real news text: recall against a plain quote-mark matcher, precision and
speaker accuracy against hand labels.

Run as `.venv/bin/python bench/quotes.py [--data DIR] [--no-model] [--check] [--sample N]`.

Texts: the ECB+ dev documents (`clustering-dev/ecbplus.jsonl`, one brief per story, so quotes
merge across its reports) and the MEANTIME Wikinews articles (`meantime-en/meantime-en.jsonl`,
one brief per article). Both hold one sentence per line, so a quote of several sentences runs
over several lines.

The recall reference is a plain matcher: every stretch between an opening mark (straight `"` or
curly “) and its closing mark, with 3 or more words, straight marks paired in order through the
document. A matcher span counts as found when our direct quotes (their spans in that document)
cover at least half of its characters. The matcher also takes titles and scare quotes, so the
labelled sample (bench/gold/quotes/labels.jsonl, items drawn from the matcher's spans and from
our own quotes, each judged by hand: is it a person's or organisation's own words, and who said
it) gives the figures that matter: recall over the labelled real quotes, precision over our
quotes that overlap a labelled item, and speaker accuracy over the real quotes we found.

`--sample N` prints N unlabelled items of each kind for labelling. `--check` exits non-zero when
a figure falls below its floor in bench/quotes_baseline.json (`floor` with the spaCy model,
`floor_rules` without it); without the data it says so in one line and exits 0.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import floors
from newsfuse.analyze.nlp import analyze_docs, shared_model
from newsfuse.analyze.quotes import extract_quotes, is_direct
from newsfuse.analyze.sentences import split_sentences
from newsfuse.analyze.tokens import content_words
from newsfuse.model import CleanDoc, Quote, Syndication

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
FILES = ("clustering-dev/ecbplus.jsonl", "meantime-en/meantime-en.jsonl")
LABELS = Path(__file__).resolve().parent / "gold" / "quotes" / "labels.jsonl"
BASELINE = Path(__file__).resolve().parent / "quotes_baseline.json"
MIN_WORDS = 3
COVERED = 0.5  # share of a span's characters our quotes must cover for it to count as found
_STRAIGHT_OR_CURLY = re.compile(r'["“”]')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Story:
    id: str
    docs: tuple[CleanDoc, ...]


@dataclass(frozen=True)
class Item:
    """A stretch of one document: a matcher span or one of our quotes' spans."""

    doc: str
    start: int
    end: int
    speaker: str = ""


def load_stories(data: Path) -> list[Story]:
    stories: dict[str, list[CleanDoc]] = {}
    for name in FILES:
        with (data / name).open(encoding="utf8") as lines:
            for line in lines:
                record = json.loads(line)
                # ECB+ stories brief together; every MEANTIME article is its own story.
                story = record.get("story") or f"meantime:{record['id']}"
                stories.setdefault(story, []).append(CleanDoc(record["id"], record["text"]))
    return [Story(story, tuple(docs)) for story, docs in stories.items()]


def matcher_spans(doc: CleanDoc) -> list[Item]:
    """The plain matcher: curly “…”, and straight marks paired in order through the text."""
    spans: list[Item] = []
    opened: tuple[str, int] | None = None
    for mark in _STRAIGHT_OR_CURLY.finditer(doc.text):
        char, at = mark.group(), mark.start()
        if opened is None:
            if char in '"“':
                opened = (char, at + 1)
            continue
        if (opened[0] == '"') == (char == '"') and char != "“":
            start = opened[1]
            if len(_WORD.findall(doc.text[start:at])) >= MIN_WORDS:
                spans.append(Item(doc.id, start, at))
            opened = None
        elif char == "“":
            opened = (char, at + 1)  # a curly quote left unclosed: start again here
    return spans


def our_quotes(stories: Sequence[Story], use_model: bool) -> list[Quote]:
    quotes: list[Quote] = []
    for story in stories:
        sentences = {d.id: split_sentences(d) for d in story.docs}
        syndication = Syndication({}, tuple((d.id,) for d in story.docs))
        analysis = analyze_docs(sentences, 64, use_model)
        found = extract_quotes(story.docs, sentences, syndication, analysis)
        quotes += [q for q in found if is_direct(q)]
    return quotes


def our_items(quotes: Iterable[Quote]) -> list[Item]:
    return [Item(s.source, s.start, s.end, q.speaker) for q in quotes for s in q.spans]


def covered(span: Item, ours: dict[str, list[Item]]) -> Item | None:
    """Our item covering most of `span`, when together ours cover at least half of it."""
    hits = [o for o in ours.get(span.doc, ()) if o.start < span.end and span.start < o.end]
    chars = {i for o in hits for i in range(max(o.start, span.start), min(o.end, span.end))}
    if not hits or len(chars) < COVERED * (span.end - span.start):
        return None
    return max(hits, key=lambda o: min(o.end, span.end) - max(o.start, span.start))


def same_speaker(ours: str, gold: str) -> bool:
    """Names agree when one's words contain the other's last word ("Kasten", "Stan Kasten")."""
    a, b = ours.lower().replace("the ", "").split(), gold.lower().replace("the ", "").split()
    return bool(a and b) and (a[-1] in b or b[-1] in a)


def duplicates(quotes: Sequence[Quote]) -> int:
    """Pairs of our quotes in one story that carry the same words (they should be one)."""
    count = 0
    words = [set(content_words(q.text)) for q in quotes]
    # Quotes of one story come together and only those are compared: one story, one source.
    stories = [_story_of(q.sources[0]) for q in quotes]
    for i, a in enumerate(words):
        for j in range(i + 1, len(words)):
            b = words[j]
            shorter = min(len(a), len(b))
            same_story = stories[i] == stories[j]
            count += same_story and shorter >= 3 and len(a & b) >= 0.8 * shorter
    return count


def _story_of(doc: str) -> str:
    """ECB+ ids name their story ("10_3ecbplus" -> "10_ecbplus"); MEANTIME ids stand alone."""
    topic, _, rest = doc.partition("_")
    return f"{topic}_{rest.lstrip('0123456789')}" if rest else doc


def load_labels(path: Path = LABELS) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf8").splitlines() if line]


def score(
    docs: dict[str, CleanDoc], spans: Sequence[Item], quotes: Sequence[Quote], labels: list[Any]
) -> dict[str, float]:
    ours = our_items(quotes)
    by_doc: dict[str, list[Item]] = {}
    for item in ours:
        by_doc.setdefault(item.doc, []).append(item)
    found = [s for s in spans if covered(s, by_doc)]
    gold = [Item(g["doc"], g["start"], g["end"], g.get("speaker") or "") for g in labels]
    matcher_gold = [
        (g, label["quote"])
        for g, label in zip(gold, labels, strict=True)
        if label["sample"] == "matcher"
    ]
    real_matcher = [g for g, quote in matcher_gold if quote]
    recalled = [(g, covered(g, by_doc)) for g in real_matcher]
    hits = [(g, o) for g, o in recalled if o is not None]
    # Precision: each of our quote spans judged by the labelled item it overlaps most.
    judged = []
    for item in ours:
        overlapping = [
            (g, label)
            for g, label in zip(gold, labels, strict=True)
            if g.doc == item.doc and g.start < item.end and item.start < g.end
        ]
        if overlapping:
            g, label = max(
                overlapping,
                key=lambda x: min(x[0].end, item.end) - max(x[0].start, item.start),
            )
            judged.append((item, g, bool(label["quote"])))
    right_speaker = [
        same_speaker(o.speaker, g.speaker) for o, g, quote in judged if quote and g.speaker
    ]
    return {
        "documents": len(docs),
        "matcher_spans": len(spans),
        "our_quotes": len(quotes),
        "our_spans": len(ours),
        "recall_vs_matcher": len(found) / max(len(spans), 1),
        "matcher_precision": len(real_matcher) / max(len(matcher_gold), 1),
        "labelled_real_matcher": len(real_matcher),
        "recall": len(hits) / max(len(real_matcher), 1),
        "judged": len(judged),
        "unjudged": len(ours) - len(judged),
        "precision": sum(q for _, _, q in judged) / max(len(judged), 1),
        "speaker_judged": len(right_speaker),
        "speaker_accuracy": sum(right_speaker) / max(len(right_speaker), 1),
        "duplicates": duplicates(quotes),
    }


def print_figures(f: dict[str, float], chars: int) -> None:
    print(
        f"quotes on ECB+ dev + MEANTIME-en: {f['documents']:.0f} documents, {chars:,} characters; "
        f"matcher spans ({MIN_WORDS}+ words) {f['matcher_spans']:.0f}, our direct quotes "
        f"{f['our_quotes']:.0f} ({f['our_spans']:.0f} spans)"
    )
    print(f"recall against the plain matcher (all its spans): {f['recall_vs_matcher']:.3f}")
    print(
        f"labelled sample: matcher precision {f['matcher_precision']:.3f}; our recall over "
        f"{f['labelled_real_matcher']:.0f} real quotes {f['recall']:.3f}"
    )
    print(
        f"our precision {f['precision']:.3f} over {f['judged']:.0f} judged spans "
        f"({f['unjudged']:.0f} unjudged); speaker accuracy {f['speaker_accuracy']:.3f} over "
        f"{f['speaker_judged']:.0f}"
    )
    print(f"duplicate pairs left unmerged: {f['duplicates']:.0f}")


def print_sample(
    docs: dict[str, CleanDoc], spans: Sequence[Item], quotes: Sequence[Quote], n: int
) -> None:
    """Unlabelled items to judge, with some context, as JSON lines ready to complete."""
    labelled = {(g["doc"], g["start"]) for g in load_labels()}
    rng = random.Random(7)
    ours = [i for i in our_items(quotes) if (i.doc, i.start) not in labelled]
    theirs = [s for s in spans if (s.doc, s.start) not in labelled]
    for kind, items in (("matcher", theirs), ("ours", ours)):
        for item in rng.sample(items, min(n, len(items))):
            text = docs[item.doc].text
            context = text[max(0, item.start - 160) : item.end + 100].replace("\n", " / ")
            print(
                json.dumps(
                    {
                        "sample": kind,
                        "doc": item.doc,
                        "start": item.start,
                        "end": item.end,
                        "ours": item.speaker,
                        "context": context,
                    }
                )
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = floors.options(__doc__, DEFAULT_DATA)
    parser.add_argument("--no-model", action="store_true", help="rules only, no spaCy model")
    parser.add_argument("--sample", type=int, default=0, help="print N items of each to label")
    args = parser.parse_args(argv)
    if floors.absent("quotes", args.data, FILES):
        return 0
    stories = load_stories(args.data)
    docs = {d.id: d for s in stories for d in s.docs}
    spans = [span for d in docs.values() for span in matcher_spans(d)]
    quotes = our_quotes(stories, not args.no_model)
    if args.sample:
        print_sample(docs, spans, quotes, args.sample)
        return 0
    figures = score(docs, spans, quotes, load_labels())
    print_figures(figures, sum(len(d.text) for d in docs.values()))
    if not args.check:
        return 0
    # Without the spaCy model (or with --no-model) speakers come from rules: their own floors.
    parsed = not args.no_model and not shared_model().missing
    baseline = json.loads(BASELINE.read_text(encoding="utf8"))
    return floors.check(figures, baseline["floor" if parsed else "floor_rules"])


if __name__ == "__main__":
    sys.exit(main())
