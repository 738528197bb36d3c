"""The flattened-text boilerplate classifier on realistic scraped reports."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfuse.cleaning.boilerplate import clean_lines, clean_texts, split_lines
from newsfuse.model import RawDoc

HEADLINE = "Wildfire forces thousands to flee homes near Athens"
PARAGRAPHS = [
    "Thousands of residents fled their homes on Tuesday as a wildfire fanned by strong winds "
    "spread through the hills north of Athens, officials said.",
    "The fire started in the early afternoon near the village of Varnavas and had reached the "
    "outskirts of the capital by the evening, according to the fire service.",
    "It was not clear how many homes were destroyed.",
    "More than 400 firefighters, backed by water-dropping planes and helicopters, were battling "
    "the flames, and the civil protection ministry sent evacuation alerts to mobile phones.",
    "The mayor said the town had been preparing for such a fire for weeks, but that the wind made "
    "it impossible to stop the flames before they reached the first houses.",
]
SYNDICATED = (
    "Greece has suffered a series of deadly wildfires in recent summers, which scientists link "
    "to hotter and drier weather driven by climate change."
)
NOISE = {
    "top": [
        "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
        "Skip to content",
        "Menu",
        "World",
        "Politics",
        "Business",
        "Trending",
        HEADLINE,
        HEADLINE,
        "Image: Smoke rises over the suburbs / Getty Images",
    ],
    "middle": ["Advertisement"],
    "bottom": [
        "Reporting by Renee Maltezou; Editing by Alex Richardson",
        "Sign up for our daily newsletter and get the top stories delivered to your inbox.",
        "Our journalism is free for everyone. If you value it, please support independent "
        "journalism and make a contribution today. Every gift, however small, keeps us going.",
        "Show 23 comments",
        "Post a comment",
        "Report this comment",
        "Related articles",
        "Floods hit northern Italy",
        "Heatwave grips Spain",
        "Share",
        "Facebook",
        "Twitter",
        "We use cookies to improve your experience. By continuing you agree to our cookie policy.",
        "© 2024 Example Media. All rights reserved.",
    ],
}


def report(body: list[str]) -> str:
    middle = body[:3] + NOISE["middle"] + body[3:]
    return "\n".join(NOISE["top"] + middle + NOISE["bottom"])


def clean_one(text: str, title: str | None = None) -> tuple[str, dict[str, str]]:
    result = clean_texts([RawDoc(id="a", content=text, kind="text", title=title)])[0]
    return result.text, {r.text: r.reason for r in result.removed}


def test_clean_texts_keeps_article_paragraphs_in_order() -> None:
    text, _ = clean_one(report([*PARAGRAPHS, SYNDICATED]))
    assert text.split("\n\n") == [*PARAGRAPHS, SYNDICATED]


def test_clean_texts_removes_every_kind_of_noise_with_a_reason() -> None:
    _, removed = clean_one(report(PARAGRAPHS))
    for line in NOISE["top"][:7] + NOISE["middle"] + NOISE["bottom"]:
        assert line in removed, line
    assert removed["Skip to content"] == "navigation"
    assert removed["Advertisement"] == "advertisement"
    assert removed["Image: Smoke rises over the suburbs / Getty Images"] == "photo credit"
    assert removed["Show 23 comments"] == "comment widget"
    assert removed[NOISE["top"][0]] == "tracking snippet"


def test_clean_texts_uses_headline_printed_twice_as_title() -> None:
    result = clean_texts([RawDoc(id="a", content=report(PARAGRAPHS), kind="text")])[0]
    assert result.title == HEADLINE
    assert HEADLINE not in result.text


def test_clean_texts_keeps_short_article_line_between_paragraphs() -> None:
    text, _ = clean_one(report(PARAGRAPHS))
    assert "It was not clear how many homes were destroyed." in text.split("\n\n")


def test_clean_texts_keeps_wire_paragraph_shared_by_two_outlets() -> None:
    first = RawDoc(
        id="a", content=report([*PARAGRAPHS[:3], SYNDICATED]), kind="text", outlet="Daily Planet"
    )
    second = RawDoc(
        id="b", content=report([*PARAGRAPHS[3:], SYNDICATED]), kind="text", outlet="Morning Star"
    )
    results = clean_texts([first, second])
    assert all(SYNDICATED in r.text for r in results)
    assert all("Show 23 comments" in {x.text for x in r.removed} for r in results)


def test_clean_texts_drops_short_line_repeated_across_outlets() -> None:
    teaser = "Read the latest updates on our live page"
    docs = [
        RawDoc(id=i, content="\n".join([*PARAGRAPHS, teaser]), kind="text", outlet=o)
        for i, o in (("a", "One"), ("b", "Two"))
    ]
    for result in clean_texts(docs):
        assert teaser not in result.text


def test_clean_texts_drops_paragraph_repeated_within_same_outlet() -> None:
    promo = (
        "The Daily Planet has covered the region for more than a century and has won many "
        "awards for its reporting on the environment and the economy."
    )
    docs = [
        RawDoc(id=i, content="\n".join([*PARAGRAPHS, promo]), kind="text", outlet="Daily Planet")
        for i in ("a", "b")
    ]
    for result in clean_texts(docs):
        assert {r.text: r.reason for r in result.removed}[promo] == "repeated across sources"


def test_clean_texts_is_idempotent_on_its_output() -> None:
    once, _ = clean_one(report(PARAGRAPHS))
    twice, _ = clean_one(once)
    assert twice == once


def test_split_lines_drops_lines_of_zero_width_characters() -> None:
    text = "First paragraph.\n\u200b\n\ufeffSecond paragraph.\u200b"
    assert split_lines(text) == ["First paragraph.", "Second paragraph."]


def test_clean_texts_of_empty_text_is_empty() -> None:
    assert clean_one("\n  \n")[0] == ""


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=30))
def test_clean_texts_output_lines_are_input_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    cleaned, _ = clean_one(text)
    inputs = set(split_lines(text))
    assert all(line in inputs for line in split_lines(cleaned))


def test_clean_lines_keeps_a_report_of_one_sentence() -> None:
    line = (
        "A jeweller's shop near the old harbour was raided by as many as four masked men "
        "on Thursday afternoon."
    )
    assert clean_lines([line], frozenset(), None).text == line


def test_clean_lines_of_nothing_but_furniture_stays_empty() -> None:
    lines = ["Skip to content", "Menu", "Subscribe to our newsletter for daily updates."]
    assert clean_lines(lines, frozenset(), None).text == ""


def test_clean_lines_keeps_figures_in_brackets_as_prose_not_code() -> None:
    lines = [
        "The thieves escaped with gems worth 2m euros (£1.7m; $2.6m), police said on Friday.",
        "Detectives said the gang had studied the shop's alarm system for weeks before the raid.",
    ]
    assert clean_lines(lines, frozenset(), None).text == "\n\n".join(lines)
