"""Text is valid Unicode from ingest on: lone surrogates are replaced and the input is named."""

from __future__ import annotations

from pathlib import Path

from newsfuse.ingest import read_inputs
from newsfuse.ingest.text_repair import REPLACEMENT, repair_doc, valid_unicode
from newsfuse.model import RawDoc
from newsfuse.settings import Settings


def test_valid_unicode_replaces_lone_surrogates_and_keeps_real_emoji() -> None:
    assert valid_unicode("fire \ud83d crews \U0001f525") == f"fire {REPLACEMENT} crews \U0001f525"
    assert valid_unicode("plain") == "plain"


def test_repair_doc_names_the_document_and_the_fields() -> None:
    doc, notice = repair_doc(RawDoc("r1", "text \udc80", "text", title="T \ud83d"))
    assert (doc.content, doc.title) == (f"text {REPLACEMENT}", f"T {REPLACEMENT}")
    assert notice is not None and notice.source == "r1"
    assert "content, title" in notice.message and notice.message.startswith("r1:")
    assert repair_doc(RawDoc("r2", "fine", "text")) == (RawDoc("r2", "fine", "text"), None)


def test_read_inputs_repairs_jsonl_escapes_and_blames_the_record(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "ok", "text": "Crews said the fire was out."}\n'
        '{"id": "bad", "title": "Fire \\ud83d", "text": "Smoke \\ud83d rose."}\n',
        encoding="utf-8",
    )
    docs, notices = read_inputs([feed], Settings())
    assert [d.id for d in docs] == ["ok", "bad"]
    for doc in docs:
        for value in (doc.content, doc.title or ""):
            value.encode("utf-8")  # raises on a surrogate
    assert [n.source for n in notices] == ["bad"]


def test_read_inputs_repairs_documents_given_directly() -> None:
    docs, notices = read_inputs([RawDoc("given", "Text \ud800 here.", "text")], Settings())
    assert docs[0].content == f"Text {REPLACEMENT} here."
    assert notices[0].source == "given"


def test_read_inputs_repairs_an_undecodable_file_name(tmp_path: Path) -> None:
    name = tmp_path.joinpath(bytes([0xFF]).decode("utf-8", "surrogateescape") + ".txt")
    name.write_text("Fire crews said on Tuesday the blaze was contained.\n", encoding="utf-8")
    docs, notices = read_inputs([tmp_path], Settings())
    assert docs[0].id == f"{REPLACEMENT}.txt"
    assert str(docs[0].path).encode("utf-8")
    assert all(n.message.encode("utf-8") for n in notices)
