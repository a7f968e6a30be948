"""Labels for a canvas that lays text out left to right.

vis-network draws labels with ``fillText`` on a canvas: a Persian label with
digits or Latin in it (``شهر 10 (Mashhad)``) would be ordered as if its base
direction were left-to-right.  Each label is therefore wrapped in a Unicode
bidi isolate: RIGHT-TO-LEFT ISOLATE … POP DIRECTIONAL ISOLATE when it has
Persian letters, LEFT-TO-RIGHT ISOLATE … PDI otherwise.  The marks are
invisible and leave the text itself (and the search over it) unchanged.
"""
from __future__ import annotations

RLI, LRI, PDI = "\u2067", "\u2066", "\u2069"


def has_rtl(text: str) -> bool:
    """Whether ``text`` has a letter of a right-to-left script (Arabic, Persian, Hebrew)."""
    return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc" for ch in text)


def canvas_label(text: str) -> str:
    """``text`` isolated with the base direction of its script, for drawing on the canvas."""
    if not text:
        return text
    return f"{RLI if has_rtl(text) else LRI}{text}{PDI}"


def persian_digits(value: int | str) -> str:
    """``2024`` → ``۲۰۲۴``."""
    return str(value).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def short(text: str, limit: int = 40) -> str:
    """At most ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
