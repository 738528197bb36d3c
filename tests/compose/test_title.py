"""The brief's title: the best-supported headline, copies counted once, a lead sentence without."""

from __future__ import annotations

from newsfuse.compose.title import choose_title
from newsfuse.model import CleanDoc, Syndication

BODY = (
    "A wildfire tore through the hills above Santa Rosa on Tuesday, destroying at least 300 "
    "homes and forcing 4,300 residents to evacuate, officials said."
)


def independent(*ids: str) -> Syndication:
    return Syndication(shared_with={}, groups=tuple((i,) for i in ids))


def test_choose_title_picks_the_headline_most_like_the_others_and_the_story() -> None:
    docs = [
        CleanDoc("a", BODY, title="Santa Rosa wildfire destroys 300 homes"),
        CleanDoc("b", BODY, title="Wildfire destroys at least 300 homes near Santa Rosa"),
        CleanDoc("c", BODY, title="Live updates: what we know"),
        CleanDoc("d", BODY, title="300 homes lost as wildfire sweeps Santa Rosa hills"),
    ]
    # Every word of the first headline recurs in the others; the "Live updates" one shares none.
    assert choose_title(docs, independent("a", "b", "c", "d")) == (
        "Santa Rosa wildfire destroys 300 homes"
    )


def test_choose_title_counts_syndicated_copies_once() -> None:
    wire = "Live updates: what we know about the fire"
    copies = [CleanDoc(f"copy{n}", BODY, title=wire) for n in range(4)]
    outlets = [
        CleanDoc("a", BODY, title="Wildfire destroys 300 homes near Santa Rosa"),
        CleanDoc("b", BODY, title="Santa Rosa wildfire destroys 300 homes, 4,300 evacuated"),
    ]
    groups = (tuple(d.id for d in copies), ("a",), ("b",))
    title = choose_title(copies + outlets, Syndication(shared_with={}, groups=groups))
    assert title != wire
    assert "300 homes" in title


def test_choose_title_cuts_the_outlet_name_off_the_headline() -> None:
    doc = CleanDoc(
        "a", BODY, title="Wildfire destroys 300 homes | The Gazette", outlet="The Gazette"
    )
    assert choose_title([doc], independent("a")) == "Wildfire destroys 300 homes"


def test_choose_title_ties_are_broken_the_same_way_whatever_the_order() -> None:
    docs = [
        CleanDoc("a", BODY, title="Wildfire destroys homes"),
        CleanDoc("b", BODY, title="Homes destroyed by wildfire"),
    ]
    syndication = independent("a", "b")
    assert choose_title(docs, syndication) == choose_title(docs[::-1], syndication)


def test_choose_title_without_headlines_uses_the_central_reports_lead_sentence() -> None:
    docs = [
        CleanDoc("off", "The city council approved a new budget for parks and libraries today."),
        CleanDoc("central", BODY + " Crews fought the blaze overnight."),
        CleanDoc("other", "Crews fought the wildfire near Santa Rosa overnight, officials said."),
    ]
    title = choose_title(docs, independent("off", "central", "other"))
    assert title.startswith("A wildfire tore through the hills above Santa Rosa")
    assert title.endswith("…") and len(title) <= 121
    assert BODY.startswith(title[:-1])
    assert not title[:-1].endswith(" ")


def test_choose_title_is_never_empty_when_a_report_has_text() -> None:
    docs = [CleanDoc("a", "   "), CleanDoc("b", "Evacuation orders were lifted.")]
    assert choose_title(docs, independent("a", "b")) == "Evacuation orders were lifted."
    assert choose_title([CleanDoc("a", "")], independent("a")) == ""


def test_choose_title_without_headlines_skips_a_question_to_the_reader() -> None:
    doc = CleanDoc(
        id="quake.txt",
        text=(
            "Did you feel the earthquake?\n\n"
            "A magnitude 4.4 earthquake shook the valley early on Sunday, the survey said.\n\n"
            "There were no reports of damage."
        ),
    )
    syndication = Syndication(shared_with={}, groups=(("quake.txt",),))
    assert choose_title([doc], syndication).startswith("A magnitude 4.4 earthquake")
