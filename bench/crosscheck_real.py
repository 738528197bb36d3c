"""Score the brief against the hand-labelled gold of real ECB+ stories (bench/gold/ecbplus).

    .venv/bin/python bench/crosscheck_real.py [--data ../shared/data] [--story ID ...] [--check]

Each labelled story's documents (`../shared/data/clustering-dev/ecbplus.jsonl`) go through the
public API as one `newsfuse.RawDoc` per document (id = the ECB+ document id, flattened text),
with the spaCy model when it loads. The gold (schema in bench/gold/ecbplus/README.md) was written
by reading the documents, never by running newsfuse.

How a brief item meets a gold phrase. Every gold phrase is located in the cleaned text of its
document (`brief.sources[].text`). An item (a conflict variant or a fact) *covers* the phrase when
one of its spans in that document overlaps at least half of the phrase's characters. When the
item has no span in that document but cites it, or the cleaner changed the phrase, the item
covers it when its text contains the phrase (lower case, spaces folded).

- conflicts: a predicted conflict matches a gold conflict when two or more of its variants cover
  phrases of as many different gold sides (a one-to-one assignment of variants to sides).
  Predicted and gold conflicts are paired one to one, most sides first. Precision = matched /
  predicted, recall = matched / gold. A predicted conflict that matches a labelled non-conflict
  the same way is reported as a false conflict on a look-alike; every unmatched prediction
  counts against precision.
- facts precision: the share of predicted facts that read as claims, judged mechanically. A fact
  is not a claim when (1) every line of the source holding its spans is short (at most 20
  words) and lacks sentence-final punctuation (headlines, datelines, section headings, captions,
  credits: the ECB+ texts hold one sentence per line); (2) it is a question; (3) it is a
  fragment: it begins inside a number that the source splits ("4. 6"); or, with the spaCy model,
  no token in it has a subject dependency (nsubj, nsubjpass, csubj, expl) on a verb, or it
  starts in lower case with a conjunction or preposition ("that he fled ..."), hanging off
  another clause (a clause with its own subject, "the newspaper speculates ...", is a claim);
  without the model, any start but a capital letter, a digit or a quote mark is a fragment.
  The count per reason is printed.
  Also printed, as a lower bound: the share of multi-source facts that match a labelled shared
  fact (the gold lists the main shared claims, not all of them).
- shared-fact recall: a gold shared fact is found when one predicted fact covers its phrases in
  at least two of its documents; the fact covering most of them is taken (one predicted fact may
  find several gold facts: one sentence often states several claims). Document coverage is the
  share of the gold fact's documents that the found fact covers.
- corroboration: for the shared facts found, the predicted `independent_sources` against the
  gold `independent_outlets`: exact-match rate and mean absolute error.
- wire copies: predicted pairs are the pairs inside each `brief.syndication.groups` group and
  every `shared_with` link; gold pairs are the pairs inside each `wire_copies` entry. Pairs listed
  under `partial_copies` are left out of both sides. Precision = right / predicted, recall =
  right / gold; predicted pairs that the gold lists as `not_copies` are counted apart.

`--check` compares the overall figures with bench/gold/ecbplus/baseline.json (floors, and a
ceiling for the corroboration error) and exits 1 under a floor. Without ../shared/data it says so
in one line and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any, Protocol

import newsfuse
from newsfuse.analyze.nlp import shared_model
from newsfuse.analyze.tokens import normalize
from newsfuse.model import Brief, Fact, RawDoc, Span

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold" / "ecbplus"
FLOORS = GOLD / "baseline.json"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
CORPUS = Path("clustering-dev") / "ecbplus.jsonl"
COVER = 0.5  # share of a phrase's characters a span must overlap
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# A line that ends a sentence (or runs on after a comma): final punctuation, then closing marks.
SENTENCE_END = re.compile(r"[.!?,;](\s*[\"'”’)\]])*\s*$")
SENTENCE_START = re.compile(r"^[\"'“‘(\[]*\s*[A-Z0-9]")
SPLIT_NUMBER = re.compile(r"\d\.\s+$")
HEADING_WORDS = 20  # an unpunctuated line longer than this is a sentence that lost its period
# Parts of speech that make a clause starting in lower case hang off another one ("that he ...").
OPENERS = frozenset({"SCONJ", "CCONJ", "ADP"})

Gold = dict[str, Any]


class Item(Protocol):
    """What a conflict variant and a fact have in common: cited sources, spans and a text."""

    @property
    def text(self) -> str: ...
    @property
    def sources(self) -> tuple[str, ...]: ...
    @property
    def spans(self) -> tuple[Span, ...]: ...


@dataclass(frozen=True)
class Phrase:
    """A gold phrase and where it lies in its document's cleaned text (None: not found there)."""

    doc: str
    text: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class Ratio:
    right: int
    total: int

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.right + other.right, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def __str__(self) -> str:
        value = self.value
        return f"{'—' if value is None else f'{value:.2f}'} ({self.right}/{self.total})"


@dataclass(frozen=True)
class StoryScore:
    """Counts of one story; summed over stories for the overall figures."""

    conflict_precision: Ratio
    conflict_recall: Ratio
    lookalike_conflicts: int
    facts_precision: Ratio
    not_claims: dict[str, int]
    multi_source_labelled: Ratio
    shared_recall: Ratio
    coverage: Ratio
    corroboration_exact: Ratio
    corroboration_error: int
    copy_precision: Ratio
    copy_recall: Ratio
    copies_on_not_copies: int
    phrases_lost: Ratio

    def __add__(self, other: StoryScore) -> StoryScore:
        reasons = dict(self.not_claims)
        for reason, count in other.not_claims.items():
            reasons[reason] = reasons.get(reason, 0) + count
        return StoryScore(
            self.conflict_precision + other.conflict_precision,
            self.conflict_recall + other.conflict_recall,
            self.lookalike_conflicts + other.lookalike_conflicts,
            self.facts_precision + other.facts_precision,
            reasons,
            self.multi_source_labelled + other.multi_source_labelled,
            self.shared_recall + other.shared_recall,
            self.coverage + other.coverage,
            self.corroboration_exact + other.corroboration_exact,
            self.corroboration_error + other.corroboration_error,
            self.copy_precision + other.copy_precision,
            self.copy_recall + other.copy_recall,
            self.copies_on_not_copies + other.copies_on_not_copies,
            self.phrases_lost + other.phrases_lost,
        )

    @property
    def corroboration_mae(self) -> float | None:
        found = self.corroboration_exact.total
        return self.corroboration_error / found if found else None

    def figures(self) -> dict[str, float | None]:
        """The figures `--check` compares with the pinned floors and ceilings."""
        return {
            "conflicts precision": self.conflict_precision.value,
            "conflicts recall": self.conflict_recall.value,
            "facts precision": self.facts_precision.value,
            "shared-fact recall": self.shared_recall.value,
            "corroboration exact": self.corroboration_exact.value,
            "corroboration MAE": self.corroboration_mae,
            "wire-copy precision": self.copy_precision.value,
            "wire-copy recall": self.copy_recall.value,
        }


def flat(text: str) -> str:
    return " ".join(normalize(text).split())


def locate(text: str, doc: str, phrase: str) -> Phrase:
    """The phrase's first place in a cleaned text; the cleaner may have re-spaced it."""
    pattern = r"\s+".join(re.escape(word) for word in phrase.split())
    found = re.search(pattern, text)
    return (
        Phrase(doc, phrase, found.start(), found.end())
        if found
        else Phrase(doc, phrase, None, None)
    )


def covers(item: Item, phrase: Phrase) -> bool:
    if phrase.doc not in item.sources:
        return False
    spans = [s for s in item.spans if s.source == phrase.doc]
    if spans and phrase.start is not None and phrase.end is not None:
        start, end = phrase.start, phrase.end
        return any(min(s.end, end) - max(s.start, start) >= COVER * (end - start) for s in spans)
    return flat(phrase.text) in flat(item.text)


class Story:
    """One labelled story: its gold, its brief, and every gold phrase located in the brief."""

    def __init__(self, gold: Gold, brief: Brief) -> None:
        self.gold = gold
        self.brief = brief
        self.texts = {source.id: source.text for source in brief.sources}
        self._phrases: dict[tuple[str, str], Phrase] = {}

    def phrase(self, doc: str, text: str) -> Phrase:
        key = (doc, text)
        if key not in self._phrases:
            self._phrases[key] = locate(self.texts.get(doc, ""), doc, text)
        return self._phrases[key]

    def all_phrases(self) -> Iterator[Phrase]:
        for section in ("conflicts", "non_conflicts"):
            for entry in self.gold[section]:
                for side in entry["sides"]:
                    for doc, text in side["phrases"].items():
                        yield self.phrase(doc, text)
        for fact in self.gold["shared_facts"]:
            for doc, text in fact["phrases"].items():
                yield self.phrase(doc, text)

    def side_phrases(self, side: Gold) -> list[Phrase]:
        return [self.phrase(doc, text) for doc, text in side["phrases"].items()]


def assignment(covered: list[list[bool]]) -> int:
    """Size of the largest one-to-one assignment of rows to columns (augmenting paths)."""
    owner: dict[int, int] = {}

    def place(row: int, seen: set[int]) -> bool:
        for column, ok in enumerate(covered[row]):
            if ok and column not in seen:
                seen.add(column)
                if column not in owner or place(owner[column], seen):
                    owner[column] = row
                    return True
        return False

    return sum(place(row, set()) for row in range(len(covered)))


def sides_met(story: Story, conflict: Any, entry: Gold) -> int:
    """How many gold sides the conflict's variants cover one to one; 0 below two."""
    sides = [story.side_phrases(side) for side in entry["sides"]]
    covered = [[any(covers(v, p) for p in side) for side in sides] for v in conflict.variants]
    met = assignment(covered)
    return met if met >= 2 else 0


def pair_up(values: list[list[int]]) -> list[tuple[int, int]]:
    """One-to-one (row, column) pairs with a positive value, largest values first."""
    ranked = sorted(
        ((value, r, c) for r, row in enumerate(values) for c, value in enumerate(row) if value),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    rows: set[int] = set()
    columns: set[int] = set()
    pairs = []
    for _, r, c in ranked:
        if r not in rows and c not in columns:
            pairs.append((r, c))
            rows.add(r)
            columns.add(c)
    return pairs


def score_conflicts(story: Story) -> tuple[Ratio, Ratio, int]:
    predicted = list(story.brief.conflicts)
    gold = story.gold["conflicts"]
    pairs = pair_up([[sides_met(story, c, g) for g in gold] for c in predicted])
    matched = {p for p, _ in pairs}
    lookalikes = sum(
        1
        for index, conflict in enumerate(predicted)
        if index not in matched
        and any(sides_met(story, conflict, n) for n in story.gold["non_conflicts"])
    )
    return Ratio(len(pairs), len(predicted)), Ratio(len(pairs), len(gold)), lookalikes


class ClaimJudge:
    """Says why a fact is not a claim of the story, or None when it reads as one."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self._parses: dict[str, tuple[bool, str]] = {}

    def parse(self, texts: Sequence[str]) -> None:
        """Parse the texts in one batch (one call per fact is several times slower)."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._parses))
        if self.nlp is not None and todo:
            for text, doc in zip(todo, self.nlp.pipe(todo, batch_size=64), strict=True):
                self._parses[text] = (has_subject(doc), doc[0].pos_ if len(doc) else "")

    def reason(self, fact: Fact, texts: dict[str, str]) -> str | None:
        lines = [line_at(texts.get(s.source, ""), s.start, s.end) for s in fact.spans]
        if lines and all(is_heading(line) for line in lines):
            return "heading, dateline or caption"
        text = fact.text.strip()
        if text.rstrip("\"'”’ ").endswith("?"):
            return "question"
        first = fact.spans[0] if fact.spans else None
        if first is not None and text[:1].isdigit():
            before = texts.get(first.source, "")[max(0, first.start - 4) : first.start]
            if SPLIT_NUMBER.search(before):
                return "fragment"
        sentence_like = SENTENCE_START.match(text) is not None
        if self.nlp is None:
            return None if sentence_like else "fragment"
        self.parse([text])
        subject, opener = self._parses[text]
        if not subject or (not sentence_like and opener in OPENERS):
            return "fragment"
        return None


def line_at(text: str, start: int, end: int) -> str:
    """The whole lines of `text` that hold [start, end)."""
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    return text[begin : len(text) if stop < 0 else stop]


def is_heading(line: str) -> bool:
    return not SENTENCE_END.search(line) and len(line.split()) <= HEADING_WORDS


def has_subject(doc: Any) -> bool:
    return any(t.dep_ in SUBJECTS and t.head.pos_ in {"VERB", "AUX"} for t in doc)


def score_facts(story: Story, judge: ClaimJudge) -> dict[str, Any]:
    facts = list(story.brief.facts)
    judge.parse([f.text.strip() for f in facts])
    reasons: dict[str, int] = {}
    for fact in facts:
        reason = judge.reason(fact, story.texts)
        if reason:
            reasons[reason] = reasons.get(reason, 0) + 1
    gold = story.gold["shared_facts"]
    cover = [[sum(covers(f, p) for p in facts_phrases(story, g)) for g in gold] for f in facts]
    found = covered = documents = exact = error = 0
    for column, target in enumerate(gold):
        counts = [row[column] for row in cover]
        best = max(range(len(facts)), key=lambda i: counts[i], default=None)
        if best is None or counts[best] < 2:
            continue
        found += 1
        covered += counts[best]
        documents += len(target["phrases"])
        gap = abs(facts[best].independent_sources - target["independent_outlets"])
        exact += gap == 0
        error += gap
    multi = [row for fact, row in zip(facts, cover, strict=True) if len(set(fact.sources)) > 1]
    return {
        "precision": Ratio(len(facts) - sum(reasons.values()), len(facts)),
        "reasons": reasons,
        "multi": Ratio(sum(max(row, default=0) >= 2 for row in multi), len(multi)),
        "recall": Ratio(found, len(gold)),
        "coverage": Ratio(covered, documents),
        "exact": Ratio(exact, found),
        "error": error,
    }


def facts_phrases(story: Story, fact: Gold) -> list[Phrase]:
    return [story.phrase(doc, text) for doc, text in fact["phrases"].items()]


def pairs_of(groups: Sequence[Sequence[str]]) -> set[frozenset[str]]:
    return {frozenset(pair) for group in groups for pair in combinations(sorted(set(group)), 2)}


def score_copies(story: Story) -> tuple[Ratio, Ratio, int]:
    syndication = story.brief.syndication
    predicted = pairs_of(syndication.groups) | {
        frozenset((source, link.source))
        for source, links in syndication.shared_with.items()
        for link in links
        if link.source != source
    }
    gold = pairs_of([entry["documents"] for entry in story.gold["wire_copies"]])
    partial = pairs_of([entry["documents"] for entry in story.gold.get("partial_copies", [])])
    not_copies = pairs_of([entry["documents"] for entry in story.gold["not_copies"]])
    predicted -= partial - gold
    right = len(predicted & gold)
    return Ratio(right, len(predicted)), Ratio(right, len(gold)), len(predicted & not_copies)


def score_story(story: Story, judge: ClaimJudge) -> StoryScore:
    conflict_p, conflict_r, lookalikes = score_conflicts(story)
    facts = score_facts(story, judge)
    copy_p, copy_r, wrong_copies = score_copies(story)
    phrases = list({(p.doc, p.text): p for p in story.all_phrases()}.values())
    return StoryScore(
        conflict_p,
        conflict_r,
        lookalikes,
        facts["precision"],
        facts["reasons"],
        facts["multi"],
        facts["recall"],
        facts["coverage"],
        facts["exact"],
        facts["error"],
        copy_p,
        copy_r,
        wrong_copies,
        Ratio(sum(p.start is None for p in phrases), len(phrases)),
    )


def explain(story: Story, judge: ClaimJudge) -> Iterator[str]:
    """One line per judgement behind the figures, for reading the errors."""
    for conflict in story.brief.conflicts:
        met = max((sides_met(story, conflict, g) for g in story.gold["conflicts"]), default=0)
        values = " | ".join(v.value for v in conflict.variants)
        state = "matched" if met else "UNMATCHED"
        yield f"  predicted conflict {state}: {conflict.about}: {values}"
    for entry in story.gold["conflicts"]:
        if not any(sides_met(story, c, entry) for c in story.brief.conflicts):
            yield f"  gold conflict missed: {entry['about']}"
    for fact in story.brief.facts:
        reason = judge.reason(fact, story.texts)
        if reason:
            yield f"  not a claim ({reason}): {fact.text[:100]}"
    for target in story.gold["shared_facts"]:
        phrases = facts_phrases(story, target)
        counts = [sum(covers(f, p) for p in phrases) for f in story.brief.facts]
        top = max(range(len(counts)), key=counts.__getitem__, default=None)
        if top is None or counts[top] < 2:
            yield f"  shared fact missed: {target['claim']}"
        else:
            fact = story.brief.facts[top]
            yield (
                f"  shared fact found ({counts[top]}/{len(phrases)} documents, independent "
                f"{fact.independent_sources} vs gold {target['independent_outlets']}): "
                f"{target['claim']}"
            )


def load_documents(data: Path) -> dict[str, dict[str, Any]]:
    path = data / CORPUS
    documents: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"{path}:{number}: not JSON ({error.msg})")
            documents[record["id"]] = record
    return documents


def load_gold(only: Sequence[str]) -> list[Gold]:
    paths = sorted(GOLD.glob("*.json"))
    paths = [p for p in paths if p.name != FLOORS.name and (not only or p.stem in only)]
    if not paths:
        sys.exit(f"{GOLD}: no gold story{' among ' + ', '.join(only) if only else ''}")
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def story_docs(gold: Gold, documents: dict[str, dict[str, Any]]) -> list[RawDoc]:
    docs = [d for d in documents.values() if d["story"] == gold["story"]]
    if not docs:
        sys.exit(f"{gold['story']}: no document of this story in {CORPUS}")
    return [RawDoc(id=d["id"], content=d["text"], kind="text", url=d.get("url")) for d in docs]


def report(name: str, score: StoryScore, seconds: float | None = None) -> str:
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(score.not_claims.items())) or "none"
    mae = score.corroboration_mae
    timing = f" ({seconds:.1f} s)" if seconds is not None else ""
    return "\n".join(
        [
            f"== {name}{timing}",
            f"  conflicts        precision {score.conflict_precision}  "
            f"recall {score.conflict_recall}  on look-alikes {score.lookalike_conflicts}",
            f"  facts            precision {score.facts_precision}  not claims: {reasons}",
            f"  multi-source facts matching a labelled shared fact {score.multi_source_labelled}",
            f"  shared facts     recall {score.shared_recall}  document coverage {score.coverage}",
            f"  corroboration    exact {score.corroboration_exact}  "
            f"MAE {'—' if mae is None else f'{mae:.2f}'}",
            f"  wire copies      precision {score.copy_precision}  recall {score.copy_recall}  "
            f"on not-copies {score.copies_on_not_copies}",
            f"  gold phrases missing from the cleaned text {score.phrases_lost}",
        ]
    )


def check_floors(figures: dict[str, float | None]) -> int:
    """1 when a figure is under its floor (or over its ceiling) in baseline.json."""
    pinned = json.loads(FLOORS.read_text(encoding="utf-8"))
    failed = 0
    for name, floor in pinned["floors"].items():
        value = figures[name]
        if (value is None and floor > 0) or (value is not None and value < floor):
            print(f"{name} {value} is under its floor {floor}")
            failed = 1
    for name, ceiling in pinned.get("ceilings", {}).items():
        value = figures[name]
        if value is not None and value > ceiling:
            print(f"{name} {value:.2f} is over its ceiling {ceiling}")
            failed = 1
    return failed


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--story", action="append", default=[], help="score only this story")
    parser.add_argument("--check", action="store_true", help=f"enforce {FLOORS.name}")
    parser.add_argument("--explain", action="store_true", help="print every judgement")
    args = parser.parse_args(argv)
    if not (args.data / CORPUS).is_file():
        print(f"skipped: {args.data / CORPUS} not found (CI has it; pass --data DIR to run)")
        return
    documents = load_documents(args.data)
    model = shared_model(True)
    settings = newsfuse.Settings(use_model=model.nlp is not None)
    judge = ClaimJudge(model.nlp)
    print(f"spaCy model: {'loaded' if model.nlp is not None else 'not installed (rules only)'}")
    total: StoryScore | None = None
    for gold in load_gold(args.story):
        docs = story_docs(gold, documents)
        started = time.perf_counter()
        brief = newsfuse.brief(docs, settings)
        seconds = time.perf_counter() - started
        story = Story(gold, brief)
        score = score_story(story, judge)
        print(report(f"{gold['story']}: {len(docs)} documents", score, seconds))
        if args.explain:
            print("\n".join(explain(story, judge)))
        total = score if total is None else total + score
    assert total is not None
    print(report("overall", total))
    if args.check:
        sys.exit(check_floors(total.figures()))


if __name__ == "__main__":
    main()
