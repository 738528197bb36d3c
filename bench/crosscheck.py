"""Score the cross-checking stages against the hand-labelled gold of every bundled example.

    .venv/bin/python bench/crosscheck.py [--examples examples]

For every `examples/<story>/` with a `gold.json` (schema in examples/README.md), the whole
pipeline runs through the public API, `newsfuse.brief(story / "reports")`, and each component
of the brief is matched to the gold one to one (greedily, best match first):

- conflicts: a predicted conflict matches a gold one when (1) every gold variant has its own
  predicted variant sharing at least half of its sources (source Jaccard >= 0.5), and (2) it is
  about the same thing: the predicted `about`, values and texts share a content word with the
  gold `about` and values. Precision over predicted conflicts, recall over gold ones.
- timeline: a predicted entry matches a gold one with the same date whose event is similar: at
  least `TEXT_OVERLAP` of the gold event's content words (plurals folded, the quoted relative
  expression left out) occur in the entry. Precision over predicted entries, recall over gold.
- quotes (speaker attribution): a gold quote is found when a predicted quote's text contains its
  fragment, or lies inside it, quotes and spaces normalised. Its speaker is right when the
  predicted speaker is the gold name or one of its aliases, a title or first name around it
  ignored. Precision = right speakers / gold quotes found; recall = right speakers / gold quotes.
- facts: a gold fact is found when a predicted fact shares a source with it and contains at
  least `TEXT_OVERLAP` of its content words; the best such fact is taken. Recall only: the gold
  lists the main claims, not every claim, so unmatched predicted facts are not errors. Several
  gold facts may find the same predicted fact, since one sentence often states several claims;
  corroboration below is what checks that the match is the right claim.
- corroboration: for the gold facts found, whether `independent_sources` equals the gold count.
  Precision = right counts / facts found; recall = right counts / gold facts.
- fact sources: for the gold facts found, the reports the predicted fact cites against the gold
  fact's reports. Precision = cited reports the gold lists / cited reports (a fact citing a
  report that does not state it); recall = cited reports the gold lists / gold reports.
- entities: a predicted entity matches a gold one when its name or an alias equals the gold
  name or one of its aliases (case-insensitive). Precision over predicted, recall over gold.

Counts are summed over stories for the overall table (micro-averages). The time per report is
that of the cross-checking stage alone, measured from the pipeline's "cross-checking" progress
call to the end of `brief`, divided by the number of reports.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from rich.console import Console
from rich.table import Table

import newsfuse
from newsfuse.analyze.tokens import normalize
from newsfuse.compose.similarity import terms
from newsfuse.model import Brief

ROOT = Path(__file__).resolve().parent.parent
TEXT_OVERLAP = 0.5  # share of a gold text's content words a prediction must contain
SOURCE_JACCARD = 0.5  # source overlap a predicted conflict variant needs with a gold one
STAGE = "cross-checking"
FLOORS = Path(__file__).with_name("crosscheck_baseline.json")

Gold = dict[str, Any]
P = TypeVar("P")
G = TypeVar("G")


@dataclass(frozen=True)
class Score:
    """Counts behind one precision/recall pair; `None` precision where it is not defined."""

    right_predicted: int
    predicted: int | None
    right_gold: int
    gold: int

    def __add__(self, other: Score) -> Score:
        predicted = (
            None
            if self.predicted is None or other.predicted is None
            else self.predicted + other.predicted
        )
        return Score(
            self.right_predicted + other.right_predicted,
            predicted,
            self.right_gold + other.right_gold,
            self.gold + other.gold,
        )

    @property
    def precision(self) -> float | None:
        return None if not self.predicted else self.right_predicted / self.predicted

    @property
    def recall(self) -> float | None:
        return None if not self.gold else self.right_gold / self.gold

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return None if p is None or r is None or p + r == 0 else 2 * p * r / (p + r)


def words_of(text: str) -> set[str]:
    """Content words with plurals folded, without parenthesised asides."""
    return set(terms(re.sub(r"\([^)]*\)", " ", text)))


def overlap(gold_text: str, predicted_text: str) -> float:
    """Share of the gold text's content words found in the predicted text."""
    gold = words_of(gold_text)
    return len(gold & words_of(predicted_text)) / len(gold) if gold else 0.0


def jaccard(a: Sequence[str], b: Sequence[str]) -> float:
    union = set(a) | set(b)
    return len(set(a) & set(b)) / len(union) if union else 0.0


def match_greedily(
    predicted: Sequence[P], gold: Sequence[G], similarity: Callable[[P, G], float]
) -> list[tuple[int, int]]:
    """One-to-one (predicted, gold) index pairs with similarity > 0, best pairs first."""
    scored = [
        (value, p, g)
        for p, item in enumerate(predicted)
        for g, target in enumerate(gold)
        if (value := similarity(item, target)) > 0
    ]
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, p, g in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if p not in used_p and g not in used_g:
            pairs.append((p, g))
            used_p.add(p)
            used_g.add(g)
    return pairs


def matched_score(predicted: Sequence[P], gold: Sequence[G], pairs: list[tuple[int, int]]) -> Score:
    return Score(len(pairs), len(predicted), len(pairs), len(gold))


def conflict_similarity(predicted: Any, gold: Gold) -> float:
    """Mean source Jaccard of the gold variants' own predicted variants; 0 when unmatched."""
    variants = [list(v.sources) for v in predicted.variants]
    pairs = match_greedily(variants, gold["variants"], lambda p, g: jaccard(p, g["sources"]))
    scores = [jaccard(variants[p], gold["variants"][g]["sources"]) for p, g in pairs]
    if len(pairs) < len(gold["variants"]) or min(scores) < SOURCE_JACCARD:
        return 0.0
    gold_words = words_of(" ".join([gold["about"], *(v["value"] for v in gold["variants"])]))
    texts = [predicted.about, *(f"{v.value} {v.text}" for v in predicted.variants)]
    return sum(scores) / len(scores) if gold_words & words_of(" ".join(texts)) else 0.0


def score_conflicts(brief: Brief, gold: Gold) -> Score:
    pairs = match_greedily(brief.conflicts, gold["conflicts"], conflict_similarity)
    return matched_score(brief.conflicts, gold["conflicts"], pairs)


def timeline_similarity(predicted: Any, gold: Gold) -> float:
    if predicted.date.isoformat() != gold["date"]:
        return 0.0
    value = overlap(gold["event"], predicted.text)
    return value if value >= TEXT_OVERLAP else 0.0


def score_timeline(brief: Brief, gold: Gold) -> Score:
    pairs = match_greedily(brief.timeline, gold["timeline"], timeline_similarity)
    return matched_score(brief.timeline, gold["timeline"], pairs)


def flat(text: str) -> str:
    """Lower case, straight quotes, single spaces, no surrounding punctuation."""
    return " ".join(normalize(text).split()).strip(" \"'.,;:")


def speaker_names(gold: Gold, speaker: str) -> set[str]:
    """The gold speaker's name and every alias of that entity, flattened."""
    names = {speaker}
    for entity in gold["entities"]:
        if entity["name"] == speaker:
            names.update(entity["aliases"])
    return {flat(n) for n in names}


def speaker_right(predicted: str, names: set[str]) -> bool:
    """Exact name or alias, or the predicted name ends with one of at least two words."""
    name = flat(predicted)
    return name in names or any(
        len(n.split()) >= 2 and (name.endswith(" " + n) or n.endswith(" " + name)) for n in names
    )


def score_quotes(brief: Brief, gold: Gold) -> Score:
    found = right = 0
    for quote in gold["quotes"]:
        fragment = flat(quote["fragment"])
        hits = [
            q
            for q in brief.quotes
            if fragment in flat(q.text) or (len(flat(q.text)) > 15 and flat(q.text) in fragment)
        ]
        found += bool(hits)
        names = speaker_names(gold, quote["speaker"])
        right += any(speaker_right(q.speaker, names) for q in hits)
    return Score(right, found, right, len(gold["quotes"]))


def fact_similarity(predicted: Any, gold: Gold) -> float:
    if not set(predicted.sources) & set(gold["sources"]):
        return 0.0
    value = overlap(gold["text"], predicted.text)
    # Prefer, among equally worded facts, the one citing the gold sources.
    return (
        value + 0.01 * jaccard(predicted.sources, gold["sources"]) if value >= TEXT_OVERLAP else 0.0
    )


def score_facts(brief: Brief, gold: Gold) -> tuple[Score, Score, Score]:
    """(fact recall, corroboration counts, cited sources) for one story."""
    facts = list(brief.facts)
    best: list[Any] = []
    for target in gold["facts"]:
        values = [fact_similarity(f, target) for f in facts]
        if values and max(values) > 0:
            best.append((facts[values.index(max(values))], target))
    right = sum(f.independent_sources == t["independent_sources"] for f, t in best)
    cited = sum(len(set(f.sources) & set(t["sources"])) for f, t in best)
    return (
        Score(0, None, len(best), len(gold["facts"])),
        Score(right, len(best), right, len(gold["facts"])),
        Score(
            cited,
            sum(len(set(f.sources)) for f, _ in best),
            cited,
            sum(len(set(t["sources"])) for _, t in best),
        ),
    )


def entity_names(names: Sequence[str]) -> set[str]:
    return {flat(n) for n in names}


def score_entities(brief: Brief, gold: Gold) -> Score:
    def similarity(predicted: Any, target: Gold) -> float:
        mine = entity_names([predicted.name, *predicted.aliases])
        theirs = entity_names([target["name"], *target["aliases"]])
        return 1.0 if mine & theirs else 0.0

    pairs = match_greedily(brief.entities, gold["entities"], similarity)
    return matched_score(brief.entities, gold["entities"], pairs)


def score_story(brief: Brief, gold: Gold) -> dict[str, Score]:
    facts, corroboration, cited = score_facts(brief, gold)
    return {
        "conflicts": score_conflicts(brief, gold),
        "timeline": score_timeline(brief, gold),
        "quote speakers": score_quotes(brief, gold),
        "facts (recall)": facts,
        "corroboration": corroboration,
        "fact sources": cited,
        "entities": score_entities(brief, gold),
    }


def run_story(story: Path) -> tuple[Brief, float]:
    """The brief of one story and the seconds its cross-checking stage took."""
    marks: dict[str, float] = {}

    def mark(stage: str) -> None:
        marks.setdefault(stage, time.perf_counter())

    brief = newsfuse.brief(story / "reports", progress=mark)
    end = time.perf_counter()
    if STAGE not in marks:
        sys.exit(f"the pipeline never reported a {STAGE!r} stage; cannot time it")
    return brief, end - marks[STAGE]


def cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def table(title: str, scores: dict[str, Score], seconds_per_report: float) -> Table:
    view = Table(title=title)
    for column in ("component", "precision", "recall", "F1", "counts (right/pred, right/gold)"):
        view.add_column(column, justify="left" if column == "component" else "right")
    for name, score in scores.items():
        predicted = "—" if score.predicted is None else str(score.predicted)
        counts = f"{score.right_predicted}/{predicted}, {score.right_gold}/{score.gold}"
        view.add_row(name, cell(score.precision), cell(score.recall), cell(score.f1), counts)
    view.caption = f"cross-checking: {seconds_per_report * 1000:.1f} ms per report"
    return view


def check_pipeline() -> None:
    """Exit with a clear message when a stage the brief needs is not importable yet."""
    try:
        import newsfuse.pipeline  # noqa: F401
    except ImportError as error:
        sys.exit(f"the pipeline cannot run: a stage is missing ({error})")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--examples", type=Path, default=ROOT / "examples")
    parser.add_argument(
        "--check",
        action="store_true",
        help=f"exit 1 if an overall recall falls under its floor in {FLOORS.name}",
    )
    args = parser.parse_args(argv)
    check_pipeline()
    stories = sorted(p.parent for p in args.examples.glob("*/gold.json"))
    if not stories:
        sys.exit(f"{args.examples}: no story with a gold.json")
    console = Console()
    total: dict[str, Score] = {}
    seconds = reports = 0.0
    for story in stories:
        gold: Gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        brief, spent = run_story(story)
        scores = score_story(brief, gold)
        console.print(table(story.name, scores, spent / max(len(brief.sources), 1)))
        total = {k: total[k] + v if k in total else v for k, v in scores.items()}
        seconds, reports = seconds + spent, reports + len(brief.sources)
    console.print(table("overall", total, seconds / max(reports, 1)))
    if args.check:
        sys.exit(check_floors(total, console))


def check_floors(total: dict[str, Score], console: Console) -> int:
    """1 when a component's overall recall or precision is under its pinned floor."""
    floors: dict[str, dict[str, float]] = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
    failed = 0
    for component, floor in floors.items():
        for measure, minimum in floor.items():
            value = getattr(total[component], measure)
            if value is None or value < minimum:
                console.print(f"[red]{component} {measure} {value} is under its floor {minimum}")
                failed = 1
    return failed


if __name__ == "__main__":
    main()
