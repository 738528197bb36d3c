"""The cleaning budget: checked between extractor passes, told in the report's notice."""

from __future__ import annotations

import itertools

import pytest

import newsfuse.cleaning as cleaning
from newsfuse.cleaning.budget import Budget, CleaningTimeout
from newsfuse.cleaning.html import extract_html
from newsfuse.errors import ConfigError
from newsfuse.model import RawDoc
from newsfuse.settings import Settings

PAGE = (
    "<html><head><title>Port fire</title></head><body><article>"
    "<p>Crews brought the fire at the port under control late on Tuesday, officials said.</p>"
    "<p>More than four thousand residents of the Lower Docks were told to leave their homes.</p>"
    "</article></body></html>"
)
TEXT = (
    "Fire crews said on Tuesday that the blaze at the port was under control.\n"
    "More than four thousand residents were evacuated from the Lower Docks district.\n"
)


def test_budget_passes_while_time_is_left_and_names_the_pass_when_spent() -> None:
    ticks = iter([0.0, 1.0, 5.0])
    budget = Budget(2.0, "page.html", clock=lambda: next(ticks))
    budget.check("parsing")
    with pytest.raises(CleaningTimeout, match=r"page\.html: cleaning stopped after reading"):
        budget.check("reading")


def test_extract_html_stops_between_passes_once_the_budget_is_spent() -> None:
    clock = itertools.count(0.0, 10.0)  # every look at the clock costs ten seconds
    budget = Budget(15.0, "page.html", clock=lambda: next(clock))
    with pytest.raises(CleaningTimeout, match="clean_seconds_per_input"):
        extract_html(RawDoc("page.html", PAGE, "html"), budget)
    assert extract_html(RawDoc("page.html", PAGE, "html"), Budget(60.0, "page.html")).text


def test_clean_docs_skips_a_page_over_budget_and_keeps_the_other_reports(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = itertools.count(0.0, 100.0)
    monkeypatch.setattr("newsfuse.cleaning.budget.time.monotonic", lambda: next(clock))
    raws = [RawDoc("slow.html", PAGE, "html"), RawDoc("report.txt", TEXT, "text")]
    docs, notices = cleaning.clean_docs(raws, Settings(clean_seconds_per_input=50))
    assert [d.id for d in docs] == ["report.txt"]
    assert [(n.source, n.level) for n in notices] == [("slow.html", "error")]
    assert "over the 50 s budget (clean_seconds_per_input)" in notices[0].message


def test_clean_docs_turns_an_unexpected_extractor_failure_into_a_notice_with_its_type(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(raw: RawDoc, budget: Budget | None = None) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(cleaning, "extract_html", broken)
    raws = [RawDoc("deep.html", PAGE, "html"), RawDoc("report.txt", TEXT, "text")]
    docs, notices = cleaning.clean_docs(raws, Settings())
    assert [d.id for d in docs] == ["report.txt"]
    assert notices[0].message == (
        "deep.html: could not be cleaned: unexpected RecursionError: "
        "maximum recursion depth exceeded"
    )


def test_clean_docs_says_when_a_report_was_cut_down() -> None:
    page = "<html><body>" + "<p>Same paragraph about the fire at the port.</p>" * 50_000
    docs, notices = cleaning.clean_docs([RawDoc("huge.html", page, "html")], Settings())
    assert any(n.source == "huge.html" and "too large to clean whole" in n.message for n in notices)
    assert docs and docs[0].text.count("Same paragraph") <= 3


@pytest.mark.parametrize(
    ("name", "value"),
    [("clean_seconds_per_input", 0), ("clean_seconds_per_input", 7200), ("max_record_bytes", 0)],
)
def test_the_cleaning_and_record_limits_are_validated(name: str, value: float) -> None:
    with pytest.raises(ConfigError, match=name):
        Settings().with_overrides(**{name: value})
