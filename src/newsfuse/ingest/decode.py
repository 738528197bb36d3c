"""Decode an input's bytes to text without assuming UTF-8.

The order follows browsers: a byte-order mark, then UTF-16/32 told by its NUL-byte pattern, then
a charset declared by the transport or by the page itself, then UTF-8 if the bytes are valid
UTF-8, then a statistical guess. A label Python does not know as a text encoding (`rot13`,
`base64`, `undefined`) is ignored, as browsers do, and detection decides.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from newsfuse.errors import InputError
from newsfuse.ingest.sniff import check_not_binary

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
# As in the WHATWG encoding standard, pages labelled Latin-1 or ASCII are really windows-1252.
_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
# Encodings seen on the web (WHATWG's list), so the guesser does not pick DOS or Mac code pages.
_WEB_ENCODINGS = [
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859_2", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_10",
    "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "koi8_r", "koi8_u", "cp866", "cp874",
    "shift_jis", "euc_jp", "iso2022_jp", "gb18030", "big5", "euc_kr",
]  # fmt: skip
_SAMPLE_CHARS = 65536
_TIE = 0.01
_WIDE_SAMPLE = 4096
# Share of code units whose high bytes must be NUL (and low bytes must not) to call it UTF-16/32.
_WIDE_SHARE = 0.7
# (encoding, code unit size, offsets in the unit that hold NUL for ASCII characters)
_WIDE_LAYOUTS: tuple[tuple[str, int, tuple[int, ...]], ...] = (
    ("utf-32-le", 4, (1, 2, 3)),
    ("utf-32-be", 4, (0, 1, 2)),
    ("utf-16-le", 2, (1,)),
    ("utf-16-be", 2, (0,)),
)


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """Text of `data`; `declared` is a charset from the transport (an HTTP header), if any.

    Raises InputError for binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            reason = f"starts with a {encoding} byte-order mark but is not valid {encoding}"
            return _decode_or_refuse(data[len(bom) :], encoding, name, reason)
    wide = wide_encoding(data)
    if wide is not None:
        reason = f"looks like {wide} text without a byte-order mark but is not valid {wide}"
        return _decode_or_refuse(data, wide, name, reason)
    check_not_binary(data, name)
    for label in (declared, _meta_charset(data)):
        codec = _lookup(label)
        if codec:
            try:
                return data.decode(codec)
            except UnicodeError:
                continue  # a wrong declaration is common; fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess(data)


def wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 (LE or BE) when the sample's NUL bytes fall in the places that an
    ASCII-heavy text in that encoding puts them, else None. Binary data scatters its NULs."""
    sample = data[: _WIDE_SAMPLE - _WIDE_SAMPLE % 4]
    if len(sample) < 8:
        return None
    for encoding, unit, zero_at in _WIDE_LAYOUTS:
        units = len(sample) // unit
        zeros = [sample[pos::unit].count(0) for pos in range(unit)]
        filled = [pos for pos in range(unit) if pos not in zero_at]
        if all(zeros[pos] >= _WIDE_SHARE * units for pos in zero_at) and all(
            zeros[pos] <= (1 - _WIDE_SHARE) * units for pos in filled
        ):
            return encoding
    return None


def _decode_or_refuse(data: bytes, encoding: str, name: str, reason: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(name, reason) from error


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _lookup(label: str | None) -> str | None:
    """The Python codec for a charset label, or None for an absent label, one that is no text
    encoding, or a UTF-16/32 label: bytes readable as ASCII are not UTF-16 (real UTF-16 was
    told by its NUL pattern before), so browsers read such pages as UTF-8."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
        if name.startswith(("utf-16", "utf-32")):
            return "utf-8"
        b"a".decode(name)  # rot13, base64 and the like are codecs but not text encodings
    except (LookupError, UnicodeError):
        return None
    return _ALIASES.get(name, name)


def _guess(data: bytes) -> str:
    return data.decode(guess_codec(data), errors="replace")


def guess_codec(data: bytes) -> str:
    """Guess the legacy encoding of bytes that are not UTF-8. windows-1252 wins ties: it is by
    far the commonest on the web, and single-byte guessers often name a code page that decodes
    the same bytes identically. latin-1 when nothing else decodes them."""
    best = from_bytes(data, cp_isolation=_WEB_ENCODINGS).best()
    western = _try_decode(data, "cp1252")
    if best is None:
        return "cp1252" if western is not None else "latin-1"
    if western is not None and _mess(western) <= _mess(str(best)) + _TIE:
        return "cp1252"
    return best.encoding


def _mess(text: str) -> float:
    """How garbled a decoding looks (0 is clean), judged on its start for speed."""
    return float(mess_ratio(text[:_SAMPLE_CHARS], 1.0))


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


__all__ = ["decode_bytes", "guess_codec", "wide_encoding"]
