"""The report's dateline and metadata dates."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfuse.cleaning.dateline import dateline_prefix_end, find_dateline, parse_published

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected", "written"),
    [
        ("LONDON, March 3, 2021 (Agency) — Fire crews battled", D(2021, 3, 3), "March 3, 2021"),
        (
            "Skip to content\nMenu\n\nPublished: 3 March 2021\nThe fire",
            D(2021, 3, 3),
            "3 March 2021",
        ),
        ("Updated Mar. 3, 2021 10:42 GMT\nText", D(2021, 3, 3), "Mar. 3, 2021"),
        ("Warehouse fire\n14.09.2023\nCrews", D(2023, 9, 14), "14.09.2023"),
        ("2021-03-03\nCrews", D(2021, 3, 3), "2021-03-03"),
        ("Tuesday 3 March 2021\nCrews", D(2021, 3, 3), "Tuesday 3 March 2021"),
        ("By Jane Doe | Sept. 3, 2021\nCrews", D(2021, 9, 3), "Sept. 3, 2021"),
        ("First published on Tue 2 Mar 2021 10.00 GMT", D(2021, 3, 2), "Tue 2 Mar 2021"),
        ("NEW YORK (Reuters) — Feb. 29, 2024 — Markets", D(2024, 2, 29), "Feb. 29, 2024"),
    ],
)
def test_find_dateline_reads_common_dateline_forms(
    text: str, expected: dt.date, written: str
) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.date == expected
    assert found.text == written
    assert text[found.start : found.end] == written


@pytest.mark.parametrize(
    "text",
    [
        "Some 4.300 people left; turnout rose 12.5 percent.\nCall 020.7946.0958 or see 3.4.5",
        "On March 3, 2021, the council voted to close the plant.",
        "Officials said the road would stay closed until 14.09.2023 at least.",
        "Feb. 29, 2023\nNot a leap year.",
        "31.04.2022\nApril has 30 days.",
        "",
    ],
)
def test_find_dateline_ignores_numbers_event_dates_and_impossible_days(text: str) -> None:
    assert find_dateline(text) is None


def test_find_dateline_looks_only_at_the_top_of_the_report() -> None:
    lines = [
        f"Paragraph {i} of the story, long enough to be a paragraph of prose." for i in range(3)
    ]
    text = "\n".join([*lines, "Published: 3 March 2021"])
    assert find_dateline(text) is None


def test_find_dateline_reaches_past_scraped_page_furniture() -> None:
    furniture = ["Skip to main content", "Corran Bay Observer", "Menu", "Home", "News", "Saltmere"]
    furniture += [
        "Environment",
        "Trending",
        "Donate",
        "'We warned them': dockworkers speak",
        "By T. V.",
    ]
    lead = "Dockworkers in Saltmere say they warned the port authority about chemical storage."
    text = "\n".join([*furniture, "SALTMERE, 16.03.2023 –", lead])
    found = find_dateline(text)
    assert found is not None and found.date == D(2023, 3, 16)


def test_find_dateline_skips_prose_lines_before_the_dateline() -> None:
    text = "Crews fought the blaze on 2 March 2021 in the port.\nUpdated 3 March 2021\n"
    found = find_dateline(text)
    assert found is not None and found.date == D(2021, 3, 3)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-03", D(2021, 3, 3)),
        ("2021-03-03T23:30:00-05:00", D(2021, 3, 3)),
        ("2021-03-03T10:00:00Z", D(2021, 3, 3)),
        ("Tue, 03 Mar 2021 10:00:00 GMT", D(2021, 3, 3)),
        ("March 3, 2021", D(2021, 3, 3)),
        ("14.09.2023", D(2023, 9, 14)),
        ("20210303", D(2021, 3, 3)),
        ("2021-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_published_reads_metadata_date_strings(value: str, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("KYIV (Nordwire) - Air raid sirens sounded.", "Air raid sirens sounded."),
        ("OSLO, May 7 (Nordwire) — Talks resumed.", "Talks resumed."),
        ("SAN JOSE, Calif., 07.05.2024 - Chipmakers rallied.", "Chipmakers rallied."),
        ("NEW YORK, March 3, 2021 (Wire) -- Stocks fell.", "Stocks fell."),
        # No date and no agency: capitals and a dash are no dateline.
        ("US - China talks resumed.", "US - China talks resumed."),
        (
            "NATO, the alliance - said to be split - met.",
            "NATO, the alliance - said to be split - met.",
        ),
        ("The fire started on Tuesday.", "The fire started on Tuesday."),
    ],
)
def test_dateline_prefix_end_skips_a_wire_dateline_opening_a_sentence(
    sentence: str, rest: str
) -> None:
    assert sentence[dateline_prefix_end(sentence) :] == rest
