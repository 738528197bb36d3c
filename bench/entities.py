"""Named entities on MEANTIME: names, types and cross-document merges against gold instances.

Run as `.venv/bin/python bench/entities.py [--data DIR] [--no-model] [--check] [--show N]`.

Each of the four topical corpora (30 Wikinews articles each) is read as one story, as a brief
would read its reports. Gold *names* are the entity mentions annotated as names (`NAM`,
`PRE.NAM`), plus unmarked mentions written as a name (every word capitalised, not at the start
of a line): the corpus marks syntactic types only on some mentions. Everything is scored only
inside the annotated ranges. A predicted mention matches the gold name it overlaps (each used
once). Names: precision over all predictions, recall over gold PER/ORG/LOC names (products and
financial indices are not ours to find, but finding one is no error). Typed: a match counts
when our type maps to the gold one (PERSON->PER, ORG->ORG, GPE/LOC->LOC).

Merges: every two distinct name forms of matched mentions in one corpus form a pair; we merge
it when both forms land in one entity, gold when both forms name one instance. Wrong merges
are pairs we merge that gold keeps apart, missed merges the reverse.

`--check` exits non-zero when a figure falls below its floor in bench/entities_baseline.json
(floors for the mode run: with the model or rules only); without the data it says so in one
line and exits 0.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import floors
from newsfuse.analyze.entities import story_mentions
from newsfuse.analyze.entities.aliases import merge_aliases
from newsfuse.analyze.nlp import analyze_docs
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "meantime-en"
BASELINE = Path(__file__).resolve().parent / "entities_baseline.json"
TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
OURS = frozenset(TYPE_MAP.values())
_JOINERS = frozenset("of and for the de la le van von der del da di al & -".split())


@dataclass(frozen=True)
class GoldName:
    start: int
    end: int
    type: str  # PER, ORG, LOC, PRO, FIN, MIX or "" (unlinked)
    instance: str


@dataclass(frozen=True)
class Article:
    id: str
    corpus: str
    text: str
    annotated: tuple[int, int]
    names: tuple[GoldName, ...]


@dataclass(frozen=True)
class Predicted:
    doc: str
    start: int  # offsets into the article's text
    end: int
    name: str
    type: str
    entity: int  # index of the predicted entity


@dataclass
class Counts:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    matched_ours: int = 0
    typed: int = 0
    merged: int = 0
    same: int = 0
    right_merges: int = 0
    wrong: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[str, str]] = field(default_factory=list)
    unmatched: Counter[str] = field(default_factory=Counter)
    by_type: Counter[tuple[str, str]] = field(default_factory=Counter)

    def figures(self) -> dict[str, float]:
        p = self.matched / max(self.predicted, 1)
        r = self.matched_ours / max(self.gold, 1)
        tp = self.typed / max(self.predicted, 1)
        tr = self.typed / max(self.gold, 1)
        mp = self.right_merges / max(self.merged, 1)
        mr = self.right_merges / max(self.same, 1)
        return {
            "name_precision": p,
            "name_recall": r,
            "name_f1": _f1(p, r),
            "typed_precision": tp,
            "typed_recall": tr,
            "typed_f1": _f1(tp, tr),
            "merge_precision": mp,
            "merge_recall": mr,
            "merge_f1": _f1(mp, mr),
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _name_shaped(text: str) -> bool:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w in _JOINERS for w in words)


def _line_start(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] == "\n"


def load_articles(data: Path) -> list[Article]:
    articles = []
    with (data / "meantime-en.jsonl").open(encoding="utf8") as lines:
        for line in lines:
            record = json.loads(line)
            lo, hi = record["annotated_range"]
            text = record["text"]
            names = tuple(
                GoldName(e["start"], e["end"], e["type"] or "", e["instance"] or "")
                for e in record["entities"]
                if lo <= e["start"] < hi
                and (
                    e.get("syntactic_type") in ("NAM", "PRE.NAM")
                    or (
                        e.get("syntactic_type") is None
                        and _name_shaped(e["text"])
                        and not _line_start(text, e["start"])
                    )
                )
            )
            articles.append(Article(record["id"], record["corpus"], text, (lo, hi), names))
    return articles


def predict(articles: Sequence[Article], use_model: bool) -> list[Predicted]:
    """Our mentions of one corpus read as one story, each tagged with its entity."""
    docs = [CleanDoc(a.id, a.text) for a in articles]
    sentences = {d.id: split_sentences(d) for d in docs}
    analysis = analyze_docs(sentences, 64, use_model) if use_model else None
    if use_model and analysis is None:
        raise SystemExit("the spaCy model is not installed: run with --no-model")
    clusters = merge_aliases(story_mentions(docs, sentences, analysis))
    return [
        Predicted(m.source, m.start, m.end, m.name, cluster.label, index)
        for index, cluster in enumerate(clusters)
        for m in cluster.mentions
    ]


def score(articles: Sequence[Article], use_model: bool, counts: Counts) -> None:
    by_id = {a.id: a for a in articles}
    predicted = [
        p
        for p in predict(articles, use_model)
        if by_id[p.doc].annotated[0] <= p.start < by_id[p.doc].annotated[1]
    ]
    matches: list[tuple[Predicted, GoldName]] = []
    for article in articles:
        mine = sorted((p for p in predicted if p.doc == article.id), key=lambda p: p.start)
        matches.extend(_match_article(article, mine, counts))
    _score_merges(matches, counts)


def _match_article(
    article: Article, predicted: Sequence[Predicted], counts: Counts
) -> list[tuple[Predicted, GoldName]]:
    counts.predicted += len(predicted)
    counts.gold += sum(g.type in OURS for g in article.names)
    used: set[int] = set()
    matches = []
    for p in predicted:
        overlapping = [
            i
            for i, g in enumerate(article.names)
            if i not in used and p.start < g.end and g.start < p.end
        ]
        if not overlapping:
            counts.by_type[(TYPE_MAP.get(p.type, p.type), "none")] += 1
            counts.unmatched[p.name] += 1
            continue
        # Prefer the gold name with the same start, then the shortest (the bare name).
        index = min(
            overlapping,
            key=lambda i: (article.names[i].start != p.start, article.names[i].end - p.start),
        )
        used.add(index)
        gold = article.names[index]
        counts.matched += 1
        counts.matched_ours += gold.type in OURS
        counts.typed += TYPE_MAP.get(p.type) == gold.type
        counts.by_type[(TYPE_MAP.get(p.type, p.type), gold.type or "unlinked")] += 1
        matches.append((p, gold))
    return matches


def _score_merges(matches: Iterable[tuple[Predicted, GoldName]], counts: Counts) -> None:
    entity: dict[str, Counter[int]] = defaultdict(Counter)
    instance: dict[str, Counter[str]] = defaultdict(Counter)
    for p, g in matches:
        if not g.instance:
            continue
        form = p.name.lower()
        entity[form][p.entity] += 1
        instance[form][g.instance] += 1
    forms = sorted(entity)
    ours = {f: entity[f].most_common(1)[0][0] for f in forms}
    theirs = {f: instance[f].most_common(1)[0][0] for f in forms}
    for a, b in combinations(forms, 2):
        merged, same = ours[a] == ours[b], theirs[a] == theirs[b]
        counts.merged += merged
        counts.same += same
        counts.right_merges += merged and same
        if merged and not same:
            counts.wrong.append((a, b))
        elif same and not merged:
            counts.missed.append((a, b))


def print_figures(counts: Counts, articles: int, use_model: bool, show: int) -> None:
    f = counts.figures()
    mode = "spaCy model" if use_model else "rules only"
    print(
        f"MEANTIME-en entities ({mode}): {articles} articles in 4 corpora, {counts.gold} gold "
        f"PER/ORG/LOC names in the annotated ranges, {counts.predicted} predicted mentions"
    )
    print(f"names   P {f['name_precision']:.3f}  R {f['name_recall']:.3f}  F1 {f['name_f1']:.3f}")
    print(
        f"typed   P {f['typed_precision']:.3f}  R {f['typed_recall']:.3f}  F1 {f['typed_f1']:.3f}"
    )
    print(
        f"merges  P {f['merge_precision']:.3f}  R {f['merge_recall']:.3f}  "
        f"F1 {f['merge_f1']:.3f}  ({counts.right_merges} right, {len(counts.wrong)} wrong, "
        f"{len(counts.missed)} missed of {counts.same} gold pairs)"
    )
    pairs = counts.by_type.most_common()
    print("ours -> gold: " + ", ".join(f"{a}->{b} {n}" for (a, b), n in pairs))
    if show:
        print("wrong merges: " + "; ".join(f"{a} = {b}" for a, b in counts.wrong[:show]))
        print("missed merges: " + "; ".join(f"{a} / {b}" for a, b in counts.missed[:show]))
        common = counts.unmatched.most_common(show)
        print("unmatched names: " + "; ".join(f"{name} {n}" for name, n in common))


def main(argv: Sequence[str] | None = None) -> int:
    parser = floors.options(__doc__, DEFAULT_DATA)
    parser.add_argument("--no-model", action="store_true", help="rule-based entities only")
    parser.add_argument("--show", type=int, default=0, help="print N wrong and missed merges")
    args = parser.parse_args(argv)
    if floors.absent("entities", args.data, ["meantime-en.jsonl"]):
        return 0
    use_model = not args.no_model
    if use_model and analyze_docs({}, 1) is None:
        print("spaCy model not installed: scoring the rule-based entities")
        use_model = False
    articles = load_articles(args.data)
    corpora: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        corpora[article.corpus].append(article)
    counts = Counts()
    for corpus in sorted(corpora):
        score(corpora[corpus], use_model, counts)
    print_figures(counts, len(articles), use_model, args.show)
    if not args.check:
        return 0
    baseline: dict[str, Any] = json.loads(BASELINE.read_text(encoding="utf8"))
    return floors.check(counts.figures(), baseline["model" if use_model else "rules"])


if __name__ == "__main__":
    sys.exit(main())
