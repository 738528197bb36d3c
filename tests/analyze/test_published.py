"""Publication dates inferred from the events a report dates relatively."""

from __future__ import annotations

import datetime as dt

from newsfuse.analyze.published import infer_published
from newsfuse.model import CleanDoc, PublishedBasis

D = dt.date


def doc(id: str, text: str, published: dt.date | None = None) -> CleanDoc:
    basis: PublishedBasis | None = "metadata" if published else None
    return CleanDoc(id=id, text=text, published=published, published_basis=basis)


WIRE = doc(
    "wire",
    "The fire started on Tuesday at a warehouse near the port.\n"
    "Crews brought the fire under control today, the fire service said.",
    D(2021, 3, 4),  # a Thursday: Tuesday is March 2
)
PAPER = doc(
    "paper",
    "The warehouse fire started on Tuesday, officials said.\n"
    "Crews brought the blaze under control on Thursday after two days.",
    D(2021, 3, 5),
)


def test_infer_published_picks_the_date_consistent_with_most_events() -> None:
    undated = doc(
        "blog",
        "On Tuesday the fire started in a warehouse near the port.\n"
        "Yesterday crews brought the fire under control.",
    )
    result = infer_published([WIRE, undated, PAPER])
    assert result[1].published == D(2021, 3, 5)
    assert result[1].published_basis == "inferred"


def test_infer_published_a_weekday_alone_leaves_a_week_open_so_no_date() -> None:
    undated = doc("blog", "The fire started on Tuesday at a warehouse near the port.")
    # Any day from Tuesday to the next Monday fits: that is a guess, not a date.
    result = infer_published([WIRE, PAPER, undated])
    assert result[2].published is None and result[2].published_basis is None


def test_infer_published_a_weekday_narrows_what_yesterday_allows() -> None:
    undated = doc(
        "blog",
        "The warehouse fire started on Tuesday near the port.\n"
        "Yesterday crews brought the fire under control.",
    )
    assert infer_published([WIRE, PAPER, undated])[2].published == D(2021, 3, 5)


def test_infer_published_deictic_words_that_disagree_leave_the_date_unknown() -> None:
    undated = doc(
        "blog",
        "The fire started today at a warehouse near the port.\n"
        "Yesterday crews brought the fire under control.",
    )
    # "today" says March 2, "yesterday" March 5: no single day fits both.
    assert infer_published([WIRE, PAPER, undated])[2].published is None


def test_infer_published_a_weekday_that_names_another_day_is_no_evidence() -> None:
    undated = doc(
        "blog",
        "The fire started on Friday at a warehouse near the port.\n"
        "Yesterday crews brought the fire under control.",
    )
    # The fire started on a Tuesday, so "Friday" matches nothing; "yesterday" alone decides.
    assert infer_published([WIRE, PAPER, undated])[2].published == D(2021, 3, 5)


def test_infer_published_never_reads_counted_offsets_or_announcements() -> None:
    dated = doc(
        "wire",
        "The minister said on Monday that the curfew will be lifted in two days.",
        D(2022, 1, 12),
    )
    undated = doc("blog", "The curfew was lifted today, the minister said.")
    # "in two days" counts from the speech and is a plan: it dates nothing to infer from.
    assert infer_published([dated, undated])[1].published is None


def test_infer_published_without_evidence_leaves_the_date_unknown() -> None:
    unrelated = doc("blog", "On Friday the mayor resigned over a budget row.")
    undated = doc("notes", "Residents near the port were told to keep windows shut.")
    result = infer_published([WIRE, unrelated, PAPER, undated])
    assert result[1].published is None and result[1].published_basis is None
    assert result[3].published is None


def test_infer_published_keeps_order_and_dated_reports() -> None:
    undated = doc("blog", "Yesterday crews brought the fire under control.")
    result = infer_published([PAPER, undated, WIRE])
    assert [d.id for d in result] == ["paper", "blog", "wire"]
    assert result[0] is PAPER and result[2] is WIRE
    assert result[1].published == D(2021, 3, 5)


def test_infer_published_uses_the_reports_own_written_dates() -> None:
    undated = doc(
        "blog",
        "The fire began on March 2, 2021 at the port warehouse.\n"
        "The port warehouse fire began yesterday, crews said.",
    )
    assert infer_published([undated])[0].published == D(2021, 3, 3)


def test_infer_published_counted_offsets_are_no_evidence() -> None:
    undated = doc(
        "blog",
        "The fire began on March 2, 2021 at the port warehouse.\n"
        "The port warehouse fire began three days ago, crews said.",
    )
    assert infer_published([undated])[0].published is None


def test_infer_published_a_sentence_does_not_date_itself() -> None:
    undated = doc("blog", "The fire began on March 2, 2021, three days ago, at the port.")
    assert infer_published([undated])[0].published is None


def test_infer_published_is_unchanged_by_many_copies_of_the_reports() -> None:
    undated = doc(
        "blog",
        "On Tuesday the fire started in a warehouse near the port.\n"
        "Yesterday crews brought the fire under control.",
    )
    wires = [doc(f"wire{n}", WIRE.text, WIRE.published) for n in range(150)]
    papers = [doc(f"paper{n}", PAPER.text, PAPER.published) for n in range(150)]
    blogs = [doc(f"blog{n}", undated.text) for n in range(150)]
    result = infer_published([*wires, *blogs, *papers])
    assert {d.published for d in result[150:300]} == {D(2021, 3, 5)}
    assert {d.published_basis for d in result[150:300]} == {"inferred"}
    assert result[:150] == wires and result[300:] == papers
