"""Tokens with offsets into the (normalised) text.

A word keeps its half-spaces inside (می‌کنند is one token); numbers keep their
decimal, thousands, date and time separators («3.5», «1,200», «1404/02/09»,
«07:21»); every other non-space character — «» ، ؛ : . ( ) and so on — is a token
of its own.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .normalize import fold

_MARKS = "\u064B-\u065F\u0670"
_TOKEN = re.compile(
    r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*"                        # Latin words, also G20, 5G
    r"|\d+(?:[.,/:]\d+)*"                                        # numbers, dates, times
    rf"|(?:[^\W\d_]|[{_MARKS}])+(?:\u200c(?:[^\W\d_]|[{_MARKS}])+)*"  # words, half-spaces inside
    r"|[^\s\u200c]",                                             # one punctuation character
)


class Token:
    """One token: offsets into the text, its text, its folded key (:func:`kg.text.fold`, for
    lookups in word lists) and whether it is a word or number rather than punctuation.

    A slotted class with everything computed once at construction: recognisers read these
    fields hundreds of thousands of times per corpus.
    """

    __slots__ = ("start", "end", "text", "key", "is_word", "is_number")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.key = fold(text)
        self.is_word = text[0].isalnum()
        self.is_number = text[0].isdigit()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens whose offsets index ``text``."""
    stop = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, stop)]


def starts_within(tokens: list[Token], spans) -> set[int]:
    """Start offsets of the tokens that begin inside one of the spans."""
    starts = [t.start for t in tokens]
    out: set[int] = set()
    for s, e in spans:
        i = bisect_left(starts, s)
        while i < len(starts) and starts[i] < e:
            out.add(starts[i])
            i += 1
    return out
