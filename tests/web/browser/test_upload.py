"""The upload form: a set of reports in, a brief page out (through the job page)."""

from __future__ import annotations

from typing import Any

from tests.conftest import EXAMPLES
from tests.web.browser.tabs import Tab, expect


def test_uploading_the_merger_reports_through_the_form_ends_on_their_brief(
    desktop: Tab, example_server: Any
) -> None:
    page = desktop.page
    page.goto(example_server.url + "/upload")
    form = page.locator("form#upload")
    expect(form).to_have_attribute("enctype", "multipart/form-data")
    reports = sorted((EXAMPLES / "robotics-merger" / "reports").iterdir())
    form.locator("input[type=file][name=files]").set_input_files(reports)
    form.locator("button[type=submit]").click()
    desktop.wait_for_brief()
    expect(page.locator("h1").first).to_contain_text("Quillon")
    summary = page.locator("section#summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Orbel")
    expect(summary.locator("a.chip").first).to_be_visible()
    assert not desktop.errors


def test_a_file_of_the_wrong_type_brings_the_form_back_with_a_message_naming_it(
    desktop: Tab, example_server: Any
) -> None:
    page = desktop.page
    page.goto(example_server.url + "/upload")
    page.locator("form#upload input[type=file][name=files]").set_input_files(
        [{"name": "scan.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n"}]
    )
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.locator("form#upload button[type=submit]").click()
    assert 400 <= answer.value.status < 500
    expect(page.locator("main")).to_contain_text("scan.pdf: .pdf files are not read")
    expect(page.locator("form#upload")).to_be_visible()
