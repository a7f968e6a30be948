"""Sentence splitting with offsets into the normalised text.

A sentence ends at a line break (so a headline is its own sentence) or at
. ! ? ؟ followed by a space or the end of the line — with three exceptions:

* a decimal point or a date separator («3.5», «1404.02.09») has no space after it;
* a dot after a single letter is an initial or an abbreviation («م. رضایی»,
  «ه.ش.», the pattern of every entry in hazm's abbreviation list);
* a full stop inside a short «...» quotation does not end the sentence that
  quotes it; long quotations (several sentences of a speech) are split.
"""
from __future__ import annotations

import re

from ..document import Sentence

# End punctuation, any closing quotes/brackets right after it, then a space or the line end.
_END = re.compile(r"[.!?؟]+[»\"')\]]*(?=[ \t]|$)", re.MULTILINE)
_LINE = re.compile(r"[^\n]+")

# A «...» quotation up to this many characters is kept inside one sentence.
SHORT_QUOTE_CHARS = 200


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose offsets index ``text``."""
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        start = line.start()
        quotes = _short_quotes(text, line.start(), line.end())
        for m in _END.finditer(text, line.start(), line.end()):
            if _is_abbreviation(text, start, m.start()):
                continue
            if any(q_start < m.start() and m.end() <= q_end for q_start, q_end in quotes):
                continue
            _add(out, text, start, m.end())
            start = m.end()
        _add(out, text, start, line.end())
    return out


def _is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    """A dot right after a one-letter word: an initial or a dotted abbreviation."""
    letter = dot - 1
    if text[dot] != "." or letter < sentence_start or not text[letter].isalpha():
        return False
    return letter == sentence_start or not (text[letter - 1].isalnum() or text[letter - 1] == "\u200c")


def _short_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of balanced «...» on one line that are short enough to keep whole."""
    spans: list[tuple[int, int]] = []
    opened: list[int] = []
    for i in range(start, end):
        ch = text[i]
        if ch == "«":
            opened.append(i)
        elif ch == "»" and opened:
            q_start = opened.pop()
            if i - q_start <= SHORT_QUOTE_CHARS:
                spans.append((q_start, i))
    return spans


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end))
