"""The cited summary: most-reported facts first, copies counted once, no boilerplate, no repeats."""

from __future__ import annotations

import pytest

from newsfuse.analyze.sentences import split_sentences
from newsfuse.compose.similarity import EQUIVALENT, vectorize
from newsfuse.compose.summary import is_summary_worthy, summarize
from newsfuse.model import CleanDoc, SummarySentence, Syndication
from newsfuse.settings import Settings

AP = """SANTA ROSA, Calif. (AP) — A wildfire tore through the hills above Santa Rosa on Tuesday, \
destroying at least 300 homes, officials said.
About 4,300 residents were ordered to evacuate as the blaze spread overnight.
Fire Chief Maria Lopez said strong winds pushed the flames toward the town. "We have never seen \
it move this fast. The whole ridge was burning," she said.
No injuries have been reported so far, according to the county sheriff.
Subscribe to our newsletter for daily updates on the fire.
Click here to read more."""

GAZETTE = """Officials said the fire destroyed at least 300 homes near Santa Rosa on Tuesday.
Some 4,300 residents were told to evacuate their homes as the blaze grew overnight.
Strong winds drove the flames toward the town, Fire Chief Maria Lopez said.
The cause of the fire is under investigation.
WATCH LIVE: AERIAL FOOTAGE OF THE FIRE
Photo: Getty Images"""

TRIBUNE = """At least 300 homes were destroyed by the wildfire near Santa Rosa, officials said on \
Tuesday.
Authorities ordered about 4,300 residents to evacuate overnight.
The cause of the blaze remains under investigation, officials said.
Governor Jane Doe declared a state of emergency for the county on Wednesday.
What do you think about the response?"""

POST = """A fast-moving wildfire near Santa Rosa destroyed at least 300 homes on Tuesday.
Fire Chief Maria Lopez said strong winds pushed the flames toward the town.
A local bakery handed out free bread to firefighters working through the night."""

RECAP = """The wildfire near Santa Rosa destroyed at least 300 homes on Tuesday, officials said.
About 4,300 residents were ordered to evacuate overnight as the blaze spread.
Fire Chief Maria Lopez said strong winds pushed the flames toward the town on Tuesday.
The cause of the blaze is still under investigation, officials said.
Power was cut to 12,000 customers across the county as a precaution.
Schools in the district will stay closed until Friday, the superintendent said.
Air quality alerts were issued for much of the Bay Area because of the smoke."""


def independent(*ids: str) -> Syndication:
    return Syndication(shared_with={}, groups=tuple((i,) for i in ids))


def run(docs: list[CleanDoc], syndication: Syndication, count: int = 5) -> list[SummarySentence]:
    sentences = {d.id: split_sentences(d) for d in docs}
    return summarize(docs, sentences, syndication, Settings(summary_sentences=count))


def story() -> list[CleanDoc]:
    return [
        CleanDoc("ap", AP),
        CleanDoc("gazette", GAZETTE),
        CleanDoc("tribune", TRIBUNE),
        CleanDoc("post", POST),
    ]


def test_summarize_most_reported_facts_win_and_lead_fact_comes_first() -> None:
    summary = run(story(), independent("ap", "gazette", "tribune", "post"))
    assert len(summary) == 4  # no report has more than four sentences worth summarizing
    assert "300 homes" in summary[0].text
    assert summary[0].sources == ("ap", "gazette", "tribune", "post")
    assert [len(s.sources) for s in summary[1:]] == [3, 3, 2]
    texts = " ".join(s.text for s in summary)
    assert "4,300" in texts and "winds" in texts and "investigation" in texts
    for reported_once in ["bakery", "injuries", "emergency"]:
        assert reported_once not in texts


def test_summarize_cites_every_source_with_one_span_on_its_equivalent_sentence() -> None:
    docs = {d.id: d for d in story()}
    summary = run(list(docs.values()), independent(*docs))
    evacuation = next(s for s in summary if "4,300" in s.text)
    assert evacuation.sources == ("ap", "gazette", "tribune")
    for span in evacuation.spans:
        assert "4,300" in docs[span.source].text[span.start : span.end]
    for line in summary:
        assert [span.source for span in line.spans] == list(line.sources)
        cited = [docs[s.source].text[s.start : s.end] for s in line.spans]
        assert line.text in cited


def test_summarize_never_picks_boilerplate() -> None:
    summary = run(story(), independent("ap", "gazette", "tribune", "post"), count=10)
    texts = " ".join(s.text for s in summary)
    for junk in ["Subscribe", "Click here", "WATCH LIVE", "Getty", "What do you think"]:
        assert junk not in texts
    assert not any(s.text.startswith('"') for s in summary)


def test_summarize_never_says_the_same_thing_twice() -> None:
    long_report = CleanDoc("wire", RECAP)
    docs = [*story(), long_report]
    summary = run(docs, independent(*(d.id for d in docs)), count=10)
    assert len(summary) == 7
    assert sum("300 homes" in s.text for s in summary) == 1
    assert sum("4,300" in s.text for s in summary) == 1
    matrix = vectorize([s.text for s in summary]).matrix
    similarity = (matrix @ matrix.T).toarray()
    for row in range(len(summary)):
        for column in range(row):
            assert similarity[row, column] < EQUIVALENT


def test_summarize_syndicated_copies_count_once_against_independent_outlets() -> None:
    wire = "The river crested at 9 meters on Sunday, the highest level since 1998, officials said."
    copies = [CleanDoc(f"copy{n}", f"{wire}\nSign up for our newsletter.") for n in range(4)]
    outlets = [
        CleanDoc("a", "Engineers said the old levee near the bridge was leaking badly on Sunday."),
        CleanDoc("b", "The old levee near the bridge was leaking badly, engineers said on Sunday."),
        CleanDoc("c", "On Sunday engineers warned that the old levee near the bridge was leaking."),
    ]
    groups = ((*(d.id for d in copies),), ("a",), ("b",), ("c",))
    summary = run(copies + outlets, Syndication(shared_with={}, groups=groups))
    assert len(summary) == 1
    assert "levee" in summary[0].text
    assert summary[0].sources == ("a", "b", "c")


def test_summarize_without_syndication_counts_copies_as_sources() -> None:
    wire = "The river crested at 9 meters on Sunday, the highest level since 1998, officials said."
    copies = [CleanDoc(f"copy{n}", wire) for n in range(4)]
    outlet = CleanDoc("a", "Engineers said the old levee near the bridge was leaking on Sunday.")
    summary = run([*copies, outlet], independent(*(d.id for d in copies), "a"))
    assert summary[0].sources == ("copy0", "copy1", "copy2", "copy3")


def test_summarize_skips_reports_in_other_languages() -> None:
    french = CleanDoc(
        "lemonde",
        "Un incendie a détruit au moins 300 maisons près de Santa Rosa mardi, selon les officiels.",
        language="fr",
    )
    docs = [*story(), french]
    summary = run(docs, independent(*(d.id for d in docs)))
    assert all("lemonde" not in s.sources for s in summary)


def test_summarize_is_deterministic_whatever_the_input_order() -> None:
    docs = story()
    syndication = independent(*(d.id for d in docs))
    assert run(docs, syndication) == run(docs, syndication)
    shuffled = [docs[2], docs[0], docs[3], docs[1]]
    assert [s.text for s in run(shuffled, syndication)] == [s.text for s in run(docs, syndication)]


def test_summarize_short_reports_give_a_shorter_summary() -> None:
    docs = [
        CleanDoc("a", "A magnitude 6.1 earthquake struck off the coast of Chile on Monday."),
        CleanDoc("b", "An earthquake of magnitude 6.1 struck off the Chilean coast on Monday."),
    ]
    summary = run(docs, independent("a", "b"), count=7)
    assert len(summary) == 1 and summary[0].sources == ("a", "b")


def test_summarize_nothing_to_summarize_gives_empty_summary() -> None:
    docs = [CleanDoc("a", "Advertisement\nShow 23 comments")]
    assert run(docs, independent("a")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Subscribe to our newsletter for daily updates on the fire.",
        "Click here to read more about the wildfire and the evacuations.",
        "WATCH LIVE: AERIAL FOOTAGE OF THE FIRE OVER THE HILLS",
        "What do you think about the response to the fire?",
        "Photo: Getty Images",
        "Reporting by John Smith; Editing by Jane Doe and Mark Brown",
        '"We have never seen it move this fast.',
        'The whole ridge was burning," she said.',
        "If you live near the fire, check the county website for evacuation orders.",
        "and then the crews moved toward the northern ridge overnight.",
        "Readers who SIGN UP get the updates on the fire and the evacuations.",
        "Readers who ſign up get the updates on the fire and the evacuations.",  # long s
        "All the photos of the fire were taken by staff. All Rights Reserved.",
    ],
)
def test_is_summary_worthy_rejects_boilerplate_and_fragments(text: str) -> None:
    assert not is_summary_worthy(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 4,300 residents were ordered to evacuate as the blaze spread overnight.",
        '"We will rebuild every home," Governor Jane Doe told reporters on Wednesday.',
        "SANTA ROSA, Calif. (AP) — A wildfire destroyed at least 300 homes, officials said.",
        "The cause of the fire remains under investigation.",
    ],
)
def test_is_summary_worthy_accepts_news_sentences(text: str) -> None:
    assert is_summary_worthy(text)


# A flood story: three outlets agree on the levee and the evacuation; one outlet alone opens
# with a toll the others contradict, and tells it as early and as centrally as it can.
LEDGER = """Officials said the levee on the Marrow River failed early on Sunday near Ashby.
About 2,000 residents of Ashby were told to leave their homes before dawn on Sunday.
The county opened three shelters at schools on the east side of town."""

COURIER = """The Marrow River levee near Ashby failed early on Sunday, officials said.
Some 2,000 Ashby residents were told to leave their homes before dawn.
Twelve people were injured in the flooding in Ashby, the county said on Sunday."""

SENTINEL = """Eleven people were hurt as flood water swept through Ashby after the levee on the \
Marrow River failed, a hospital spokesman said on Sunday.
Early on Sunday the levee on the Marrow River failed near Ashby, officials said.
Roughly 2,000 residents of Ashby were told to leave their homes before dawn on Sunday."""

HERALD = """Ashby's mayor said the levee had been inspected last spring and passed.
At least 30 people were injured in the flooding in Ashby, the county said on Sunday."""


def flood() -> list[CleanDoc]:
    return [
        CleanDoc("ledger", LEDGER),
        CleanDoc("courier", COURIER),
        CleanDoc("sentinel", SENTINEL),
        CleanDoc("herald", HERALD),
    ]


def test_summarize_single_source_sentences_only_after_every_multi_source_one() -> None:
    summary = run(flood(), independent("ledger", "courier", "sentinel", "herald"), count=5)
    assert sorted(len(s.sources) for s in summary) == [1, 3, 3]  # capped by the longest report
    assert any("levee" in s.text and "failed" in s.text for s in summary)
    assert any("2,000" in s.text for s in summary)


def test_summarize_prefers_uncontested_sentences_over_one_side_of_a_figure() -> None:
    # Three reports give three tolls that cannot all be true (eleven, twelve, at least 30): a
    # sentence giving one of them ranks after an uncontested sentence told by one report.
    summary = run(flood(), independent("ledger", "courier", "sentinel", "herald"), count=5)
    assert len(summary) == 3
    assert not any("injured" in s.text or "hurt" in s.text for s in summary)
    mayor = "Ashby's mayor said the levee had been inspected last spring and passed."
    assert mayor in [s.text for s in summary]


def test_summarize_opens_with_a_corroborated_lead_sentence() -> None:
    # The mayor's sentence opens its report, but only one report tells it: the summary opens
    # with the earliest sentence several reports carry, and the rest follow the reports' order.
    summary = run(flood(), independent("ledger", "courier", "sentinel", "herald"), count=5)
    assert "levee" in summary[0].text and "failed" in summary[0].text
    assert len(summary[0].sources) == 3
    assert [len(s.sources) for s in summary[1:]] == [1, 3]


def test_leans_on_context_spots_sentences_that_point_back() -> None:
    from newsfuse.compose.summary import leans_on_context

    assert leans_on_context("Most were treated for smoke inhalation at the hospital.")
    assert leans_on_context("He added that the road would stay closed.")
    assert not leans_on_context("At least 40 people were injured, the mayor's office said.")
    assert not leans_on_context("Mostar's bridge reopened on Monday after repairs.")
