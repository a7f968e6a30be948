"""Article metadata found in the text itself: publisher, and dates hidden in URLs.

Persian agencies sign their reports in a few fixed ways — «به گزارش X،»,
«به گزارش خبرگزاری X از Y،», «به گزارش X به نقل از Y،», «شیراز - خبرگزاری X:»,
or a line opening with «خبرگزاری X:» / a known agency name and a colon.  The
first such signature near the top names the publisher.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from urllib.parse import unquote

from ..text.dates import parse_date
from .cuefiles import cue_key, load_sections

CUE_FILE = "publisher_cues.txt"
_SEARCH_CHARS = 1500
_MAX_WORDS = 5

# «به گزارش X،» — X runs to the first comma/semicolon/colon on the same line.
_RE_REPORT = re.compile(r"(?<![\w\u200c])به\s+گزارش\s+(?P<x>[^،,؛;:\n]{2,90}?)\s*[،,؛;:]")
# «شیراز - خبرگزاری مهر:» or «خبرگزاری تسنیم:» at a line start
_RE_AGENCY_LINE = re.compile(
    r"^[ \t]*(?:[^\n:\-–—]{1,40}?\s*[-–—]\s*)?(?P<x>خبرگزاری(?:\s+[^\s:،,\-–—]+){1,3})\s*:", re.MULTILINE
)
# « به نقل از Y» / « از Y» (a city or a source) / « در Y»: not part of the publisher's name
_RE_TAIL = re.compile(r"\s+(?:به\s+نقل\s+از|از|در)\s+.*$")


@lru_cache(maxsize=None)
def _cues() -> dict[str, tuple[str, ...]]:
    return load_sections(CUE_FILE)


@lru_cache(maxsize=None)
def _agency_line_pattern() -> re.Pattern[str]:
    names = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in _cues().get("agencies", ())), key=len, reverse=True)
    return re.compile(rf"^[ \t]*(?:[^\n:\-–—]{{1,40}}?\s*[-–—]\s*)?(?P<x>{'|'.join(names)})\s*:", re.MULTILINE)


def clean_publisher(raw: str) -> str | None:
    """The publisher's own name from what follows «به گزارش», or None if it is not a name."""
    name = re.sub(r"\s+", " ", raw).strip(" «»\"'()[]")
    name = re.sub(r"\s*\([^)]*\)?\s*$", "", name) or name   # «خبرگزاری دانشجویان ایران (ایسنا)»: the name itself
    name = _RE_TAIL.sub("", name)
    # «خبرگزاری جمهوری اسلامی (ایرنا) از شیراز»: the short name in brackets goes once the place is cut off
    name = re.sub(r"\s*\([^)]*\)?\s*$", "", name) or name
    if "خبرگزاری" in name:  # «گروه سیاسی خبرگزاری مهر» → «خبرگزاری مهر»
        name = name[name.index("خبرگزاری"):]
    else:
        name = _strip_prefixes(name)
    name = name.strip(" «»\"'()[]-–—")
    if not name or len(name.split()) > _MAX_WORDS or re.search(r"[\d۰-۹]", name):
        return None
    if cue_key(name) in {cue_key(w) for w in _cues().get("not_publisher", ())}:
        return None
    return name


def _strip_prefixes(name: str) -> str:
    prefixes = sorted(_cues().get("strip_prefix", ()), key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for prefix in prefixes:
            takes_word = prefix.endswith("*")
            words = prefix.rstrip(" *").split()
            pattern = r"\s+".join(map(re.escape, words)) + (r"\s+\S+" if takes_word else "")
            m = re.match(rf"{pattern}\s+(?=\S)", name)
            if m:
                name = name[m.end():]
                changed = True
                break
    return name


def find_publisher(text: str) -> str | None:
    """The surface name of the publisher signing the article, from its first lines."""
    head = text[:_SEARCH_CHARS]
    candidates: list[tuple[int, str]] = []
    for pattern in (_RE_REPORT, _RE_AGENCY_LINE, _agency_line_pattern()):
        for m in pattern.finditer(head):
            name = clean_publisher(m["x"])
            if name:
                candidates.append((m.start(), name))
                break
    return min(candidates)[1] if candidates else None


# /1393/01/23/, /1402-03-24/, /2011/04/05/, /20250429/
_RE_URL_DATE = re.compile(r"(?<![\d])(?P<y>1[2-4]\d\d|19\d\d|20\d\d)(?P<sep>[/\-_])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")
_RE_URL_COMPACT = re.compile(r"(?<![\d])(?P<y>20\d\d|1[34]\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])")


def date_from_url(url: str | None) -> _dt.date | None:
    """A full date written in a URL's path; a year and month alone is not a date."""
    if not url:
        return None
    path = unquote(re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE))
    path = path.split("?", 1)[0]
    for pattern in (_RE_URL_DATE, _RE_URL_COMPACT):
        for m in pattern.finditer(path):
            date = parse_date(f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}")
            if date:
                return date
    return None
