"""Flattening HTML into the line-per-block text a scraper leaves."""

from __future__ import annotations

from newsfuse.cleaning.flatten import flatten_html

PAGE = """<!doctype html><html><head><title>Head title</title>
<script>window.dataLayer = [];</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Fire near <em>Athens</em></h1><!-- tracking --><noscript>Enable JS</noscript>
<article><p>First <b>paragraph</b> of the story.</p><p>Second one.<br>After a break.</p>
<figure><img src="x.jpg"><figcaption>Smoke over the hills</figcaption></figure></article>
<template><p>Hidden template</p></template><div hidden>Hidden div</div>
<footer>© 2024 Example</footer></body></html>"""


def test_flatten_html_puts_each_visible_block_on_its_own_line() -> None:
    assert flatten_html(PAGE).splitlines() == [
        "Home World",
        "Fire near Athens",
        "First paragraph of the story.",
        "Second one.",
        "After a break.",
        "Smoke over the hills",
        "© 2024 Example",
    ]


def test_flatten_html_of_empty_or_blank_page_is_empty() -> None:
    assert flatten_html("") == ""
    assert flatten_html("<html><body>  </body></html>") == ""


def test_flatten_html_survives_deep_nesting() -> None:
    assert flatten_html("<div>" * 200 + "deep text" + "</div>" * 200) == "deep text"
    assert isinstance(flatten_html("<div>" * 5000 + "deeper" + "</div>" * 5000), str)
