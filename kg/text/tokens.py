"""Tokens with offsets into the normalised text."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A word: letters, digits, marks and half-spaces; anything else is one punctuation token.
_TOKEN = re.compile(r"[\w\u200c\u064B-\u065F\u0670]+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens whose offsets index ``text``."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]
