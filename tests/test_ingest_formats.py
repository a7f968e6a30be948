"""kg.ingest.read_paths over .txt, .html, .jsonl and folders: ids, sources, metadata, order."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kg.document import Article
from kg.ingest import read_paths
from kg.pipeline import Skipped

BODY = (
    "به گزارش ایسنا، شهردار اردبیل در دیدار با هیئتی از شهر گنجه گفت: دو شهر در زمینه گردشگری سلامت "
    "همکاری خواهند کرد.\n\nوی افزود: نمایشگاه مشترک صنایع دستی در پاییز برگزار می‌شود."
)


def _articles(items: list) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def test_jsonl_fields_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        {"id": "a1", "url": "https://example.ir/n/1", "title": "اردبیل و گنجه همکاری می‌کنند", "date": "1403-07-10",
         "publisher": "روزنامه نمونه", "text": BODY},
        {"text": "دیدار شهردار اردبیل با سفیر\n" + BODY, "date": "2024-10-01"},
        {"id": 7, "text": BODY, "url": "https://example.ir/fa/news/1402/03/24/555/x"},
    ]
    path.write_text("\n".join(json.dumps(l, ensure_ascii=False) for l in lines) + "\n", encoding="utf-8")
    first, second, third = list(read_paths([path]))

    assert (first.id, first.source, first.url) == ("a1", f"{path}:1", "https://example.ir/n/1")
    assert first.date == dt.date(2024, 10, 1)                      # Jalali date field
    assert first.publisher == "روزنامه نمونه"                       # the field wins over «به گزارش ایسنا»
    assert first.text.startswith("اردبیل و گنجه همکاری می‌کنند\n\n")  # title prepended to the body

    assert (second.id, second.source) == ("corpus-2", f"{path}:2")
    assert second.title == "دیدار شهردار اردبیل با سفیر"              # first line taken as the headline
    assert second.text.startswith(second.title)
    assert second.date == dt.date(2024, 10, 1)
    assert second.publisher == "ایسنا"

    assert third.id == "7"
    assert third.title is None                                     # a long first line is not a headline
    assert third.date == dt.date(2023, 6, 14)                      # from the URL


def test_html_page_with_trafilatura(tmp_path: Path) -> None:
    html = """<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8">
<title>سفر شهردار زنجان به ارومچی | نمونه</title>
<link rel="canonical" href="https://nemoone.example/fa/news/2211">
<meta property="article:published_time" content="2025-03-02T09:15:00+03:30">
</head><body><nav><ul><li><a href="/">صفحه اصلی</a></li><li><a href="/s">ورزش</a></li></ul></nav>
<article><h1>سفر شهردار زنجان به ارومچی</h1>
<p>به گزارش خبرگزاری نمونه، شهردار زنجان برای شرکت در همایش شهرهای جاده ابریشم عازم ارومچی شد و با شهردار این شهر دیدار خواهد کرد.</p>
<p>وی پیش از سفر گفت: زنجان و ارومچی می‌توانند در صنایع دستی و گردشگری با یکدیگر همکاری کنند و این سفر گام نخست است.</p>
<p>معاون امور بین‌الملل شهرداری زنجان نیز اعلام کرد که تفاهم‌نامه همکاری دو شهر در این سفر بررسی می‌شود.</p>
</article><aside><h3>اخبار مرتبط</h3><ul><li><a href="/1">خبر دیگر</a></li></ul></aside>
<footer>کلیه حقوق محفوظ است</footer></body></html>"""
    path = tmp_path / "zanjan.html"
    path.write_text(html, encoding="utf-8")
    [article] = list(read_paths([path]))
    assert isinstance(article, Article)
    assert article.id == "zanjan" and article.source == str(path)
    assert article.title == "سفر شهردار زنجان به ارومچی"
    assert article.text.startswith(article.title)
    assert article.date == dt.date(2025, 3, 2)
    assert article.url == "https://nemoone.example/fa/news/2211"
    assert article.publisher == "خبرگزاری نمونه"
    assert "می‌توانند" in article.text                           # half-spaces survive trafilatura
    assert "صفحه اصلی" not in article.text and "کلیه حقوق" not in article.text


def test_folder_is_searched_recursively_in_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "one.txt").write_text("سفر شهردار\n\n" + BODY, encoding="utf-8")
    (tmp_path / "a" / "deep" / "two.txt").write_text("دیدار شهردار\n\n" + BODY, encoding="utf-8")
    (tmp_path / "a" / "three.TXT").write_text("نشست شهرداران\n\n" + BODY, encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("# نه یک خبر", encoding="utf-8")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    items = list(read_paths([tmp_path]))
    assert [i.id for i in items] == ["two", "three", "one"]
    assert all(isinstance(i, Article) for i in items)            # .md and .png ignored, not skipped
    assert items == list(read_paths([tmp_path]))                 # same order every time


def test_explicit_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("دیدار شهردار\n\n" + BODY, encoding="utf-8")
    [article] = list(read_paths([path]))
    assert isinstance(article, Article) and article.title == "دیدار شهردار"


def test_missing_path_is_skipped_and_the_rest_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("دیدار شهردار\n\n" + BODY, encoding="utf-8")
    missing = tmp_path / "nowhere.txt"
    items = list(read_paths([missing, good]))
    assert items[0] == Skipped(str(missing), "no such file or directory")
    assert isinstance(items[1], Article) and items[1].id == "good"


def test_same_stem_in_two_folders_gives_two_ids(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text("دیدار شهردار\n\n" + BODY, encoding="utf-8")
    assert [a.id for a in read_paths([tmp_path])] == ["news", "news-2"]


def test_html_title_with_site_name_does_not_duplicate_the_headline(tmp_path: Path) -> None:
    headline = "نشست شهرداران کلانشهرها در کرمانشاه برگزار شد"
    html = (f"<html><head><title>{headline} - پایگاه خبری نمونه</title></head><body><div id='main'>"
            f"<h2>{headline}</h2>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
            + "</div></body></html>")
    path = tmp_path / "kermanshah.html"
    path.write_text(html, encoding="utf-8")
    [article] = list(read_paths([path]))
    assert isinstance(article, Article), article
    assert article.title == headline
    assert article.text.startswith(headline + "\n\n") and article.text.count(headline) == 1


def test_html_date_only_in_the_visible_byline_under_the_headline(tmp_path: Path) -> None:
    """No date meta: the Jalali byline under the <h1> gives it, not the sidebar's older dates."""
    headline = "دیدار شهردار قزوین با هیئت شهرداری تفلیس"
    sidebar = "<aside><ul><li>نشست شورای شهر <span>۱۴۰۳/۰۲/۰۱</span></li></ul></aside>"
    html = (f"<html><head><title>{headline}</title></head><body>{sidebar}<article><h1>{headline}</h1>"
            "<div class='meta-line'><span class='date'>۱۴۰۳/۱۰/۰۸ - ۱۲:۴۵</span> / "
            "<span class='code'>کد خبر: ۵۵۱۲</span></div>"
            "<p class='summary'>شهردار قزوین از سفر هیئتی از تفلیس خبر داد.</p><div class='item-text'>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
            + "</div></article></body></html>")
    path = tmp_path / "qazvin.html"
    path.write_text(html, encoding="utf-8")
    [article] = list(read_paths([path]))
    assert isinstance(article, Article), article
    assert article.date == dt.date(2024, 12, 28)
