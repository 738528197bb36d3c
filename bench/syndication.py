"""Syndication benchmark: copy-pair precision/recall, speed and memory (synthetic and examples).

Run as `.venv/bin/python bench/syndication.py [--sizes 1000,10000,100000] [--seed N]
[--outlets 300]`.

Part 1 generates a seeded corpus per size: wire stories with lightly edited copies (changed
words, cut sentences or paragraphs, swapped paragraphs, an outlet's own lead-in), rewrites of
the same event in other words (same names and figures, sometimes one shared quote) and
unrelated stories, shuffled. The truth is every pair of a wire story and its copies; rewrites
are not copies. Then one wire story run by `--outlets` outlets, each lightly edited, where
every report is a candidate of every other: the case that grows quadratically when each
candidate pair is aligned on its own. Part 2 scores every examples/*/gold.json ("copies":
lists of report file names, i.e. source ids) after ingest and cleaning, when those stages
exist.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated corpus sizes")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic corpora")
    parser.add_argument("--outlets", type=int, default=300, help="outlets running one story")
    args = parser.parse_args()
    settings = Settings()
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    console.print(run_synthetic(sizes, args.seed, settings))
    if args.outlets > 1:
        console.print(run_outlets(args.outlets, args.seed, settings))
    examples = run_examples(settings)
    if examples is not None:
        console.print(examples)


if __name__ == "__main__":
    main()
