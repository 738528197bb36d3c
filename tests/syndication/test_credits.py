"""Agency credits: agency-shaped names in credit phrasings, wherever the report puts them."""

from __future__ import annotations

import pytest

from newsfuse.model import CleanDoc, Removed
from newsfuse.syndication.credits import agency_credits


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        ("WASHINGTON (AP) — The storm hit the coast.", ("AP",)),
        ("PARIS, March 3 (Reuters) - Talks resumed.", ("Reuters",)),
        ("The Associated Press and AFP contributed to this report.", ("Associated Press", "AFP")),
        ("Some information for this report came from Xinhua.", ("Xinhua",)),
        ("Information from Reuters was used in this report.", ("Reuters",)),
        ("With reporting by Agence France-Presse.", ("Agence France-Presse",)),
        ("Press Association contributed reporting.", ("Press Association",)),
    ],
)
def test_agency_credits_read_the_usual_phrasings(text: str, agencies: tuple[str, ...]) -> None:
    assert agency_credits(CleanDoc(id="a", text=text)) == agencies


@pytest.mark.parametrize(
    "text",
    [
        "Jane Smith contributed reporting.",  # a person, not an agency
        "The World Health Organization (WHO) said cases rose.",  # an acronym, no credit
        "Volunteers contributed to the clean-up effort.",  # no report credited
        "He said (AP) was not involved.",  # parentheses mid-sentence, not a dateline
    ],
)
def test_agency_credits_ignore_names_and_phrases_that_are_no_credit(text: str) -> None:
    assert agency_credits(CleanDoc(id="a", text=text)) == ()


def test_agency_credits_read_lines_the_cleaner_removed_each_agency_once() -> None:
    doc = CleanDoc(
        id="a",
        text="LONDON (Reuters) - Markets fell.",
        removed=(Removed("Reuters contributed to this report.", "credit line"),),
    )
    assert agency_credits(doc) == ("Reuters",)
