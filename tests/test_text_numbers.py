"""Numbers as Persian news writes them: digits in any script, words, scales, and what only looks like one."""
from __future__ import annotations

import pytest

from kg.text.numbers import find_quantities, parse_number


@pytest.mark.parametrize("text, value", [
    ("۲۵۰", 250),
    ("1,200", 1200),
    ("یک میلیون و ۲۰۰ هزار", 1200000),
    ("سه میلیون و ۳۰۰ هزار", 3300000),
    ("۲٫۵ میلیون", 2500000),
    ("دو هزار", 2000),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_a_date_or_a_version_is_no_number():
    assert parse_number("1403.09.12") is None
    text = "انتشار: 1403.09.12 و جمعیت شهر ۵۵۰ هزار نفر است."
    assert [q.value for q in find_quantities(text)] == [550000]


def test_a_lone_ambiguous_word_is_no_number():
    assert find_quantities("نه، این طرح اجرا نمی‌شود.") == []


def test_half_a_million():
    from kg.text.numbers import find_quantities
    assert [q.value for q in find_quantities("حدود نیم میلیون نفر")] == [500000]
    assert [q.value for q in find_quantities("یک و نیم میلیون نفر")] == [1500000]
    assert find_quantities("نیم ساعت بعد") == []
