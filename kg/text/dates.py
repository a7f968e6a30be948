"""Dates as Persian news sites write them, turned into Gregorian :class:`datetime.date`.

Iranian sites mix calendars and scripts: ``۱۴۰۴/۰۲/۰۹``, ``1404-09-19``,
``۱۹ آذر ۱۴۰۴``, ``یکشنبه ۲۱ خرداد ۱۴۰۲``, ``۶ آذرماه ۱۴۰۴``, ISO timestamps,
``12 December 2025``, ``Dec 12, 2025`` and Gregorian months spelled in Persian
(``۱۰ دسامبر ۲۰۲۵``).  A numeric year below 1700 can only be a Jalali (solar
Hijri) year, so the calendar is decided by the year; month names decide it for
written dates.  Impossible dates give ``None`` rather than a guess.
"""
from __future__ import annotations

import datetime as _dt
import re

import jdatetime

__all__ = ["MONTH_NAMES", "parse_date", "find_date", "find_dates", "to_ascii_digits", "jalali_to_gregorian"]

_DIGITS = {ord(chr(0x06F0 + i)): str(i) for i in range(10)} | {ord(chr(0x0660 + i)): str(i) for i in range(10)}
# Arabic letter variants that change nothing in a month name («دي» is «دی»).
_LETTERS = {ord("ي"): "ی", ord("ى"): "ی", ord("ك"): "ک", ord("\u200c"): " ", ord("\u00a0"): " ", ord("\u0654"): " "}

_JALALI_MONTHS: dict[str, int] = {
    "فروردین": 1, "فرودین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
    "شهریور": 6, "مهر": 7, "آبان": 8, "ابان": 8, "آذر": 9, "اذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
_GREGORIAN_MONTHS_FA: dict[str, int] = {
    "ژانویه": 1, "ژانویه‌ی": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "آپریل": 4, "مه": 5, "می": 5,
    "ژوئن": 6, "جون": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "اگوست": 8, "سپتامبر": 9,
    "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
}
_GREGORIAN_MONTHS_EN: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

# Every month name this module reads, for callers that recognise date-only lines.
MONTH_NAMES: tuple[str, ...] = tuple(_JALALI_MONTHS) + tuple(_GREGORIAN_MONTHS_FA) + tuple(_GREGORIAN_MONTHS_EN)


def _alternation(names) -> str:
    # Longest first, so «امرداد» is tried before «مرداد» and «sept» before «sep».
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


_FA_BOUND_L = r"(?<![\w])"
_FA_BOUND_R = r"(?![\w])"
_JAL = _alternation(_JALALI_MONTHS)
_GRE_FA = _alternation(_GREGORIAN_MONTHS_FA)
_GRE_EN = _alternation(_GREGORIAN_MONTHS_EN)

# «۱۹ آذر ۱۴۰۴», «۶ آذرماه ۱۴۰۴», «21ام خرداد 1402», «16 فروردین 90»
_RE_DAY_JALALI = re.compile(
    rf"{_FA_BOUND_L}(?P<d>\d{{1,2}})(?:\s*ام)?\s*(?P<m>{_JAL})(?:\s*ماه)?\s*(?:سال\s*)?(?:،\s*)?(?P<y>\d{{4}}|\d{{2}})(?!\d)"
)
# «۱۰ دسامبر ۲۰۲۵»
_RE_DAY_GREG_FA = re.compile(
    rf"{_FA_BOUND_L}(?P<d>\d{{1,2}})\s*(?P<m>{_GRE_FA})(?:\s*ماه)?\s*(?:سال\s*)?(?P<y>\d{{4}})(?!\d)"
)
# '12 December 2025', '12 Dec. 2025'
_RE_DAY_GREG_EN = re.compile(
    rf"(?<![\w])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_GRE_EN})\.?,?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE
)
# 'Dec 12, 2025', 'December 12 2025'
_RE_GREG_EN_MONTH_FIRST = re.compile(
    rf"(?<![\w])(?P<m>{_GRE_EN})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE
)
# 1404/02/09, 2025-04-29, 2025-04-29T10:00:00+03:30, 1404.02.09
_RE_YMD = re.compile(r"(?<![\d/.\-])(?P<y>\d{4})\s*(?P<sep>[/\-.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})(?![\d/])")
# 09/02/1404, 29-04-2025 (day first, as Persian sites write it)
_RE_DMY = re.compile(r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[/\-.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/])")

# «یکم دی ۱۴۰۳», «بیست و دوم بهمن ۱۴۰۳», «سی‌ام آذرماه ۱۴۰۳»: the day as an ordinal word
_UNITS = ["", "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم"]
_DAY_WORDS: dict[str, int] = {
    "اول": 1, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14, "پانزدهم": 15,
    "پونزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هجدهم": 18, "هیجدهم": 18, "نوزدهم": 19,
    "بیستم": 20, "سی ام": 30, "سیام": 30, "سی‌ام": 30,
    **{w: n for n, w in enumerate(_UNITS) if w},
    **{f"بیست و {w}": 20 + n for n, w in enumerate(_UNITS) if w},
    "سی و یکم": 31,
}
_DAY_WORD = _alternation(_DAY_WORDS).replace(r"\ ", r"\s+")
_RE_WORDDAY_JALALI = re.compile(
    rf"{_FA_BOUND_L}(?P<dw>{_DAY_WORD})\s+(?P<m>{_JAL})(?:\s*ماه)?\s*(?:سال\s*)?(?:،\s*)?(?P<y>\d{{4}})(?!\d)"
)
_RE_WORDDAY_GREG_FA = re.compile(
    rf"{_FA_BOUND_L}(?P<dw>{_DAY_WORD})\s+(?P<m>{_GRE_FA})(?:\s*ماه)?\s*(?:سال\s*)?(?P<y>\d{{4}})(?!\d)"
)

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (_RE_WORDDAY_JALALI, "jalali"),
    (_RE_WORDDAY_GREG_FA, "gregorian"),
    (_RE_YMD, "numeric"),
    (_RE_DMY, "numeric"),
    (_RE_DAY_JALALI, "jalali"),
    (_RE_DAY_GREG_FA, "gregorian"),
    (_RE_DAY_GREG_EN, "gregorian-en"),
    (_RE_GREG_EN_MONTH_FIRST, "gregorian-en"),
]

_JALALI_YEARS = range(1250, 1700)
_GREGORIAN_YEARS = range(1870, 2200)


def to_ascii_digits(s: str) -> str:
    """Persian (۰-۹) and Arabic-Indic (٠-٩) digits as ASCII, other characters unchanged."""
    return s.translate(_DIGITS)


def _prepare(s: str) -> str:
    # Same length as the input: offsets found in the prepared text hold in the original.
    return to_ascii_digits(s).translate(_LETTERS)


def jalali_to_gregorian(year: int, month: int, day: int) -> _dt.date | None:
    """The Gregorian date of a Jalali date, or ``None`` if there is no such Jalali day."""
    if year not in _JALALI_YEARS:
        return None
    try:
        return jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        return None


def _gregorian(year: int, month: int, day: int) -> _dt.date | None:
    if year not in _GREGORIAN_YEARS:
        return None
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _numeric(year: int, month: int, day: int) -> _dt.date | None:
    """A numeric date: the year alone says which calendar it is in."""
    if year < 1700:
        return jalali_to_gregorian(year, month, day)
    return _gregorian(year, month, day)


def _from_match(m: re.Match[str], kind: str) -> _dt.date | None:
    groups = m.groupdict()
    day = int(m["d"]) if groups.get("d") else _DAY_WORDS[" ".join(m["dw"].split())]
    year = int(m["y"])
    name = m["m"]
    if kind == "numeric":
        return _numeric(year, int(name), day)
    if kind == "jalali":
        if year < 100:  # «۱۶ فروردین ۹۰»: a two-digit solar year, never in the future
            year += 1400 if year < 50 else 1300
            if year > jdatetime.date.today().year + 1:
                return None
        return jalali_to_gregorian(year, _JALALI_MONTHS[name], day)
    if kind == "gregorian":
        return _gregorian(year, _GREGORIAN_MONTHS_FA[name], day)
    return _gregorian(year, _GREGORIAN_MONTHS_EN[name.lower()], day)


def find_dates(text: str) -> list[tuple[int, _dt.date]]:
    """Every valid date in ``text`` with its offset, in order of appearance."""
    prepared = _prepare(text)
    found: dict[int, _dt.date] = {}
    taken: list[tuple[int, int]] = []
    for pattern, kind in _PATTERNS:
        for m in pattern.finditer(prepared):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            date = _from_match(m, kind)
            if date is not None:
                found[m.start()] = date
                taken.append((m.start(), m.end()))
    return sorted(found.items())


def parse_date(s: str) -> _dt.date | None:
    """Parse one date string in any of the forms above; ``None`` if it holds no valid date.

    Extra words around the date (a weekday, a time, «ساعت») are allowed; the
    first date in the string is returned.
    """
    if not s or not s.strip():
        return None
    dates = find_dates(s)
    return dates[0][1] if dates else None


def find_date(text: str, *, head_chars: int = 800) -> _dt.date | None:
    """The first date in the header of an article (its first ``head_chars`` characters).

    Dates deeper in the body are usually about events, not publication, so
    they are not looked at.
    """
    return parse_date(text[:head_chars])
