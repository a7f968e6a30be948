"""Turn the bytes of an article file into text, or say in one line why not.

Persian pages reach us as UTF-8 (with or without a BOM), UTF-16 (Windows
"Unicode" saves) and Windows-1256 (older Iranian sites and Windows editors).
Order of trust: a BOM; strict UTF-8; cp1256 when it yields mostly Arabic-script
letters; charset-normalizer as the last resort.  Text that decodes but is
mostly control characters or replacement marks is refused as garbled.
"""
from __future__ import annotations

import codecs
import unicodedata

MAX_BYTES = 50 * 1024 * 1024

_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

BOMS: tuple[bytes, ...] = tuple(bom for bom, _ in _BOMS)


class DecodeError(ValueError):
    """The bytes are not readable text; ``str(error)`` is the one-line reason."""


def _is_arabic_letter(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" or "\u0750" <= ch <= "\u077f"


def arabic_letter_share(text: str) -> float:
    """Share of the non-ASCII letters in ``text`` that are Arabic-script letters.

    ASCII is left out so that markup and Latin words in an HTML page do not
    hide a Windows-1256 body.
    """
    letters = [ch for ch in text if ch.isalpha() and ord(ch) > 127]
    if len(letters) < 3:
        return 0.0
    return sum(1 for ch in letters if _is_arabic_letter(ch)) / len(letters)


def garbled_share(text: str) -> float:
    """Share of characters that no article contains: controls, unassigned code points, U+FFFD."""
    if not text:
        return 0.0
    bad = 0
    for ch in text:
        if ch in "\n\r\t\f\v\u200c\u200d\u200e\u200f\ufeff":
            continue
        cat = unicodedata.category(ch)
        if ch == "\ufffd" or cat in ("Cc", "Cn", "Co", "Cs"):
            bad += 1
    return bad / len(text)


def _check_text(text: str, encoding: str) -> str:
    if not text.strip():
        raise DecodeError("empty file (only whitespace)")
    if "\x00" in text or garbled_share(text) > 0.02:
        raise DecodeError(f"garbled text (control or invalid characters after decoding as {encoding})")
    return text


def _utf8_error_reason(data: bytes, error: UnicodeDecodeError) -> str:
    if error.end >= len(data) - 1 and error.reason == "unexpected end of data":
        return f"truncated UTF-8 (file ends in the middle of a character at byte {error.start})"
    return f"garbled UTF-8 (invalid byte at offset {error.start})"


def _mostly_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences: a damaged UTF-8 file, not cp1256."""
    text = data.decode("utf-8", errors="replace")
    good = sum(len(ch.encode("utf-8")) for ch in text if ord(ch) > 127 and ch != "\ufffd")
    bad = text.count("\ufffd")
    return good > 0 and bad * 20 < good


def decode_bytes(data: bytes) -> str:
    """Decode an article file's bytes; raise :class:`DecodeError` with a reason when that cannot be done."""
    if not data or not data.strip():
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data[len(bom):].decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                kind = "truncated" if exc.reason in ("truncated data", "unexpected end of data") else "garbled"
                raise DecodeError(f"{kind} {encoding.upper()[:6]} text (bad bytes at offset {exc.start})") from None
    if b"\x00" in data:
        return _decode_without_bom_utf16(data)
    try:
        return _check_text(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            raise DecodeError(_utf8_error_reason(data, exc)) from None
    cp1256 = data.decode("cp1256")
    if arabic_letter_share(cp1256) >= 0.8 and garbled_share(cp1256) < 0.01:
        return _check_text(cp1256, "cp1256")
    return _decode_with_charset_normalizer(data)


def _decode_without_bom_utf16(data: bytes) -> str:
    """NUL bytes without a BOM: UTF-16 text saved without its mark, or a binary file."""
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = sum(1 for ch in text if ch.isalpha())
        if letters and letters / max(1, len(text.strip())) > 0.5 and garbled_share(text) < 0.01:
            return text
    raise DecodeError("binary file (contains NUL bytes), not text")


def _decode_with_charset_normalizer(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("undecodable: not UTF-8, UTF-16 or Windows-1256 text")
    text = str(best)
    if garbled_share(text) > 0.02 or not any(ch.isalpha() for ch in text):
        raise DecodeError(f"undecodable: looks like binary data (best guess {best.encoding})")
    return text
