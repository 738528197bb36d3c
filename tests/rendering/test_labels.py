"""Citations name a source as a reader knows it: outlet, site, headline, and only then the id."""

from newsfuse.model import CleanDoc
from newsfuse.rendering.labels import source_labels


def test_a_source_is_labelled_by_outlet_then_site_then_headline_then_id() -> None:
    docs = [
        CleanDoc("a.txt", "", outlet="The Daily Example"),
        CleanDoc("b.html", "", url="https://www.news.example/story/1"),
        CleanDoc("c.txt", "", title="Fire contained"),
        CleanDoc("d.txt", ""),
    ]
    assert source_labels(docs) == {
        "a.txt": "The Daily Example",
        "b.html": "news.example",
        "c.txt": "Fire contained",
        "d.txt": "d.txt",
    }


def test_two_reports_of_one_outlet_keep_their_ids_apart() -> None:
    docs = [CleanDoc("one.txt", "", outlet="AFP"), CleanDoc("two.txt", "", outlet="AFP")]
    assert source_labels(docs) == {"one.txt": "AFP (one.txt)", "two.txt": "AFP (two.txt)"}


def test_a_long_headline_is_cut_at_a_word() -> None:
    title = "Emirates inks $9 billion order for 30 Boeing 787 jets, will restart expansion"
    label = source_labels([CleanDoc("x", "", title=title)])["x"]
    assert label == "Emirates inks $9 billion order for 30…"
