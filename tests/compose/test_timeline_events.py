"""Date conflicts between reports that tell one event in different words."""

from __future__ import annotations

import datetime as dt

from newsfuse.analyze.sentences import split_sentences
from newsfuse.compose.timeline import build_timeline
from newsfuse.model import CleanDoc, Conflict, Sentence, Syndication

D = dt.date


def conflicts_of(*docs: CleanDoc, copies: tuple[tuple[str, ...], ...] = ()) -> list[Conflict]:
    sentences: dict[str, list[Sentence]] = {d.id: split_sentences(d) for d in docs}
    copied = {s for group in copies for s in group}
    groups = copies + tuple((d.id,) for d in docs if d.id not in copied)
    return build_timeline(docs, sentences, Syndication({}, groups))[1]


ONE = CleanDoc(
    "one",
    "Protests erupted in the oil town of Zhanaozen on January 2 over the doubling of fuel "
    "prices.\nThe government resigned later in the week.",
    published=D(2022, 1, 7),
)
TWO = CleanDoc(
    "two",
    "Demonstrations against the doubling of fuel prices broke out in Zhanaozen on January 3.\n"
    "Police detained dozens of people.",
    published=D(2022, 1, 7),
)


def test_one_event_told_in_other_words_on_two_days_is_a_date_conflict() -> None:
    conflicts = conflicts_of(ONE, TWO)
    assert len(conflicts) == 1
    values = {v.value: v.sources for v in conflicts[0].variants}
    assert values == {"2022-01-02": ("one",), "2022-01-03": ("two",)}


def test_copies_of_one_report_do_not_conflict_with_each_other() -> None:
    assert conflicts_of(ONE, TWO, copies=(("one", "two"),)) == []


def test_the_day_of_a_saying_does_not_clash_with_the_day_of_its_event() -> None:
    said = CleanDoc(
        "said",
        "The interior minister said on January 5 that protests against the doubling of fuel "
        "prices in Zhanaozen had ended.",
        published=D(2022, 1, 7),
    )
    assert conflicts_of(ONE, said) == []


def test_two_events_of_one_kind_in_other_places_are_not_one_event_misdated() -> None:
    other = CleanDoc(
        "other",
        "Rallies over the cost of bread began in the capital, Astana, on January 4.",
        published=D(2022, 1, 7),
    )
    assert conflicts_of(ONE, other) == []
