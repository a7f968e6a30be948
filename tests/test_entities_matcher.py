"""Gazetteer matching on Persian sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.entities.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.load()


def found(gz, text):
    return [(m.surface, m.key) for m in gz.find(text)]


def keys(gz, text):
    return [m.key for m in gz.find(text)]


def test_each_class(gz):
    text = "هیئتی از تبریز به آلمان، استان آذربایجان غربی، خاورمیانه و حرم رضوی رفت و با یونسکو دیدار کرد."
    got = {m.key: m.cls for m in gz.find(text)}
    assert got == {"geonames/113646": "City", "country/DE": "Country", "province/west-azerbaijan": "Province",
                   "region/middle-east": "Region", "place/imam-reza-shrine": "Place", "org/unesco": "Organization"}


def test_offsets_index_the_text(gz):
    text = "سفر شهردار به استانبول"
    (m,) = gz.find(text)
    assert text[m.start:m.end] == "استانبول" == m.surface


def test_spacing_and_half_space_variants(gz):
    assert keys(gz, "حادثه بندر عباس") == keys(gz, "حادثه بندرعباس") == ["geonames/141681"]
    assert keys(gz, "نشست مترو پلیس") == ["org/metropolis"]
    assert keys(gz, "انجمن کلان‌شهرهای جهان") == keys(gz, "انجمن کلانشهرهای جهان") == ["org/metropolis"]


def test_arabic_letters(gz):
    assert keys(gz, "شهرداري تبريز و تركيه") == ["geonames/113646", "country/TR"]


def test_ezafe_suffix_is_left_out_of_the_span(gz):
    (m,) = gz.find("کشورهای آسیای جنوبی و آفریقای")[-1:]
    assert m.key == "region/africa" and m.surface == "آفریقا"
    assert found(gz, "زائران کربلای معلی")[0][1] == "geonames/94824"


def test_no_match_inside_longer_words(gz):
    assert keys(gz, "زائر ایرانی و خودروی ایران‌خودرو") == []
    assert keys(gz, "گردشگران ترکیه‌ای") == []
    assert keys(gz, "مردم ایران") == ["country/IR"]


def test_words_glued_by_chance_are_not_a_name(gz):
    assert keys(gz, "موضوعات مشترک بین چین و ایران") == ["country/CN", "country/IR"]


def test_longest_match_wins(gz):
    assert keys(gz, "سازمان همکاری شانگهای") == ["org/sco"]
    assert keys(gz, "آذربایجان شرقی") == ["province/east-azerbaijan"]
    assert keys(gz, "جمهوری آذربایجان") == ["country/AZ"]
    assert keys(gz, "جمهوری اسلامی ایران") == ["country/IR"]


def test_weekday_is_not_dushanbe(gz):
    assert keys(gz, "جلسه روز دوشنبه برگزار شد") == []
    assert keys(gz, "مشهد، دوشنبه ۱۰ آذر") == ["geonames/124665"]
    assert keys(gz, "سفر به شهر دوشنبه") == ["geonames/1221874"]
    assert keys(gz, "دوشنبه، پایتخت تاجیکستان") == ["geonames/1221874", "country/TJ"]
    assert keys(gz, "هیئتی از دوشنبه تاجیکستان") == ["geonames/1221874", "country/TJ"]


def test_shanghai_city_or_sco(gz):
    assert keys(gz, "بندر شانگهای در شرق چین") == ["geonames/1796236", "country/CN"]
    assert keys(gz, "ایران عضو بریکس، شانگهای و اکو است") == ["country/IR", "org/brics", "org/sco", "org/eco"]


def test_mehr_month_or_agency(gz):
    assert keys(gz, "در ماه مهر باران بارید") == []
    assert keys(gz, "به گزارش مهر، شهردار سخن گفت") == ["org/mehr"]
    assert keys(gz, "به گزارش خبرگزاری مهر") == ["org/mehr"]
    assert keys(gz, "استان فارس و خبرگزاری فارس") == ["province/fars", "org/fars-news"]


def test_unknown_publisher_after_be_gozaresh(gz):
    (m,) = gz.find("به گزارش نمونه‌نیوز، جلسه برگزار شد")
    assert m.cls == "Organization" and m.surface == "نمونه‌نیوز"
    (m,) = gz.find("به گزارش پایگاه خبری نمونه، جلسه برگزار شد")
    assert m.cls == "Organization" and m.surface == "پایگاه خبری نمونه"
    assert gz.find("به گزارش خبرنگار ما، جلسه برگزار شد") == []


def test_common_word_city_needs_a_cue(gz):
    assert keys(gz, "آرا شمارش شد") == []


def test_an_apposition_after_a_comma_cues_a_town_whose_name_is_a_word(gz):
    # «دوشنبه» is also Monday: «، شهری» or «، بندری» right after it says it is a town
    assert [m.cls for m in gz.find("دوشنبه، شهری کوهستانی در غرب تاجیکستان است.") if m.surface == "دوشنبه"] == ["City"]
    assert [m.cls for m in gz.find("دوشنبه، بندری نیست.") if m.surface == "دوشنبه"] == ["City"]
    # without the comma «شهری» is an adjective: «دوشنبه شهری» is no cue
    assert not [m for m in gz.find("جلسه دوشنبه شهری برگزار شد.") if m.surface == "دوشنبه"]


def test_foreign_town_does_not_take_a_province_name_in_a_list(gz):
    assert keys(gz, "استان‌های گیلان، قزوین و زنجان")[0] == "province/gilan"


def test_cued_province_name_after_ostan_plural(gz):
    assert keys(gz, "استان‌های فارس و کرمان") [0] == "province/fars"


def test_a_place_named_once_with_its_cue_keeps_that_sense_in_the_article(gz):
    text = ("شهردار تبریز دیروز وارد شهر دوشنبه شد. وی روز دوشنبه با همتای خود دیدار کرد. "
            "دوشنبه با بیش از یک میلیون نفر جمعیت بزرگ‌ترین شهر تاجیکستان است.")
    dushanbe = [m for m in gz.find(text) if m.surface == "دوشنبه"]
    assert [text[:m.start].split()[-1] for m in dushanbe] == ["شهر", "کرد."]   # not «روز دوشنبه»
    assert {m.cls for m in dushanbe} == {"City"}


def test_a_town_named_with_its_cue_keeps_that_sense_where_one_arrives(gz):
    text = "شهردار دوشنبه به تهران آمد. دو روز بعد مهمانان ما وارد دوشنبه شدند."
    assert [text[:m.start].split()[-1] for m in gz.find(text) if m.surface == "دوشنبه"] == ["شهردار", "وارد"]


def test_a_bare_ambiguous_name_without_a_cue_anywhere_stays_unread(gz):
    assert not [m for m in gz.find("جلسه روز دوشنبه برگزار شد و دوشنبه آینده ادامه دارد.") if m.surface == "دوشنبه"]


def test_one_sense_after_from_or_to_unless_the_word_is_a_day_or_month(gz):
    text = "شهردار اهر به باکو رفت. هیئتی از اهر همراه او بود. نشست در شهر دوشنبه از دوشنبه تا جمعه ادامه داشت."
    found = [(m.surface, text[:m.start].split()[-1]) for m in gz.find(text) if m.cls == "City" and m.surface != "باکو"]
    assert found == [("اهر", "شهردار"), ("اهر", "از"), ("دوشنبه", "شهر")]


def test_one_sense_never_turns_an_adjective_into_a_country(gz):
    text = "نیجر، مالی و چاد عضو سازمان همکاری اسلامی هستند. همکاری‌های مالی دو کشور گسترش یافت."
    mali = [m for m in gz.find(text) if m.surface == "مالی"]
    assert len(mali) == 1 and mali[0].start < text.index(".")


def test_a_copula_written_onto_a_name(gz):
    text = "زنگبار بخشی از تانزانیاست و مرکز آن اروپاست؛ این دوست ماست."
    assert [(m.surface, m.key) for m in gz.find(text) if m.cls == "Country"] == [("تانزانیا", "country/TZ")]


def test_a_bare_town_name_before_in_a_direction_of_its_country(gz):
    text = "سند یاسوج، مرکز استان، و شکی در شمال غرب جمهوری آذربایجان امضا شد. من شکی در این ندارم."
    assert [m.surface for m in gz.find(text)].count("شکی") == 1


def test_a_written_ezafe_is_not_read_off_a_two_letter_stem(gz):
    assert not [m for m in gz.find("هر دو شهر بوی باغ می‌دهند.") if m.cls == "City"]
    assert [m.key for m in gz.find("در باکوی زیبا") if m.cls == "City"] == ["geonames/587084"]   # «باکو» + ezafe
