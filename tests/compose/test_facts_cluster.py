"""Average-link grouping: no chaining through a middle item, clashing pairs never together."""

from __future__ import annotations

from newsfuse.compose.claims import Claim
from newsfuse.compose.facts_cluster import average_link
from newsfuse.compose.facts_evidence import Evidence, compatible, evidence, name_factor
from newsfuse.model import Span


def test_average_link_does_not_chain_through_a_middle_item() -> None:
    # 0 ~ 1 and 1 ~ 2, but 0 and 2 are unrelated: single link would make one group.
    groups = average_link(3, [(0, 1, 0.9), (1, 2, 0.6)], [], threshold=0.5)
    assert groups == [[0, 1], [2]]


def test_average_link_merges_groups_similar_on_average() -> None:
    edges = [(0, 1, 0.9), (0, 2, 0.7), (1, 2, 0.6), (3, 4, 0.8)]
    assert average_link(5, edges, [], threshold=0.5) == [[0, 1, 2], [3, 4]]


def test_average_link_never_joins_a_clashing_pair() -> None:
    edges = [(0, 1, 0.9), (1, 2, 0.9), (0, 2, 0.8)]
    assert average_link(3, edges, [(0, 2)], threshold=0.5) == [[0, 1], [2]]


def test_average_link_leaves_unlinked_items_alone() -> None:
    assert average_link(3, [], [], threshold=0.5) == [[0], [1], [2]]


def claim_evidence(text: str) -> Evidence:
    return evidence(Claim(text, Span("r", 0, len(text)), 0, 0.0), None)


def test_compatible_rejects_figures_that_cannot_both_be_true() -> None:
    forty = claim_evidence("At least 40 people were injured in the fire.")
    assert not compatible(forty, claim_evidence("Twenty-seven people were injured in the fire."))
    assert compatible(forty, claim_evidence("Some 45 people were injured in the fire."))


def test_compatible_accepts_hedged_figures_that_meet() -> None:
    exact = claim_evidence("About 4,300 residents were evacuated from their homes.")
    assert compatible(
        exact, claim_evidence("Nearly 4,500 residents were evacuated from their homes.")
    )


def test_name_factor_lowers_claims_naming_different_people() -> None:
    lopez = claim_evidence("Fire Chief Maria Lopez said the fire was contained.")
    assert name_factor(lopez, claim_evidence("Chief Lopez said the fire was contained.")) == 1.0
    assert name_factor(lopez, claim_evidence("Chief Brennick said the fire was contained.")) < 1.0
    assert name_factor(lopez, claim_evidence("The chief said the fire was contained.")) == 1.0
