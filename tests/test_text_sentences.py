"""Sentence splitting on Persian written for the tests."""
from __future__ import annotations

from kg.text import normalize, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_persian_end_marks() -> None:
    text = "شهردار به مشهد رفت. آیا قرارداد امضا شد؟ بله، امضا شد! گفت‌وگو ادامه دارد"
    assert sentences(text) == ["شهردار به مشهد رفت.", "آیا قرارداد امضا شد؟", "بله، امضا شد!",
                               "گفت‌وگو ادامه دارد"]


def test_headline_line_is_its_own_sentence() -> None:
    text = "همکاری تازه دو شهر خواهرخوانده\nبه گزارش خبرنگار ما، دو شهر تفاهم‌نامه امضا کردند."
    assert sentences(text) == ["همکاری تازه دو شهر خواهرخوانده",
                               "به گزارش خبرنگار ما، دو شهر تفاهم‌نامه امضا کردند."]


def test_decimal_point_and_dotted_date_do_not_split() -> None:
    text = "رشد اقتصادی 3.5 درصد بود و جلسه در 1404.02.09 برگزار شد. خبر بعدی."
    assert sentences(text) == ["رشد اقتصادی 3.5 درصد بود و جلسه در 1404.02.09 برگزار شد.", "خبر بعدی."]


def test_initials_and_abbreviations_do_not_split() -> None:
    text = "دکتر م. رضایی در سال 1402 ه.ش. به تهران آمد. او سخنرانی کرد."
    assert sentences(text) == ["دکتر م. رضایی در سال 1402 ه.ش. به تهران آمد.", "او سخنرانی کرد."]


def test_short_quotation_stays_in_its_sentence() -> None:
    text = "وزیر گفت: «ما آماده‌ایم. کار را شروع می‌کنیم.» سپس جلسه پایان یافت."
    assert sentences(text) == ["وزیر گفت: «ما آماده‌ایم. کار را شروع می‌کنیم.»", "سپس جلسه پایان یافت."]


def test_long_quotation_is_split() -> None:
    part = "این همکاری برای هر دو شهر سودمند است و باید ادامه پیدا کند"
    text = f"او گفت: «{part}. {part}. {part}. {part}.» جلسه تمام شد."
    assert len(sentences(text)) >= 4


def test_unbalanced_quote_does_not_block_splitting() -> None:
    text = "او گفت: «ما آماده‌ایم. کار را شروع می‌کنیم."
    assert sentences(text) == ["او گفت: «ما آماده‌ایم.", "کار را شروع می‌کنیم."]


def test_offsets_index_the_text_and_indices_count_up() -> None:
    text, _ = normalize("  خبر  اول.\n\nخبر دوم؟   خبر سوم.  ")
    found = split_sentences(text)
    assert [s.index for s in found] == [0, 1, 2]
    assert [text[s.start:s.end] for s in found] == ["خبر اول.", "خبر دوم؟", "خبر سوم."]


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences("\n\n") == []
