"""Facts: equivalent claims aligned across reports, citing every report, copies counted once."""

from __future__ import annotations

import datetime as dt

from newsfuse.analyze.sentences import split_sentences
from newsfuse.compose.facts import SINGLE_SOURCE_CAP, extract_facts
from newsfuse.model import CleanDoc, Fact, Syndication
from newsfuse.settings import Settings

WIRE = """SALTMERE (Tidewire) - The chemical plant will reopen in two weeks, the company said.
About 4,300 residents were evacuated from the Lower Docks after the fire broke out.
At least 40 people were injured, including three firefighters, the mayor's office said.
The cause of the fire is under investigation, according to the port authority."""

WIRE_COPY = """The chemical plant will reopen in two weeks, the company said.
About 4,300 residents were evacuated from the Lower Docks after the blaze broke out.
At least 40 people were injured, including three firefighters, the mayor's office said.
Investigators have not yet said what caused the fire at the terminal."""

GAZETTE = """Operations at the chemical plant are due to resume within a fortnight, it said.
The evacuation of nearly 4,500 Lower Docks residents began after the blaze started.
Twenty-seven people were injured, including three firefighters, the mayor's office said.
Ferry services between Saltmere and Kessel Island were suspended because of the smoke."""


def syndication(*groups: tuple[str, ...]) -> Syndication:
    return Syndication(shared_with={}, groups=groups)


def run(docs: list[CleanDoc], groups: Syndication) -> list[Fact]:
    sentences = {d.id: split_sentences(d) for d in docs}
    return extract_facts(docs, sentences, groups, Settings())


def story() -> tuple[list[CleanDoc], Syndication]:
    published = dt.date(2023, 3, 15)
    docs = [
        CleanDoc("wire.txt", WIRE, published=published),
        CleanDoc("copy.html", WIRE_COPY, published=published),
        CleanDoc("gazette.txt", GAZETTE, published=published),
    ]
    return docs, syndication(("wire.txt", "copy.html"), ("gazette.txt",))


def fact_with(facts: list[Fact], words: str) -> Fact:
    matches = [f for f in facts if words in f.text]
    assert len(matches) == 1, [f.text for f in facts]
    return matches[0]


def facts_citing(facts: list[Fact], source: str, words: str) -> list[Fact]:
    """Facts with a span on a claim of `source` that contains `words`."""
    docs = {d.id: d.text for d in story()[0]}
    return [
        f
        for f in facts
        if any(s.source == source and words in docs[source][s.start : s.end] for s in f.spans)
    ]


def test_extract_facts_aligns_a_paraphrase_across_reports() -> None:
    facts = run(*story())
    reopen = facts_citing(facts, "gazette.txt", "resume within a fortnight")
    assert len(reopen) == 1
    assert reopen[0].sources == ("wire.txt", "copy.html", "gazette.txt")
    assert reopen[0].independent_sources == 2


def test_extract_facts_aligns_evacuation_wordings_with_compatible_figures() -> None:
    facts = run(*story())
    evacuated = facts_citing(facts, "gazette.txt", "nearly 4,500")
    assert len(evacuated) == 1
    assert set(evacuated[0].sources) == {"wire.txt", "copy.html", "gazette.txt"}


def test_extract_facts_counts_copies_once() -> None:
    facts = run(*story())
    injured = fact_with(facts, "At least 40 people were injured")
    assert injured.sources == ("wire.txt", "copy.html")
    assert injured.independent_sources == 1
    assert len(injured.spans) == 2


def test_extract_facts_keeps_incompatible_figures_apart() -> None:
    facts = run(*story())
    forty = facts_citing(facts, "wire.txt", "At least 40 people")
    twenty_seven = facts_citing(facts, "gazette.txt", "Twenty-seven people")
    assert len(forty) == len(twenty_seven) == 1
    assert forty[0] is not twenty_seven[0]


def test_extract_facts_keeps_different_days_apart() -> None:
    published = dt.date(2023, 3, 16)
    docs = [
        CleanDoc(
            "a",
            "The warehouse fire at Pier 9 started on March 13, the fire service said.",
            published=published,
        ),
        CleanDoc(
            "b",
            "The warehouse fire at Pier 9 started on Tuesday, the fire service said.",
            published=published,
        ),
    ]
    facts = run(docs, syndication(("a",), ("b",)))
    assert [f.sources for f in facts] == [("a",), ("b",)]


def test_extract_facts_keeps_single_source_facts() -> None:
    facts = run(*story())
    ferry = fact_with(facts, "Ferry services")
    assert ferry.sources == ("gazette.txt",)
    assert ferry.independent_sources == 1


def test_extract_facts_spans_slice_back_to_claims() -> None:
    docs, groups = story()
    texts = {d.id: d.text for d in docs}
    for fact in run(docs, groups):
        assert {s.source for s in fact.spans} == set(fact.sources)
        cited = [texts[s.source][s.start : s.end] for s in fact.spans]
        assert " ".join(fact.text.split()) in {" ".join(c.split()) for c in cited}


def test_extract_facts_orders_by_independent_sources_then_appearance() -> None:
    facts = run(*story())
    counts = [f.independent_sources for f in facts]
    assert counts == sorted(counts, reverse=True)
    assert "reopen" in facts[0].text


def test_extract_facts_is_deterministic() -> None:
    docs, groups = story()
    assert run(docs, groups) == run(docs, groups)
    assert run(list(reversed(docs)), groups) == run(list(reversed(docs)), groups)


def test_extract_facts_skips_reports_in_another_language() -> None:
    docs, groups = story()
    french = CleanDoc(
        "monde.fr", "L'usine chimique rouvrira dans deux semaines, a dit la société.", language="fr"
    )
    facts = run([*docs, french], syndication(*groups.groups, ("monde.fr",)))
    assert all("monde.fr" not in f.sources for f in facts)


def test_extract_facts_caps_single_source_facts_per_report() -> None:
    lines = [
        f"Inspectors visited warehouse number {n} of the port on the {n}th day."
        for n in range(1, 80)
    ]
    doc = CleanDoc("long.txt", "\n".join(lines))
    facts = run([doc], syndication(("long.txt",)))
    assert len(facts) == SINGLE_SOURCE_CAP
    assert "number 1 " in facts[0].text


def test_extract_facts_on_a_hundred_reports_counts_each_independent_report() -> None:
    docs, _ = story()
    many = [
        CleanDoc(f"{n}-{d.id}", d.text + f"\nOutlet {n} reported that local traders were worried.")
        for n in range(34)
        for d in docs
    ]
    facts = run(many, syndication(*((d.id,) for d in many)))
    assert max(f.independent_sources for f in facts) >= 60


def test_extract_facts_leaves_out_quote_fragments_but_lets_them_back_a_fact() -> None:
    published = dt.date(2024, 5, 6)
    docs = [
        CleanDoc(
            "ledger.txt",
            "The pumping station at Ashby failed just after midnight on Sunday, "
            "the engineer said.\n"
            "“The pumping station at Ashby failed just after midnight on Sunday. "
            "We could not reach the controls,” said engineer Omar Haddad.",
            published=published,
        ),
        CleanDoc(
            "courier.txt",
            "“The pumping station at Ashby failed just after midnight on Sunday.\n"
            "Nobody could have reached it,” the engineer said.",
            published=published,
        ),
    ]
    facts = run(docs, syndication(("ledger.txt",), ("courier.txt",)))
    assert not any(f.text.startswith("“") or "could" in f.text for f in facts), facts
    station = fact_with(facts, "pumping station")
    assert station.text.endswith("the engineer said.")
    assert station.sources == ("ledger.txt", "courier.txt")
    assert station.independent_sources == 2


def test_extract_facts_one_sentence_backs_each_fact_of_its_clauses() -> None:
    published = dt.date(2024, 5, 6)
    both = (
        "Governor Ruth Amsel declared a state of emergency in Ashby County and ordered "
        "the National Guard to the river, where crews were filling sandbags."
    )
    docs = [
        CleanDoc("wire.txt", both, published=published),
        CleanDoc(
            "post.txt", "A state of emergency was declared in Ashby County.", published=published
        ),
        CleanDoc(
            "daily.txt",
            "The National Guard was ordered to the river on Sunday evening.",
            published=published,
        ),
    ]
    facts = run(docs, syndication(("wire.txt",), ("post.txt",), ("daily.txt",)))
    emergency = fact_with(facts, "A state of emergency was declared")
    guard = fact_with(facts, "The National Guard was ordered")
    assert emergency.sources == ("wire.txt", "post.txt")
    assert guard.sources == ("wire.txt", "daily.txt")
    # The wire sentence backs the Guard fact with the exact span of its clause.
    wire = [both[s.start : s.end] for s in guard.spans if s.source == "wire.txt"]
    assert wire == ["ordered the National Guard to the river"]


def test_extract_facts_never_cites_a_report_for_a_figure_it_contradicts() -> None:
    published = dt.date(2023, 3, 15)
    wire = (
        "At least 40 people were injured in the warehouse fire, including three firefighters, "
        "the mayor's office said."
    )
    tribune = (
        "Twenty-seven people were injured in the warehouse fire, the fire service said.\n"
        "Three firefighters were among the people injured in the warehouse fire, it added."
    )
    docs = [
        CleanDoc("wire.txt", wire, published=published),
        CleanDoc("tribune.txt", tribune, published=published),
    ]
    facts = run(docs, syndication(("wire.txt",), ("tribune.txt",)))
    forty = next(f for f in facts if f.text.startswith("At least 40"))
    assert "tribune.txt" not in forty.sources


def test_the_day_of_a_saying_does_not_clash_with_the_day_of_the_event() -> None:
    monday = dt.date(2022, 1, 10)
    docs = [
        CleanDoc(
            "a.txt",
            "The defence minister said on Monday that the troops will begin pulling out of "
            "the border region.",
            published=monday,
        ),
        CleanDoc(
            "b.txt",
            "The troops will begin pulling out of the border region on Wednesday, "
            "the defence minister said.",
            published=monday,
        ),
    ]
    facts = run(docs, syndication(("a.txt",), ("b.txt",)))
    assert [f.sources for f in facts if "pulling out" in f.text] == [("a.txt", "b.txt")]
