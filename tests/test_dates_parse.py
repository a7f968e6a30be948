"""kg.text.dates: every date form Persian news sites use, Jalali → Gregorian, impossible dates refused."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.text.dates import find_date, find_dates, parse_date

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۱۴۰۴/۰۲/۰۹", D(2025, 4, 29)),            # Jalali, Persian digits
        ("١٤٠٤/٠٢/٠٩", D(2025, 4, 29)),            # Jalali, Arabic-Indic digits
        ("1404-09-19", D(2025, 12, 10)),           # Jalali because the year is below 1700
        ("1401/06/30", D(2022, 9, 21)),
        ("1401/06/30-01:56", D(2022, 9, 21)),      # date-time stamp of a page header
        ("30/06/1401", D(2022, 9, 21)),            # day first
        ("۱۹ آذر ۱۴۰۴", D(2025, 12, 10)),
        ("یکشنبه ۲۱ خرداد ۱۴۰۲", D(2023, 6, 11)),
        ("۶ آذرماه ۱۴۰۴", D(2025, 11, 27)),
        ("۱۲ مهر ماه سال ۱۴۰۲", D(2023, 10, 4)),
        ("۱۰ دي ۱۴۰۳", D(2024, 12, 30)),            # Arabic yeh in the month name
        ("۱ فروردین ۱۴۰۳", D(2024, 3, 20)),
        ("اول آذر ۱۴۰۳", D(2024, 11, 21)),         # the day as an ordinal word
        ("بیست و دوم بهمن ۱۴۰۳", D(2025, 2, 10)),
        ("سی‌ام آذرماه ۱۴۰۳", D(2024, 12, 20)),
        ("روز دوم فروردین سال ۱۴۰۴", D(2025, 3, 22)),
        ("۱۵ ژانویهٔ ۲۰۲۵", D(2025, 1, 15)),        # hamza ezafe on a Gregorian month
        ("2025-04-29", D(2025, 4, 29)),
        ("2025-04-29T10:00:00+03:30", D(2025, 4, 29)),
        ("12 December 2025", D(2025, 12, 12)),
        ("Dec 12, 2025", D(2025, 12, 12)),
        ("December 3rd, 2024", D(2024, 12, 3)),
        ("۱۰ دسامبر ۲۰۲۵", D(2025, 12, 10)),         # Gregorian month written in Persian
        ("۲۴ ژوئیه ۲۰۲۴", D(2024, 7, 24)),
        ("تاریخ انتشار: سه‌شنبه ۱۴ اسفند ۱۴۰۳ - ساعت ۱۰:۲۰", D(2025, 3, 4)),
    ],
)
def test_parse_date_reads_every_form(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1404/12/30",     # 1404 is not a Jalali leap year: no 30 Esfand
        "1404/13/01",     # no 13th month
        "1403/07/31",     # the second half of the Jalali year has 30-day months
        "2025-02-30",
        "۳۲ آذر ۱۴۰۴",
        "",
        "   ",
        "شهردار امروز با سفیر دیدار کرد",
        "۵ دیدار ۱۴۰۲",    # «دی» inside a word is not a month
    ],
)
def test_parse_date_refuses_impossible_or_absent_dates(text: str) -> None:
    assert parse_date(text) is None


def test_two_digit_solar_year_is_read_but_never_in_the_future() -> None:
    assert parse_date("۱۶ فروردین ۹۰") == D(2011, 4, 5)
    assert parse_date("۱۶ فروردین ۹۹") == D(2020, 4, 4)
    assert parse_date("۵ آذر ۴۸") is None          # 1448: decades ahead


def test_find_date_takes_the_first_date_of_the_header_only() -> None:
    header = "گزارش ویژه\n۱۴۰۳/۰۵/۱۲ | ۰۹:۳۰\n"
    body = "در نشست روز ۲۰ آبان ۱۴۰۰ تفاهم‌نامه‌ای امضا شده بود. " * 5
    assert find_date(header + body) == D(2024, 8, 2)
    assert find_date("متنی بی‌تاریخ. " * 100 + "۱۹ آذر ۱۴۰۴") is None


def test_find_dates_gives_offsets_in_order() -> None:
    text = "از ۱ مهر ۱۴۰۳ تا 2024-12-01 و سپس 5 Jan 2025"
    found = find_dates(text)
    assert [d for _, d in found] == [D(2024, 9, 22), D(2024, 12, 1), D(2025, 1, 5)]
    assert [o for o, _ in found] == sorted(o for o, _ in found)
    assert text[found[1][0]:].startswith("2024-12-01")
