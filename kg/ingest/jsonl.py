"""Read a JSONL corpus: one JSON object per line with a ``text`` and optional metadata.

Fields: ``text`` (required, non-empty string); ``id``, ``url``, ``title``,
``date`` (Gregorian or Jalali, any form :func:`kg.text.dates.parse_date`
reads) and ``publisher`` (optional).  A bad line becomes a :class:`Skipped`
naming ``path:LINE``; the other lines are still read.  The file is streamed,
so a large corpus is fine; only a single line over the size limit is refused.
"""
from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Iterator

from ..document import Article
from ..pipeline import Skipped
from ..text.dates import parse_date
from .encoding import MAX_BYTES, DecodeError, decode_bytes
from .text_page import build_article

_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def _lines(path: Path) -> Iterator[tuple[int, bytes | str]]:
    """(line number, raw line); UTF-16/32 files are decoded whole, UTF-8 ones streamed."""
    with path.open("rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith(_WIDE_BOMS):
            if path.stat().st_size > MAX_BYTES:
                raise DecodeError(f"UTF-16 file too large ({path.stat().st_size // 2**20} MB, limit {MAX_BYTES // 2**20} MB)")
            yield from enumerate(decode_bytes(fh.read()).splitlines(), start=1)
            return
        for number, raw in enumerate(fh, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            yield number, raw


def _optional_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and key == "id":
        return str(value)
    return value.strip() if isinstance(value, str) and value.strip() else None


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """Articles of a JSONL corpus, and a Skipped for each line that is not a usable article."""
    try:
        for number, raw in _lines(path):
            where = f"{path}:{number}"
            if len(raw) > MAX_BYTES:
                yield Skipped(where, f"line too long ({len(raw) // 2**20} MB, limit {MAX_BYTES // 2**20} MB)")
                continue
            if isinstance(raw, bytes):
                try:
                    raw = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield Skipped(where, f"not valid UTF-8 (bad byte at column {exc.start + 1})")
                    continue
            if not raw.strip():
                continue
            try:
                yield _article_from_line(raw, where, path.stem, number)
            except Exception as exc:  # a reader bug must cost one line, not the corpus
                yield Skipped(where, f"could not be read ({type(exc).__name__}: {exc})")
    except (OSError, DecodeError) as exc:
        yield Skipped(str(path), _reason(exc))


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"cannot be read ({exc.strerror or type(exc).__name__})"
    return str(exc)


def _article_from_line(line: str, where: str, stem: str, number: int) -> Article | Skipped:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Skipped(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return Skipped(where, "not valid JSON (nested too deeply)")
    if not isinstance(obj, dict):
        return Skipped(where, f"not a JSON object (a {type(obj).__name__})")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(where, "no non-empty string field 'text'")
    date_field = _optional_str(obj, "date")
    return build_article(
        text,
        id=_optional_str(obj, "id") or f"{stem}-{number}",
        source=where,
        title=_optional_str(obj, "title"),
        date=parse_date(date_field) if date_field else None,
        url=_optional_str(obj, "url"),
        publisher=_optional_str(obj, "publisher"),
    )
