"""Normalise Persian text while keeping a map back to the original characters.

Minimal placeholder: character folding only.  To be replaced by the full
normaliser (hazm + half-space repair) with the same API.
"""
from __future__ import annotations

ZWNJ = "\u200c"

_CHAR_MAP = {
    "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه",
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    **{chr(0x0660 + i): str(i) for i in range(10)},
}
_DROP = {"\u0640"} | {chr(c) for c in range(0x064B, 0x0653)}  # kashida, harakat


def normalize(text: str) -> tuple[str, list[int]]:
    """Return (normalised text, map from each normalised index to an original index)."""
    out: list[str] = []
    to_orig: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        out.append(_CHAR_MAP.get(ch, ch))
        to_orig.append(i)
    return "".join(out), to_orig


def fold(text: str) -> str:
    """A lookup key: normalised, with spaces and half-spaces removed."""
    norm, _ = normalize(text)
    return "".join(ch for ch in norm if not ch.isspace() and ch != ZWNJ)
