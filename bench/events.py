"""Score same-event sentence pairs on the ECB+ dev stories (real reports, gold event coreference).

    .venv/bin/python bench/events.py [--data ../shared/data/ecbplus-events-dev] [--check]

Scored as `ecbplus-events-dev/README.md` says. Each story's documents go through the whole
brief (`newsfuse.brief`, one `RawDoc` per document, no publication date given). A fact's spans
are mapped back to ECB+ sentences (the cleaned text of a span is found again in its document's
text, whose sentences are listed); two sentences of different documents that support one fact
are predicted "same event". The universe is the listed pairs (annotated sentences, one story,
two documents); predictions outside it are ignored. Precision, recall, F1 and the share of the
gold negatives predicted (false-positive rate) are printed next to two references: every pair
positive, and the README's word-overlap baseline (Jaccard of lower-cased content words >= 0.05).

Negatives are pairs of one story that share no event chain, so they punish matching on the
story's topic words alone. `--check` exits 1 when F1 falls under its floor or the
false-positive rate rises over its ceiling in `events_baseline.json`; without the data it
says so in one line and exits 0 (CI has the data).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import newsfuse
from newsfuse.analyze.nlp import analyze_docs
from newsfuse.analyze.sentences import split_sentences
from newsfuse.analyze.tokens import content_words
from newsfuse.compose.events import same_event_links
from newsfuse.model import Brief
from newsfuse.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ecbplus-events-dev"
FLOORS = Path(__file__).with_name("events_baseline.json")
OVERLAP_BASELINE = 0.05  # the README's word-overlap baseline threshold

Key = tuple[str, int]  # (document id, ECB+ sentence number)
Pair = frozenset[Key]


@dataclass(frozen=True)
class Score:
    tp: int
    predicted: int
    positives: int
    negatives: int

    @property
    def precision(self) -> float:
        return self.tp / max(self.predicted, 1)

    @property
    def recall(self) -> float:
        return self.tp / max(self.positives, 1)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / max(p + r, 1e-9)

    @property
    def fpr(self) -> float:
        return (self.predicted - self.tp) / max(self.negatives, 1)

    def row(self, name: str) -> str:
        return (
            f"{name:<28} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"FPR {self.fpr:.3f}  ({self.tp}/{self.predicted} predicted, "
            f"{self.positives} pos, {self.negatives} neg)"
        )


def score_pairs(universe: dict[Pair, bool], predicted: Iterable[Pair]) -> Score:
    inside = {pair for pair in predicted if pair in universe}
    tp = sum(universe[pair] for pair in inside)
    positives = sum(universe.values())
    return Score(tp, len(inside), positives, len(universe) - positives)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def universe_of(pairs: Sequence[dict[str, Any]]) -> dict[Pair, bool]:
    return {
        frozenset({(p["doc_a"], p["sent_a"]), (p["doc_b"], p["sent_b"])}): bool(p["same_event"])
        for p in pairs
    }


class SentenceMap:
    """Finds the ECB+ sentence of a piece of cleaned text in its original document."""

    def __init__(self, record: dict[str, Any]) -> None:
        self.text: str = record["text"]
        self.sentences: list[tuple[int, int, int]] = [tuple(s) for s in record["sentences"]]

    def sentence_at(self, offset: int) -> int | None:
        for number, start, end in self.sentences:
            if start <= offset < end:
                return number
        return None

    def sentences_of(self, piece: str) -> set[int]:
        """ECB+ sentences covered by `piece` (found verbatim, first occurrence); {} if absent."""
        piece = piece.strip()
        at = self.text.find(piece) if piece else -1
        if at < 0:
            return set()
        found = {self.sentence_at(at), self.sentence_at(at + len(piece) - 1)}
        return {n for n in found if n is not None}


def predicted_pairs(brief: Brief, maps: dict[str, SentenceMap]) -> set[Pair]:
    """Pairs of sentences of different documents that support one fact of the brief."""
    texts = {doc.id: doc.text for doc in brief.sources}
    pairs: set[Pair] = set()
    for fact in brief.facts:
        keys: set[Key] = set()
        for span in fact.spans:
            source = maps.get(span.source)
            if source is None:
                continue
            piece = texts[span.source][span.start : span.end]
            keys |= {(span.source, n) for n in source.sentences_of(piece)}
        pairs |= {frozenset(pair) for pair in combinations(keys, 2) if pair[0][0] != pair[1][0]}
    return pairs


def event_pairs(brief: Brief, maps: dict[str, SentenceMap]) -> tuple[set[Pair], set[Key]]:
    """Pairs of sentences that the event aligner (`compose.events`, with the spaCy parse when
    installed, as in the brief) links, and every ECB+ sentence that reached the brief's
    sentences (headlines become titles, for instance)."""
    sentences = {doc.id: split_sentences(doc) for doc in brief.sources}
    analysis = analyze_docs(sentences, Settings().batch_size)
    reached = {
        (doc, number)
        for doc, found in sentences.items()
        if doc in maps
        for s in found
        for number in maps[doc].sentences_of(s.text)
    }
    pairs: set[Pair] = set()
    for link in same_event_links(brief.sources, sentences, analysis=analysis):
        left, right = (maps.get(s.source) for s in (link.left, link.right))
        if left is None or right is None:
            continue
        pairs |= {
            frozenset({(link.left.source, a), (link.right.source, b)})
            for a in left.sentences_of(link.left.text)
            for b in right.sentences_of(link.right.text)
        }
    return pairs, reached


def overlap_baseline(universe: dict[Pair, bool], records: dict[str, dict[str, Any]]) -> set[Pair]:
    """The README's reference: pairs whose lower-cased content words have Jaccard >= 0.05."""
    words: dict[Key, set[str]] = {}
    for doc_id, record in records.items():
        for number, start, end in record["sentences"]:
            words[(doc_id, number)] = set(content_words(record["text"][start:end]))
    chosen = set()
    for pair in universe:
        a, b = (words.get(key, set()) for key in pair)
        if a and b and len(a & b) / len(a | b) >= OVERLAP_BASELINE:
            chosen.add(pair)
    return chosen


def brief_of(records: Sequence[dict[str, Any]]) -> Brief:
    raws = [newsfuse.RawDoc(id=r["id"], content=r["text"], kind="text") for r in records]
    return newsfuse.brief(raws)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--check", action="store_true", help=f"enforce {FLOORS.name}")
    parser.add_argument("--stories", type=int, default=0, help="only the first N stories")
    args = parser.parse_args(argv)
    events, pairs_path = args.data / "events.jsonl", args.data / "sentence_pairs.jsonl"
    if not events.is_file() or not pairs_path.is_file():
        print(f"bench/events.py: skipped, ECB+ events data not found at {args.data}")
        return
    records = read_jsonl(events)
    gold = read_jsonl(pairs_path)
    by_story: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_story.setdefault(record["story"], []).append(record)
    stories = sorted(by_story)[: args.stories or None]
    gold = [p for p in gold if p["story"] in stories]
    universe = universe_of(gold)
    predicted: set[Pair] = set()
    aligned: set[Pair] = set()
    reached: set[Key] = set()
    started = time.perf_counter()
    facts = 0
    for story in stories:
        brief = brief_of(by_story[story])
        facts += len(brief.facts)
        maps = {r["id"]: SentenceMap(r) for r in by_story[story]}
        predicted |= predicted_pairs(brief, maps)
        links, seen = event_pairs(brief, maps)
        aligned, reached = aligned | links, reached | seen
    seconds = time.perf_counter() - started
    chosen = {r["id"]: r for s in stories for r in by_story[s]}
    documents = len(chosen)
    print(f"ECB+ dev: {len(stories)} stories, {documents} documents, {len(universe)} pairs")
    everything = score_pairs(universe, universe)
    print(everything.row("all pairs positive"))
    print(score_pairs(universe, overlap_baseline(universe, chosen)).row("word overlap >= 0.05"))
    score = score_pairs(universe, predicted)
    print(score.row("newsfuse facts"))
    events = score_pairs(universe, aligned)
    print(events.row("newsfuse event alignment"))
    print(f"{facts} facts; {seconds:.1f} s for the briefs")
    inside = {pair: same for pair, same in universe.items() if pair <= reached}
    print(f"pairs whose two sentences reach the brief's text: {len(inside)}")
    print(score_pairs(inside, inside).row("  all pairs positive"))
    print(score_pairs(inside, overlap_baseline(inside, chosen)).row("  word overlap >= 0.05"))
    print(score_pairs(inside, predicted).row("  newsfuse facts"))
    print(score_pairs(inside, aligned).row("  newsfuse event alignment"))
    if args.check:
        sys.exit(check_floors({"facts": score, "events": events}))


def check_floors(scores: dict[str, Score]) -> int:
    """1 when a row's F1 is under its floor or its false-positive rate over its ceiling."""
    floors: dict[str, dict[str, float]] = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
    failed = 0
    for name, floor in floors.items():
        score = scores[name]
        if score.f1 < floor["f1"]:
            print(f"{name}: same-event F1 {score.f1:.3f} is under its floor {floor['f1']}")
            failed = 1
        if score.fpr > floor["fpr_max"]:
            print(f"{name}: false-positive rate {score.fpr:.3f} is over {floor['fpr_max']}")
            failed = 1
    return failed


if __name__ == "__main__":
    main()
