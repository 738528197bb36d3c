"""The web app's pages: what they show, the security headers on every response, and every
report text escaped (the XSS payload set in text, title, outlet, URL and file name)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'newsfuse[web]'")

from fastapi.testclient import TestClient

from newsfuse.web.security import CSP
from tests.web import webapp
from tests.web.webapp import HARBOUR, XSS, client, until_over

example_db = webapp.example_db  # the fixtures
examples = webapp.examples

REPORT = (HARBOUR / "saltmere-gazette.txt").read_text(encoding="utf-8")
OTHER = (HARBOUR / "lanterfield-herald.txt").read_text(encoding="utf-8")


def _secured(response: object) -> None:
    headers = response.headers  # type: ignore[attr-defined]
    assert headers["content-security-policy"] == CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"


def test_the_story_list_links_each_story_with_its_counts(examples: TestClient) -> None:
    page = examples.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    _secured(page)
    stories = examples.get("/v1/stories").json()["stories"]
    for story in stories:
        assert f'href="/stories/{story["id"]}"' in page.text
    assert '<table class="stories' in page.text and '<form id="search"' in page.text
    assert 'href="/upload"' in page.text


def test_search_page_shows_hits_and_escapes_the_query(examples: TestClient) -> None:
    found = examples.get("/search", params={"q": "harbour fire"})
    assert found.status_code == 200 and 'href="/stories/' in found.text
    page = examples.get("/search", params={"q": XSS[0]})
    assert page.status_code == 200
    assert XSS[0] not in page.text and "&lt;script&gt;" in page.text
    assert examples.get("/search").status_code == 200


def test_a_stored_story_page_has_every_section(examples: TestClient) -> None:
    story = examples.get("/v1/stories").json()["stories"][0]["id"]
    page = examples.get(f"/stories/{story}")
    assert page.status_code == 200
    _secured(page)
    for section in ("summary", "facts", "conflicts", "timeline", "quotes", "overlap", "sources"):
        assert f'<section id="{section}"' in page.text or f'id="{section}"' in page.text
    assert '<link rel="stylesheet" href="/static/newsfuse.css">' in page.text
    assert "<script>" not in page.text and " style=" not in page.text


def test_unknown_pages_answer_an_html_error_page(examples: TestClient) -> None:
    for path in ("/stories/s999", "/jobs/none", "/jobs/none/brief"):
        page = examples.get(path)
        assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
        _secured(page)


def test_static_assets_and_docs(examples: TestClient) -> None:
    css = examples.get("/static/newsfuse.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    js = examples.get("/static/newsfuse.js")
    assert js.headers["content-type"].startswith("text/javascript")
    assert examples.get("/static/../app.py").status_code == 404
    assert examples.get("/static/secret.txt").status_code == 404
    docs = examples.get("/docs")
    assert docs.status_code == 200 and "/v1/briefs" in docs.text and "/openapi.json" in docs.text
    _secured(docs)
    assert "<script" not in docs.text  # no CDN bundle, no inline script
    spec = examples.get("/openapi.json").json()
    assert spec["info"]["title"] == "newsfuse"
    for path in ("/v1/briefs", "/v1/articles", "/v1/jobs/{job_id}", "/v1/stories",
                 "/v1/stories/{story_id}/brief", "/v1/search"):  # fmt: skip
        assert path in spec["paths"]
    body = spec["paths"]["/v1/briefs"]["post"]["requestBody"]["content"]
    assert set(body) == {"multipart/form-data", "application/json"}


def test_the_upload_form_makes_a_brief_job_and_leads_to_its_page(examples: TestClient) -> None:
    form = examples.get("/upload")
    assert 'id="upload"' in form.text and 'name="files"' in form.text
    files = [
        ("files", ('"><svg onload=alert(1)>.txt', (REPORT + "\n\n" + XSS[1]).encode())),
        ("files", ("lanterfield-herald.txt", (OTHER + "\n\n" + XSS[3]).encode())),
    ]
    sent = examples.post("/upload", files=files, follow_redirects=False)
    assert sent.status_code == 303
    job_url = sent.headers["location"]
    job = job_url.rsplit("/", 1)[-1]
    waiting = examples.get(job_url, follow_redirects=False)
    if waiting.status_code == 200:  # still at work: the page refreshes itself
        assert 'http-equiv="refresh"' in waiting.text
    assert until_over(examples, job)[-1]["state"] == "done"
    done = examples.get(job_url, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == f"/jobs/{job}/brief"
    page = examples.get(f"/jobs/{job}/brief")
    _secured(page)
    _escaped(page.text)
    assert "&lt;svg onload=alert(1)&gt;" in page.text  # the file name, shown as text


def test_a_wrong_upload_shows_the_form_again_with_the_reason(examples: TestClient) -> None:
    page = examples.post("/upload", files=[("files", ("scan.pdf", b"%PDF-1.7"))])
    assert page.status_code == 415 and 'id="upload"' in page.text
    assert "scan.pdf" in page.text
    _secured(page)


def test_report_fields_full_of_payloads_render_as_text(examples: TestClient) -> None:
    articles = [
        {
            "id": XSS[4],
            "text": REPORT + "\n\n" + " ".join(XSS),
            "title": XSS[0],
            "outlet": XSS[1],
            "url": "javascript:alert(1)",
        },
        {"id": "second", "html": f"<html><head><title>{XSS[2]}</title></head><body><p>"
         + OTHER.replace("\n\n", "</p><p>") + "</p></body></html>", "outlet": XSS[3]},
    ]  # fmt: skip
    response = examples.post("/v1/briefs?wait=true", json={"articles": articles})
    assert response.status_code == 200, response.text
    kept = response.headers["content-location"]
    job = kept.split("/")[3]
    assert examples.get(kept).json() == response.json()
    for path in (f"/v1/jobs/{job}/brief.html", f"/jobs/{job}/brief"):
        page = examples.get(path)
        _secured(page)
        _escaped(page.text)
        assert "&lt;img src=x onerror=alert(1)&gt;" in page.text  # the outlet, as text


class _Markup(HTMLParser):
    """The elements and attributes a browser would build from the page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def _escaped(html: str) -> None:
    """No payload survives as markup: no event handler, no inline or injected script, no
    javascript: link, no element a payload names (img, svg with onload, textarea)."""
    for payload in XSS:
        if "<" in payload:
            assert payload not in html, payload
    markup = _Markup()
    markup.feed(html)
    for tag, attrs in markup.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        assert tag not in ("img", "textarea", "iframe", "object", "embed"), (tag, attrs)
        for name in ("href", "src", "action"):
            assert not attrs.get(name, "").strip().lower().startswith("javascript:"), attrs
        if tag == "script":
            assert attrs.get("src") == "/static/newsfuse.js", attrs


def test_another_sites_page_cannot_post_to_the_server(examples: TestClient) -> None:
    """A form on another site posting here (CSRF) is refused; the server's own form is not."""
    files = [("files", ("scan.pdf", b"%PDF-1.7"))]
    for path in ("/upload", "/v1/articles", "/v1/briefs"):
        forged = examples.post(path, files=files, headers={"origin": "https://evil.example"})
        assert forged.status_code == 400 and "evil.example" in forged.text, path
        _secured(forged)
    fetched = examples.post(path, files=files, headers={"sec-fetch-site": "cross-site"})
    assert fetched.status_code == 400
    for own in (
        {"origin": "http://testserver"},
        {"sec-fetch-site": "same-origin", "origin": "null"},
    ):
        page = examples.post("/upload", files=files, headers=own)
        assert page.status_code == 415  # read, and refused for its type, not for its sender


def test_a_finished_ingest_job_leads_to_the_story_list(tmp_path: Path) -> None:
    report = [
        ("files", ("eastmarch-courier.html", (HARBOUR / "eastmarch-courier.html").read_bytes()))
    ]
    for http in client(tmp_path):
        job = http.post("/v1/articles", files=report).json()["job"]
        assert until_over(http, job)[-1]["state"] == "done"
        page = http.get(f"/jobs/{job}", follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"] == "/"
        assert 'href="/stories/' in http.get("/").text
