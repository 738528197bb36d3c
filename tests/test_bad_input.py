"""Bad input, end to end: a clear notice naming the file and the reason, never a crash."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import time
from pathlib import Path

import pytest

import newsfuse
from newsfuse.model import Brief
from newsfuse.settings import Settings

STORY = Path(__file__).resolve().parent.parent / "examples" / "harbour-fire" / "reports"
GERMAN = (
    "Der Brand im Hafen von Saltmere ist nach Angaben der Feuerwehr unter Kontrolle. "
    "Mehr als tausend Menschen mussten in der Nacht ihre Wohnungen verlassen, weil dichter "
    "Rauch über das Viertel zog. Die Stadtverwaltung richtete Notunterkünfte in mehreren "
    "Schulen ein und bat die Anwohner, die Fenster geschlossen zu halten. Die Ursache des "
    "Feuers ist noch unklar; die Polizei hat Ermittlungen aufgenommen."
)


@pytest.fixture
def story_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    shutil.copytree(STORY, folder)
    return folder


def _notices_about(brief: Brief, name: str) -> list[str]:
    return [n.message for n in brief.notices if name in (n.source or "") or name in n.message]


def test_binary_file_is_skipped_with_a_notice(story_copy: Path) -> None:
    (story_copy / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    brief = newsfuse.brief(story_copy)
    assert "photo.txt" not in {s.id for s in brief.sources}
    assert _notices_about(brief, "photo.txt")
    assert len(brief.sources) == len(list(STORY.iterdir()))


def test_empty_file_is_skipped_with_a_notice(story_copy: Path) -> None:
    (story_copy / "empty.txt").write_text("  \n\n", encoding="utf-8")
    brief = newsfuse.brief(story_copy)
    assert any("empty" in m for m in _notices_about(brief, "empty.txt"))


def test_latin1_report_is_decoded_not_mangled(story_copy: Path) -> None:
    text = (
        "Le maire a déclaré que l'incendie était «maîtrisé» après une nuit difficile.\n"
        "Café owners near the pier said the fire brigade arrived within minutes of the alarm.\n"
    )
    (story_copy / "latin1.txt").write_bytes(text.encode("latin-1"))
    docs, _ = newsfuse.clean(story_copy / "latin1.txt")
    assert "déclaré" in docs[0].text or "Café" in docs[0].text
    assert "\ufffd" not in docs[0].text


def test_oversized_file_is_refused_and_the_rest_is_briefed(story_copy: Path) -> None:
    big = story_copy / "huge.txt"
    with big.open("w", encoding="utf-8") as out:
        line = "The warehouse fire was reported by many residents near the port. " * 20 + "\n"
        for _ in range(50_000_000 // len(line) + 1):
            out.write(line)
    assert big.stat().st_size >= 50_000_000
    brief = newsfuse.brief(story_copy)
    assert "huge.txt" not in {s.id for s in brief.sources}
    assert _notices_about(brief, "huge.txt")


def test_gzip_bomb_is_refused(story_copy: Path) -> None:
    with gzip.open(story_copy / "bomb.txt.gz", "wb") as out:
        out.write(b"a" * 60_000_000)
    brief = newsfuse.brief(story_copy)
    assert "bomb.txt.gz" not in {s.id for s in brief.sources}
    assert _notices_about(brief, "bomb.txt.gz")


def test_malformed_html_does_not_crash(story_copy: Path) -> None:
    page = (
        "<html><head><title>Port fire <b>update</title><body><div><p>Firefighters worked "
        "through the night at the burning warehouse on the pier, officials said on Wednesday."
        "<p>Residents of the Lower Docks were told to keep their windows shut<div></span>"
        "<table><tr><td>unclosed cell <p>More than four thousand people left their homes."
    )
    (story_copy / "broken.html").write_text(page, encoding="utf-8")
    brief = newsfuse.brief(story_copy)
    assert "broken.html" in {s.id for s in brief.sources} or _notices_about(brief, "broken.html")


def test_folder_with_one_report_gives_a_brief_and_says_so(tmp_path: Path) -> None:
    shutil.copy(STORY / "lanterfield-herald.txt", tmp_path)
    brief = newsfuse.brief(tmp_path)
    assert [s.id for s in brief.sources] == ["lanterfield-herald.txt"]
    assert brief.summary
    assert any("only one report" in n.message for n in brief.notices)


def test_report_not_in_english_is_kept_with_a_notice(story_copy: Path) -> None:
    (story_copy / "hafenbrand.txt").write_text(GERMAN, encoding="utf-8")
    brief = newsfuse.brief(story_copy)
    german = next(s for s in brief.sources if s.id == "hafenbrand.txt")
    assert german.language == "de"
    assert any("language" in m for m in _notices_about(brief, "hafenbrand.txt"))
    assert all("hafenbrand.txt" not in s.sources for s in brief.summary)
    assert all("hafenbrand.txt" not in f.sources for f in brief.facts)


def test_nothing_usable_raises_an_input_error_naming_the_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(newsfuse.InputError, match=r"empty\.txt"):
        newsfuse.brief(tmp_path)


FAST = Settings(use_model=False)
REPORT_LINES = (
    "Fire crews said on Tuesday that the blaze at the Saltmere port was under control.\n"
    "More than four thousand residents were evacuated from the Lower Docks district.\n"
)


def _keeps_the_story(brief: Brief) -> None:
    ids = {s.id for s in brief.sources}
    assert {p.name for p in STORY.iterdir()} <= ids
    assert brief.summary


def _renders_as_utf8(brief: Brief) -> None:
    for fmt in ("json", "md", "html"):
        newsfuse.render(brief, fmt).encode("utf-8")  # raises on a lone surrogate


@pytest.mark.parametrize("label", ["rot13", "base64", "undefined"])
def test_page_declaring_an_unknown_charset_is_read_by_detection(
    story_copy: Path, label: str
) -> None:
    page = (
        f'<html><head><meta charset="{label}"><title>Port fire</title></head><body><article>'
        + "".join(f"<p>{line}</p>" for line in REPORT_LINES.splitlines())
        + "</article></body></html>"
    )
    (story_copy / "odd-charset.html").write_bytes(page.encode("cp1252"))
    brief = newsfuse.brief(story_copy, FAST)
    _keeps_the_story(brief)
    assert "odd-charset.html" in {s.id for s in brief.sources}


def test_utf16_text_without_a_bom_is_read_as_text(story_copy: Path) -> None:
    (story_copy / "wide.txt").write_bytes(REPORT_LINES.encode("utf-16-le"))
    brief = newsfuse.brief(story_copy, FAST)
    wide = next(s for s in brief.sources if s.id == "wide.txt")
    assert "Lower Docks" in wide.text


def test_lone_surrogates_in_a_jsonl_record_are_replaced_and_the_record_named(
    story_copy: Path,
) -> None:
    text = json.dumps(REPORT_LINES + "Smoke \ud83d rose.")  # JSON keeps the escape
    record = f'{{"id": "odd-record", "title": "Fire \\ud83d update", "text": {text}}}\n'
    (story_copy / "feed.jsonl").write_text(record, encoding="utf-8")
    brief = newsfuse.brief(story_copy, FAST)
    _keeps_the_story(brief)
    _renders_as_utf8(brief)
    assert any(n.source == "odd-record" and "surrogate" in n.message for n in brief.notices)


@pytest.mark.parametrize(
    ("argument", "reason"),
    [
        ("http://[::1", "malformed URL"),
        ("http://[localhost]/", "malformed URL"),
        ("file:///etc/hostname", "unsupported URL scheme"),
        ("ftp://ftp.example.org/story.txt", "unsupported URL scheme"),
        ("gopher://example.org/", "unsupported URL scheme"),
    ],
)
def test_a_bad_url_argument_is_a_notice_and_the_brief_is_made(
    story_copy: Path, argument: str, reason: str
) -> None:
    brief = newsfuse.brief([story_copy, argument], FAST)
    _keeps_the_story(brief)
    about = [n.message for n in brief.notices if n.source == argument]
    assert len(about) == 1 and reason in about[0]


def test_odd_folder_entries_each_get_a_notice(story_copy: Path) -> None:
    (story_copy / ".draft.txt").write_text(REPORT_LINES, encoding="utf-8")
    (story_copy / "moved.txt").symlink_to(story_copy / "nowhere.txt")
    (story_copy / "self.txt").symlink_to(story_copy / "self.txt")
    os.mkfifo(story_copy / "pipe.txt")
    brief = newsfuse.brief(story_copy, FAST)
    _keeps_the_story(brief)
    for name in (".draft.txt", "moved.txt", "self.txt", "pipe.txt"):
        assert _notices_about(brief, name), name


def test_a_jsonl_of_200000_bad_lines_gives_a_few_notices_not_400000(story_copy: Path) -> None:
    lines = [json.dumps({"id": "kept", "text": REPORT_LINES})]
    lines += ["{broken json"] * 200_000
    (story_copy / "export.jsonl").write_text("\n".join(lines), encoding="utf-8")
    brief = newsfuse.brief(story_copy, FAST)
    _keeps_the_story(brief)
    assert "kept" in {s.id for s in brief.sources}
    about = _notices_about(brief, "export.jsonl")
    assert 1 <= len(about) <= 5
    assert any("199,997 more lines of this file were skipped" in m for m in about)
    assert len(newsfuse.render(brief, "json")) < 2_000_000


def test_a_folder_of_many_unreadable_files_gives_a_few_notices_and_a_count(
    story_copy: Path,
) -> None:
    for index in range(500):
        (story_copy / f"photo-{index:03}.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    brief = newsfuse.brief(story_copy, FAST)
    _keeps_the_story(brief)
    binary = [n for n in brief.notices if "binary file" in n.message]
    assert len(binary) == 4
    assert binary[-1].message.startswith("… and 497 more like this:")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("million.html", "<html><body>" + "<p>" * 1_000_000 + "</body></html>"),
        (
            "repeated.html.gz",
            gzip.compress(
                (
                    "<html><body>"
                    + "<p>Crews fought the fire at the port through the night.</p>\n" * 330_000
                    + "</body></html>"
                ).encode()
            ),
        ),
    ],
)
def test_a_pathological_page_is_cut_short_and_the_story_still_briefed(
    story_copy: Path, name: str, content: str | bytes
) -> None:
    path = story_copy / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    started = time.monotonic()
    brief = newsfuse.brief(story_copy, FAST)
    assert time.monotonic() - started < 120  # minutes before the page was bounded
    _keeps_the_story(brief)
    assert any("too large to clean whole" in m for m in _notices_about(brief, name))
