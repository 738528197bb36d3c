"""Every HTML page carries the strict Content-Security-Policy, and the app's own pages live
within it: no violation reported, no script error, nothing fetched from another origin."""

from __future__ import annotations

from typing import Any

from tests.web.browser.tabs import Tab, expect, story_about

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; connect-src 'self'"
)


def _directives(policy: str) -> dict[str, str]:
    parts = (part.strip().split(None, 1) for part in policy.split(";") if part.strip())
    return {part[0]: part[1] if len(part) > 1 else "" for part in parts}


def _paths(server: Any) -> list[str]:
    fire = story_about(server, "Saltmere").id
    return ["/", "/search?q=fire", "/upload", f"/stories/{fire}", "/stories/no-such-story"]


def test_every_html_page_sends_the_strict_policy_and_safe_headers(
    desktop: Tab, example_server: Any
) -> None:
    for path in _paths(example_server):
        response = desktop.page.goto(example_server.url + path)
        assert response is not None
        headers = response.headers
        assert headers["content-type"].startswith("text/html"), path
        assert _directives(headers["content-security-policy"]) == _directives(CSP), path
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["referrer-policy"] == "no-referrer", path


def test_app_pages_run_within_the_policy_and_fetch_only_from_the_server(
    desktop: Tab, example_server: Any
) -> None:
    page = desktop.page
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in _paths(example_server)[:-1]:
        page.goto(example_server.url + path)
        page.wait_for_load_state("networkidle")
    # The brief's script runs (a chip opens its passage) without tripping the policy.
    page.locator("section#summary a.chip").first.click()
    expect(page.locator("mark.current")).to_be_visible()
    assert desktop.csp_violations() == []
    assert desktop.errors == []
    assert requested
    assert all(url.startswith(example_server.url + "/") for url in requested), requested
