"""Independence per fact: sources count once only where their supporting sentences derive."""

from __future__ import annotations

from newsfuse.model import PassageLink, Span, Syndication


def _link(a: str, b: str, start: int = 0) -> PassageLink:
    return PassageLink(Span(a, start, start + 50), Span(b, start, start + 50), 0.7, 4)


def _syndication(*links: PassageLink) -> Syndication:
    return Syndication(shared_with={}, groups=(("a",), ("b",), ("c",)), links=links)


def test_sources_whose_supporting_sentences_derive_count_once() -> None:
    found = _syndication(_link("a", "b"))
    assert found.independent_sources([Span("a", 10, 40), Span("b", 0, 50)]) == 1
    assert found.independent_sources([Span("a", 0, 50), Span("b", 0, 50), Span("c", 0, 9)]) == 2


def test_sources_that_share_other_passages_still_count_apart() -> None:
    found = _syndication(_link("a", "b", start=0))
    # The fact rests on sentences 100-150 of both, which are not linked.
    assert found.independent_sources([Span("a", 100, 150), Span("b", 100, 150)]) == 2


def test_derivation_is_followed_through_a_third_report() -> None:
    found = _syndication(_link("a", "c"), _link("c", "b"))
    assert found.independent_sources([Span("a", 0, 50), Span("b", 0, 50)]) == 1


def test_without_links_copy_groups_count_once() -> None:
    by_groups = Syndication(shared_with={}, groups=(("a", "b"), ("c",)))
    assert by_groups.independent_sources([Span("a", 0, 5), Span("b", 70, 90), Span("c", 0, 5)]) == 2
