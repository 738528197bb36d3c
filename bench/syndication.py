"""Syndication benchmark: copy-pair precision/recall, speed and memory (synthetic and examples).

Run as `.venv/bin/python bench/syndication.py [--sizes 1000,10000,100000] [--seed N]
[--outlets 300] [--tiny 10000] [--ecbplus PATH]`.

Part 1 generates a seeded corpus per size: wire stories with lightly edited copies (changed
words, cut sentences or paragraphs, swapped paragraphs, an outlet's own lead-in), rewrites of
the same event in other words (same names and figures, sometimes one shared quote) and
unrelated stories, shuffled. The truth is every pair of a wire story and its copies; rewrites
are not copies. Then one wire story run by `--outlets` outlets, each lightly edited, where
every report is a candidate of every other: the case that grows quadratically when each
candidate pair is aligned on its own. Part 2 scores every examples/*/gold.json ("copies":
lists of report file names, i.e. source ids) after ingest and cleaning, when those stages
exist.

Part 3 (`--tiny`) times `find_syndication` on that many near-identical tiny reports (one
short wire item, each copy with a word or two changed). Part 4 measures on real text
(ECB+ dev stories, `../shared/data/clustering-dev/ecbplus.jsonl`, skipped when absent): per
topic, both of its stories in one batch; per story, one real report R1 and two "condensed
wire copies", each R1 with 35-65% of every sentence's words deleted (order kept) and the
sentences interleaved with those of another real report of the story (which is then left
out). True pairs: R1 and its two condensed copies. Negatives: reports of the sibling story
of the topic (same kind of event, never copies), and distinct real reports of one story
that share no run of six words outside quotes. Real pairs of one story that do share such a
run are counted apart ("shared run"): many ECB+ reports are real rewrites of one agency
story. A pair counts as linked when `shared_with` lists it.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import random
import re
import resource
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console
from rich.progress import track
from rich.table import Table

from newsfuse.analyze.tokens import STOPWORDS
from newsfuse.model import CleanDoc, Syndication
from newsfuse.settings import Settings
from newsfuse.syndication import find_syndication

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ECBPLUS = Path(__file__).resolve().parent.parent.parent / "shared/data/clustering-dev/ecbplus.jsonl"
Pair = tuple[str, str]
console = Console()


@dataclass(frozen=True)
class Event:
    """What reports of one event share even when written independently."""

    names: tuple[str, ...]
    numbers: tuple[str, ...]


class Writer:
    """Seeded text generator over a Zipf-distributed vocabulary of made-up words."""

    def __init__(self, seed: int, size: int = 30_000) -> None:
        self.rng = np.random.default_rng(seed)
        function = sorted(STOPWORDS - {"said", "says", "say", "told", "tell"})
        syllables = [a + b for a in "bdfgklmnprstvz" for b in "aeiou"]
        made_up = {"".join(self.rng.choice(syllables, 3)) for _ in range(size * 2)}
        self.vocabulary = np.array(function + sorted(made_up)[:size])
        weights = np.cumsum(1.0 / np.arange(1, len(self.vocabulary) + 1))
        self.cumulative = weights / weights[-1]

    def event(self) -> Event:
        names = [" ".join(w.capitalize() for w in self.words(2)) for _ in range(4)]
        numbers = [f"{n:,}" for n in self.rng.integers(2, 9_000, 3)]
        return Event(tuple(names), tuple(numbers))

    def words(self, count: int) -> list[str]:
        picks = np.searchsorted(self.cumulative, self.rng.random(count))
        picked: list[str] = self.vocabulary[np.minimum(picks, len(self.vocabulary) - 1)].tolist()
        return picked

    def sentence(self, event: Event) -> str:
        tokens = self.words(int(self.rng.integers(12, 30)))
        for _ in range(int(self.rng.integers(0, 3))):
            facts = event.names + event.numbers
            tokens.insert(int(self.rng.integers(len(tokens))), facts[self.rng.integers(len(facts))])
        return tokens[0].capitalize() + " " + " ".join(tokens[1:]) + "."

    def story(self, event: Event) -> list[list[str]]:
        """Paragraphs of sentences."""
        count = int(self.rng.integers(4, 8))
        return [
            [self.sentence(event) for _ in range(self.rng.integers(1, 4))] for _ in range(count)
        ]

    def edit(self, wire: list[list[str]], event: Event) -> list[list[str]]:
        """A lightly edited copy: changed words, a cut, a swap, sometimes an own lead-in."""
        paragraphs = [[self.change_words(s) for s in p] for p in wire]
        if len(paragraphs) > 3 and self.rng.random() < 0.5:
            del paragraphs[int(self.rng.integers(1, len(paragraphs)))]
        elif self.rng.random() < 0.5:
            longest = max(paragraphs, key=len)
            if len(longest) > 1:
                del longest[int(self.rng.integers(len(longest)))]
        if self.rng.random() < 0.5:
            i, j = sorted(self.rng.choice(len(paragraphs), 2, replace=False))
            paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
        if self.rng.random() < 0.3:
            paragraphs.insert(0, [self.sentence(event)])
        return paragraphs

    def change_words(self, sentence: str) -> str:
        tokens = sentence.split()
        changed = np.flatnonzero(self.rng.random(len(tokens)) < 0.05)
        for i, word in zip(changed, self.words(len(changed)), strict=True):
            tokens[i] = word
        return " ".join(tokens)

    def rewrite(self, wire: list[list[str]], event: Event) -> list[list[str]]:
        """The same event in other words, sometimes quoting one sentence of the wire."""
        paragraphs = self.story(event)
        if self.rng.random() < 0.3:
            quote = wire[int(self.rng.integers(len(wire)))][0]
            paragraphs[int(self.rng.integers(len(paragraphs)))].append(quote)
        return paragraphs


def _text(paragraphs: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in paragraphs)


def corpus(size: int, seed: int) -> tuple[list[CleanDoc], set[Pair]]:
    """`size` shuffled reports and the true copy pairs among them."""
    writer = Writer(seed)
    texts: list[str] = []
    truth: list[list[int]] = []
    with console.status(f"generating {size:,} reports"):
        while len(texts) < size:
            event = writer.event()
            wire = writer.story(event)
            texts.append(_text(wire))
            if writer.rng.random() < 0.45:
                family = [len(texts) - 1]
                for _ in range(int(writer.rng.integers(1, 5))):
                    family.append(len(texts))
                    texts.append(_text(writer.edit(wire, event)))
                truth.append(family)
                if writer.rng.random() < 0.5:
                    texts.append(_text(writer.rewrite(wire, event)))
    order = writer.rng.permutation(len(texts))[:size]
    ids = {int(index): f"doc{rank}" for rank, index in enumerate(order)}
    docs = [CleanDoc(id=ids[int(index)], text=texts[index]) for index in order]
    pairs = {_pair(ids[a], ids[b]) for family in truth for a, b in _combinations(family, ids)}
    return docs, pairs


def _combinations(family: list[int], ids: dict[int, str]) -> Iterable[tuple[int, int]]:
    return itertools.combinations([i for i in family if i in ids], 2)


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def predicted_pairs(found: Syndication) -> set[Pair]:
    return {_pair(a, b) for group in found.groups for a, b in itertools.combinations(group, 2)}


def precision_recall(found: set[Pair], truth: set[Pair]) -> tuple[float, float]:
    hits = len(found & truth)
    return (hits / len(found) if found else 1.0), (hits / len(truth) if truth else 1.0)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def outlets(count: int, seed: int) -> tuple[list[CleanDoc], set[Pair]]:
    """One wire story run by `count` outlets, each lightly edited: every pair is a copy."""
    writer = Writer(seed)
    event = writer.event()
    wire = writer.story(event)
    docs = [CleanDoc(id=f"outlet{n}", text=_text(writer.edit(wire, event))) for n in range(count)]
    return docs, {_pair(a.id, b.id) for a, b in itertools.combinations(docs, 2)}


def run_synthetic(sizes: Sequence[int], seed: int, settings: Settings) -> Table:
    table = Table(title="synthetic corpora (peak RSS is the process's, sizes run smallest first)")
    for column in ("reports", "true pairs", "precision", "recall", "seconds", "docs/s", "peak MB"):
        table.add_column(column, justify="right")
    for size in track(sizes, description="syndication bench", console=console):
        table.add_row(str(size), *_measure(*corpus(size, seed), settings))
    return table


def run_outlets(count: int, seed: int, settings: Settings) -> Table:
    table = Table(title="one wire story run by many outlets (all candidate pairs are aligned)")
    for column in ("outlets", "true pairs", "precision", "recall", "seconds", "docs/s", "peak MB"):
        table.add_column(column, justify="right")
    table.add_row(f"{count:,}", *_measure(*outlets(count, seed), settings))
    return table


def _measure(docs: list[CleanDoc], truth: set[Pair], settings: Settings) -> list[str]:
    """The row of figures for one corpus: pairs, precision, recall, speed and memory."""
    start = time.perf_counter()
    with console.status(f"find_syndication on {len(docs):,} reports"):
        found = find_syndication(docs, settings)
    seconds = time.perf_counter() - start
    precision, recall = precision_recall(predicted_pairs(found), truth)
    return [
        f"{len(truth):,}", f"{precision:.3f}", f"{recall:.3f}",
        f"{seconds:.1f}", f"{len(docs) / seconds:,.0f}", f"{peak_rss_mb():,.0f}",
    ]  # fmt: skip


def _stage(module: str, name: str) -> Callable[..., Any] | None:
    try:
        found: Callable[..., Any] | None = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    return found


def run_examples(settings: Settings) -> Table | None:
    stories = sorted(p.parent for p in EXAMPLES.glob("*/gold.json"))
    load = _stage("newsfuse.ingest", "load_inputs")
    clean = _stage("newsfuse.cleaning", "clean_docs")
    if not stories or load is None or clean is None:
        console.print("examples skipped: no examples/*/gold.json, or ingest/clean not available")
        return None
    table = Table(title="examples (pairs of copies against gold.json)")
    for column in ("story", "reports", "gold pairs", "precision", "recall"):
        table.add_column(column, justify="right")
    for story in stories:
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        raws, _ = load([story / "reports"], settings)
        docs, _ = clean(raws, settings)
        found = find_syndication(docs, settings)
        truth = {
            _pair(a, b) for group in gold["copies"] for a, b in itertools.combinations(group, 2)
        }
        precision, recall = precision_recall(predicted_pairs(found), truth)
        table.add_row(
            story.name, str(len(docs)), str(len(truth)), f"{precision:.3f}", f"{recall:.3f}"
        )
    return table


def tiny_reports(count: int, seed: int) -> list[CleanDoc]:
    """`count` near-identical tiny reports: one short item, a word or two changed in each."""
    rng = random.Random(seed)
    base = (
        "A fire broke out at a warehouse in the port district on Tuesday night, officials said."
        " No one was hurt and the cause is being investigated."
    ).split()
    docs = []
    for n in range(count):
        words = list(base)
        for _ in range(rng.randint(1, 2)):
            words[rng.randrange(len(words))] = rng.choice(["blaze", "store", "city", "late", "two"])
        docs.append(CleanDoc(id=f"tiny{n}", text=" ".join(words) + f" Item {n}."))
    return docs


def run_tiny(count: int, seed: int, settings: Settings) -> Table:
    table = Table(title=f"{count:,} near-identical tiny reports through find_syndication")
    for column in ("reports", "groups", "largest group", "seconds", "CPU s", "peak MB"):
        table.add_column(column, justify="right")
    docs = tiny_reports(count, seed)
    start, cpu = time.perf_counter(), time.process_time()
    found = find_syndication(docs, settings)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    largest = max(len(g) for g in found.groups)
    table.add_row(
        f"{count:,}", f"{len(found.groups):,}", f"{largest:,}", f"{seconds:.1f}", f"{cpu:.1f}",
        f"{peak_rss_mb():,.0f}",
    )  # fmt: skip
    return table


def _condensed(text: str, rng: random.Random) -> list[str]:
    """Each line (sentence) with 35-65% of its words deleted, order kept."""
    lines = []
    for line in text.splitlines():
        tokens = line.split()
        if not tokens:
            continue
        keep = max(1, round(len(tokens) * (1 - rng.uniform(0.35, 0.65))))
        lines.append(" ".join(tokens[i] for i in sorted(rng.sample(range(len(tokens)), keep))))
    return lines


def _interleaved(first: list[str], second: list[str]) -> str:
    lines = [x for pair in itertools.zip_longest(first, second) for x in pair if x]
    return "\n".join(lines)


_QUOTED = re.compile(r"[\"“”][^\"“”]*[\"“”]")


def _runs(text: str, size: int = 6) -> set[tuple[str, ...]]:
    """The runs of `size` words of a text outside its quotes."""
    tokens = re.findall(r"\w+", _QUOTED.sub(" ", text).lower())
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def ecbplus_batches(path: Path, seed: int) -> list[tuple[list[CleanDoc], dict[Pair, str]]]:
    """Per topic: its reports with the synthetic condensed copies, and each pair's label
    ("copy", "sibling", "distinct" or "shared run")."""
    rng = random.Random(seed)
    stories: dict[str, list[dict[str, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        stories.setdefault(record["story"], []).append(record)
    topics: dict[str, list[str]] = {}
    for story in stories:
        topics.setdefault(story.split("_")[0], []).append(story)
    batches = []
    for names in topics.values():
        docs: list[CleanDoc] = []
        story_of: dict[str, str] = {}
        for name in sorted(names):
            original, second, third, *rest = stories[name]
            made = [
                CleanDoc(id=f"{name}/R1", text=original["text"]),
                CleanDoc(
                    id=f"{name}/C1",
                    text=_interleaved(
                        _condensed(original["text"], rng), second["text"].splitlines()
                    ),
                ),
                CleanDoc(
                    id=f"{name}/C2",
                    text=_interleaved(
                        _condensed(original["text"], rng), third["text"].splitlines()
                    ),
                ),
            ]
            made += [CleanDoc(id=r["id"], text=r["text"]) for r in rest]
            docs += made
            story_of.update((d.id, name) for d in made)
        labels: dict[Pair, str] = {}
        for a, b in itertools.combinations(docs, 2):
            if story_of[a.id] != story_of[b.id]:
                label = "sibling"
            elif "/" in a.id and "/" in b.id:
                label = "copy"
            elif "/" in a.id or "/" in b.id:
                continue  # a condensed copy beside an unrelated real report: not scored
            else:
                label = "shared run" if _runs(a.text) & _runs(b.text) else "distinct"
            labels[_pair(a.id, b.id)] = label
        batches.append((docs, labels))
    return batches


def run_ecbplus(path: Path, seed: int, settings: Settings) -> Table:
    counts = {label: [0, 0] for label in ("copy", "sibling", "distinct", "shared run")}
    seconds = 0.0
    for docs, labels in ecbplus_batches(path, seed):
        start = time.perf_counter()
        found = find_syndication(docs, settings)
        seconds += time.perf_counter() - start
        linked = {_pair(a, s.source) for a, shared in found.shared_with.items() for s in shared}
        for pair, label in labels.items():
            counts[label][0] += pair in linked
            counts[label][1] += 1
    hits, truth = counts["copy"]
    false = counts["sibling"][0] + counts["distinct"][0]
    table = Table(title=f"real text: condensed wire copies in ECB+ dev stories (seed {seed})")
    for column in ("pairs", "linked", "of", "share"):
        table.add_column(column, justify="right")
    for label, (found_count, total) in counts.items():
        table.add_row(label, str(found_count), str(total), f"{found_count / max(total, 1):.3f}")
    precision = hits / max(hits + false, 1)
    table.add_row("copy-pair precision", "", "", f"{precision:.3f}")
    table.add_row("copy-pair recall", "", "", f"{hits / max(truth, 1):.3f}")
    table.add_row("seconds", "", "", f"{seconds:.1f}")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated corpus sizes")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic corpora")
    parser.add_argument("--outlets", type=int, default=300, help="outlets running one story")
    parser.add_argument("--tiny", type=int, default=10_000, help="near-identical tiny reports")
    parser.add_argument("--ecbplus", type=Path, default=ECBPLUS, help="ECB+ dev stories (JSONL)")
    args = parser.parse_args()
    settings = Settings()
    if args.ecbplus.is_file():
        console.print(run_ecbplus(args.ecbplus, args.seed, settings))
    else:
        console.print(f"real-text part skipped: {args.ecbplus} not found")
    if args.tiny > 1:
        console.print(run_tiny(args.tiny, args.seed, settings))
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    if sizes:
        console.print(run_synthetic(sizes, args.seed, settings))
    if args.outlets > 1:
        console.print(run_outlets(args.outlets, args.seed, settings))
    examples = run_examples(settings)
    if examples is not None:
        console.print(examples)


if __name__ == "__main__":
    main()
