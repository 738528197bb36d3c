"""Time sentence splitting, the summary and the title on a synthetic story of many reports.

    .venv/bin/python bench/summary.py [--reports 1000] [--seed 7]

The story has a pool of facts, each written several ways; popular facts are carried by many
outlets. A quarter of the outlets write their own report, the rest copy one of them (wire
copy, lightly edited). Each report also has sentences of its own.
"""

from __future__ import annotations

import argparse
import random
import time

from newsfuse.analyze.sentences import split_sentences
from newsfuse.compose.summary import summarize
from newsfuse.compose.title import choose_title
from newsfuse.model import CleanDoc, Sentence, Syndication
from newsfuse.settings import Settings

_TOPIC = [
    "wildfire",
    "blaze",
    "county",
    "fire",
    "crews",
    "residents",
    "officials",
    "homes",
    "evacuation",
    "smoke",
]


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    letters = "abcdefghijklmnoprstuvw"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(size)]


def _sentence(rng: random.Random, words: list[str]) -> str:
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def _facts(rng: random.Random, vocabulary: list[str], count: int) -> list[list[str]]:
    facts = []
    for _ in range(count):
        words = rng.sample(_TOPIC, 2) + rng.sample(vocabulary, 7) + [str(rng.randint(2, 9000))]
        facts.append(words)
    return facts


def _variant(rng: random.Random, fact: list[str], vocabulary: list[str]) -> str:
    words = fact[:]
    rng.shuffle(words)
    if rng.random() < 0.5:
        words[rng.randrange(len(words))] = rng.choice(vocabulary)
    return _sentence(rng, [*words, "officials", "said"])


def _report(rng: random.Random, facts: list[list[str]], vocabulary: list[str]) -> list[str]:
    weights = [1.0 / (rank + 1) for rank in range(len(facts))]
    chosen = sorted(set(rng.choices(range(len(facts)), weights=weights, k=26)))
    lines = [_variant(rng, facts[i], vocabulary) for i in chosen]
    lines += [_sentence(rng, rng.sample(vocabulary, 12)) for _ in range(10)]
    rng.shuffle(lines)
    return lines


def synthetic_story(reports: int, seed: int) -> tuple[list[CleanDoc], Syndication]:
    """`reports` reports; every fourth is an original, the others copy a random original."""
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng, 6000)
    facts = _facts(rng, vocabulary, 120)
    groups: list[list[str]] = []
    originals: list[list[str]] = []
    docs: list[CleanDoc] = []
    for n in range(reports):
        if n % 4 == 0:
            originals.append(_report(rng, facts, vocabulary))
            groups.append([])
            group = len(originals) - 1
            lines = originals[group]
        else:
            group = rng.randrange(len(originals))
            lines = [line for line in originals[group] if rng.random() > 0.1]
        groups[group].append(f"r{n:04d}")
        body = " ".join(lines[:3]) + "\n" + " ".join(lines[3:])
        docs.append(CleanDoc(f"r{n:04d}", body, title=lines[0].rstrip(".")))
    return docs, Syndication({}, tuple(tuple(g) for g in groups))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    docs, syndication = synthetic_story(args.reports, args.seed)
    started = time.perf_counter()
    sentences: dict[str, list[Sentence]] = {d.id: split_sentences(d) for d in docs}
    split_done = time.perf_counter()
    summary = summarize(docs, sentences, syndication, Settings())
    summary_done = time.perf_counter()
    title = choose_title(docs, syndication)
    title_done = time.perf_counter()
    total = sum(len(s) for s in sentences.values())
    print(f"{len(docs)} reports, {len(syndication.groups)} independent, {total} sentences")
    print(f"split   {split_done - started:6.2f} s")
    print(f"summary {summary_done - split_done:6.2f} s")
    print(f"title   {title_done - summary_done:6.2f} s")
    for line in summary:
        print(f"- [{len(line.sources)} sources] {line.text}")
    print(f"title: {title}")


if __name__ == "__main__":
    main()
