"""The time-expression rules: what each one needs to match."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsfuse.analyze.dates.rules import RULES

# Words the rules are built from, so that generated texts come close to matching them.
_VOCABULARY = [
    "March", "Sept.", "SEPT", "Tuesday", "Wed.", "the", "of", "to", "-", "–", ",", "in", "since",
    "early", "last", "next", "ago", "days", "two", "twenty", "forty-five", "week", "month",
    "year", "yesterday", "night", "within",
]  # fmt: skip
# `\d` matches the decimal digits of every script: category Nd.
_NO_DIGITS = st.text(alphabet=st.characters(blacklist_categories=["Nd"]), max_size=40)


@given(st.lists(st.one_of(st.sampled_from(_VOCABULARY), _NO_DIGITS), max_size=12))
def test_rules_marked_digits_never_match_a_text_without_digits(parts: list[str]) -> None:
    text = " ".join(parts)
    for rule in RULES:
        if rule.digits:
            assert rule.pattern.search(text) is None, (rule.pattern.pattern, text)


def test_rules_marked_digits_are_those_of_written_days_and_years() -> None:
    text = "Sept. 5-19, March 3, 2021, on March 4 and in March 2020, by 2024, 3-5 June"
    matching = [rule for rule in RULES if rule.digits and rule.pattern.search(text)]
    assert len(matching) == sum(rule.digits for rule in RULES) == 6
