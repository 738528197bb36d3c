"""What changed since an earlier brief: items matched by meaning, counts before and after, and
the `changes` section of the JSON contract, Markdown and HTML."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from newsfuse.compose.changes import diff_briefs
from newsfuse.errors import InputError
from newsfuse.model import (
    Brief,
    CleanDoc,
    Conflict,
    Fact,
    Span,
    Syndication,
    TimelineEntry,
    Variant,
)
from newsfuse.rendering import brief_to_dict, render, to_json
from newsfuse.rendering.from_json import from_json

WIRE = "The storm destroyed 300 homes in the valley. Rescue teams reached the town on Monday."
LOCAL = "Officials said the storm destroyed 300 homes. The mayor asked for federal aid."
LATE = "A curfew begins on Friday. Some 300 homes in the valley were destroyed by the storm."

DOCS = {
    "wire": CleanDoc("wire", WIRE),
    "local": CleanDoc("local", LOCAL),
    "late": CleanDoc("late", LATE),
}


def span(source: str, passage: str) -> Span:
    start = DOCS[source].text.index(passage)
    return Span(source, start, start + len(passage))


def brief(sources: tuple[str, ...], **items: object) -> Brief:
    groups = tuple((s,) for s in sources)
    return Brief(
        title="Storm",
        sources=tuple(DOCS[s] for s in sources),
        syndication=Syndication(shared_with={}, groups=groups),
        **items,  # type: ignore[arg-type]
    )


HOMES = Fact(
    "The storm destroyed 300 homes in the valley.",
    ("wire",),
    1,
    (span("wire", "The storm destroyed 300 homes in the valley."),),
)
HOMES_LATER = Fact(  # reworded by the new report, and now backed by two
    "Some 300 homes in the valley were destroyed by the storm.",
    ("wire", "late"),
    2,
    (span("late", "Some 300 homes in the valley were destroyed by the storm."),),
)
AID = Fact("The mayor asked for federal aid.", ("local",), 1, (span("local", "The mayor"),))
CURFEW = Fact("A curfew begins on Friday.", ("late",), 1, (span("late", "A curfew"),))


def test_a_reworded_fact_is_not_new_and_its_rise_in_independent_sources_is_reported() -> None:
    changes = diff_briefs(
        brief(("wire", "local"), facts=(HOMES, AID)),
        brief(("wire", "local", "late"), facts=(HOMES_LATER, AID, CURFEW)),
        since="12",
    )
    assert changes.since == "12"
    assert changes.new_sources == ("late",)
    assert changes.new_facts == (CURFEW,)
    (rise,) = changes.corroborated
    assert (rise.fact, rise.before, rise.after) == (HOMES_LATER, 1, 2)


def test_a_fact_citing_the_same_passage_of_an_unchanged_source_is_the_same_fact() -> None:
    # Words too different for the cosine, but the very same sentence of "wire" backs both.
    terse = Fact("Valley losses.", ("wire",), 1, (span("wire", "The storm destroyed 300"),))
    changes = diff_briefs(brief(("wire",), facts=(HOMES,)), brief(("wire",), facts=(terse,)))
    assert changes.new_facts == () and changes.corroborated == ()


def test_a_passage_of_a_source_whose_text_changed_matches_nothing() -> None:
    edited = dataclasses.replace(DOCS["wire"], text=WIRE.replace("300", "310"))
    before = brief(("wire",), facts=(HOMES,))
    after = dataclasses.replace(
        brief(("wire",), facts=(Fact("Valley losses.", ("wire",), 1, HOMES.spans),)),
        sources=(edited,),
    )
    assert len(diff_briefs(before, after).new_facts) == 1


def test_a_fewer_or_equal_count_is_not_a_corroboration() -> None:
    changes = diff_briefs(brief(("wire",), facts=(HOMES_LATER,)), brief(("wire",), facts=(HOMES,)))
    assert changes.corroborated == () and changes.new_facts == ()


TOLL = Conflict(
    "number of homes destroyed",
    (
        Variant("300", "The storm destroyed 300 homes.", ("wire",)),
        Variant("450", "The storm destroyed 450 homes.", ("local",)),
    ),
)
DAY = Conflict(
    "date rescue teams arrived",
    (
        Variant("Monday", "Rescue teams reached the town on Monday.", ("wire",)),
        Variant("Sunday", "Rescue teams reached the town on Sunday.", ("late",)),
    ),
)


def test_conflicts_new_resolved_and_one_that_gained_a_variant() -> None:
    wider = Conflict(
        TOLL.about,
        (*TOLL.variants, Variant("500", "The storm destroyed 500 homes.", ("late",))),
    )
    changes = diff_briefs(brief(("wire",), conflicts=(TOLL,)), brief(("wire",), conflicts=(wider,)))
    assert changes.new_conflicts == () and changes.resolved_conflicts == ()
    changes = diff_briefs(brief(("wire",), conflicts=(TOLL,)), brief(("wire",), conflicts=(DAY,)))
    assert changes.new_conflicts == (DAY,) and changes.resolved_conflicts == (TOLL,)


def test_timeline_entries_are_new_for_a_new_event_or_a_new_day() -> None:
    monday = TimelineEntry(dt.date(2024, 5, 6), "Rescue teams reached the town.", ("wire",))
    reworded = TimelineEntry(dt.date(2024, 5, 6), "Rescue teams reached the town on Monday.", ())
    redated = dataclasses.replace(monday, date=dt.date(2024, 5, 5))
    curfew = TimelineEntry(dt.date(2024, 5, 10), "A curfew begins.", ("late",), announced=True)
    changes = diff_briefs(
        brief(("wire",), timeline=(monday,)),
        brief(("wire", "late"), timeline=(redated, reworded, curfew)),
    )
    assert changes.new_timeline == (redated, curfew)


def growing() -> tuple[Brief, Brief]:
    before = brief(("wire", "local"), facts=(HOMES, AID), conflicts=(TOLL,))
    after = brief(("wire", "local", "late"), facts=(HOMES_LATER, AID, CURFEW), conflicts=(DAY,))
    return before, dataclasses.replace(after, changes=diff_briefs(before, after, since="7"))


def test_json_has_a_changes_section_only_when_compared() -> None:
    before, after = growing()
    assert "changes" not in brief_to_dict(before)
    data = brief_to_dict(after)
    assert list(data)[-1] == "changes"
    changes = data["changes"]
    assert list(changes) == [
        "since", "new_sources", "new_facts", "corroborated", "new_conflicts",
        "resolved_conflicts", "new_timeline",
    ]  # fmt: skip
    assert changes["since"] == "7" and changes["new_sources"] == ["late"]
    assert [f["text"] for f in changes["new_facts"]] == [CURFEW.text]
    (rise,) = changes["corroborated"]
    assert (rise["text"], rise["before"], rise["after"]) == (HOMES_LATER.text, 1, 2)
    assert rise["independent_sources"] == rise["after"]
    assert [c["about"] for c in changes["new_conflicts"]] == [DAY.about]
    assert [c["about"] for c in changes["resolved_conflicts"]] == [TOLL.about]


def test_json_round_trips_through_from_json() -> None:
    before, after = growing()
    for one in (before, after):
        assert brief_to_dict(from_json(to_json(one))) == brief_to_dict(one)


def test_a_saved_brief_read_back_diffs_like_the_original() -> None:
    before, after = growing()
    assert diff_briefs(from_json(to_json(before)), after, since="7") == after.changes


def test_from_json_names_the_input_and_the_reason() -> None:
    before, _ = growing()
    old = json.loads(to_json(before)) | {"schema": "newsfuse.brief/1"}
    with pytest.raises(InputError, match=r"old\.json: schema 'newsfuse\.brief/1' is not one of"):
        from_json(json.dumps(old), "old.json")
    with pytest.raises(InputError, match=r"cut\.json: not a valid brief \(KeyError"):
        from_json(json.dumps({"schema": "newsfuse.brief/3"}), "cut.json")
    with pytest.raises(InputError, match=r"x\.json: not JSON"):
        from_json("{", "x.json")


def test_markdown_and_html_show_the_changes_first() -> None:
    before, after = growing()
    markdown = render(after, "md")
    assert "## Changes since 7" in markdown
    assert markdown.index("## Changes") < markdown.index("## Facts")
    assert "New source: late" in markdown and "New fact: A curfew begins on Friday." in markdown
    assert "1 → 2 independent sources" in markdown
    assert "Resolved conflict: number of homes destroyed" in markdown
    assert "## Changes" not in render(before, "md")
    page = render(after, "html")
    assert '<section id="changes"><h2>What changed since 7</h2>' in page
    assert page.index('<section id="changes">') < page.index('<section id="facts">')
    assert "1 → 2 independent sources" in page and "new fact</span> A curfew" in page
    assert 'id="changes"' not in render(before, "html")
