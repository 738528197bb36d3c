"""Who holds a post that one person holds at a time, compared across reports."""

from __future__ import annotations

from newsfuse.align.roles import holders_in, role_conflicts
from newsfuse.analyze.sentences import split_sentences
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication


def conflicts(reports: dict[str, str]) -> list[Conflict]:
    docs = [CleanDoc(id=i, text=t) for i, t in reports.items()]
    syndication = Syndication(shared_with={}, groups=tuple((d.id,) for d in docs))
    return role_conflicts(docs, {d.id: split_sentences(d) for d in docs}, syndication)


def read(text: str) -> list[tuple[str, str, str]]:
    return [(h.body, h.post, h.name) for h in holders_in(Sentence("a", 0, 0, len(text), text))]


def test_a_post_of_a_body_and_its_holder() -> None:
    assert read('"We know," Chargers general manager A.J. Butler said.') == [
        ("chargers", "general manager", "A.J. Butler")
    ]
    assert read("It was confirmed by Chargers General Manager A. J. Smith today.") == [
        ("chargers", "general manager", "A. J. Smith")
    ]


def test_no_body_or_a_post_of_many_is_no_holder() -> None:
    assert read("Coach Brad Childress said the decision was his.") == []
    assert read("He said team general manager A.J. Smith agreed.") == []
    assert read("Highway Patrol Officer Brad Baehr said so.") == []


def test_two_holders_of_one_post_conflict_and_spellings_of_one_name_do_not() -> None:
    found = conflicts(
        {
            "a": "Chargers general manager A.J. Smith said he was aware of it.",
            "b": "Chargers general manager A.J. Butler said in a statement.",
            "c": "Chargers general manager AJ Smith said in a statement.",
        }
    )
    assert [(c.about, [v.value for v in c.variants]) for c in found] == [
        ("actor: Chargers general manager", ["A.J. Smith", "A.J. Butler"])
    ]
    spellings = {
        "a": "British Columbia Attorney General Wally Oppal said so.",
        "b": "British Columbia Attorney General Wally Opal issued a statement.",
        "c": "Colts coach Tony Dungy spoke. Vikings coach Brad Childress did not.",
    }
    assert conflicts(spellings) == []
