"""A denial in one report against an assertion of the same thing, paraphrased, in another."""

from __future__ import annotations

from newsfuse.align.claims_compare import claims_of
from newsfuse.align.denials import denial_conflicts
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication


def check(reports: dict[str, str]) -> list[Conflict]:
    docs = [CleanDoc(id=i, text=t) for i, t in reports.items()]
    sentences = {d.id: [Sentence(d.id, 0, 0, len(d.text), d.text)] for d in docs}
    syndication = Syndication({}, tuple((d.id,) for d in docs))
    return denial_conflicts(claims_of(docs, sentences, syndication))


def test_denial_conflicts_paraphrased_closure_plan() -> None:
    found = check(
        {
            "a": "A Vestra spokeswoman denied that the firm planned to shut its Dunmore mill.",
            "b": "Workers said Vestra intends to shut the Dunmore mill next spring.",
        }
    )
    assert [c.about for c in found] == ["whether the firm planned to shut its Dunmore mill"]
    assert [v.sources for v in found[0].variants] == [("a",), ("b",)]


def test_denial_conflicts_noun_and_verb_forms_meet() -> None:
    found = check(
        {
            "a": "The council dismissed reports of flooding in the Eastfield underpass.",
            "b": "Drivers were stranded when the Eastfield underpass flooded overnight.",
        }
    )
    assert len(found) == 1


def test_denial_conflicts_attributed_no_evidence() -> None:
    found = check(
        {
            "a": "Investigators said there was no evidence of sabotage at the Halle depot.",
            "b": "A union leader blamed sabotage for the blaze at the Halle depot.",
        }
    )
    assert [v.value for v in found[0].variants] == ["denied", "reported"]


def test_denial_conflicts_unrelated_negations_deny_nothing() -> None:
    reports = {
        "a": "It was not clear whether the mill would shut.",
        "b": "There was no hope of saving the mill, the chief said.",
        "c": "The mill was denied a permit to expand.",
        "d": "The mill will shut and the permit to expand was refused.",
    }
    assert check(reports) == []


def test_denial_conflicts_rejecting_an_offer_is_no_denial() -> None:
    reports = {
        "a": "Tellum's board rejected the offer from Brisco.",
        "b": "Brisco made an offer for Tellum last week.",
    }
    assert check(reports) == []


def test_denial_conflicts_sharing_only_a_name_is_not_enough() -> None:
    reports = {
        "a": "Police denied that officers fired tear gas at Harlow Square.",
        "b": "Crowds gathered at Harlow Square on Sunday.",
    }
    assert check(reports) == []
