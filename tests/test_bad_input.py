"""Bad input, end to end: a clear notice naming the file and the reason, never a crash."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

import newsfuse
from newsfuse.model import Brief

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
