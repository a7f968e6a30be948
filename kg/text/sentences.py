"""Sentence splitting with offsets."""
from __future__ import annotations

import re

from ..document import Sentence

# A sentence ends at . ! ? ؟ or a line break, followed by space or the end.
_END = re.compile(r"[.!?؟]+(?=\s|$)|\n+")


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for m in _END.finditer(text):
        _add(out, text, pos, m.end())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end))
