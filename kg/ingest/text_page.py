"""Read an article pasted from a web page (or any plain text) into an :class:`Article`.

A pasted Persian news page looks like::

    headline
    | ۱۴۰۴/۰۲/۰۹ | ۰۷:۲۱:۵۳ | کد خبر: ۱۲۳۴۵      (header, often one item per line)
    headline again
    lead and paragraphs ...
    نظر شما / اخبار مرتبط / ads ...           (furniture)

:func:`parse_page` finds the headline, reads date and news code from the
header, collapses the repeated headline and drops the furniture;
:func:`build_article` turns that, plus whatever metadata the caller already
knows (JSONL fields, HTML meta), into an Article whose text starts with the headline.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ..document import Article
from ..text.dates import find_date, parse_date
from .boilerplate import clean_lines, cue_kind, is_header_line, is_paragraph
from .cuefiles import text_key
from .metadata import date_from_url, find_publisher

MAX_HEADLINE_CHARS = 160
_HEAD_LINES = 12           # how far down the header and the repeated headline are looked for
_BODY_DATE_CHARS = 300     # a full date in the lead is usually the day of the report
_RE_NEWS_CODE = re.compile(r"(?:کد|شناسه|شماره)[\s\u200c]*(?:خبر|مطلب)\s*[:：]?\s*(?P<code>[0-9۰-۹٠-٩]+)")


@dataclass
class Page:
    """What :func:`parse_page` found in a pasted page."""

    title: str | None
    body: str                       # article text without headline, header and furniture
    kicker: str | None = None       # the line above the headline («روتیتر»), if any
    date: _dt.date | None = None    # from the header lines
    news_code: str | None = None


def _lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    return [line.rstrip() for line in text.split("\n")]


def looks_like_headline(line: str) -> bool:
    """Short, no sentence-final period, not a cue or header line."""
    s = line.strip()
    if not s or len(s) > MAX_HEADLINE_CHARS or len(s.split()) < 2:
        return False
    if s.endswith((".", "…", ":", "؛", "،", ",")):  # a sentence, or a line that leads into one
        return False
    return cue_kind(s) is None and not is_header_line(s) and not is_breadcrumb(s)


def _ascii_digits(s: str) -> str:
    return s.translate({**{0x06F0 + i: str(i) for i in range(10)}, **{0x0660 + i: str(i) for i in range(10)}})


class _HeaderReader:
    """Collects date and news code from header lines, wherever they are."""

    def __init__(self) -> None:
        self.date: _dt.date | None = None
        self.news_code: str | None = None

    def read(self, line: str) -> None:
        if self.date is None:
            self.date = parse_date(line)
        if self.news_code is None:
            m = _RE_NEWS_CODE.search(line)
            if m:
                self.news_code = _ascii_digits(m["code"])


def _next_nonblank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def parse_page(text: str) -> Page:
    """Split pasted page text into headline, header metadata and clean body."""
    lines = _lines(text)
    header = _HeaderReader()
    i = 0
    # Lines above the headline: header items and furniture labels.
    while True:
        i = _next_nonblank(lines, i)
        if i >= len(lines) or i >= _HEAD_LINES:
            break
        if is_header_line(lines[i]):
            header.read(lines[i])
        elif cue_kind(lines[i]) is None:
            break
        i += 1

    title = kicker = None
    below_menu = _headline_below_site_menu(lines, i)
    if below_menu is not None:
        for n in range(i, below_menu):
            if is_header_line(lines[n]):
                header.read(lines[n])
        title, i = lines[below_menu].strip(), below_menu + 1
    elif i < len(lines):
        first = lines[i].strip()
        j = _next_nonblank(lines, i + 1)
        second = lines[j].strip() if j < len(lines) else ""
        if looks_like_headline(first):
            repeated = _repeated_headline(lines, i + 1)
            if repeated is not None and text_key(lines[repeated]) != text_key(first):
                first, i = lines[repeated].strip(), repeated  # a menu line stood above the real headline
            title, i = first, i + 1
        elif first.endswith((":", "؛")) and len(first) <= MAX_HEADLINE_CHARS and looks_like_headline(second):
            kicker, title, i = first, second, j + 1
        else:
            found = _headline_below_menu(lines, i)
            if found is not None:
                title, i = lines[found].strip(), found + 1

    body_lines = lines[i:]
    if title:
        body_lines = _drop_header_and_repeat(body_lines, title, header)
    # Header items left in the body (a code or date line under the text) are metadata too.
    kept: list[str] = []
    for line in body_lines:
        if is_header_line(line) and line.strip() and not is_paragraph(line):
            header.read(line)
            continue
        kept.append(line)
    kept = clean_lines(kept)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return Page(title=title, body=body, kicker=kicker, date=header.date, news_code=header.news_code)


_MENU_LINES = 40


def _headline_candidates(lines: list[str], start: int) -> tuple[list[int], bool]:
    """Headline-like lines above the first paragraph, and whether a dated header line ends them."""
    candidates: list[int] = []
    for n in range(start, min(len(lines), start + _MENU_LINES)):
        line = lines[n].strip()
        if not line:
            continue
        if is_header_line(line) and re.search(r"\d", line):
            return candidates, True
        if is_paragraph(line):
            break
        if looks_like_headline(line):
            candidates.append(n)
    return candidates, False


_RE_CRUMB_SEPARATOR = re.compile(r"\s(?:»|›|>{1,2}|/|\\)\s")
_MENU_ITEM_WORDS = 3       # a menu item or a site name is a word or three
_MIN_MENU_ITEMS = 3
_MIN_HEADLINE_WORDS = 4


def is_breadcrumb(line: str) -> bool:
    """«خانه » استان‌ها » کرمانشاه», «ایسنا / استان‌ها / فارس»: a path of section names; or a menu bar of
    them, «خانه | سیاسی | اقتصادی | استان‌ها»."""
    s = line.strip()
    found = len(_RE_CRUMB_SEPARATOR.findall(s))
    return found >= 2 or (found == 1 and len(s.split()) <= 6) or _is_menu_bar(s)


def _is_menu_bar(s: str) -> bool:
    items = [item.strip() for item in re.split(r"\s[|•]\s", s)]
    return (len(items) >= _MIN_MENU_ITEMS and not re.search(r"\d", s) and ":" not in s
            and all(0 < len(item.split()) <= _MENU_ITEM_WORDS for item in items))


def _headline_below_site_menu(lines: list[str], start: int) -> int | None:
    """The headline of a whole page pasted with the site's name and menu on top.

    Above the first paragraph stand menu items (a word or three each) and
    breadcrumbs; the headline is the last headline-like line of that block,
    longer than any menu item.  Without that evidence of a menu, None: the
    usual «headline, header, lead» page is read as before."""
    block: list[int] = []
    long_headline = None    # «شهردار دیلم در گفت‌وگو با ایسنا: ...»: a headline as long as a paragraph
    for n in range(start, min(len(lines), start + _MENU_LINES)):
        line = lines[n].strip()
        if not line or is_header_line(line):
            continue
        if is_paragraph(line):
            long_headline = n if looks_like_headline(line) else None
            break
        block.append(n)
    menu_items = sum(1 for n in block if len(lines[n].split()) <= _MENU_ITEM_WORDS and not is_header_line(lines[n]))
    crumbs = any(is_breadcrumb(lines[n]) for n in block)
    if menu_items < _MIN_MENU_ITEMS and not crumbs:
        return None
    for n in reversed(block):
        line = lines[n].strip()
        if is_breadcrumb(line) or len(line.split()) < _MIN_HEADLINE_WORDS or line.endswith((".", "…")):
            continue    # (a short sentence: a point of a «خلاصه» box under the headline)
        return n if looks_like_headline(line) else None
    return long_headline    # only when nothing above it could be the headline


def _repeated_headline(lines: list[str], start: int) -> int | None:
    """A headline-like line that the page repeats before its first paragraph (its last copy)."""
    candidates, _ = _headline_candidates(lines, start)
    keys = [text_key(lines[n]) for n in candidates]
    repeated = [n for n, key in zip(candidates, keys) if keys.count(key) > 1]
    return repeated[-1] if repeated else None


def _headline_below_menu(lines: list[str], start: int) -> int | None:
    """The headline of a page pasted with its menu on top: a line the page repeats, or the
    line just above the date header.  Only short lines stand above it."""
    repeated = _repeated_headline(lines, start)
    if repeated is not None:
        return repeated
    candidates, header_found = _headline_candidates(lines, start)
    return candidates[-1] if header_found and candidates else None


def _drop_header_and_repeat(lines: list[str], title: str, header: _HeaderReader) -> list[str]:
    """Header lines and the repeated headline just below the headline."""
    title_key = text_key(title)
    out: list[str] = []
    repeat_dropped = False
    after_header = False
    for n, line in enumerate(lines):
        if n < _HEAD_LINES * 2 and line.strip():
            if is_header_line(line):
                header.read(line)
                after_header = True
                continue
            if after_header and re.search(r"\d", line) and cue_kind(line) == "end":
                continue    # «۳ دیدگاه» under the date and news code: a counter, not where the comments start
            after_header = False
            if not repeat_dropped and text_key(line) == title_key:
                repeat_dropped = True
                continue
        out.append(line)
    return out


def build_article(
    text: str,
    *,
    id: str,
    source: str,
    title: str | None = None,
    date: _dt.date | None = None,
    url: str | None = None,
    publisher: str | None = None,
) -> Article:
    """An Article from raw text and the metadata the caller already has (which wins over the text's)."""
    page = parse_page(text)
    headline = title.strip() if title and title.strip() else page.title
    body = page.body
    if headline and page.title and headline != page.title:
        given, first = text_key(headline), text_key(page.title)
        if given.startswith(first) or first.startswith(given):
            # «X | site name» from <title> and «X» on the page: the same headline, the page's is cleaner.
            headline = min(headline, page.title, key=len)
        else:  # the caller's title is not the first line: keep that line as text
            body = f"{page.title}\n\n{body}" if body else page.title
    if page.kicker and headline == page.title:
        body = f"{page.kicker}\n\n{body}" if body else page.kicker
    if headline and not text_key(body[: len(headline) + 20]).startswith(text_key(headline)):
        body = f"{headline}\n\n{body}" if body else headline
    published = date or page.date or date_from_url(url) or find_date(page.body, head_chars=_BODY_DATE_CHARS)
    return Article(
        id=id,
        source=source,
        text=body,
        title=headline,
        date=published,
        url=url,
        publisher=publisher or find_publisher(body),
        news_code=page.news_code,
    )
