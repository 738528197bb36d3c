"""The cleaning stage's dispatcher: kinds, metadata, dates, language and per-report failures."""

from __future__ import annotations

import datetime as dt

import pytest

import newsfuse.cleaning as clean
from newsfuse.errors import InputError
from newsfuse.model import PageExtract, RawDoc
from newsfuse.settings import Settings

BODY = (
    "Thousands of residents fled their homes on Tuesday as a wildfire fanned by strong winds "
    "spread through the hills north of Athens, officials said on the same day.\n"
    "More than 400 firefighters, backed by water-dropping planes and helicopters, were battling "
    "the flames, and the ministry sent evacuation alerts to the phones of people in the area."
)
GERMAN = (
    "Tausende Menschen sind am Dienstag vor einem Waldbrand nördlich von Athen geflohen, wie die "
    "Behörden mitteilten. Die Feuerwehr kämpfte mit Flugzeugen und Hubschraubern gegen die Flammen."
)


def fake_extract(raw: RawDoc, budget: object = None) -> PageExtract:
    if "broken" in raw.content:
        raise InputError(raw.id, "malformed page")
    text = "" if "empty" in raw.content else BODY
    return PageExtract(
        text=text, title="Page title", outlet="Page Outlet", published=dt.date(2024, 8, 12)
    )


@pytest.fixture(autouse=True)
def no_html_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clean, "extract_html", fake_extract)


def test_clean_docs_keeps_input_order_and_turns_failures_into_notices() -> None:
    raws = [
        RawDoc(id="t1", content=BODY, kind="text"),
        RawDoc(id="h1", content="<html>broken</html>", kind="html", path="h1.html"),
        RawDoc(id="h2", content="<html>ok</html>", kind="html"),
    ]
    docs, notices = clean.clean_docs(raws, Settings())
    assert [d.id for d in docs] == ["t1", "h2"]
    assert [(n.source, n.level) for n in notices] == [("h1", "error")]
    assert "malformed page" in notices[0].message


def test_clean_docs_warns_about_html_page_without_text() -> None:
    raw = RawDoc(id="h", content="<html>empty</html>", kind="html", path="pages/h.html")
    docs, notices = clean.clean_docs([raw], Settings())
    assert docs[0].text == ""
    assert notices[0].level == "warning" and "pages/h.html" in notices[0].message


def test_clean_docs_record_metadata_wins_over_page_metadata() -> None:
    raw = RawDoc(
        id="h", content="<html>ok</html>", kind="html", title="Record title", published="2024-08-13"
    )
    doc = clean.clean_docs([raw], Settings())[0][0]
    assert (doc.title, doc.outlet) == ("Record title", "Page Outlet")
    assert (doc.published, doc.published_basis) == (dt.date(2024, 8, 13), "metadata")


def test_clean_docs_page_date_when_record_has_none() -> None:
    doc = clean.clean_docs([RawDoc(id="h", content="ok", kind="html")], Settings())[0][0]
    assert (doc.published, doc.published_basis) == (dt.date(2024, 8, 12), "metadata")


def test_clean_docs_dateline_date_for_text_without_metadata() -> None:
    raw = RawDoc(id="t", content="ATHENS, March 3, 2021 (Reuters)\n" + BODY, kind="text")
    doc = clean.clean_docs([raw], Settings())[0][0]
    assert (doc.published, doc.published_basis) == (dt.date(2021, 3, 3), "dateline")


def test_clean_docs_no_date_leaves_published_empty() -> None:
    doc = clean.clean_docs([RawDoc(id="t", content=BODY, kind="text")], Settings())[0][0]
    assert (doc.published, doc.published_basis) == (None, None)


def test_clean_docs_warns_about_report_not_in_english() -> None:
    raws = [
        RawDoc(id="de", content=GERMAN, kind="text"),
        RawDoc(id="en", content=BODY, kind="text"),
    ]
    docs, notices = clean.clean_docs(raws, Settings())
    assert [d.language for d in docs] == ["de", "en"]
    assert [n.message for n in notices] == [
        "de: language 'de' detected; newsfuse analyses English, "
        "this report is kept but not cross-checked"
    ]
