"""The clause a time expression dates, and the expressions that date no event."""

from __future__ import annotations

import pytest

from newsfuse.analyze.dates.clauses import event_clause
from newsfuse.cleaning.dateline import dateline_prefix_end


def clause(text: str, expression: str, *others: str) -> str | None:
    """The event clause `expression` dates in `text`, `others` being its other expressions."""

    def where(part: str) -> tuple[int, int]:
        start = text.index(part)
        return start, start + len(part)

    found = event_clause(
        text, where(expression), [where(o) for o in others], dateline_prefix_end(text)
    )
    return None if found is None else text[found.start : found.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A trailing attribution is no part of the event.
        (
            "Divers recovered the ferry's black box on Tuesday, the coast guard said.",
            "Divers recovered the ferry's black box on Tuesday",
        ),
        # Nor one spread over several segments.
        (
            "The lab reported the leak on Tuesday, its director, Omar Haddad, said.",
            "The lab reported the leak on Tuesday",
        ),
        # Nor a trailing participle or "as" clause.
        (
            "The river burst its banks on Tuesday, flooding 300 homes.",
            "The river burst its banks on Tuesday",
        ),
        (
            "Shares of the miner slid on Tuesday, as copper prices fell.",
            "Shares of the miner slid on Tuesday",
        ),
        # A leading time adverbial belongs to the clause it opens.
        (
            "On Tuesday, the board sacked its chairman.",
            "On Tuesday, the board sacked its chairman.",
        ),
        # A relative clause is the event, not the main clause around it.
        (
            "The dam, which failed on Tuesday, had been inspected in May.",
            "The dam, which failed on Tuesday",
        ),
        # So is a participle aside: "announced on Monday" dates the announcement.
        (
            "The merger, approved on Tuesday, creates the region's largest bank.",
            "The merger, approved on Tuesday",
        ),
        # A subordinate clause that holds the expression is the event.
        (
            "Farmers fear for the harvest after the frost struck on Tuesday.",
            "the frost struck on Tuesday.",
        ),
        # A present form after its subject is a verb too.
        ("The trial opens on June 3 in Lyon.", "The trial opens on June 3 in Lyon."),
        # "shortly after midnight" is a time of day, not another event.
        (
            "The ship ran aground shortly after midnight on Tuesday.",
            "The ship ran aground shortly after midnight on Tuesday.",
        ),
    ],
)
def test_event_clause_is_the_part_of_the_sentence_telling_the_event(
    text: str, expected: str
) -> None:
    expression = "June 3" if "June 3" in text else "Tuesday"
    assert clause(text, expression) == expected


def test_event_clause_leaves_out_a_wire_dateline() -> None:
    text = "OSLO, May 7 (Nordwire) - Norway's parliament approved the budget on Tuesday."
    assert clause(text, "on Tuesday") == "Norway's parliament approved the budget on Tuesday."
    assert clause(text, "May 7") is None


def test_event_clause_stops_before_another_dated_event() -> None:
    text = "Heavy rain fell on Sunday, and the river burst its banks on Monday."
    assert clause(text, "on Sunday", "on Monday") == "Heavy rain fell on Sunday"
    assert clause(text, "on Monday", "on Sunday") == "the river burst its banks on Monday."


def test_event_clause_steps_over_a_dated_relative_clause_to_the_subject() -> None:
    text = "The dam, which cracked on Sunday, was breached on Monday, officials said."
    assert clause(text, "on Monday", "on Sunday") == (
        "The dam, which cracked on Sunday, was breached on Monday"
    )


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # The day dates the statement, not what was said.
        ("The ministry said on Friday that 14 miners had been rescued.", "on Friday"),
        ("Nine people died in the crash, the police said on Friday.", "on Friday"),
        ("On Friday, the ministry said the mine would stay shut.", "On Friday"),
        # A noun phrase without a verb: the closing level is background, not an event.
        (
            "The bid values the firm at $40 a share, a 9% premium to its close on Friday.",
            "on Friday",
        ),
        # The day dates another event that the verb is placed after.
        ("Two shops were looted in the night after the blackout on Friday.", "on Friday"),
        ("After the vote on Friday, the senators went home.", "on Friday"),
        # A state still going on is no event.
        ("Rescuers were still digging through the rubble on Friday.", "on Friday"),
        # Page furniture has no event verb.
        ("Please consider a donation today to keep our reporting free.", "today"),
        ("Sign up today for the morning newsletter.", "today"),
    ],
)
def test_event_clause_is_none_where_the_expression_dates_no_event(
    text: str, expression: str
) -> None:
    assert clause(text, expression) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We will rebuild,” the governor told reporters on Friday.",
            "the governor told reporters on Friday",
        ),
        (
            "The bank's finance chief, Lea Moritz, told analysts on a call on Friday that "
            "margins would shrink.",
            "The bank's finance chief, Lea Moritz, told analysts on a call on Friday",
        ),
        (
            "Speaking at a press conference on Friday, the coach said he would stay.",
            "Speaking at a press conference on Friday, the coach said",
        ),
    ],
)
def test_event_clause_of_a_statement_to_the_press_is_the_statement(
    text: str, expected: str
) -> None:
    assert clause(text, "on Friday") == expected


def test_event_clause_keeps_an_announcement() -> None:
    text = "The league announced on Friday that the final would move to Porto."
    assert clause(text, "on Friday") == text


def test_event_clause_inside_a_quotation_keeps_its_quote_marks() -> None:
    text = "“The port will reopen on Monday,” the harbour master said."
    assert clause(text, "on Monday") == "“The port will reopen on Monday,”"
