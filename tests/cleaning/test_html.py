"""extract_html: what stays, what goes and why, the page's metadata, and bad markup."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import trafilatura

from newsfuse.cleaning.html import extract_html
from newsfuse.errors import InputError
from newsfuse.model import PageExtract, RawDoc

ARTICLE = [
    "Firefighters battled a wildfire through the night on Tuesday as strong winds pushed the "
    "flames toward the outskirts of Millbrook, forcing about 4,300 residents to leave their homes.",
    "The fire started on Monday afternoon in dry scrubland east of the town, according to the "
    "county fire service, and had burned more than 2,000 hectares by Wednesday morning.",
    "“We have never seen it move this fast,” said Dana Whitfield, the county fire chief, adding "
    "that crews from three neighbouring districts had been called in to help.",
    "Officials said at least 12 people were treated for smoke inhalation, and two firefighters "
    "suffered minor burns. No deaths have been reported.",
    "Evacuation centres opened at the Millbrook high school and the community hall, where "
    "volunteers handed out blankets, water and hot meals to families who fled with little.",
    "Forecasters expect the wind to ease on Thursday, which could give crews a chance to build "
    "containment lines along the river before temperatures rise again over the weekend.",
]

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Wildfire forces thousands to flee Millbrook | The Valley Courier</title>
<meta property="og:title" content="Wildfire forces thousands to flee Millbrook">
<meta property="og:site_name" content="The Valley Courier">
<meta property="og:url" content="https://valleycourier.example/news/wildfire-millbrook">
<meta property="article:published_time" content="2021-03-03T07:45:00-05:00">
<link rel="canonical" href="/news/wildfire-millbrook">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Wildfire forces thousands to flee Millbrook",
 "datePublished": "2021-03-03T07:45:00-05:00",
 "author": [{"@type": "Person", "name": "Maria Santos"}],
 "publisher": {"@type": "Organization", "name": "The Valley Courier"}}
</script>
<script>window.dataLayer = [{"pageType": "article"}];</script>
<style>.share { color: red }</style>
</head><body>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<a href="#main" class="skip-link">Skip to content</a>
<header class="site-header"><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
</ul></nav></header>
<main id="main"><article class="article">
<h1>Wildfire forces thousands to flee Millbrook</h1>
<p class="byline">By Maria Santos | March 3, 2021</p>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<figure><img src="fire.jpg" alt="">
  <figcaption>Smoke rises above the hills. Photograph: John Reed/Getty Images</figcaption>
</figure>
<div class="article-body">
PARAGRAPHS
</div>
<div class="newsletter-signup"><h3>Sign up for our morning briefing</h3>
  <p>Get the day's top stories delivered to your inbox every morning before breakfast.</p></div>
<aside class="related-articles"><h3>Related</h3><ul>
  <li><a href="/a">Drought warning issued for the whole county as reservoirs run low</a></li>
  <li><a href="/b">Council approves new fire station for Millbrook after long debate</a></li>
</ul></aside>
</article>
<section id="comments" class="comments"><h3>23 comments</h3>
  <div class="comment"><p>This is what happens when nobody clears the brush, typical council.</p>
  <a href="#">Report this comment</a></div>
</section></main>
<footer class="site-footer"><p>© 2021 The Valley Courier. All rights reserved.</p>
  <a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def _page(paragraphs: list[str]) -> str:
    return PAGE.replace("PARAGRAPHS", "\n".join(f"<p>{p}</p>" for p in paragraphs))


def _extract(content: str, url: str | None = "https://valleycourier.example/x") -> PageExtract:
    return extract_html(RawDoc(id="page.html", content=content, kind="html", url=url))


@pytest.fixture(scope="module")
def page() -> PageExtract:
    return _extract(_page(ARTICLE))


def test_extract_html_keeps_every_article_paragraph_in_order(page: PageExtract) -> None:
    assert page.text.split("\n\n") == ARTICLE


@pytest.mark.parametrize(
    "boilerplate",
    [
        "cookies",
        "Skip to content",
        "Sport",
        "Share on Facebook",
        "Getty Images",
        "morning briefing",
        "Drought warning",
        "typical council",
        "Report this comment",
        "All rights reserved",
        "Wildfire forces thousands",
        "dataLayer",
    ],
)
def test_extract_html_drops_page_furniture(page: PageExtract, boilerplate: str) -> None:
    assert boilerplate not in page.text


def test_extract_html_reads_metadata(page: PageExtract) -> None:
    assert page.title == "Wildfire forces thousands to flee Millbrook"
    assert page.outlet == "The Valley Courier"
    assert page.author == "Maria Santos"
    assert page.published == dt.date(2021, 3, 3)
    assert page.url == "https://valleycourier.example/news/wildfire-millbrook"


def test_extract_html_reports_removed_blocks_with_reasons(page: PageExtract) -> None:
    reasons = {r.text: r.reason for r in page.removed}
    assert reasons["Home"] == "navigation"
    assert reasons["Share on Facebook Share on Twitter"] == "share buttons"
    assert reasons["Report this comment"] == "comment section"
    assert "cookie notice" in reasons.values()
    assert all(r.text not in page.text for r in page.removed)
    assert len(reasons) == len(page.removed)  # deduplicated


def test_extract_html_bounds_the_removed_list() -> None:
    menu = "".join(f"<li><a href='/{n}'>Section {n} {'x' * 400}</a></li>" for n in range(300))
    content = _page(ARTICLE).replace('<li><a href="/">Home</a></li>', menu)
    removed = _extract(content).removed
    assert len(removed) == 200
    assert all(len(r.text) <= 300 for r in removed)
    assert any(r.text.endswith("…") for r in removed)


def test_extract_html_falls_back_when_trafilatura_finds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    result = _extract(_page(ARTICLE))
    assert result.text.split("\n\n") == ARTICLE


def test_extract_html_keeps_hostile_text_as_text() -> None:
    hostile = (
        "The suspect posted &lt;script&gt;alert('x')&lt;/script&gt; and "
        "&lt;img src=x onerror=alert(1)&gt; on the forum, investigators said in a statement."
    )
    result = _extract(_page([*ARTICLE[:3], hostile, *ARTICLE[3:]]))
    assert "<script>alert('x')</script>" in result.text
    assert "<img src=x onerror=alert(1)>" in result.text
    assert "&lt;" not in result.text


@pytest.mark.parametrize(
    "content",
    [
        "<html><body><div><p>" + ARTICLE[0] + "<p>" + ARTICLE[1] + "<div></span></b>",
        "<p>" + ARTICLE[0] + "</p><p>" + ARTICLE[1] + "</p>",
        "<div><table><tr><td><p>" + ARTICLE[2] + "</div></td></i></table><p>" + ARTICLE[3],
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>" + ARTICLE[4] + "</p></body></html>",
        "<html><body>" + "<div>" * 3000 + ARTICLE[5],
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<!-- a comment only -->",
        "<html><body><p>a\x00b \ud800 broken</p></body></html>",
    ],
)
def test_extract_html_survives_malformed_markup(content: str) -> None:
    result = _extract(content)
    assert isinstance(result.text, str)


def test_extract_html_reads_a_fragment_without_html_element() -> None:
    fragment = "".join(f"<p>{p}</p>" for p in ARTICLE)
    assert _extract(fragment).text.split("\n\n") == ARTICLE


@pytest.mark.parametrize("content", ["just some plain words, no markup", "", '{"a": 1}'])
def test_extract_html_refuses_content_without_markup(content: str) -> None:
    with pytest.raises(InputError, match=r"page\.html"):
        _extract(content)


def _f1(prediction: str, truth: str) -> float:
    def shingles(text: str) -> Counter[tuple[str, ...]]:
        tokens = re.findall(r"\w+", text)
        return Counter(tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)))

    predicted, expected = shingles(prediction), shingles(truth)
    overlap = sum((predicted & expected).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(predicted.values()), overlap / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


def test_extract_html_scores_well_on_benchmark_pages(shared_data: Path) -> None:
    bench = shared_data / "extraction-dev"
    if not bench.is_dir():
        pytest.skip(f"benchmark pages not found at {bench}")
    truth: dict[str, Any] = json.loads((bench / "ground-truth.json").read_text(encoding="utf8"))
    for page_id in sorted(truth)[:6]:
        with gzip.open(bench / "html" / f"{page_id}.html.gz", "rt", encoding="utf8") as f:
            content = f.read()
        raw = RawDoc(id=page_id, content=content, kind="html", url=truth[page_id]["url"])
        assert _f1(extract_html(raw).text, truth[page_id]["articleBody"]) >= 0.8, page_id
