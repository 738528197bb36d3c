"""load_inputs end to end on real files: what is read, what is refused, and the notices."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from newsfuse.ingest import Fetched, load_inputs
from newsfuse.ingest import load as load_module
from newsfuse.model import Notice
from newsfuse.settings import Settings

SETTINGS = Settings()
STORY = "PARIS (AFP) — Fire crews said on Tuesday the blaze near “Nîmes” was contained.\n"
PAGE = "<!DOCTYPE html><html><head><title>Fire</title></head><body><p>Contained.</p></body></html>"


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _errors(notices: list[Notice]) -> dict[str, str]:
    return {str(n.source): n.message for n in notices if n.level == "error"}


def test_load_inputs_walks_folder_recursively_in_sorted_order(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", STORY)
    _write(tmp_path / "a.html", PAGE)
    _write(tmp_path / "sub" / "c.txt", STORY)
    _write(tmp_path / "notes.md", "# not a report")
    _write(tmp_path / ".git" / "HEAD.txt", "ref: refs/heads/main")
    docs, notices = load_inputs([tmp_path], SETTINGS)
    assert [(d.id, d.kind) for d in docs] == [
        ("a.html", "html"),
        ("b.txt", "text"),
        ("c.txt", "text"),
    ]
    assert docs[1].content == STORY and docs[1].path == str(tmp_path / "b.txt")
    assert [(n.level, Path(str(n.source)).name) for n in notices] == [
        ("info", ".git"),
        ("info", "notes.md"),
    ]


def test_load_inputs_decodes_cp1252_file(tmp_path: Path) -> None:
    text = "The café’s owner said “we lost everything” – 12 € a plate.\n"
    path = _write(tmp_path / "legacy.txt", text.encode("cp1252"))
    docs, notices = load_inputs([path], SETTINGS)
    assert notices == [] and docs[0].content == text


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("a.txt.gz", STORY, "text"),
        ("a.html.gz", PAGE, "html"),
        ("a.jsonl.gz", '{"text": "x y"}', "text"),
    ],
)
def test_load_inputs_reads_gzip_variants(
    tmp_path: Path, name: str, content: str, kind: str
) -> None:
    path = _write(tmp_path / name, gzip.compress(content.encode("utf-8")))
    docs, notices = load_inputs([path], SETTINGS)
    assert notices == []
    assert docs[0].kind == kind
    assert docs[0].id == (name if not name.startswith("a.jsonl") else "a.jsonl.gz#1")


def test_load_inputs_refuses_bad_files_and_keeps_the_rest(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", STORY)
    bad = {
        "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "report.txt": b"%PDF-1.4\n",
        "empty.txt": b"",
        "blank.txt": b" \n\t\r\n  ",
        "broken.txt.gz": gzip.compress(STORY.encode())[:-12],
    }
    paths = [_write(tmp_path / name, data) for name, data in bad.items()]
    docs, notices = load_inputs([good, *paths, tmp_path / "missing.txt"], SETTINGS)
    assert [d.id for d in docs] == ["good.txt"]
    errors = _errors(notices)
    assert "binary file (a PNG image)" in errors[str(tmp_path / "photo.txt")]
    assert "a PDF document" in errors[str(tmp_path / "report.txt")]
    assert "empty file" in errors[str(tmp_path / "empty.txt")]
    assert "only whitespace" in errors[str(tmp_path / "blank.txt")]
    assert "corrupt gzip" in errors[str(tmp_path / "broken.txt.gz")]
    assert "no such file" in errors[str(tmp_path / "missing.txt")]
    assert all(source in message for source, message in errors.items())


def test_load_inputs_refuses_oversize_and_gzip_bomb(tmp_path: Path) -> None:
    small = Settings(max_input_bytes=1000)
    big = _write(tmp_path / "big.txt", STORY * 20)
    bomb = _write(tmp_path / "bomb.txt.gz", gzip.compress(b"a" * 5_000_000))
    fits = _write(tmp_path / "fits.txt", STORY)
    docs, notices = load_inputs([big, bomb, fits], small)
    assert [d.id for d in docs] == ["fits.txt"]
    errors = _errors(notices)
    assert "larger than 1,000 bytes" in errors[str(big)]
    assert "decompresses to more than 1,000 bytes" in errors[str(bomb)]


def test_load_inputs_jsonl_with_broken_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "r1", "text": STORY}), "{broken", json.dumps({"text": STORY})]
    path = _write(tmp_path / "feed.jsonl", "\n".join(lines))
    docs, notices = load_inputs([path], SETTINGS)
    assert [d.id for d in docs] == ["r1", "feed.jsonl#3"]
    assert [(n.level, n.message.split(":")[0]) for n in notices] == [
        ("warning", "feed.jsonl line 2")
    ]


@pytest.mark.parametrize(
    ("data", "kind", "ids"),
    [
        (PAGE, "html", ["stdin"]),
        (STORY, "text", ["stdin"]),
        ('{"text": "one"}\n{"id": "b", "text": "two"}\n', "text", ["stdin#1", "b"]),
    ],
)
def test_load_inputs_sniffs_stdin(
    monkeypatch: pytest.MonkeyPatch, data: str, kind: str, ids: list[str]
) -> None:
    stream = io.TextIOWrapper(io.BytesIO(data.encode("cp1252", "replace")))
    monkeypatch.setattr(sys, "stdin", stream)
    docs, notices = load_inputs(["-"], SETTINGS)
    assert notices == []
    assert [d.id for d in docs] == ids and docs[0].kind == kind and docs[0].path is None


def test_load_inputs_expands_globs(tmp_path: Path) -> None:
    for name in ("afp-1.txt", "afp-2.txt", "bbc-1.txt"):
        _write(tmp_path / name, STORY)
    docs, notices = load_inputs(
        [str(tmp_path / "afp-*.txt"), str(tmp_path / "none-*.txt")], SETTINGS
    )
    assert [d.id for d in docs] == ["afp-1.txt", "afp-2.txt"]
    assert "no file matches" in _errors(notices)[str(tmp_path / "none-*.txt")]


def test_load_inputs_disambiguates_duplicate_names_by_folder(tmp_path: Path) -> None:
    _write(tmp_path / "wire" / "reuters-1.txt", STORY)
    _write(tmp_path / "local" / "reuters-1.txt", STORY)
    _write(tmp_path / "local" / "bbc.txt", STORY)
    docs, _ = load_inputs([tmp_path / "wire", tmp_path / "local"], SETTINGS)
    assert [d.id for d in docs] == ["wire/reuters-1.txt", "bbc.txt", "local/reuters-1.txt"]


def test_load_inputs_reads_a_file_named_twice_once(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", STORY)
    docs, _ = load_inputs([tmp_path, path], SETTINGS)
    assert [d.id for d in docs] == ["a.txt"]


def test_load_inputs_sniffs_explicit_file_with_unknown_extension(tmp_path: Path) -> None:
    path = _write(tmp_path / "page.php", PAGE)
    docs, _ = load_inputs([path], SETTINGS)
    assert docs[0].kind == "html"


def test_load_inputs_refuses_url_without_allow_network() -> None:
    docs, notices = load_inputs(["https://news.example/fire"], SETTINGS)
    assert docs == []
    assert notices[0].level == "error" and "allow_network" in notices[0].message


def test_load_inputs_fetches_url_through_injected_transport() -> None:
    def transport(url: str, max_bytes: int) -> Fetched:
        return Fetched(url + "?r=1", PAGE.encode("cp1252"), "text/html", "windows-1252")

    docs, notices = load_inputs(
        ["https://news.example/world/fire"],
        Settings(allow_network=True),
        fetcher=transport,
        resolver=lambda host: ["93.184.216.34"],
    )
    assert notices == []
    assert (docs[0].id, docs[0].kind, docs[0].url) == (
        "fire",
        "html",
        "https://news.example/world/fire?r=1",
    )


def test_load_inputs_keeps_the_good_records_of_a_jsonl_with_one_oversized_line(
    tmp_path: Path,
) -> None:
    lines = [
        json.dumps({"id": "r1", "text": STORY}),
        json.dumps({"id": "huge", "text": STORY * 1000}),
        json.dumps({"id": "r3", "text": STORY}),
    ]
    plain = _write(tmp_path / "feed.jsonl", "\n".join(lines))
    packed = _write(tmp_path / "packed.jsonl.gz", gzip.compress("\n".join(lines).encode()))
    docs, notices = load_inputs([plain, packed], Settings(max_record_bytes=10_000))
    assert [d.id for d in docs] == ["r1", "r3", "r1~2", "r3~2"]
    skipped = [n.message for n in notices if "max_record_bytes" in n.message]
    assert skipped == [
        "feed.jsonl line 2: longer than 10,000 bytes (max_record_bytes)",
        "packed.jsonl.gz line 2: longer than 10,000 bytes (max_record_bytes)",
    ]


def test_load_inputs_reads_a_utf16_jsonl_whole(tmp_path: Path) -> None:
    data = json.dumps({"id": "r1", "text": STORY}, ensure_ascii=False).encode("utf-16")
    docs, notices = load_inputs([_write(tmp_path / "feed.jsonl", data)], SETTINGS)
    assert notices == [] and docs[0].content == STORY


def test_load_inputs_names_a_binary_file_posing_as_jsonl(tmp_path: Path) -> None:
    path = _write(tmp_path / "feed.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    docs, notices = load_inputs([path], SETTINGS)
    assert docs == [] and "binary file (a PNG image)" in _errors(notices)[str(path)]


def test_load_inputs_turns_an_unexpected_failure_into_a_notice_with_its_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _write(tmp_path / "good.txt", STORY)
    odd = _write(tmp_path / "odd.txt", "A report that makes the decoder trip.\n")
    real = load_module.decode_bytes

    def flaky(data: bytes, name: str, declared: str | None = None) -> str:
        if name.endswith("odd.txt"):
            raise RuntimeError("decoder bug")
        return real(data, name, declared)

    monkeypatch.setattr(load_module, "decode_bytes", flaky)
    docs, notices = load_inputs([good, odd], SETTINGS)
    assert [d.id for d in docs] == ["good.txt"]
    assert _errors(notices)[str(odd)] == (
        f"{odd}: could not be read: unexpected RuntimeError: decoder bug"
    )
