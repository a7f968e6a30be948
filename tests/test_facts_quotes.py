"""Quotations and who said them: «وی», titles resolved forward and back, indirect speech."""
from __future__ import annotations

from kg.document import Article


def said(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(Article(id="t", source="test", text=text))
    return [(doc.entities[s.speaker].label_fa, s.text) for s in doc.statements]


def test_named_speaker_and_pronoun(nlp):
    out = said(nlp, "کامران فرهمند شهردار یزد گفت: گردشگری برای شهر ما اولویت دارد.\n"
                    "وی افزود: سرمایه‌گذاران خارجی را دعوت می‌کنیم.")
    assert [s for s, _t in out] == ["کامران فرهمند", "کامران فرهمند"]
    assert out[0][1].startswith("گردشگری برای شهر ما")
    assert out[1][1].startswith("سرمایه‌گذاران خارجی")


def test_title_speaks_before_the_name_is_given(nlp):
    out = said(nlp, "شهردار یزد گفت: ما آماده همکاری با همه شهرها هستیم.\n"
                    "کامران فرهمند افزود: این همکاری به سود هر دو شهر است.")
    assert {s for s, _t in out} == {"کامران فرهمند"}
    assert len(out) == 2


def test_reporting_agency_and_the_other_side_are_not_the_speaker(nlp):
    out = said(nlp, "به گزارش خبرگزاری مهر، «هانا شوبرت» در دیدار با کامران فرهمند افزود: یزد شهری تاریخی است.")
    assert out and out[0][0] == "هانا شوبرت"


def test_indirect_speech(nlp):
    out = said(nlp, "کامران فرهمند با بیان اینکه یزد میزبان نشست آینده خواهد بود، گفت: آماده‌سازی آغاز شده است.")
    texts = [t for _s, t in out]
    assert any(t.startswith("یزد میزبان نشست آینده") for t in texts)
    assert any(t.startswith("آماده‌سازی آغاز شده") for t in texts)


def test_unnamed_speaker_is_skipped(nlp):
    assert said(nlp, "یک مقام مسئول گفت: این طرح به زودی اجرا می‌شود.") == []


def test_an_organisation_can_speak(nlp):
    out = said(nlp, "وزارت امور خارجه اعلام کرد: سفر هیئت ایرانی به ژاپن هفته آینده انجام می‌شود.")
    assert out and out[0][0].startswith("وزارت")


def test_this_official_continues_the_last_speaker(nlp):
    out = said(nlp, "هانا شوبرت دبیرکل متروپلیس گفت: یزد شهری تاریخی است.\n"
                    "این مقام اروپایی تصریح کرد: دفتر منطقه‌ای ما در یزد گشایش می‌یابد.")
    assert [s for s, _t in out] == ["هانا شوبرت", "هانا شوبرت"]


def test_this_diplomat_is_the_last_diplomat_named(nlp):
    out = said(nlp, "لوکاس ماریانی، سرکنسول ایتالیا در تبریز، با کامران فرهمند شهردار یزد دیدار کرد.\n"
                    "فرهمند گفت: یزد آماده همکاری است.\n"
                    "این دیپلمات ایتالیایی نیز اظهار کرد: گردشگران ایتالیایی یزد را دوست دارند.")
    assert out[-1][0] == "لوکاس ماریانی"


def test_quotation_first_then_who_said_it(nlp):
    out = said(nlp, "«یزد آماده میزبانی از گردشگران اروپایی است»؛ این را کامران فرهمند، شهردار یزد، روز دوشنبه گفت.")
    assert out == [("کامران فرهمند", "یزد آماده میزبانی از گردشگران اروپایی است")]


def test_a_foreign_family_name_first_or_in_the_middle_speaks_alone(nlp):
    out = said(nlp, "مهدی قربانعلی‌پور، شهردار اراک، با ژائو مینگ‌هوی، شهردار چنگدو، دیدار کرد و "
                       "آلوارو سرانو گیل، شهردار تولدو، نیز حضور داشت.\n"
                       "ژائو در این دیدار گفت: چنگدو دو دهه پیش با همان مشکلات روبه‌رو بود.\n"
                       "سرانو نیز بیان کرد: تولدو سال‌هاست عضو این سازمان است.")
    assert ("ژائو مینگ‌هوی", "چنگدو دو دهه پیش") in [(s, t[:16]) for s, t in out]
    assert ("آلوارو سرانو گیل", "تولدو سال‌هاست عضو") in [(s, t[:18]) for s, t in out]


def test_a_quotation_closed_a_sentence_before_its_speaker_is_named(nlp):
    out = said(nlp, "«شهرهای صنعتی ایران به فناوری پاک نیاز دارند و اراک پیشگام این همکاری است.» این را "
                    "مهدی قربانعلی‌پور، شهردار اراک، روز دوشنبه به خبرنگار همشهری گفت.")
    assert ("مهدی قربانعلی‌پور", "شهرهای صنعتی ایران به فناوری پاک") in [(s, t[:32]) for s, t in out]


def test_this_was_said_and_then_added_opens_a_second_quote(nlp):
    out = said(nlp, "«یزد آماده میزبانی از گردشگران اروپایی است.» این را کامران فرهمند، شهردار یزد، گفت و افزود: "
                    "امروز تفاهم‌نامه همکاری دو شهر امضا شد.")
    texts = [t for s, t in out if s == "کامران فرهمند"]
    assert any(t.startswith("یزد آماده میزبانی") for t in texts)
    assert any(t.startswith("امروز تفاهم‌نامه همکاری") for t in texts), out


def test_this_foreign_official_is_not_the_iranian_who_spoke_last(nlp):
    out = said(nlp, "هانا شوبرت، شهردار لینتس، با کامران فرهمند، شهردار یزد، دیدار کرد.\n"
                    "فرهمند گفت: یزد آماده همکاری با شهرهای اروپایی است.\n"
                    "این مقام اتریشی نیز اظهار کرد: لینتس از تجربه یزد در مرمت بافت تاریخی استفاده می‌کند.")
    assert out[-1][0] == "هانا شوبرت", out
    out = said(nlp, "هانا شوبرت، شهردار لینتس، با کامران فرهمند، شهردار یزد، دیدار کرد.\n"
                    "شوبرت گفت: لینتس آماده همکاری با یزد است.\n"
                    "این مقام ایرانی نیز اظهار کرد: یزد از تجربه لینتس در حمل و نقل استفاده می‌کند.")
    assert out[-1][0] == "کامران فرهمند", out


def test_what_was_stressed_or_told_about_is_a_statement(nlp):
    out = said(nlp, "هانا شوبرت، شهردار لینتس، در این دیدار از تمایل خود به سفر به یزد سخن گفت و بر "
                    "گسترش همکاری‌های گردشگری دو شهر تأکید کرد.")
    assert ("هانا شوبرت", "تمایل خود به سفر به یزد") in out
    assert ("هانا شوبرت", "گسترش همکاری‌های گردشگری دو شهر") in out
    assert said(nlp, "هانا شوبرت بر این نکته تأکید کرد.") == []   # too short to be a statement


INTERVIEW = (
    "گفت‌وگو با رئیس شورای شهر یزد\n\n"
    "به گزارش خبرنگار ما، با سرکار خانم دکتر سارا احمدی، رئیس شورای اسلامی شهر یزد، درباره دیپلماسی شهری "
    "گفت‌وگو کرده‌ایم.\n\n"
    "کارنامه شورا در این چهار سال را چطور ارزیابی می‌کنید؟\n\n"
    "پیوند یزد و لینتس تنها پیوندی است که واقعاً فعال مانده است. من به دعوت شهردار لینتس به اتریش سفر کردم.\n\n"
    "یزد عضو شبکه‌های بین‌المللی هم هست؟\n\n"
    "یزد سال‌هاست عضو سازمان شهرهای میراث جهانی است.\n"
)


def test_interview_answers_are_the_interviewee_s(nlp):
    out = said(nlp, INTERVIEW)
    assert [s for s, _t in out] == ["سارا احمدی", "سارا احمدی"]
    assert out[0][1].startswith("پیوند یزد و لینتس")
    assert out[1][1].startswith("یزد سال‌هاست عضو")


def test_i_in_an_interview_answer_is_the_interviewee(nlp):
    doc = nlp(Article(id="t", source="test", text=INTERVIEW))
    visits = {(doc.entities[f.subject].label_fa, doc.entities[f.object].label_fa)
              for f in doc.facts if f.predicate == "visited"}
    assert ("سارا احمدی", "اتریش") in visits


def test_questions_alone_make_no_interview(nlp):
    out = said(nlp, "سارا احمدی، رئیس شورای شهر یزد، در گفت‌وگو با خبرنگاران شرکت کرد.\n\n"
                    "آیا یزد عضو شبکه‌های بین‌المللی است؟\n\nاین پرسش بی‌پاسخ ماند.")
    assert out == []


BULLETED_INTERVIEW = (
    "گفت‌وگو: رضا کریمی، خبرنگار روزنامه\n\n"
    "دکتر کامران فرهمند که از سال گذشته شهردار یزد است، در این گفت‌وگو از سفرهایش سخن گفته است.\n\n"
    "■ گفته می‌شود سفر شما به اتریش به امضای تفاهم‌نامه با لینتس انجامید.\n"
    "درست است. پارسال به اتریش رفتم و در لینتس با خانم هانا شوبرت، شهردار این شهر، دیدار کردم.\n\n"
    "■ برخی رسانه‌ها از تفاهم‌نامه یزد و گراتس خبر داده بودند.\n"
    "ما با گراتس هیچ تفاهم‌نامه‌ای امضا نکرده‌ایم. در مسیر بازگشت در وین بودم و با آقای علی نیک‌نام، "
    "سفیر کشورمان در اتریش، گفت‌وگو کردم.\n"
)


def test_a_bulleted_interview_with_first_person_verbs(nlp):
    doc = nlp(Article(id="t", source="test", text=BULLETED_INTERVIEW))
    label = lambda k: doc.entities[k].label_fa  # noqa: E731
    speakers = {label(s.speaker) for s in doc.statements}
    assert speakers == {"کامران فرهمند"}, speakers      # not the journalist of the credit line
    facts = {(label(f.subject), f.predicate, label(f.object)) for f in doc.facts if isinstance(f.object, str)}
    assert ("کامران فرهمند", "met", "هانا شوبرت") in facts or ("هانا شوبرت", "met", "کامران فرهمند") in facts
    assert ("کامران فرهمند", "met", "علی نیک‌نام") in facts or ("علی نیک‌نام", "met", "کامران فرهمند") in facts
    assert not any(p == "agreementWith" and "گراتس" in (s, o) for s, p, o in facts), facts   # denied with «ما»
    assert not any(p == "met" and {s, o} == {"هانا شوبرت", "علی نیک‌نام"} for s, p, o in facts)


def test_according_to_someone_and_said_without_a_colon(nlp):
    out = said(nlp, "کامران فرهمند شهردار یزد است. به گفته فرهمند، خواهرخواندگی یزد و لینتس هنوز نهایی نشده است.")
    assert ("کامران فرهمند", "خواهرخواندگی یزد و لینتس هنوز نهایی نشده است") in out, out
    out = said(nlp, "آرش نیک‌فرجام رئیس مرکز امور بین‌الملل شهرداری یزد است. نیک‌فرجام گفت این پیشنهاد پس از "
                    "بازگشت هیئت در شورای شهر بررسی خواهد شد.")
    assert any(s == "آرش نیک‌فرجام" and t.startswith("این پیشنهاد پس از بازگشت") for s, t in out), out
    assert said(nlp, "کامران فرهمند شهردار یزد است. فرهمند گفت به خبرنگاران پاسخ نمی‌دهد.") == []


def test_a_speaker_of_his_own_clause_and_a_russian_surname_spelt_two_ways(nlp):
    out = said(nlp, "«رستم ولی‌اف»، شهردار قازان، وارد یزد شد.\n"
                    "کامران فرهمند، شهردار یزد، همکاری را پیشنهاد داد و ولی‌اف گفت: پیش‌نویس این سند را می‌فرستیم.\n"
                    "ولی‌اوف نیز اظهار کرد: قازان آماده همکاری با یزد است.")
    assert out == [("رستم ولی‌اف", "پیش‌نویس این سند را می‌فرستیم."),
                   ("رستم ولی‌اف", "قازان آماده همکاری با یزد است.")], out


def test_a_person_known_by_one_word_speaks_again_under_it(nlp):
    found = said(nlp, "شهردار ساری با خانم ژائو، دبیرکل فدراسیون جهانی شهرهای گردشگری، گفت‌وگو کرد. "
                      "ژائو گفت که دبیرخانه فدراسیون از حضور شهرهای ایرانی استقبال می‌کند.")
    assert any(speaker == "ژائو" and "دبیرخانه فدراسیون" in text for speaker, text in found), found
    by_title = said(nlp, "سفیر گرجستان با مهندس کاظمیان، شهردار قزوین، گفت‌وگو کرد. "
                         "کاظمیان در این مراسم گفت که دو شهر هنوز پیوند خواهرخواندگی ندارند.")
    assert any(speaker == "کاظمیان" and "دو شهر" in text for speaker, text in by_title), by_title


def test_a_speaker_after_but_opens_their_own_clause(nlp):
    found = said(nlp, "هندرا سوسیلو پراستیو، شهردار سورابایا، در نشست بود. پریسا کرمانی، رئیس شورای شهر ساری، پیشنهاد "
                      "خواهرخواندگی دو شهر را مطرح کرد، اما پراستیو گفت که شورای شهر سورابایا هنوز تصمیمی نگرفته است.")
    assert [speaker for speaker, text in found if "هنوز تصمیمی" in text] == ["هندرا سوسیلو پراستیو"], found


ANSWER_WITH_A_LIST = """گفت‌وگو با شهردار ساری
به گزارش خبرنگار ما، پریسا کرمانی، شهردار ساری، هفته گذشته از ازمیر، شهر ساحلی غرب ترکیه، بازگشت. گفت‌وگوی ما با او را می‌خوانید.

■ در ازمیر با چه کسانی دیدار کردید؟
کرمانی: با خانم آیلا دمیر، شهردار ازمیر، و آقای تونا یلدیز، دبیرکل متروپلیس، جداگانه دیدار کردم.
"""


def test_an_answer_meets_everyone_listed_after_ba(nlp):
    doc = nlp(Article(id="t", source="test", text=ANSWER_WITH_A_LIST))
    label = lambda k: doc.entities[k].label_fa  # noqa: E731
    facts = {(label(f.subject), f.predicate, label(f.object)) for f in doc.facts if isinstance(f.object, str)}
    for other in ("آیلا دمیر", "تونا یلدیز"):
        assert ("پریسا کرمانی", "met", other) in facts or (other, "met", "پریسا کرمانی") in facts, facts
    assert not any(p == "met" and {s, o} == {"آیلا دمیر", "تونا یلدیز"} for s, p, o in facts)
    assert ("پریسا کرمانی", "visited", "ازمیر") in facts   # «از ازمیر بازگشت»


def test_an_interviewee_named_by_the_title_the_lead_opens_with(nlp):
    text = ("شهردار اردکان: گردشگری کویر آینده ماست\n\n"
            "اردکان- شهردار اردکان که از سفر به اسپانیا بازگشته، در گفت‌وگو با ایسنا از برنامه‌های شهر گفته است.\n\n"
            "به گزارش ایسنا، مهدی توکلی‌فرد شهردار اردکان هفته گذشته در نشست شبکه شرکت کرد.\n\n"
            "◄ چرا اردکان به این شبکه پیوست؟\n"
            "ما می‌خواهیم تجربه شهرهای کویری را با شهرهای دیگر در میان بگذاریم.\n\n"
            "◄ برنامه بعدی شهر چیست؟\n"
            "سال آینده میزبان نشست شهرهای کویری جهان خواهیم بود.\n")
    out = said(nlp, text)
    assert {s for s, _t in out} == {"مهدی توکلی‌فرد"}, out
    answers = [t for _s, t in out]
    assert any(t.startswith("ما می‌خواهیم تجربه") for t in answers)
    assert any(t.startswith("سال آینده میزبان") for t in answers)


def test_with_me_or_us_in_a_quotation_is_the_speaker(nlp):
    doc = nlp(Article(id="t", source="test", text=(
        "عادل کیانی، شهردار بوشهر، گفت: «آقای کنجی ناکامورا، دبیرکل شبکه شهرداران برای صلح، با ما دیدار کرد و "
        "سفیر کشورمان روز اول با من و آقای نادر سواری دیدار کرد.»")))
    label = lambda k: doc.entities[k].label_fa  # noqa: E731
    met = {frozenset((label(f.subject), label(f.object))) for f in doc.facts if f.predicate == "met"}
    assert frozenset(("کنجی ناکامورا", "عادل کیانی")) in met, met
    # without a quotation «ما» is nobody's
    doc = nlp(Article(id="t", source="test", text="آقای کنجی ناکامورا با ما دیدار کرد."))
    assert not [f for f in doc.facts if f.predicate == "met"]


def test_an_interviewee_the_lead_says_speaks_with_starred_questions(nlp):
    text = ("از دره تا آبشار؛ آنچه مدلین به یک شهر کوچک یاد داد\n\n"
            "شهردار گنبد کاووس می‌گوید در سفر به مدلین دنبال تجربه شهرهای کوهستانی بوده است.\n\n"
            "به گزارش ایسنا، مجتبی کیانی شهردار گنبد کاووس هفته گذشته به کلمبیا سفر کرد.\n\n"
            "* چرا مدلین؟\n\nمدلین سی سال پیش با ناامنی شناخته می‌شد و امروز الگوی شهرهاست.\n\n"
            "* قدم بعدی چیست؟\n\nاگر شورا موافقت کند، طرح تله‌کابین را آغاز می‌کنیم.\n")
    out = said(nlp, text)
    assert {s for s, _t in out} == {"مجتبی کیانی"}, out
    assert any(t.startswith("مدلین سی سال پیش") for _s, t in out)


def test_a_title_after_a_semicolon_speaks_not_the_clause_before(nlp):
    found = said(nlp, "در دیدار با کریم ریگی، شهردار سراوان، گفت‌وگو شد. سفیر پاکستان از ریگی دعوت کرد تا به "
                      "کویته سفر کند؛ شهردار سراوان گفت که این سفر هنوز قطعی نشده است.")
    assert found and all(speaker == "کریم ریگی" for speaker, _text in found), found


def test_what_someone_wrote_in_a_message_is_their_statement(nlp):
    found = said(nlp, "فابریتسیو مارکتی، دبیرکل شبکه شهرهای آرام، در پیامی به شهرداری سی‌سخت نوشت: «در سی‌سخت دیدم که "
                      "آرامش یک شعار نیست.»")
    assert any(speaker == "فابریتسیو مارکتی" and "آرامش یک شعار نیست" in text for speaker, text in found), found
