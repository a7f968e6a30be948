"""Tokens: words keep their half-spaces, punctuation stands alone, numbers stay whole."""
from __future__ import annotations

from kg.text import tokenize

Z = "\u200c"


def texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [t.text for t in tokenize(text, start, end)]


def test_half_space_stays_inside_the_word() -> None:
    assert texts(f"آنها می{Z}گویند که تفاهم{Z}نامه{Z}ای امضا شد") == [
        "آنها", f"می{Z}گویند", "که", f"تفاهم{Z}نامه{Z}ای", "امضا", "شد"]


def test_persian_punctuation_is_separate() -> None:
    assert texts("وزیر گفت: «تهران، مشهد؛ و شیراز»؟") == [
        "وزیر", "گفت", ":", "«", "تهران", "،", "مشهد", "؛", "و", "شیراز", "»", "؟"]


def test_numbers_dates_and_times_are_one_token() -> None:
    assert texts("رشد 3.5 درصد در 1404/02/09 ساعت 07:21 برای 1,200 نفر.") == [
        "رشد", "3.5", "درصد", "در", "1404/02/09", "ساعت", "07:21", "برای", "1,200", "نفر", "."]


def test_latin_words_and_brackets() -> None:
    assert texts("گروه G20 و (UCLG) در 5G") == ["گروه", "G20", "و", "(", "UCLG", ")", "در", "5G"]


def test_offsets_index_the_whole_text_within_a_range() -> None:
    text = "اول. دوم سوم. چهارم"
    start = text.index("دوم")
    tokens = tokenize(text, start, text.index("چهارم"))
    assert [t.text for t in tokens] == ["دوم", "سوم", "."]
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_word_and_number_flags() -> None:
    tokens = tokenize("شهر 12 ،")
    assert [t.is_word for t in tokens] == [True, True, False]
    assert [t.is_number for t in tokens] == [False, True, False]
