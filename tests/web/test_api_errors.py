"""Bad input always gets the one error shape with a 4xx, and the server keeps serving."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'newsfuse[web]'")

from fastapi.testclient import TestClient

from newsfuse.web import WebLimits, create_app
from newsfuse.web.errors import ApiError
from newsfuse.web.views import Views
from tests.web import webapp
from tests.web.webapp import FAST, HARBOUR, assert_error

empty = webapp.empty  # the fixture

REPORT = (HARBOUR / "saltmere-gazette.txt").read_bytes()


def _files(*named: tuple[str, bytes]) -> list[tuple[str, tuple[str, bytes]]]:
    return [("files", item) for item in named]


def test_a_body_declared_over_the_cap_is_refused_before_it_is_read(empty: TestClient) -> None:
    response = empty.post("/v1/briefs", content=b"x" * 10, headers={"content-length": "300000"})
    assert_error(response, 413, "too_large")


def test_a_streamed_body_over_the_cap_is_refused_while_it_streams(empty: TestClient) -> None:
    def chunks():  # no Content-Length: chunked, so only counting can catch it
        for _ in range(50):
            yield b"a" * 10_000

    response = empty.post(
        "/v1/briefs",
        content=chunks(),
        headers={"content-type": "multipart/form-data; boundary=x"},
    )
    assert_error(response, 413, "too_large")
    assert "limit" in response.json()["error"]["message"]


def test_too_many_files(empty: TestClient) -> None:
    response = empty.post("/v1/briefs", files=_files(*[(f"r{i}.txt", REPORT) for i in range(4)]))
    assert_error(response, 413, "too_many_files")


def test_a_file_over_the_per_file_limit_is_named(empty: TestClient) -> None:
    response = empty.post("/v1/briefs", files=_files(("big.txt", b"word " * 20_000)))
    assert_error(response, 413, "too_large", "big.txt")
    assert "big.txt" in response.json()["error"]["message"]


def test_a_gzip_file_that_inflates_past_the_limit_is_too_large(empty: TestClient) -> None:
    bomb = gzip.compress(b"a" * 5_000_000)
    assert len(bomb) < 50_000  # within the per-file cap as sent
    response = empty.post("/v1/briefs", files=_files(("bomb.txt.gz", bomb)))
    assert_error(response, 413, "too_large", "bomb.txt.gz")


def test_wrong_types_are_unsupported(empty: TestClient) -> None:
    assert_error(
        empty.post("/v1/briefs", files=_files(("a.pdf", b"%PDF-1.4"))),
        415,
        "unsupported_type",
        "a.pdf",
    )
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
    assert_error(
        empty.post("/v1/briefs", files=_files(("photo.txt", png))),
        415,
        "unsupported_type",
        "photo.txt",
    )
    response = empty.post("/v1/briefs", content=b"hello", headers={"content-type": "text/plain"})
    assert_error(response, 415, "unsupported_type")


def test_broken_and_empty_files_are_unprocessable(empty: TestClient) -> None:
    broken = gzip.compress(REPORT)[:40]
    assert_error(
        empty.post("/v1/briefs", files=_files(("cut.txt.gz", broken))),
        422,
        "unprocessable",
        "cut.txt.gz",
    )
    assert_error(
        empty.post("/v1/briefs", files=_files(("empty.txt", b""))),
        422,
        "unprocessable",
        "empty.txt",
    )
    assert_error(
        empty.post("/v1/briefs", files=_files(("blank.html", b"  \n "))),
        422,
        "unprocessable",
        "blank.html",
    )
    assert_error(
        empty.post("/v1/briefs", files=_files(("bad.jsonl", b"{not json\n"))),
        422,
        "unprocessable",
        "bad.jsonl",
    )


def test_a_broken_multipart_body_is_a_bad_request(empty: TestClient) -> None:
    response = empty.post(
        "/v1/briefs",
        content=b"--x\r\nContent-Disposition: form-data; name=files\r\n\r\nabc",
        headers={"content-type": "multipart/form-data; boundary=x"},
    )
    assert response.status_code == 400 or response.status_code == 422
    assert response.json()["error"]["code"] in ("bad_request", "unprocessable")
    missing = empty.post("/v1/briefs", content=b"", headers={"content-type": "multipart/form-data"})
    assert_error(missing, 400, "bad_request")


def test_bad_json_and_wrong_structures(empty: TestClient) -> None:
    def post(body: bytes) -> object:
        return empty.post("/v1/briefs", content=body, headers={"content-type": "application/json"})

    assert_error(post(b'{"articles": [{"text": "a"'), 400, "bad_request")
    assert_error(post(b'{"articles": []}'), 422, "unprocessable")
    assert_error(post(b'{"articles": [{"txet": "typo"}]}'), 422, "unprocessable")
    assert_error(post(b'{"articles": [{"text": 5}]}'), 422, "unprocessable")
    assert_error(post(b'{"articles": [{"title": "no body"}]}'), 422, "unprocessable", "article-1")
    both = json.dumps({"articles": [{"text": "a", "html": "<p>a</p>"}]}).encode()
    assert_error(post(both), 422, "unprocessable")
    # A URL is fetched only by a server started with --allow-network, and only over http(s).
    assert_error(post(b'{"articles": [{"url": "https://example.com/a"}]}'), 422, "unprocessable")
    assert_error(post(b'{"articles": [{"url": "file:///etc/passwd"}]}'), 422, "unprocessable")


def test_unknown_story_job_path_and_format(empty: TestClient) -> None:
    assert_error(empty.get("/v1/stories/s99"), 404, "not_found", "s99")
    assert_error(empty.get("/v1/stories/s99/brief.md"), 404, "not_found")
    assert_error(empty.get("/v1/jobs/nope"), 404, "not_found", "nope")
    assert_error(empty.get("/v1/jobs/nope/brief.html"), 404, "not_found")
    assert_error(empty.get("/v1/stories/s1/brief.pdf"), 404, "not_found")
    assert_error(empty.get("/v1/nothing/here"), 404, "not_found")
    assert_error(empty.delete("/v1/stories"), 405, "bad_request")


def test_bad_query_parameters_are_bad_requests(empty: TestClient) -> None:
    assert_error(empty.get("/v1/search"), 400, "bad_request", "q")
    assert_error(empty.get("/v1/search?q=fire&limit=0"), 400, "bad_request", "limit")
    assert_error(empty.get("/v1/search?q=fire&limit=many"), 400, "bad_request", "limit")
    assert_error(empty.post("/v1/briefs?wait=perhaps", json={}), 400, "bad_request", "wait")


def test_client_file_names_are_never_paths(empty: TestClient, tmp_path: Path) -> None:
    """Traversal and absolute names only label the upload; the only files the server writes
    are the store and what it spools under the data dir (deleted once read)."""
    before = sorted(p for p in tmp_path.rglob("*"))
    names = ["../../etc/passwd.txt", "/tmp/absolute.csv", "..\\..\\win.txt", "../up.csv"]
    csv = b"title,text\nA,The harbour fire burned for two days in the old docks.\n"
    for name in names:
        body = csv if name.endswith(".csv") else REPORT
        response = empty.post("/v1/briefs", files=_files((name, body)))
        assert response.status_code == 202, response.text
    after = sorted(p for p in tmp_path.rglob("*"))
    new = [p for p in after if p not in before]
    data = tmp_path / "data"
    assert all(p == data / "uploads" or p.is_relative_to(tmp_path) for p in new)
    assert not [p for p in new if p.is_relative_to(data / "uploads") and p.is_file()]
    assert not Path("/tmp/absolute.csv").exists()
    assert not (tmp_path.parent / "up.csv").exists() and not (tmp_path / "up.csv").exists()


def test_the_server_survives_bad_input(empty: TestClient) -> None:
    bad = empty.post(
        "/v1/briefs",
        content=b"\xff\xfe garbage",
        headers={"content-type": "multipart/form-data; boundary=zz"},
    )
    assert 400 <= bad.status_code < 500
    assert empty.get("/v1/stories").json() == {"stories": []}
    assert empty.post("/v1/briefs", files=_files(("ok.txt", REPORT))).status_code == 202


def test_a_form_without_a_chosen_file_is_a_bad_request(empty: TestClient) -> None:
    """A browser sends a file input left empty as a nameless, empty part; other fields are
    dropped."""
    nothing = [*_files(("", b"")), ("note", (None, b"hello"))]
    assert_error(empty.post("/v1/briefs", files=nothing), 400, "bad_request")


def test_a_bug_still_answers_the_error_shape_and_the_server_keeps_serving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(str(tmp_path / "store.db"), data_dir=tmp_path / "data", settings=FAST)
    with TestClient(app, raise_server_exceptions=False) as http:
        with monkeypatch.context() as patch:
            patch.setattr(Views, "rows", lambda self, store: 1 / 0)
            assert_error(http.get("/v1/stories"), 500, "internal")
            page = http.get("/")
            assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
            assert "ZeroDivisionError" in page.text and "Traceback" not in page.text
        assert http.get("/v1/stories").json() == {"stories": []}


def test_bodies_received_at_once_are_bounded(tmp_path: Path) -> None:
    """Past max_jobs bodies at once a new upload is busy, so memory held by uploads is bounded."""
    app = create_app(str(tmp_path / "s.db"), data_dir=tmp_path, limits=WebLimits(max_jobs=2))
    state = app.state.web
    with state.receiving(), state.receiving():
        with pytest.raises(ApiError) as refused, state.receiving():
            pass
        assert (refused.value.status, refused.value.code) == (429, "busy")
    with state.receiving():  # the two before are done: room again
        pass


def test_urls_go_through_the_private_address_guard(tmp_path: Path) -> None:
    """With --allow-network an article may be only a URL; the core fetches it through its
    guard, which refuses loopback and private addresses unless told otherwise."""
    settings = FAST.with_overrides(allow_network=True)
    app = create_app(str(tmp_path / "s.db"), data_dir=tmp_path, settings=settings)
    with TestClient(app) as http:
        urls = {"articles": [{"url": "http://127.0.0.1:1/a"}, {"url": "http://localhost/b"}]}
        refused = http.post("/v1/briefs?wait=true", json=urls)
        assert_error(refused, 422, "unprocessable")
        message = refused.json()["error"]["message"]
        assert message.count("non-public address") == 2 and "loopback" in message
