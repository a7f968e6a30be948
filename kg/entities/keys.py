"""Stable, readable entity keys: the same name gives the same key in every run and article."""
from __future__ import annotations

import hashlib
import re

from unidecode import unidecode

from ..text.normalize import fold


def slug(text: str, limit: int = 48) -> str:
    """A lowercase ASCII slug of ``text`` (Persian is transliterated)."""
    ascii_text = unidecode(text).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:limit].strip("-") or "x"


def name_key(prefix: str, name: str) -> str:
    """``prefix/slug-hash``: the hash keeps names apart that transliterate alike."""
    folded = fold(name)
    digest = hashlib.blake2s(folded.encode("utf-8"), digest_size=3).hexdigest()
    return f"{prefix}/{slug(name)}-{digest}"


def beginnings(keys) -> frozenset[str]:
    """Every beginning of every lookup key (the keys themselves included): a text whose key is
    none of these starts no match, so scanners test it before doing any further work."""
    return frozenset(k[:i] for k in keys for i in range(1, len(k) + 1))
