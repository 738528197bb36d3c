from newsfuse.cleaning.boilerplate import clean_texts
from newsfuse.cleaning.headline import headline_above, retells
from newsfuse.model import RawDoc

LEAD = (
    "Emirates Airline has finalized a deal to purchase 30 of Boeing's 787 Dreamliner jets in a"
    " $9 billion order, and will restart plans to expand its fleet."
)


def test_the_headline_is_the_title_shaped_line_above_the_body_that_the_lead_retells() -> None:
    lines = [
        "Markets",
        "Emirates inks $9 billion order for 30 Boeing 787 jets",
        "Published Wed, Nov 20 2019",
        "Natasha Turak",
        LEAD,
    ]
    assert headline_above(lines, 4, LEAD) == "Emirates inks $9 billion order for 30 Boeing 787 jets"


def test_navigation_and_calls_to_the_reader_are_not_headlines() -> None:
    lines = ["Subscribe to Boeing jets news today", "Share this on Twitter", "Meet the Press", LEAD]
    assert headline_above(lines, 3, LEAD) is None


def test_a_long_paragraph_stops_the_look_back() -> None:
    other_story = " ".join(["Another story about Boeing jets and the Emirates order."] * 6)
    lines = ["Emirates inks $9 billion order for 30 Boeing 787 jets", other_story, LEAD]
    assert headline_above(lines, 2, LEAD) is None


def test_a_line_the_lead_does_not_retell_is_not_its_headline() -> None:
    assert retells(LEAD, "Emirates inks $9 billion order for Boeing jets")
    assert not retells(LEAD, "Got a news tip? Write to our reporters")


def test_cleaning_a_flattened_page_finds_its_headline() -> None:
    page = "\n".join(
        [
            "Home",
            "World",
            "Emirates inks $9 billion order for 30 Boeing 787 jets",
            "By Natasha Turak",
            LEAD,
            "The airline said the deal was signed at the Dubai Airshow on Wednesday, after months"
            " of talks with the American planemaker over the size of the order.",
            "© 2019 Example News",
        ]
    )
    [extract] = clean_texts([RawDoc(id="page", content=page, kind="text")])
    assert extract.title == "Emirates inks $9 billion order for 30 Boeing 787 jets"
