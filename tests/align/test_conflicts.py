"""Conflicts between reports: disjoint figures, denials against assertions, one slot two ways."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newsfuse.align.conflicts import find_conflicts
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication


def split(doc: CleanDoc) -> list[Sentence]:
    """A plain splitter for tests: sentences end at . ! or ?"""
    found = []
    for index, match in enumerate(re.finditer(r"\S[^.!?]*[.!?]?", doc.text)):
        found.append(Sentence(doc.id, index, match.start(), match.end(), match.group()))
    return found


def conflicts(
    reports: dict[str, str],
    copies: tuple[tuple[str, ...], ...] = (),
    published: dict[str, dt.date] | None = None,
) -> list[Conflict]:
    dates = published or {}
    docs = [CleanDoc(id=i, text=t, published=dates.get(i)) for i, t in reports.items()]
    grouped = {s for group in copies for s in group}
    groups = copies + tuple((d.id,) for d in docs if d.id not in grouped)
    syndication = Syndication(shared_with={}, groups=groups)
    return find_conflicts(docs, {d.id: split(d) for d in docs}, syndication)


def test_find_conflicts_disjoint_figures_for_one_thing() -> None:
    found = conflicts(
        {
            "a": "The blast hit the market on Tuesday. At least 40 people were injured.",
            "b": "Police said 27 people were injured in the blast.",
        }
    )
    assert [c.about for c in found] == ["number injured"]
    first, second = found[0].variants
    assert (first.value, first.sources, first.text) == (
        "at least 40",
        ("a",),
        "At least 40 people were injured.",
    )
    assert (second.value, second.sources) == ("27", ("b",))
    assert first.spans[0].source == "a" and first.spans[0].start == 37


def test_find_conflicts_compatible_hedges_are_not_a_conflict() -> None:
    reports = {
        "a": "By Tuesday 4,300 residents had been evacuated from the valley.",
        "b": "Nearly 4,500 people were evacuated, officials said.",
        "c": "About 4,400 people were evacuated.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_vague_plural_against_a_precise_toll() -> None:
    found = conflicts({"a": "At least 212 were injured.", "b": "Scores were injured."})
    assert [v.value for v in found[0].variants] == ["at least 212", "scores"]


def test_find_conflicts_different_things_are_not_compared() -> None:
    reports = {"a": "40 people were killed in the blast.", "b": "27 people were injured."}
    assert conflicts(reports) == []


def test_find_conflicts_subtotal_is_not_compared_with_the_total() -> None:
    reports = {
        "a": "Three firefighters were among the 27 injured.",
        "b": "27 people were injured, including three firefighters.",
        "c": "Among the injured were five children.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_doubted_figure_is_never_a_variant() -> None:
    reports = {
        "a": "It was not clear whether 40 people were injured.",
        "b": "27 people were injured.",
        "c": "It was not clear how many people were trapped.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_rising_toll_is_not_a_conflict() -> None:
    reports = {"a": "The death toll rose to 40 on Sunday.", "b": "27 people were killed."}
    assert conflicts(reports) == []


def test_find_conflicts_report_with_several_scopes_is_left_out() -> None:
    reports = {
        "a": "27 people were injured on Monday. By Tuesday 40 people were injured.",
        "b": "35 people were injured.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_reports_days_apart_are_not_compared() -> None:
    reports = {"a": "27 people were killed.", "b": "At least 40 people were killed."}
    apart = {"a": dt.date(2024, 3, 3), "b": dt.date(2024, 3, 7)}
    same_day = {"a": dt.date(2024, 3, 3), "b": dt.date(2024, 3, 3)}
    assert conflicts(reports, published=apart) == []
    assert len(conflicts(reports, published=same_day)) == 1


def test_find_conflicts_background_about_another_year_is_skipped() -> None:
    reports = {
        "a": "The 2004 tsunami killed 230,000 people across Asia.",
        "b": "The 2004 tsunami killed 170,000 people in the province.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_syndicated_copies_count_once_but_are_listed() -> None:
    reports = {
        "a": "At least 40 people were injured.",
        "a2": "At least 40 people were injured, AFP said.",
        "b": "27 people were injured.",
    }
    found = conflicts(reports, copies=(("a", "a2"),))
    assert found[0].variants[0].sources == ("a", "a2")
    assert len(found[0].variants[0].spans) == 2


def test_find_conflicts_copies_of_one_story_never_conflict_together() -> None:
    reports = {"a": "At least 40 people were injured.", "a2": "27 people were injured."}
    assert conflicts(reports, copies=(("a", "a2"),)) == []


def test_find_conflicts_non_event_figure_needs_the_same_claim() -> None:
    close = {
        "a": "The government imposed a two-week curfew on the capital after the riots.",
        "b": "The government imposed a 10-day curfew on the capital after the riots.",
    }
    loose = {
        "a": "He has 53 catches for 605 yards this season.",
        "b": "The rookie ran for 364 yards in the final game of the season.",
    }
    found = conflicts(close)
    assert [c.about for c in found] == ["length of curfew (days)"]
    assert [v.value for v in found[0].variants] == ["two-week", "10-day"]
    assert conflicts(loose) == []


def test_find_conflicts_denial_against_assertion() -> None:
    found = conflicts(
        {
            "a": "Police denied that shots were fired, saying officers used batons.",
            "b": "Witnesses heard shots fired near the station.",
        }
    )
    assert [c.about for c in found] == ["whether shots were fired"]
    denied, reported = found[0].variants
    assert (denied.value, denied.sources) == ("denied", ("a",))
    assert (reported.value, reported.sources) == ("reported", ("b",))


def test_find_conflicts_not_clear_is_no_denial() -> None:
    reports = {
        "a": "It was not clear whether shots were fired.",
        "b": "Witnesses heard shots fired near the station.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_denial_against_a_negated_claim_is_agreement() -> None:
    reports = {
        "a": "Police denied that shots were fired.",
        "b": "Witnesses said no shots were fired.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_same_claim_in_two_places() -> None:
    found = conflicts(
        {
            "a": "The explosion destroyed a warehouse in Kandahar early on Tuesday, "
            "officials said.",
            "b": "The explosion destroyed a warehouse in Herat early on Tuesday, officials said.",
        }
    )
    assert len(found) == 1
    assert found[0].about.startswith("place: The explosion destroyed a warehouse …")
    assert [v.value for v in found[0].variants] == ["in Kandahar", "in Herat"]


def test_find_conflicts_two_descriptions_of_a_place_can_both_hold() -> None:
    tail = " early on Tuesday, officials said."
    reports = {
        "a": "The explosion destroyed a warehouse in the northern district" + tail,
        "b": "The explosion destroyed a warehouse in the port area" + tail,
    }
    assert conflicts(reports) == []


def test_find_conflicts_a_place_within_another_is_no_conflict() -> None:
    tail = " destroyed the old dairy warehouse early on Tuesday, officials said."
    reports = {
        "a": "A fire in Palmer" + tail + " Palmer, Alaska, was founded by colonists in 1935.",
        "b": "A fire in Alaska" + tail,
    }
    assert conflicts(reports) == []


def test_find_conflicts_a_shared_quote_and_a_manner_of_speaking_are_no_place() -> None:
    quote = '"We will withdraw our forces from the border within two days and keep the peace,"'
    reports = {
        "a": f"{quote} the president said in a televised address to parliament on Monday.",
        "b": f"{quote} the president said in a video address to the cabinet on Monday.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_a_name_and_a_description_of_a_place_may_agree() -> None:
    tail = " early on Tuesday, officials said."
    reports = {
        "a": "The explosion destroyed a warehouse in the capital" + tail,
        "b": "The explosion destroyed a warehouse in Kabul" + tail,
        "c": "The firm has 350 employees with 13 offices in the US and the UK.",
        "d": "The firm has 350 employees with 13 offices in the United States and the UK.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_same_claim_with_a_different_count() -> None:
    found = conflicts(
        {
            "a": "Leaders of a bloc of five member states met in Geneva on Monday to discuss "
            "the regional trade pact.",
            "b": "Leaders of a bloc of four members and the host country met in Geneva on Monday "
            "to discuss the regional trade pact.",
        }
    )
    assert len(found) == 1 and found[0].about.startswith("count: ")
    assert [v.value for v in found[0].variants] == [
        "five member states",
        "four members and the host country",
    ]


def test_find_conflicts_orders_by_independent_sources_then_appearance() -> None:
    found = conflicts(
        {
            "a": "Police denied that shots were fired. At least 40 people were injured.",
            "b": "Witnesses heard shots fired. 27 people were injured.",
            "c": "Some 25 people were injured.",
        }
    )
    assert [c.about for c in found] == ["number injured", "whether shots were fired"]
    assert [v.sources for v in found[0].variants] == [("a",), ("b",), ("c",)]


def test_find_conflicts_nothing_to_compare() -> None:
    assert conflicts({}) == []
    assert conflicts({"a": "At least 40 people were injured. 27 people were injured."}) == []


def test_find_conflicts_one_deal_valued_two_ways_in_other_words() -> None:
    found = conflicts(
        {
            "a": "Brisco Energy agreed on Friday to acquire Tellum Oil for $900 million in cash.",
            "b": "The takeover values Tellum at $750 million, Brisco said in a filing.",
        }
    )
    assert [c.about for c in found] == ["value of the deal (USD)"]
    assert [v.value for v in found[0].variants] == ["$900 million", "$750 million"]


def test_find_conflicts_per_share_price_is_not_the_deal_total() -> None:
    reports = {
        "a": "Brisco Energy agreed to acquire Tellum Oil for $3.2 billion.",
        "b": "Brisco will pay $41 a share for Tellum Oil.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_revenue_is_not_the_price() -> None:
    reports = {
        "a": "Brisco Energy agreed to acquire Tellum Oil for $3.2 billion.",
        "b": "Tellum Oil, bought by Brisco, had revenue of $1.9 billion.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_two_bidders_for_one_target_are_two_deals() -> None:
    reports = {
        "a": "The Hawks offered Dorsey a contract worth $90 million.",
        "b": "The Falcons offered Dorsey a contract worth $75 million.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_a_round_sum_may_be_cut_down() -> None:
    reports = {
        "a": "Brisco Energy agreed to acquire Tellum Oil for $1,900 million.",
        "b": "Brisco's $1 billion takeover of Tellum Oil was approved.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_expected_closing_dates_that_cannot_meet() -> None:
    reports = {
        "a": "The deal is expected to close in the second quarter of 2025.",
        "b": "Brisco expects the acquisition to be completed by the end of this year.",
    }
    published = {"a": dt.date(2024, 6, 3), "b": dt.date(2024, 6, 4)}
    found = conflicts(reports, published=published)
    assert [c.about for c in found] == ["when the deal is expected to close"]
    assert [v.value for v in found[0].variants] == [
        "in the second quarter of 2025",
        "by the end of this year",
    ]


def _outlets(
    reports: dict[str, str], count: int
) -> tuple[dict[str, str], tuple[tuple[str, ...], ...]]:
    """Each report run by `count` outlets (with a lead-in of their own), grouped as copies."""
    copies = {
        f"{source}-{n}": f"From our partners. {text}" if n % 2 else text
        for source, text in reports.items()
        for n in range(count)
    }
    groups = tuple(tuple(f"{source}-{n}" for n in range(count)) for source in reports)
    return copies, groups


def test_find_conflicts_lists_every_copy_of_a_figure_once_in_its_variant() -> None:
    reports, groups = _outlets(
        {
            "wire": "At least 40 people were injured in the blast.",
            "local": "Police said 27 people were injured in the blast.",
        },
        30,
    )
    found = conflicts(reports, groups)
    assert [c.about for c in found] == ["number injured"]
    first, second = found[0].variants
    assert first.sources == groups[0] and second.sources == groups[1]
    # A copy with a lead-in carries the figure further on: each span points into its own text.
    assert {s.start for s in first.spans} == {0, len("From our partners. ")}
    assert all(reports[s.source][s.start : s.end] == first.text for s in first.spans)


def test_find_conflicts_gives_one_slot_conflict_for_many_independent_pairs() -> None:
    reports, groups = _outlets(
        {
            "a": "The blast hit a crowded market in Kandahar on Tuesday morning.",
            "b": "The blast hit a crowded market in Herat on Tuesday morning.",
        },
        3,
    )
    (found,) = conflicts(reports, groups)
    assert found.about.startswith("place: ")
    north, port = found.variants
    assert set(north.sources) == {f"a-{i}" for i in range(3)}
    assert set(port.sources) == {f"b-{i}" for i in range(3)}


def test_find_conflicts_copies_of_a_denial_count_against_each_independent_report() -> None:
    reports, groups = _outlets(
        {
            "police": "Police denied that any looting had taken place in the evacuated streets.",
            "witness": "Several shops were looted in the evacuated streets overnight.",
        },
        20,
    )
    found = conflicts(reports, groups)
    assert [c.about for c in found] == [
        "whether any looting had taken place in the evacuated streets"
    ]
    denied, reported = found[0].variants
    assert denied.sources == ("police-0",) and reported.sources == groups[1]


def test_merge_repeated_joins_one_disagreement_found_between_many_pairs() -> None:
    from newsfuse.align.conflicts import merge_repeated
    from newsfuse.model import Conflict, Span, Variant

    def variant(value: str, source: str) -> Variant:
        return Variant(value, f"It happened in {value}.", (source,), (Span(source, 0, 20),))

    pairs = [
        Conflict("place", (variant("the north", a), variant("the port", b)))
        for a, b in [("a.txt", "c.txt"), ("b.txt", "c.txt"), ("a.txt", "d.txt")]
    ]
    other = Conflict("number injured", (variant("27", "a.txt"), variant("40", "c.txt")))
    merged = merge_repeated([*pairs, other])
    assert len(merged) == 2
    north, port = merged[0].variants
    assert north.sources == ("a.txt", "b.txt") and port.sources == ("c.txt", "d.txt")
    assert {s.source for s in north.spans} == {"a.txt", "b.txt"}
    assert merged[1] == other


def test_find_conflicts_a_toll_told_through_coordinated_victims() -> None:
    found = conflicts(
        {
            "a": "Dozens of residents and rescuers were killed in the shelling, aid groups say.",
            "b": "At least 150 people have been killed in the shelling, the ministry said.",
        }
    )
    assert len(found) == 1
    assert {v.value for v in found[0].variants} == {"dozens", "at least 150"}


def test_find_conflicts_a_lead_toll_stands_over_the_smaller_parts_below_it() -> None:
    reports = {
        "a": "The quake left 24 dead. Twelve people were killed in one district.",
        "b": "An earthquake killed six children, bringing the death toll from the disaster to 11.",
    }
    found = conflicts(reports)
    assert [(c.about, [v.value for v in c.variants]) for c in found] == [
        ("number killed", ["24", "11"])
    ]


def test_find_conflicts_parts_added_to_a_toll_are_not_compared() -> None:
    reports = {
        "a": "Another four people died in hospitals.",
        "b": "Another two people were killed.",
        "c": "Rescuers found dozens more injured.",
        "d": "Three people were injured.",
    }
    assert conflicts(reports) == []


def test_find_conflicts_a_figure_cut_at_a_split_thousands_separator_is_skipped() -> None:
    reports = {"a": "A tsunami killed some 230, 000 people.", "b": "Five people were killed."}
    assert conflicts(reports) == []


def test_find_conflicts_reads_what_a_figure_counts_from_the_parse() -> None:
    from newsfuse.analyze.nlp import analyze_docs, shared_model

    if shared_model().nlp is None:
        pytest.skip("the spaCy model is not installed")
    reports = {
        "a": "Five people, including two children, died in the blast.",
        "b": "At least 40 people were killed in the blast.",
    }
    docs = [CleanDoc(id=i, text=t) for i, t in reports.items()]
    sentences = {d.id: split(d) for d in docs}
    syndication = Syndication(shared_with={}, groups=(("a",), ("b",)))
    assert find_conflicts(docs, sentences, syndication) == []  # the words alone: "people"
    analysis = analyze_docs(sentences, 16)
    found = find_conflicts(docs, sentences, syndication, analysis=analysis)
    assert [(c.about, [v.value for v in c.variants]) for c in found] == [
        ("number killed", ["five", "at least 40"])
    ]


def test_find_conflicts_a_year_further_on_dates_something_else_than_the_figure() -> None:
    reports = {
        "a": "The quake killed 24 people in a region devastated by the tsunami of 2004.",
        "b": "The quake killed five people, officials said.",
        "c": "Some 170,000 people were killed in the province in 2004.",
    }
    found = conflicts(reports)
    assert [(c.about, [v.value for v in c.variants]) for c in found] == [
        ("number killed", ["24", "five"])
    ]


def test_find_conflicts_tolls_far_apart_count_different_events() -> None:
    reports = {
        "a": "The quake killed five people.",
        "b": "Some 168,000 people were killed in Aceh when the great tsunami hit the coast.",
    }
    assert conflicts(reports) == []
