"""Tokens with offsets into the (normalised) text.

A word keeps its half-spaces inside (می‌کنند is one token); numbers keep their
decimal, thousands, date and time separators («3.5», «1,200», «1404/02/09»,
«07:21»); every other non-space character — «» ، ؛ : . ( ) and so on — is a token
of its own.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

_MARKS = "\u064B-\u065F\u0670"
_TOKEN = re.compile(
    r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*"                        # Latin words, also G20, 5G
    r"|\d+(?:[.,/:]\d+)*"                                        # numbers, dates, times
    rf"|(?:[^\W\d_]|[{_MARKS}])+(?:\u200c(?:[^\W\d_]|[{_MARKS}])+)*"  # words, half-spaces inside
    r"|[^\s\u200c]",                                             # one punctuation character
)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        """A word or a number (not punctuation)."""
        return self.text[0].isalnum()

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()

    @cached_property
    def key(self) -> str:
        """The folded form (kg.text.fold), for lookups in word lists; computed once per token."""
        from .normalize import fold

        return fold(self.text)


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
