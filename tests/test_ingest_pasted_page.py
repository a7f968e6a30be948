"""Pasted web pages (.txt): headline, header metadata, repeated headline and site furniture."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.document import Article
from kg.ingest import read_paths
from kg.ingest.text_page import build_article, parse_page

HEADLINE = "شهردار کرمان با سفیر ازبکستان درباره گردشگری گفت‌وگو کرد"
PARAGRAPHS = [
    "شهردار کرمان صبح امروز در دیدار با سفیر ازبکستان گفت: کرمان و سمرقند پیوندهای تاریخی فراوانی دارند.",
    "به گزارش خبرگزاری نمونه‌نیوز از کرمان، وی افزود: راه‌اندازی پرواز مستقیم میان دو شهر در دستور کار است.",
    "همکاری در مرمت بناهای تاریخی",
    "سفیر ازبکستان نیز گفت: آماده‌ایم هیئتی از شهرداری سمرقند را برای بازدید از بازار کرمان اعزام کنیم.",
]
FURNITURE = [
    "نظر شما",
    "نام",
    "ایمیل",
    "ارسال",
    "پیشنهاد سردبیر",
    "جشنواره تابستانی",
    "جشنواره تابستانی",
    "بیمه نمونه",
    "فروشگاه نمونه",
    "بیمه نمونه",
    "فروشگاه نمونه",
    "کلیدواژه‌ها",
    "کرمان",
    "سمرقند",
]


def _page() -> str:
    header = ["|", "۱۴۰۳/۰۵/۱۲", "|", "۰۹:۴۵:۱۰", "| کد خبر: ۷۷۱۲۴"]
    return "\n".join([HEADLINE, "", *header, HEADLINE, *(p + "\n" for p in PARAGRAPHS), " ", *FURNITURE])


def test_header_gives_date_and_news_code() -> None:
    page = parse_page(_page())
    assert page.title == HEADLINE
    assert page.date == dt.date(2024, 8, 2)
    assert page.news_code == "77124"


def test_repeated_headline_is_collapsed_and_text_starts_with_it() -> None:
    article = build_article(_page(), id="x", source="x.txt")
    assert article.text.startswith(HEADLINE + "\n\n")
    assert article.text.count(HEADLINE) == 1
    assert "کد خبر" not in article.text and "۱۴۰۳/۰۵/۱۲" not in article.text


def test_every_paragraph_kept_and_furniture_dropped() -> None:
    article = build_article(_page(), id="x", source="x.txt")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    for line in ("نظر شما", "پیشنهاد سردبیر", "جشنواره تابستانی", "بیمه نمونه", "کلیدواژه‌ها", "ایمیل"):
        assert line not in article.text
    assert article.text.rstrip().endswith(PARAGRAPHS[-1])


def test_furniture_without_cue_words_is_dropped_by_density_and_repetition() -> None:
    links = ["افتتاح پل جدید در شمال شهر", "برگزاری نمایشگاه کتاب در پاییز", "بازگشایی مدارس از هفته آینده",
             "افتتاح پل جدید در شمال شهر"]
    text = "\n".join([HEADLINE, "", *PARAGRAPHS, "", *links])
    article = build_article(text, id="x", source="x.txt")
    assert all(p in article.text for p in PARAGRAPHS)
    assert not any(link in article.text for link in links)


def test_a_block_of_related_links_inside_the_text_does_not_cost_paragraphs() -> None:
    text = "\n".join([HEADLINE, PARAGRAPHS[0], "اخبار مرتبط", "خبر کوتاه اول درباره شهر", "خبر کوتاه دوم",
                      *PARAGRAPHS[1:]])
    article = build_article(text, id="x", source="x.txt")
    assert all(p in article.text for p in PARAGRAPHS)
    assert "اخبار مرتبط" not in article.text and "خبر کوتاه اول درباره شهر" not in article.text


def test_tags_line_and_end_of_message_marker() -> None:
    text = "\n".join([HEADLINE, *PARAGRAPHS, "برچسب‌ها: کرمان، ازبکستان، گردشگری", "انتهای پیام/"])
    article = build_article(text, id="x", source="x.txt")
    assert "برچسب" not in article.text and "انتهای پیام" not in article.text
    assert PARAGRAPHS[-1] in article.text


def test_a_last_short_line_of_a_cut_off_article_is_kept() -> None:
    text = "\n".join([HEADLINE, *PARAGRAPHS, "وی در پایان گفت: همکاری دو شهر"])
    article = build_article(text, id="x", source="x.txt")
    assert article.text.endswith("وی در پایان گفت: همکاری دو شهر")


def test_date_line_above_the_headline_and_kicker() -> None:
    text = "\n".join(["1402/11/05-14:20", "", "در دیدار شهردار با هیئت خارجی مطرح شد:", HEADLINE, "", *PARAGRAPHS])
    article = build_article(text, id="x", source="x.txt")
    assert article.date == dt.date(2024, 1, 25)
    assert article.title == HEADLINE
    assert article.text.startswith(HEADLINE)
    assert "در دیدار شهردار با هیئت خارجی مطرح شد:" in article.text


def test_no_headline_when_the_first_line_is_a_paragraph() -> None:
    article = build_article("\n".join(PARAGRAPHS), id="x", source="x.txt")
    assert article.title is None
    assert article.text.startswith(PARAGRAPHS[0])


def test_pasted_page_file_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "kerman-visit.txt"
    path.write_text(_page(), encoding="utf-8")
    [article] = list(read_paths([path]))
    assert isinstance(article, Article)
    assert (article.id, article.source) == ("kerman-visit", str(path))
    assert (article.date, article.news_code, article.publisher) == (dt.date(2024, 8, 2), "77124", "خبرگزاری نمونه‌نیوز")


def test_given_title_with_site_suffix_is_the_same_headline() -> None:
    article = build_article("\n".join([HEADLINE, *PARAGRAPHS]), id="x", source="x", title=HEADLINE + " | نمونه‌نیوز")
    assert article.title == HEADLINE
    assert article.text.startswith(HEADLINE + "\n\n") and article.text.count(HEADLINE) == 1


def test_given_title_different_from_first_line_keeps_both() -> None:
    article = build_article("\n".join([HEADLINE, *PARAGRAPHS]), id="x", source="x", title="سفیر ازبکستان در کرمان")
    assert article.text.startswith("سفیر ازبکستان در کرمان\n\n" + HEADLINE)


def test_menu_pasted_above_the_headline_is_dropped() -> None:
    menu = ["صفحه اصلی", "سیاسی", "اقتصادی", "اخبار استان‌ها", "ورزش و جوانان"]
    header = "۱۴۰۳/۰۵/۱۲ - ۰۹:۴۵ | کد خبر: ۷۷۱۲۴"
    article = build_article("\n".join([*menu, HEADLINE, header, *PARAGRAPHS]), id="x", source="x")
    assert article.title == HEADLINE and article.date == dt.date(2024, 8, 2)
    assert article.text.startswith(HEADLINE + "\n\n")
    assert not any(item in article.text for item in menu)


def test_menu_above_a_repeated_headline_without_header() -> None:
    menu = ["صفحه اصلی", "اخبار استان‌ها", "ورزش و جوانان"]
    article = build_article("\n".join([*menu, HEADLINE, "", HEADLINE, *PARAGRAPHS]), id="x", source="x")
    assert article.title == HEADLINE
    assert article.text.count(HEADLINE) == 1 and "ورزش و جوانان" not in article.text
    assert all(p in article.text for p in PARAGRAPHS)


def test_site_name_menu_and_breadcrumb_above_headline_and_lead() -> None:
    """A whole page pasted from a browser: site name, menu, breadcrumb, headline, lead, then the header."""
    top = ["پایگاه خبری کویر", "کویرنما", "صفحه نخست", "سیاسی", "اقتصادی", "خانه » استان‌ها » کرمان"]
    header = ["۱۴۰۳/۰۵/۱۲ - ۰۹:۴۵", "کد خبر: ۷۷۱۲۴"]
    article = build_article("\n".join([*top, HEADLINE, PARAGRAPHS[0], *header, *PARAGRAPHS[1:]]), id="x", source="x")
    assert article.title == HEADLINE
    assert (article.date, article.news_code) == (dt.date(2024, 8, 2), "77124")
    assert article.text.startswith(HEADLINE + "\n\n" + PARAGRAPHS[0])
    assert not any(line in article.text for line in top)


def test_a_short_line_under_a_headline_is_no_menu() -> None:
    """Headline, a two-word byline, lead: the first line stays the headline."""
    article = build_article("\n".join([HEADLINE, "گزارش اختصاصی", *PARAGRAPHS]), id="x", source="x")
    assert article.title == HEADLINE


def test_a_menu_bar_of_section_names_is_no_headline_and_no_text() -> None:
    page = parse_page("\n".join(["خانه | سیاسی | اقتصادی | استان‌ها | بین الملل | ورزش",
                                 "کد خبر: 2345678 | ۱۴۰۴/۰۸/۲۵ - 11:20", "", HEADLINE, "", *PARAGRAPHS]))
    assert page.title == HEADLINE
    assert "سیاسی |" not in page.body
    assert page.date == dt.date(2025, 11, 16)


def test_an_english_date_line_under_the_site_menu_is_header_not_headline() -> None:
    menu = ["خبرگزاری نمونه", "Sample News Agency", "صفحه اصلی", "سیاسی", "بین‌الملل", "اخبار بین‌الملل / اروپا"]
    page = parse_page("\n".join([*menu, HEADLINE, "Tuesday 25 November 2025 - 13:05", "کد خبر: ۳۴۵۸۱۲۰", "",
                                 *(p + "\n" for p in PARAGRAPHS)]))
    assert page.title == HEADLINE
    assert page.date == dt.date(2025, 11, 25)


def test_a_quoted_headline_under_a_kicker_below_the_menu() -> None:
    page = parse_page("همشهری\nصفحه اصلی\nسیاسی\nاقتصادی\nخانه » جامعه » شهری\n"
                      "گفت‌وگو با شهردار لاهیجان پس از بازگشت از چین\n"
                      "«چای، لاهیجان و هانگژو را به هم رساند»\n"
                      "شهردار لاهیجان که با تفاهم‌نامه‌ای از هانگژو برگشته، از جزئیات این سند و آینده همکاری دو شهر "
                      "می‌گوید.\n۱۴۰۴/۰۹/۱۱\nکد خبر: ۷۸۱۵۵۰\nمتن گفت‌وگو در ادامه می‌آید و شهردار از سفر می‌گوید.")
    assert page.title == "«چای، لاهیجان و هانگژو را به هم رساند»"
    assert page.date == dt.date(2025, 12, 2)


def test_a_comment_counter_beside_the_date_and_a_kicker_naming_something_in_guillemets() -> None:
    page = parse_page("\n".join(["نمونه‌نیوز", "صفحه اول", "سیاسی", "اقتصادی", "استانی", "کرمان",
                                 "کرمان در راه شبکه «شهرهای خلاق»", HEADLINE,
                                 "سه‌شنبه ۱۶ دی ۱۴۰۴ - ۱۰:۲۰", "کد خبر: ۴۵۶۷۸۹", "۸۷۰ بازدید", "۲ دیدگاه", "",
                                 *(p + "\n" for p in PARAGRAPHS), "برچسب‌ها", "کرمان"]))
    assert page.title == HEADLINE                   # the kicker ends in «...», it closes no sentence
    assert page.date == dt.date(2026, 1, 6)
    assert PARAGRAPHS[-1] in page.body              # «۲ دیدگاه» counts comments; they start further down
    assert "دیدگاه" not in page.body


def test_comments_that_start_inside_a_tag_list_end_the_article() -> None:
    tail = ["برچسب‌ها", "کرمان", "سمرقند", "دیدگاه‌ها", "دیدگاه شما", "نام", "خبرهای مرتبط",
            "شهردار کرمان: معاون تازه برای امور بین‌الملل منصوب شد",
            "کلیه حقوق این سایت متعلق به نمونه‌نیوز است و نقل مطالب با ذکر منبع آزاد است."]
    page = parse_page("\n".join([HEADLINE, "۱۴۰۴/۱۰/۱۶", "", *PARAGRAPHS, *tail]))
    assert PARAGRAPHS[-1] in page.body
    assert "معاون تازه" not in page.body and "حقوق" not in page.body


def test_a_headline_as_long_as_a_paragraph_after_the_header_and_a_summary_box() -> None:
    long_headline = ("رئیس شورای شهر بردسیر در گفت‌وگو با خبرنگار ما: خواهرخواندگی با شهر آندی‌جان راه صادرات "
                     "پسته و فرش دستباف را باز می‌کند")
    page = parse_page("\n".join(["خبرگزاری نمونه", "صفحه نخست", "سیاسی", "اقتصادی", "فرهنگ و هنر", "استان‌ها / کرمان",
                                 "۱۴۰۴-۰۹-۲۰ ۰۸:۱۵", "کد خبر: ۷۷۰۳۱", "گفت‌وگو", long_headline, "خلاصه",
                                 "سند خواهرخواندگی دو شهر ماه گذشته امضا شد.", "هیئتی از آندی‌جان بهار می‌آید.",
                                 "", *(p + "\n" for p in PARAGRAPHS)]))
    assert page.title == long_headline
    assert page.date == dt.date(2025, 12, 11)
    assert "فرهنگ و هنر" not in page.body and PARAGRAPHS[0] in page.body


def test_bylines_a_photo_gallery_and_readers_comments_are_furniture() -> None:
    page = parse_page("\n".join([HEADLINE, "۱۴۰۴/۰۹/۲۰ - ۰۸:۱۵", "کد خبر: ۷۷۰۳۱", "", PARAGRAPHS[0],
                                 "گزارش تصویری | ۸ عکس", "عکس ۱ از ۸: دیدار دو شهردار", "مشاهده همه تصاویر", "",
                                 *(p + "\n" for p in PARAGRAPHS[1:]), "گزارش از: فرشته کاظمی‌نیا",
                                 "نظرات خوانندگان (2)", "رضا - ۲۰ آذر ۱۴۰۴", "کاش جاده را هم بسازند."]))
    for furniture in ("گزارش تصویری", "مشاهده همه تصاویر", "کاظمی‌نیا", "نظرات", "جاده"):
        assert furniture not in page.body, furniture
    assert "عکس ۱ از ۸: دیدار دو شهردار" in page.body     # a caption tells of the article
    assert all(p in page.body for p in PARAGRAPHS)
