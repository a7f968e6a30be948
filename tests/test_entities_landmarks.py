"""Sites named in a visit's frame («از برج قابوس بازدید کرد»), and the visits to them."""
from __future__ import annotations

import pytest

from kg.document import Article


def places(nlp, text: str) -> set[str]:
    doc = nlp(Article(id="t", source="test", text=text))
    return {m.surface for m in doc.mentions if m.cls == "Place"}


@pytest.mark.parametrize("text, site", [
    ("فرماندار پس از این نشست از برج طغرل بازدید کرد.", "برج طغرل"),
    ("هیئت ازبک پیش از ترک شهر از مجموعه تاریخی تخت سلیمان در نزدیکی تکاب بازدید کرد.", "مجموعه تاریخی تخت سلیمان"),
    ("برنامه بازدید شهردار همدان از پارک ساحلی باتومی نیز انجام شد.", "پارک ساحلی باتومی"),
    ("سفیر پس از بازدید از بازار تاریخی قزوین، با استاندار دیدار کرد.", "بازار تاریخی قزوین"),
    ("در حاشیه این دیدار، سرکنسول از محله سنگلج در تهران بازدید کرد.", "محله سنگلج"),
    ("سفیر همراه شهردار از آبگرم قینرجه و کاروانسرای شاه‌عباسی بازدید کرد.", "آبگرم قینرجه"),
    ("هیئت روز دوم از تونل کوهرنگ دیدن کرد.", "تونل کوهرنگ"),
])
def test_a_site_in_a_visit_frame_is_a_place(nlp, text, site):
    assert site in places(nlp, text)


def test_sites_listed_in_one_visit(nlp):
    found = places(nlp, "سفیر روز جمعه از آرامگاه بوعلی سینا و بازار تاریخی همدان بازدید کرد.")
    assert {"آرامگاه بوعلی سینا", "بازار تاریخی همدان"} <= found


@pytest.mark.parametrize("text", [
    "شهردار از بازار بازدید کرد.",                              # a bare noun names no site
    "هیئت از برج‌سازی در حاشیه شهر انتقاد کرد.",                # no visit
    "او از پارک جی‌هون، دبیرکل سیتی‌نت، تقدیر کرد.",            # a person, no visit
])
def test_no_site_without_a_name_in_a_visit(nlp, text):
    assert places(nlp, text) == set()


def test_the_visitor_visited_every_listed_site(nlp):
    doc = nlp(Article(id="t", source="test", text=(
        "هانا شوبرت، شهردار لینتس، روز جمعه از آرامگاه بوعلی سینا و بازار تاریخی همدان بازدید کرد.")))
    label = lambda k: doc.entities[k].label_fa  # noqa: E731
    visits = {(label(f.subject), label(f.object)) for f in doc.facts if f.predicate == "visited"}
    assert {("هانا شوبرت", "آرامگاه بوعلی سینا"), ("هانا شوبرت", "بازار تاریخی همدان")} <= visits


def test_a_description_is_no_site_name(nlp):
    assert places(nlp, "هیئت صرب پیش از ترک سمنان از بازار قدیمی شهر بازدید کرد.") == set()


def test_a_site_s_name_ends_with_its_line(nlp):
    doc = nlp(Article(id="t", source="test", text="عکس ۲ از ۸: بازدید از بازار وکیل\nمشاهده همه تصاویر\n\n"
                                                   "شهردار یزد گفت که کار ادامه دارد."))
    assert [m.surface for m in doc.mentions if m.cls == "Place"] == ["بازار وکیل"]


def test_a_shrine_visited_on_pilgrimage_and_a_minaret_and_a_mine_are_sites(nlp):
    doc = nlp(Article(id="t", source="test", text="هیئت شهرداری میانه ضمن زیارت حرم امام رضا، از مناره خشتی "
                                                   "فیروزآباد و معدن مس سونگون بازدید کرد."))
    assert [m.surface for m in doc.mentions if m.cls == "Place"] == ["حرم امام رضا", "مناره خشتی فیروزآباد",
                                                                      "معدن مس سونگون"]
