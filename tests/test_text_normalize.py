"""Normalisation: characters, spacing and half-space (ZWNJ) repair, on Persian written for the tests."""
from __future__ import annotations

import pytest

from kg.text import fold, normalize

Z = "\u200c"


def norm(text: str) -> str:
    return normalize(text)[0]


# Words typed glued together, as news sites often publish them → the standard half-space form.
GLUED = [
    ("بینالمللی", f"بین{Z}المللی"),
    ("کردهاند", f"کرده{Z}اند"),
    ("ویژهای", f"ویژه{Z}ای"),
    ("گامهای", f"گام{Z}های"),
    ("استراتژیها", f"استراتژی{Z}ها"),
    ("میکنند", f"می{Z}کنند"),
    ("نمیتوانیم", f"نمی{Z}توانیم"),
    ("تفاهمنامه", f"تفاهم{Z}نامه"),
    ("گفتوگو", f"گفت{Z}وگو"),
    ("منطقهای", f"منطقه{Z}ای"),
    ("هفتهای", f"هفته{Z}ای"),
    ("سازمانهای", f"سازمان{Z}های"),
    ("خانهام", f"خانه{Z}ام"),
    ("رسیدهاند", f"رسیده{Z}اند"),
    ("میشود", f"می{Z}شود"),
    ("هیئتمدیره", f"هیئت{Z}مدیره"),
    ("علاقهمند", f"علاقه{Z}مند"),
    ("کتابهایشان", f"کتاب{Z}هایشان"),
    ("پیشرفتهترین", f"پیشرفته{Z}ترین"),
    ("مشهدیها", f"مشهدی{Z}ها"),
]


@pytest.mark.parametrize("glued, expected", GLUED)
def test_glued_word_gets_its_half_space(glued: str, expected: str) -> None:
    assert norm(f"این {glued} است") == f"این {expected} است"


def test_glued_metropolis_keeps_its_plural_apart() -> None:
    out = norm("کلانشهرهای جهان")
    assert out.split()[0].replace(Z, "") == "کلانشهرهای"
    assert out.split()[0].endswith(f"{Z}های")


# Whole words that only look like stem + suffix, and words with no boundary at all.
WHOLE_WORDS = ["تنها", "رها", "بهای", "دفتر", "کبوتر", "آنها", "شهرداری", "نیشابور", "میناب", "میشیگان",
               "آستارا", "بیشتر", "الهام", "مطالعات", "دهلران"]


@pytest.mark.parametrize("word", WHOLE_WORDS)
def test_whole_word_is_left_alone(word: str) -> None:
    assert norm(f"او {word} را دید") == f"او {word} را دید"


def test_unknown_name_is_not_cut() -> None:
    # An invented surname that ends in a suffix shape stays whole.
    assert norm("آقای جمشیدوندها آمد") == "آقای جمشیدوندها آمد"


SPACED = [
    ("می کنند", f"می{Z}کنند"),
    ("نمی توانیم", f"نمی{Z}توانیم"),
    ("کتاب ها", f"کتاب{Z}ها"),
    ("ویژه ای", f"ویژه{Z}ای"),
    ("کرده اند", f"کرده{Z}اند"),
    ("بین المللی", f"بین{Z}المللی"),
    ("بزرگ ترین", f"بزرگ{Z}ترین"),
    ("نامه ی", f"نامه{Z}ی"),
    ("گفت وگو", f"گفت{Z}وگو"),
]


@pytest.mark.parametrize("spaced, expected", SPACED)
def test_space_inside_a_word_becomes_half_space(spaced: str, expected: str) -> None:
    assert norm(f"ما {spaced} داریم") == f"ما {expected} داریم"


@pytest.mark.parametrize("phrase", ["خلیج فارس", "اعلام شده", "فروردین ماه", "یک میلیون", "به ام", "نان تر"])
def test_two_free_words_stay_two_words(phrase: str) -> None:
    assert norm(f"در {phrase} بود") == f"در {phrase} بود"


@pytest.mark.parametrize("spaced, expected", [
    ("تابس تان", "تابستان"), ("اختتا میه", "اختتامیه"), (f"تفاه م{Z}نامه", f"تفاهم{Z}نامه"), ("قهرما ن", "قهرمان"),
    ("موسی قی", "موسیقی"), (f"رقا بت{Z}ها", f"رقابت{Z}ها"),      # a half that is only a headword no text uses
])
def test_a_stray_space_inside_a_word_is_dropped(spaced: str, expected: str) -> None:
    assert norm(f"در {spaced} بود") == f"در {expected} بود"


@pytest.mark.parametrize("phrase", ["خاسا ویورت", "علی رضا", "سن پترزبورگ", "با ران", "و یکی", "کنگ و", "سی ال",
                                    "با لین"])
def test_names_and_two_known_words_keep_their_space(phrase: str) -> None:
    assert norm(f"در {phrase} بود") == f"در {phrase} بود"


def test_existing_half_space_is_kept() -> None:
    text = f"آنها می{Z}گویند که تفاهم{Z}نامه امضا شد"
    assert norm(text) == text


def test_arabic_letters_become_persian() -> None:
    assert norm("كتاب علي در مدرسة") == "کتاب علی در مدرسه"
    assert norm("مصطفى") == "مصطفی"
    assert norm("خانۀ ما") == "خانه ما"


def test_persian_and_arabic_digits_become_ascii() -> None:
    assert norm("تاریخ ۱۴۰۴/۰۲/۰۹ ساعت ۰۷:۲۱") == "تاریخ 1404/02/09 ساعت 07:21"
    assert norm("رشد ٣٫٥ درصد") == "رشد 3.5 درصد"
    assert norm("۱۲٬۵۰۰ نفر و ۲۰٪") == "12,500 نفر و 20%"


def test_decimal_point_and_date_are_not_respaced() -> None:
    assert norm("نرخ 3.5 و سال 1404/01/01") == "نرخ 3.5 و سال 1404/01/01"


def test_kashida_and_harakat_dropped() -> None:
    assert norm("بـا انـعقـاد قـرارداد") == "با انعقاد قرارداد"
    assert norm("کِتابِ خوبی است") == "کتاب خوبی است"


def test_spaces_and_lines_collapse() -> None:
    assert norm("  سلام   بر   شما  \r\n\r\n\r\n\r\nخبر  دوم \t ") == "سلام بر شما\n\nخبر دوم"
    assert norm("خبر اول\nخبر دوم") == "خبر اول\nخبر دوم"


def test_stray_half_spaces_removed() -> None:
    assert norm(f"{Z}سلام{Z} به {Z}{Z}همه") == "سلام به همه"
    assert norm(f"کتاب{Z}{Z}ها") == f"کتاب{Z}ها"


def test_invisible_marks_and_odd_spaces() -> None:
    assert norm("سلام\u00a0دنیا\u200f!\ufeff") == "سلام دنیا!"


def test_empty_and_blank_inputs() -> None:
    assert normalize("") == ("", [])
    assert normalize(" \n \t ") == ("", [])


def test_fold_ignores_spacing_and_spelling_variants() -> None:
    assert fold("آمریکا") == fold("امريكا")
    assert fold(f"آیت{Z}الله") == fold("آیت الله") == fold("آیت‌الله")
    assert fold("کلانشهر") == fold(f"کلان{Z}شهر") == fold("كلان شهر")
    assert fold("تأکید") == fold("تاکید")
    assert fold("Tehran") == fold("TEHRAN")
    assert fold("تهران") != fold("تبریز")
