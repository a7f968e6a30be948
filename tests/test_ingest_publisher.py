"""Publisher from the signature of a Persian news report, and dates hidden in URLs."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest.metadata import date_from_url, find_publisher


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("به گزارش خبرگزاری نمونه، شهردار ساری گفت: پروژه تمام شد.", "خبرگزاری نمونه"),
        ("به گزارش خبرگزاری نمونه از ساری، شهردار گفت: کار ادامه دارد.", "خبرگزاری نمونه"),
        ("به گزارش روزنامه‌نیوز به نقل از روابط عمومی شهرداری، شهردار گفت: آری.", "روزنامه‌نیوز"),
        ("به گزارش خبرنگار ایسنا، شهردار ساری امروز گفت: آری.", "ایسنا"),
        ("به گزارش پایگاه خبری شهرنیوز،شهردار ساری گفت: آری.", "شهرنیوز"),
        ("به گزارش گروه اجتماعی خبرگزاری نمونه، شهردار گفت: آری.", "خبرگزاری نمونه"),
        ("به گزارش گروه اجتماعی ایسنا، شهردار گفت: آری.", "ایسنا"),
        ("به گزارش نمونه‌آنلاین ،این طرح اجرا شد.", "نمونه‌آنلاین"),
        ("به گزارش دیده‌بان؛ شهردار ساری گفت: آری.", "دیده‌بان"),
        ("ساری - خبرگزاری نمونه: شهردار ساری امروز گفت: آری.\nبه گزارش خبرگزاری دیگر، چیزی.", "خبرگزاری نمونه"),
        ("دعوت شهردار ساری از سفیر\nخبرگزاری نمونه: سفیر امروز به ساری آمد.", "خبرگزاری نمونه"),
        ("سفر شهردار ساری به باکو\nایرنا: شهردار ساری امروز عازم باکو شد.", "ایرنا"),
        ("بنا به گزارش رسیده، شهردار ساری استعفا داد.", None),
        ("شهردار ساری گفت: گزارش کار را فردا می‌دهیم.", None),
    ],
)
def test_find_publisher(text: str, expected: str | None) -> None:
    assert find_publisher(text) == expected


def test_first_signature_wins() -> None:
    text = "به گزارش ایلنا، شهردار گفت: آری.\n\nبه گزارش سایت دیگری، همین خبر تکرار شد."
    assert find_publisher(text) == "ایلنا"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://site.example/fa/news/1393/01/23/335/title", dt.date(2014, 4, 12)),
        ("https://site.example/1402-03-24/news=47", dt.date(2023, 6, 14)),
        ("http://blog.example/2011/04/05/post.html", dt.date(2011, 4, 5)),
        ("http://blog.example/2011/04/post.html", None),         # a month is not a date
        ("https://site.example/news/6684452/title", None),
        ("https://site.example/news/1404/13/40/x", None),        # impossible date
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: dt.date | None) -> None:
    assert date_from_url(url) == expected


def test_a_short_name_in_brackets_after_the_publisher_is_dropped():
    from kg.ingest.metadata import find_publisher

    assert find_publisher("به گزارش خبرگزاری دانشجویان ایران (ایسنا)، شهردار بجنورد گفت.") == "خبرگزاری دانشجویان ایران"


def test_an_agency_with_its_short_name_and_the_city_it_reports_from() -> None:
    from kg.ingest.metadata import find_publisher

    assert find_publisher("به گزارش خبرگزاری جمهوری اسلامی (ایرنا) از شیراز، شهردار گفت: خوب است.") \
        == "خبرگزاری جمهوری اسلامی"
