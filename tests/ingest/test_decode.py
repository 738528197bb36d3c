"""Decoding: byte-order marks, declared charsets, UTF-8, then a guess that gets Western right."""

from __future__ import annotations

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_bytes

WESTERN = "The mayor said “we will rebuild the café” – and the crowd cheered… €5 ‘tickets’."


def test_decode_bytes_reads_cp1252_curly_quotes_and_accents() -> None:
    assert decode_bytes(WESTERN.encode("cp1252"), "a.txt") == WESTERN


def test_decode_bytes_reads_latin1_french() -> None:
    text = "Le président a déclaré que la forêt brûlait depuis trois jours à côté de Nîmes."
    assert decode_bytes(text.encode("latin-1"), "a.txt") == text


def test_decode_bytes_prefers_utf8_when_valid() -> None:
    assert decode_bytes(WESTERN.encode("utf-8"), "a.txt") == WESTERN


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_decode_bytes_honours_byte_order_marks(codec: str) -> None:
    assert decode_bytes(WESTERN.encode(codec), "a.txt") == WESTERN


def test_decode_bytes_uses_html_meta_charset() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body>Пожар начался</body></html>'
    assert "Пожар начался" in decode_bytes(page.encode("cp1251"), "a.html")


def test_decode_bytes_uses_http_equiv_declaration() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-7">'
        "</head><body>Ο υπουργός δήλωσε</body></html>"
    )
    assert "Ο υπουργός δήλωσε" in decode_bytes(page.encode("iso-8859-7"), "a.html")


def test_decode_bytes_treats_latin1_label_as_windows_1252() -> None:
    page = f'<meta charset="iso-8859-1"><p>{WESTERN}</p>'
    assert WESTERN in decode_bytes(page.encode("cp1252"), "a.html")


def test_decode_bytes_ignores_a_wrong_declaration() -> None:
    page = f'<meta charset="utf-8"><p>{WESTERN}</p>'
    assert WESTERN in decode_bytes(page.encode("cp1252"), "a.html")


def test_decode_bytes_guesses_cyrillic_without_declaration() -> None:
    text = "Министр заявил, что пожар начался в понедельник вечером."
    assert decode_bytes(text.encode("cp1251"), "a.txt") == text


def test_decode_bytes_refuses_binary() -> None:
    with pytest.raises(InputError, match=r"a\.txt: binary file"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.txt")


@pytest.mark.parametrize("label", ["rot13", "base64", "undefined", "no-such-charset"])
@pytest.mark.parametrize("where", ["meta", "header"])
def test_decode_bytes_falls_back_to_detection_for_a_label_that_is_no_text_encoding(
    label: str, where: str
) -> None:
    meta = f'<meta charset="{label}">' if where == "meta" else ""
    page = f"<html><head>{meta}</head><body><p>{WESTERN}</p></body></html>"
    declared = label if where == "header" else None
    assert WESTERN in decode_bytes(page.encode("cp1252"), "a.html", declared)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_decode_bytes_reads_wide_unicode_without_a_byte_order_mark(codec: str) -> None:
    assert decode_bytes(WESTERN.encode(codec), "a.txt") == WESTERN


def test_decode_bytes_reads_a_utf16_page_that_declares_utf16() -> None:
    page = f'<html><head><meta charset="utf-16"></head><body><p>{WESTERN}</p></body></html>'
    assert WESTERN in decode_bytes(page.encode("utf-16-le"), "a.html")


def test_decode_bytes_reads_an_ascii_readable_page_that_wrongly_declares_utf16() -> None:
    page = f'<html><head><meta charset="utf-16"></head><body><p>{WESTERN}</p></body></html>'
    assert WESTERN in decode_bytes(page.encode("utf-8"), "a.html")


def test_decode_bytes_names_broken_utf16_without_a_bom_as_utf16_not_binary() -> None:
    data = WESTERN.encode("utf-16-le") + b"\x00\xd8"  # ends in half a surrogate pair
    with pytest.raises(InputError, match=r"a\.txt: looks like utf-16-le text"):
        decode_bytes(data, "a.txt")


def test_decode_bytes_still_calls_scattered_nul_bytes_binary() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(bytes(range(256)) * 16, "a.txt")
