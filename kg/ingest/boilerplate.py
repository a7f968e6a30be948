"""Drop the site furniture around an article: comment boxes, related-news rails, tags, share bars.

Decided by general signals, never by one site's wording:

* cue lines from ``kg/data/boilerplate_cues.txt`` (``[end]`` cuts the rest of
  the page, ``[block]`` drops a box of short lines, ``[line]`` drops one line);
* short-line density: runs of three or more short lines after the last
  paragraph are link lists or ads;
* repetition: a short line that occurs twice is page chrome (a headline is
  handled before this step).

A *paragraph* (a long line, or a sentence that ends in punctuation) is never
dropped except after an ``[end]`` cue, so every paragraph of the article is kept.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..text.dates import MONTH_NAMES
from .cuefiles import cue_key, load_sections, text_key

CUE_FILE = "boilerplate_cues.txt"
_SENTENCE_END = ".!?؟…»)\"'”]"
_MIN_LIST_RUN = 3          # short lines in a row that make a link list
_MAX_CUE_CHARS = 80        # a longer line is text, even if it starts like a cue
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _cue_keys() -> dict[str, frozenset[str]]:
    sections = load_sections(CUE_FILE)
    return {name: frozenset(cue_key(c) for c in cues) for name, cues in sections.items()}


@lru_cache(maxsize=None)
def _header_words() -> frozenset[str]:
    words: set[str] = set()
    for cue in load_sections(CUE_FILE).get("header", ()) + tuple(MONTH_NAMES):
        words.update(cue_key(w) for w in _WORD.findall(cue))
    return frozenset(words)


def is_paragraph(line: str) -> bool:
    """A line of running text: long, or a sentence of several words ending in punctuation."""
    s = line.strip()
    if len(s) >= 100:
        return True
    words = len(s.split())
    if s.endswith("»") and s[-2:-1] not in _SENTENCE_END:
        return False    # «چای، رودسر و کاکه‌گاوا را به هم رساند», «نمین در مسیر شبکه «شهرهای آرام»»: a headline
        #                 quoting someone or naming something, no sentence closed
    if s and s[-1] in _SENTENCE_END and words >= 4:
        return True
    return s.endswith((":", "：")) and words >= 6


def cue_kind(line: str) -> str | None:
    """'end', 'block' or 'line' when ``line`` is a furniture label, else None."""
    s = line.strip()
    if not s or len(s) > _MAX_CUE_CHARS:
        return None
    key = cue_key(s)
    if not key:
        return "line"  # separators, bare numbers, stars: no words at all
    keys = _cue_keys()
    for kind in ("end", "block", "line"):
        if key in keys.get(kind, ()):
            return kind
    # «برچسب‌ها: تهران، مشهد» / «بیشتر بخوانید: ...» / «گزارش از: X» / «گزارش تصویری | ۱۴ عکس»: a label and
    # its items on one line
    head = re.split(r"[:|]", s, maxsplit=1)[0]
    if head != s and cue_key(head) in keys.get("block", ()) | keys.get("end", ()) | keys.get("line", ()):
        return "line"
    return None


def is_header_line(line: str) -> bool:
    """A short line made only of dates, times, numbers, separators and header words («کد خبر»)."""
    s = line.strip()
    if not s or len(s) > 120:
        return False
    words = _WORD.findall(s)
    header_words = _header_words()
    if not all(cue_key(w) in header_words for w in words):   # stops at the first other word
        return False
    return bool(re.search(r"\d", s)) or not words


def clean_lines(lines: list[str]) -> list[str]:
    """The article's lines without furniture; blank lines are kept for layout."""
    kept = _apply_cues(lines)
    kept = _drop_trailing_list(kept)
    return _drop_repeated_short_lines(kept)


def _apply_cues(lines: list[str]) -> list[str]:
    out: list[str] = []
    seen_paragraph = False
    i = 0
    while i < len(lines):
        line = lines[i]
        kind = cue_kind(line) if line.strip() else None
        if kind == "end" and seen_paragraph:
            break
        if kind == "block":
            i += 1
            while i < len(lines) and not is_paragraph(lines[i]) and not _starts_paragraph(lines, i):
                if seen_paragraph and cue_kind(lines[i]) == "end":
                    return out      # «برچسب‌ها» … «دیدگاه‌ها»: the comments start inside the run the box opened
                i += 1
            continue
        if kind is not None:
            i += 1
            continue
        if is_paragraph(line):
            seen_paragraph = True
        out.append(line)
        i += 1
    return out


def _starts_paragraph(lines: list[str], i: int) -> bool:
    """A short line right above a paragraph is the article's subheading, not a link."""
    if not lines[i].strip():
        return False
    return i + 1 < len(lines) and is_paragraph(lines[i + 1])


def _drop_repeated_short_lines(lines: list[str]) -> list[str]:
    short = [text_key(l) for l in lines if l.strip() and not is_paragraph(l) and not l.strip().endswith(":")]
    repeated = {k for k, n in Counter(short).items() if n >= 2 and k}
    if not repeated:
        return lines
    return [l for l in lines if not (l.strip() and not is_paragraph(l) and text_key(l) in repeated)]


def _drop_trailing_list(lines: list[str]) -> list[str]:
    """After the last paragraph, a run of several short lines is a link list or an ad rail."""
    last_paragraph = max((i for i, l in enumerate(lines) if is_paragraph(l)), default=-1)
    if last_paragraph < 0:
        return lines
    tail = [l for l in lines[last_paragraph + 1:] if l.strip()]
    if len(tail) >= _MIN_LIST_RUN:
        return lines[: last_paragraph + 1]
    return lines
