"""Event alignment: sentences of different reports that tell one event, and those that don't."""

from __future__ import annotations

import datetime as dt

from newsfuse.analyze.nlp import SentenceAnalysis, Verb
from newsfuse.analyze.sentences import split_sentences
from newsfuse.compose.events import EventLink, same_event_links
from newsfuse.compose.quoting import outside_quotes
from newsfuse.model import CleanDoc

PUBLISHED = dt.date(2013, 3, 14)


def links_of(*texts: str) -> list[EventLink]:
    docs = [CleanDoc(f"r{n}.txt", text, published=PUBLISHED) for n, text in enumerate(texts)]
    return same_event_links(docs, {d.id: split_sentences(d) for d in docs})


def linked(links: list[EventLink], left: str, right: str) -> bool:
    return any(
        {left, right} <= {link.left.text, link.right.text}
        or (left in link.left.text and right in link.right.text)
        or (right in link.left.text and left in link.right.text)
        for link in links
    )


def test_one_event_told_in_other_words_is_linked() -> None:
    links = links_of(
        "A fire destroyed the old Matanuska Maid dairy warehouse in Palmer on Tuesday.\n"
        "The governor will visit the state fair next month.",
        "The historic Matanuska Maid building in Palmer burned to the ground early Tuesday.\n"
        "Tickets for the concert sold out within minutes.",
    )
    assert linked(links, "Matanuska Maid dairy", "burned to the ground")
    assert not linked(links, "state fair", "concert sold out")


def test_a_shared_quotation_does_not_make_two_events_one() -> None:
    quote = '"We will rebuild, whatever it takes, and we will do it together,"'
    links = links_of(
        f"{quote} the mayor told reporters after the dam failed near Oroville.",
        f"{quote} a union leader said at the rally for nurses in Sacramento.",
    )
    assert links == []


def test_two_events_of_one_kind_on_different_days_are_not_linked() -> None:
    links = links_of(
        "A magnitude 4.4 earthquake shook Lake County on March 9, 2013.",
        "A magnitude 4.6 earthquake shook Lake County on March 14, 2013.",
    )
    assert links == []


def test_sentences_of_one_report_are_never_linked() -> None:
    links = links_of(
        "Police arrested the driver in Queens on Friday. Police arrested the driver in Queens."
    )
    assert links == []


def test_outside_quotes_blanks_quoted_words_and_keeps_offsets() -> None:
    text = 'He said "the plant is safe" on Monday.'
    blanked = outside_quotes(text)
    assert len(blanked) == len(text)
    assert "plant" not in blanked and blanked.startswith("He said") and "Monday" in blanked


def test_the_parse_weighs_shared_and_different_predicates() -> None:
    texts = (
        "Police arrested the driver of the van in Queens late on Friday.",
        "Police arrested the driver of the van near the bridge on Saturday.",
        "Police questioned the driver of the van near the bridge on Saturday.",
    )
    docs = [CleanDoc(f"r{n}.txt", t) for n, t in enumerate(texts)]
    sentences = {d.id: split_sentences(d) for d in docs}

    def parse(text: str) -> SentenceAnalysis:
        verb = text.split()[1]
        return SentenceAnalysis((), (Verb(verb, text.index(verb), (0, len("Police"))),))

    analysis = {(d.id, 0): parse(d.text) for d in docs}
    plain = {
        (x.left.source, x.right.source): x.similarity
        for x in same_event_links(docs, sentences, 0.0)
    }
    parsed = {
        (x.left.source, x.right.source): x.similarity
        for x in same_event_links(docs, sentences, 0.0, analysis)
    }
    assert parsed[("r0.txt", "r1.txt")] > plain[("r0.txt", "r1.txt")]  # both "arrested"
    assert parsed[("r1.txt", "r2.txt")] < plain[("r1.txt", "r2.txt")]  # arrested, questioned
