"""Our container scorer finds the article among page furniture on its own."""

from __future__ import annotations

from lxml.html import HtmlElement

from newsfuse.cleaning.html_dom import furniture_reason, parse_html, visible_blocks
from newsfuse.cleaning.html_fallback import fallback_paragraphs

PROSE = [
    "The river burst its banks on Tuesday night, flooding more than 300 homes, officials said.",
    "Emergency crews moved residents to a school gym, where volunteers handed out blankets.",
    "The mayor, Ana Ruiz, said the water rose faster than in 2014, and the dam was inspected.",
]


def _root(body: str) -> HtmlElement:
    root = parse_html(f"<html><body>{body}</body></html>")
    assert root is not None
    return root


def test_fallback_paragraphs_picks_the_prose_container() -> None:
    body = (
        '<div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>'
        '<div class="teasers"><p><a href="/1">Another story about something else, with a long '
        "headline, that is only a link</a></p></div>"
        '<div class="l-article-body">' + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>"
        '<div class="comments"><p>First comment, and a long one, with opinions, lots.</p></div>'
    )
    assert fallback_paragraphs(_root(body)) == PROSE


def test_fallback_paragraphs_joins_an_article_split_around_an_advert() -> None:
    body = (
        "<div><section>" + "".join(f"<p>{p}</p>" for p in PROSE[:2]) + "</section>"
        '<div class="advert">Buy now, limited offer, while stocks last, today only</div>'
        "<section><p>" + PROSE[2] + "</p></section></div>"
    )
    assert fallback_paragraphs(_root(body)) == PROSE


def test_fallback_paragraphs_is_empty_for_a_page_without_prose() -> None:
    assert fallback_paragraphs(_root("<nav><a href='/'>Home</a></nav>")) == []


def test_furniture_reason_spares_content_containers() -> None:
    root = _root(
        '<div class="article-body sidebar-layout"><p>x</p></div><div class="ad"><p>y</p></div>'
        '<div class="shadow"><p>z</p></div>'
    )
    reasons = [furniture_reason(div) for div in root.iter("div")]
    assert reasons == [None, "advertisement", None]


def test_visible_blocks_skips_scripts_and_gives_loose_text() -> None:
    root = _root("<div>Report this <a href='#'>comment</a><p>Text.</p><script>x=1</script></div>")
    assert [text for _, text in visible_blocks(root)] == ["Report this comment", "Text."]
