"""What the fact rules need to know about one article: titles, who holds them, who «وی» is.

Titles are read first for the whole article («شهردار مشهد», «دبیرکل متروپلیس»): a title
next to a name gives its holder («محمدرضا قلندرشریف، شهردار مشهد»); a title never
written next to a name is matched to a person the article names without a title, the first
one named after it (Persian news often writes «شهردار مشهد گفت» before naming him), else the
last one before.  Deputies («معاون شهردار») are not the office.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..document import Document, Entity, Mention
from ..entities.organizations import board_noun_length
from ..text.normalize import fold
from ..text.tokens import Token, tokenize

DATA = Path(__file__).resolve().parent.parent / "data"
PRONOUNS = {fold(w) for w in ("وی", "او", "ایشان")}
FIRST_PERSON = fold("من")
_IT = fold("آن")
# A verb and «و» (or «، اما»): a new clause starts, with its own subject and its own negation
# («... را پیشنهاد داد و کریم گفت», «... دیدار کرده بود و رأی امروز ... نیست», «... مطرح کرد، اما X گفت»)
RE_VERB_AND = re.compile(r"\s(?:کرد|کرده|کردند|بود|بودند|شد|شده|شدند|است|هستند|داد|دادند|رسید|رسیدند|دارد|دارند)"
                         r"(?:\s+و|\s*،\s*(?:و|اما|ولی))\s")
# Words that count a plural noun: «صدها شهردار», «برخی اعضای شورا» (kg.entities.persons has the numerals)
QUANTIFIERS = {fold(w) for w in ("چند", "صدها", "هزاران", "ده‌ها", "دهها", "برخی", "همه", "تمام", "تمامی", "شماری")}
_OUR_COUNTRY = fold("کشورمان")
IRAN = "country/IR"
_BEFORE_A_JOINED_BODY = {fold("به"), fold("اعضای")}
_MEMBERSHIP_NOUNS = {fold(w) for w in ("عضویت", "عضو", "اعضای")}
_MEMBER_OR_HEAD = _MEMBERSHIP_NOUNS | {fold("ریاست")}     # «به ریاست شبکه انتخاب شد»
_SEATS = {fold(w) for w in ("کرسی", "کرسی‌های")}   # «کرسی هیئت‌مدیره را به دست آوردند»: a seat on a board
_TO, _WAY, _MOST = fold("به"), fold("راه"), fold("ترین")     # «به هیئت‌مدیره راه یافت»: made it onto the board
_OTHER = fold("دیگر")     # «دو عضو دیگر کمیته اجرایی»
# What follows a bare board noun ending its phrase: «به عضویت هیئت‌مدیره درآمد / انتخاب شد»
_AFTER_A_BARE_BOARD = {fold(w) for w in ("انتخاب", "برگزیده", "شد", "شدند", "است", "هستند", "بود", "بودند", "و", "نیز",
                                         "را", "هم", "راه")}
_COME_IN = fold("درآ")
# The heads of a city's own institutions, which stand for the city in pairs and are not «این سازمان».
MUNICIPAL = tuple(fold(w) for w in ("شهرداری", "شورای شهر", "شورای اسلامی شهر", "مجلس شهر", "دومای شهر", "بلدیه",
                                    "شاروالی"))
ORDINALS = {fold(w) for w in ("نخستین", "اولین", "دومین", "سومین", "چهارمین", "پنجمین", "آخرین", "جدید", "تازه")}
JOIN_STEM = fold("پیوست")   # «پیوست», «پیوسته‌اند», «پیوستند»
# What may follow a bare «شورا» / «سازمان» that stands for the body just named («رئیس شورا و ...»)
BARE_NOUN_ENDS = {fold(w) for w in ("و", "در", "که", "نیز", "هم", "با", "به", "از", "گفت", "افزود")}
# Predicates shared by different offices of one place: a governor-general (استاندار) and a governor (فرماندار).
TITLE_NAMES_THE_OFFICE = {"governorOf"}
# Types of known organisations (organizations.tsv) that are Iran's own, and those that are not any one country's.
IRANIAN_BODIES = {"national", "ministry", "news", "university", "club"}
FOREIGN_BODIES = {"network", "intl", "bloc"}
# «این مقام کره‌ای», «این دیپلمات روس»: «این» + one of these nouns stands for a person like «وی».
PERSON_NOUNS = {fold(w) for w in ("مقام", "دیپلمات", "مسئول", "مقام‌مسئول", "سیاستمدار", "مهمان")}
CITY_NOUNS = {fold(w) for w in ("شهر", "کلانشهر", "کلان‌شهر", "پایتخت", "بندر", "شهرستان")}
COUNTRY_NOUNS = {fold(w) for w in ("کشور",)}
# «هیئت همدانی با ... دیدار کرد»: a delegation stands for the one who heads it («در رأس هیئتی», «به ریاست X»),
# but not the governing bodies the same noun names («هیئت مدیره», «هیئت دولت»).
DELEGATION = {fold(w) for w in ("هیئت", "هیأت", "هیئتی", "هیأتی", "هیات", "هیاتی", "میهمانان", "مهمانان")}
def _honorifics() -> frozenset[str]:
    """«دکتر», «مهندس», «سرکار خانم»: what may stand between «به ریاست» and the name."""
    from ..entities.lexicon import Lexicon

    return Lexicon.load().honorifics


# between a delegation's noun and its town: «هیئتی از شهرداری X», «هیئت پنج نفره X»
_DELEGATION_FILLERS = {fold(w) for w in ("از", "شهرداری", "شهر", "رسمی", "نفره", "و", "شورای", "اسلامی")}
NOT_A_DELEGATION = {fold(w) for w in ("مدیره", "رئیسه", "علمی", "امنا", "امنای", "دولت", "وزیران", "دولتی",
                                      "منصفه", "داوران", "عامل", "نظارت", "مؤسس", "موسس", "اجرایی")}
LED_BY = {fold(w) for w in ("ریاست", "سرپرستی", "رهبری")}
REPORTING_OPENERS = tuple(fold(w) for w in ("به گزارش", "به نقل از", "به گفته"))
# Words between a title and what it is of: «سرکنسول جدید جمهوری ترکیه», «شهردار شهر نیامی».
TITLE_FILLERS = {fold(w) for w in ("جدید", "سابق", "اسبق", "وقت", "محترم", "فعلی", "ویژه", "شهر", "کلانشهر",
                                   "شهرستان", "استان",
                                   "کشور", "جمهوری", "منتخب", "کنونی",
                                   # «سفیر فوق‌العاده و تام‌الاختیار», «نماینده دائم ایران»
                                   "دائم", "فوق‌العاده", "فوق العاده", "تام‌الاختیار", "تام الاختیار",
                                   # «عضو هیئت علمی / مدیره / رئیسه / امنای X»
                                   "علمی", "مدیره", "رئیسه", "امنای")}
# A title right after one of these belongs to someone else: «معاون شهردار», «مشاور دبیرکل».
DEPUTY_WORDS = {fold(w) for w in ("معاون", "معاونان", "مشاور", "سخنگوی", "نماینده", "قائم‌مقام", "قائم مقام",
                                  "نایب", "دستیار", "همسر", "فرزند", "دفتر", "حوزه")}


@dataclass(frozen=True)
class Title:
    text: str
    kind: str            # office | deputy | member | generic
    predicate: str | None
    object_classes: frozenset[str]
    city_predicate: str | None = None   # the predicate when the object is a city, if another

    def predicate_for(self, cls: str) -> str | None:
        """The fact this title gives for an object of class ``cls`` («حاکم» of a town is its mayor)."""
        return self.city_predicate if cls == "City" and self.city_predicate else self.predicate


@lru_cache(maxsize=1)
def titles() -> dict[str, Title]:
    """Folded title (spaces removed) → Title, from kg/data/persons/roles.tsv."""
    out = {}
    for line in (DATA / "persons" / "roles.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + ["-", "-", "-"]
        text, kind, pred, classes, city_pred = cols[:5]
        out[fold(text)] = Title(text, kind, None if pred == "-" else pred,
                                frozenset() if classes == "-" else frozenset(classes.split("|")),
                                None if city_pred in ("-", "") else city_pred)
    return out


# Offices a bare title after a name may hold in the sentence's one city («X فرماندار، Y شهردار»)
_LOCAL_OFFICES = {"mayorOf", "governorOf"}


def _ezafe_title(key: str, table: dict[str, Title]) -> bool:
    """«کانتیبای این شهر»: a title ending in a vowel written with the ezafe's «ی»."""
    return key.endswith("ی") and key[:-1] in table and key[-2:-1] in ("ا", "و")


@lru_cache(maxsize=1)
def organisation_nouns() -> frozenset[str]:
    """Folded nouns that name a kind of institution (the one-word heads of kg/data/org_heads.tsv)."""
    rows = (line.split("\t")[0] for line in (DATA / "org_heads.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return frozenset(fold(r) for r in rows if " " not in r)


@dataclass
class RoleMention:
    """A title in the text, what it is of, and (once resolved) who holds it."""

    start: int                       # the title's first character
    end: int                         # end of what it is of (or of the title)
    title: Title
    of: Mention | None
    deputy: bool
    holder: str | None = None        # person key
    inferred: bool = False           # holder matched by position, not written next to the title

    @property
    def office(self) -> tuple[str, str] | None:
        """Which office this is, comparable across mentions: (predicate or title, entity key)."""
        if self.deputy or self.of is None or self.title.kind != "office":
            return None
        if self.title.predicate in TITLE_NAMES_THE_OFFICE:   # «استاندار اردبیل» is not «فرماندار اردبیل»
            return (f"{self.title.predicate}:{fold(self.title.text)}", self.of.entity_key)
        return (self.title.predicate or fold(self.title.text), self.of.entity_key)


@dataclass
class Agent:
    """Someone who can act or speak in a sentence: a person, a title, or a pronoun."""

    start: int
    end: int
    key: str | None                  # resolved person key (None when unnamed)
    kind: str                        # person | role | pronoun | first-person («من», resolved per quotation)
    #                                  | speaker (the one quoted, subject of a verb in the first person)


@dataclass
class ArticleContext:
    doc: Document
    tokens: list[Token] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    _squeezed: dict = field(default_factory=dict, repr=False)   # sentence index → Squeezed
    _agents: dict = field(default_factory=dict, repr=False)     # sentence index → agents, made once
    _reporter_ends: dict = field(default_factory=dict, repr=False)  # sentence index → end of «به گزارش X،»
    _heads: list | None = field(default=None, repr=False)       # (offset, person key) of each led delegation

    @classmethod
    def of(cls, doc: Document) -> "ArticleContext":
        ctx = cls(doc, doc.tokens or tokenize(doc.text))
        for m in doc.mentions:
            ctx.by_sentence.setdefault(m.sentence, []).append(m)
        ctx._token_starts = [t.start for t in ctx.tokens]
        ctx._find_roles()
        ctx._resolve_roles()
        return ctx

    # -- tokens -------------------------------------------------------------------------------
    def squeezed(self, sentence: int):
        """The sentence without spaces and half-spaces, for cue matching; made once per sentence."""
        from .rules import Squeezed

        if sentence not in self._squeezed:
            s = self.doc.sentences[sentence]
            self._squeezed[sentence] = Squeezed(self.doc.text, s.start, s.end)
        return self._squeezed[sentence]

    def token_index(self, offset: int) -> int:
        """Index of the token that starts at or before ``offset``."""
        return max(0, bisect_right(self._token_starts, offset) - 1)

    def mentions_in(self, sentence: int) -> list[Mention]:
        return self.by_sentence.get(sentence, [])

    def outer_mentions(self, sentence: int) -> list[Mention]:
        """Mentions of a sentence that no longer mention contains (the «شورای شهر قم», not its «قم»)."""
        ms = self.mentions_in(sentence)
        return [m for m in ms if not any(o is not m and o.start <= m.start and m.end <= o.end
                                         and (o.end - o.start) > (m.end - m.start) for o in ms)]

    # -- titles -------------------------------------------------------------------------------
    def _mention_starting(self, offset: int) -> Mention | None:
        best = None
        for m in self.doc.mentions:
            if m.start == offset and (best is None or m.end > best.end):
                best = m
        return best

    def _find_roles(self) -> None:
        table = titles()
        toks = self.tokens
        i = 0
        while i < len(toks):
            n = 0
            one = toks[i].key
            if i + 2 < len(toks) and one + toks[i + 1].key + toks[i + 2].key in table:
                n = 3   # «رئیس قدرت اجرایی»
            elif i + 1 < len(toks) and one + toks[i + 1].key in table:
                n = 2
            elif one in table or _ezafe_title(one, table):
                n = 1
            if not n:
                i += 1
                continue
            title = table.get("".join(t.key for t in toks[i:i + n])) or table[one[:-1]]
            deputy = self.deputy_word_before(i) is not None
            j = i + n
            while j < len(toks) and self._mention_starting(toks[j].start) is None:
                if fold(toks[j].text) in TITLE_FILLERS:
                    j += 1
                elif fold(toks[j].text) == "و" and j + 1 < len(toks) and fold(toks[j + 1].text) in table:
                    j += 2  # «رئیس و اعضای شورای شهر قم»: coordinated titles share what they are of
                elif fold(toks[j].text) == "و" and j > i + n and fold(toks[j - 1].text) in TITLE_FILLERS \
                        and j + 1 < len(toks) and fold(toks[j + 1].text) in TITLE_FILLERS:
                    j += 1  # «سفیر فوق‌العاده و تام‌الاختیار ایران»
                elif toks[j].text == "(" and j + 2 < len(toks) and toks[j + 1].key in table and toks[j + 2].text == ")":
                    # «اکیم (شهردار) آلماتی», «حاکم (شهردار) خیوه»: a local title glossed in brackets is the
                    # gloss's («شهردار (حاکم) شهر بخارا» stays a mayor's)
                    if title.predicate != "mayorOf":
                        title = table[toks[j + 1].key]
                    j += 3
                else:
                    break
            of = self._mention_starting(toks[j].start) if j < len(toks) else None
            if of is not None and of.cls == "Person":
                of = None
            if of is not None and j > i + n and of.cls not in title.object_classes \
                    and any(toks[k].key == fold("و") for k in range(i + n, j)):
                of = None   # «دبیرکل و شهردار سلیمانیه»: the city is the mayor's, a secretary-general has none
            if of is None and j + 1 < len(toks) and toks[j].key == fold("این") and toks[j + 1].key in CITY_NOUNS:
                of = self._last_city_before(toks[j].start, toks[j + 1].end)  # «شهردار این شهر»
            elif of is None and j + 1 < len(toks) and toks[j].key == fold("این") and toks[j + 1].key in COUNTRY_NOUNS:
                of = self._last_city_before(toks[j].start, toks[j + 1].end, "Country")  # «سفیر این کشور»
            elif of is None and j < len(toks) and toks[j].key == _OUR_COUNTRY and not self._in_guillemets(toks[j].start):
                of = self._iran_at(toks[j].start, toks[j].end)  # «سرکنسول کشورمان»: Iran, in the Iranian press
            elif of is None and j + 1 < len(toks) and toks[j].key == fold("این") \
                    and toks[j + 1].key in organisation_nouns():
                of = self._last_org_before(toks[j].start, toks[j + 1].end, toks[j + 1].key)  # «رئیس این شورا»
            elif of is None and j < len(toks) and toks[j].key in organisation_nouns() and (
                    j + 1 >= len(toks) or not toks[j + 1].is_word or toks[j + 1].key in BARE_NOUN_ENDS):
                # «هیأتی از شورای اسلامی شهر خوی به ریاست X رئیس شورا»: the bare noun is the body just named
                of = self._last_org_before(toks[j].start, toks[j].end, toks[j].key)
                # named in another sentence, it is meant only if it is the article's one body of that kind
                if of is not None and self.doc.sentence_at(self._org_named_at(of)) != self.doc.sentence_at(toks[j].start) \
                        and self._bodies_named(toks[j].key) > 1:
                    of = None
            if of is None and title.predicate in _LOCAL_OFFICES and j == i + n and self._after_a_name(toks[i].start) \
                    and (j >= len(toks) or not toks[j].is_word or toks[j].key == fold("و")):
                # «در فرمانداری ایرانشهر با X فرماندار، Y شهردار»
                of = self._the_sentence_s_one_city(toks[i].start, toks[i + n - 1].end)
            end = of.end if of else toks[i + n - 1].end
            self.roles.append(RoleMention(toks[i].start, end, title, of, deputy))
            i += n

    def _iran_at(self, start: int, end: int) -> Mention:
        """«کشورمان» as a mention of Iran (added to the article's entities if it names Iran nowhere else)."""
        if IRAN not in self.doc.entities:
            from ..entities.gazetteer import Gazetteer

            entry = Gazetteer.load().by_key[IRAN]
            self.doc.entities[IRAN] = Entity(IRAN, "Country", entry.label_fa, entry.label_en, set(), list(entry.same_as))
        return Mention(start, end, self.doc.text[start:end], "Country", IRAN, "anaphora", self.doc.sentence_at(start))

    def _in_guillemets(self, pos: int) -> bool:
        """Whether ``pos`` is inside «...» (a quotation: «کشورمان» there is the speaker's country)."""
        text = self.doc.text
        return text.rfind("«", 0, pos) > text.rfind("»", 0, pos)

    def _after_a_name(self, start: int) -> bool:
        """Whether a person's name ends right before ``start``."""
        before = self.doc.text[:start].rstrip()
        return any(m.cls == "Person" and m.end == len(before) for m in self.doc.mentions)

    def _the_sentence_s_one_city(self, start: int, end: int) -> Mention | None:
        """The one city the sentence names before ``start`` (as a mention of ``start``–``end``, the bare title),
        if it names just one."""
        sentence = self.doc.sentence_at(start)
        s = self.doc.sentences[sentence]
        cities = {m.entity_key for m in self.doc.mentions if m.cls == "City" and s.start <= m.start < start}
        if len(cities) != 1:
            return None
        return Mention(start, end, self.doc.text[start:end], "City", next(iter(cities)), "anaphora", sentence)

    def _last_city_before(self, start: int, end: int, cls: str = "City") -> Mention | None:
        """«این شهر» («این کشور» with ``cls`` Country) as a mention of the place named last before it."""
        place = self._last_place_before(start, cls)
        if place is None:
            return None
        return Mention(start, end, self.doc.text[start:end], cls, place.entity_key, "anaphora",
                       self.doc.sentence_at(start))

    def _bodies_named(self, noun: str) -> int:
        """How many organisations of the article have ``noun`` in their name («شورا»: councils)."""
        return sum(1 for e in self.doc.entities.values() if e.cls == "Organization" and noun in fold(e.label_fa))

    def _org_named_at(self, anaphor: Mention) -> int:
        """Where the organisation an anaphor stands for was last named before it."""
        return next((m.start for m in reversed(self.doc.mentions) if m.entity_key == anaphor.entity_key
                     and m.end <= anaphor.start), anaphor.start)

    def _last_org_before(self, start: int, end: int, noun: str) -> Mention | None:
        """«این شورا» as a mention of the last organisation before it whose name holds that noun."""
        org = next((m for m in reversed(self.doc.mentions) if m.cls == "Organization" and m.end <= start
                    and noun in fold(self.doc.entities[m.entity_key].label_fa + m.surface)), None)
        if org is None:
            return None
        return Mention(start, end, self.doc.text[start:end], "Organization", org.entity_key, "anaphora",
                       self.doc.sentence_at(start))

    def deputy_word_before(self, i: int) -> int | None:
        """«معاون شهردار», «معاونان اداری و مالی شهردار تبریز»: the index of a deputy word a few words before
        token ``i``, no comma between (None when there is none)."""
        for k in range(i - 1, max(-1, i - 5), -1):
            tok = self.tokens[k]
            if not tok.is_word:
                return None
            if fold(tok.text) in DEPUTY_WORDS:
                return k
        return None

    def _person_ending_at(self, offset: int) -> Mention | None:
        for m in self.doc.mentions:
            if m.cls == "Person" and m.end == offset:
                return m
        return None

    def _person_starting_at(self, offset: int) -> Mention | None:
        for m in self.doc.mentions:
            if m.cls == "Person" and m.start == offset:
                return m
        return None

    def adjacent_person(self, role: RoleMention) -> str | None:
        """The name written next to a title: «X، شهردار Y», «X شهردار Y», «شهردار Y، X», «شهردار Y «X»»."""
        ti = self.token_index(role.start)
        if ti >= 2 and self.tokens[ti - 2].key == fold("به") and self.tokens[ti - 1].key == fold("عنوان") \
                or ti >= 1 and self.tokens[ti - 1].key == fold("به‌عنوان"):
            # «X، شهردار یزد، به عنوان نایب‌رئیس مجمع انتخاب شد»: the title is X's
            sentence = self.doc.sentence_at(role.start)
            first = next((m for m in self.mentions_in(sentence) if m.cls == "Person" and m.end <= role.start), None)
            if first is not None:
                return first.entity_key
        k = ti - 1
        if k >= 0 and self.tokens[k].key in ORDINALS:
            k -= 1  # «X، نخستین سرکنسول ...»
        if k >= 0 and self.tokens[k].text in {"،", ","}:
            k -= 1
        if k >= 0 and self.tokens[k].text == "»":
            k -= 1
        if k >= 0:
            p = self._person_ending_at(self.tokens[k].end)
            if p:
                return p.entity_key
        held = self._holder_of_a_copular_title(role)
        if held is not None:
            return held
        if ti >= 2 and self.tokens[ti - 2].key == fold("به") and self.tokens[ti - 1].key == fold("گفته"):
            return None  # «به گفته شهردار سنندج، ناسیمنتو ...»: the comma ends the attribution, not an apposition
        # after the title: skip «در X» (consuls: «سرکنسول ترکیه در مشهد، مراد ارکول»), «،» and «»
        k = self.token_index(role.end - 1) + 1
        steps = 0
        while k < len(self.tokens) and steps < 4:
            tok = self.tokens[k]
            p = self._person_starting_at(tok.start)
            if p:
                return p.entity_key
            if tok.text in {"،", ",", "«", "(", ")"} or tok.key in _honorifics():
                k += 1      # («والی غردایه، آقای سمیر تواتی»)
            elif fold(tok.text) == "در" and k + 1 < len(self.tokens) and self._mention_starting(self.tokens[k + 1].start):
                k = self.token_index(self._mention_starting(self.tokens[k + 1].start).end - 1) + 1
            else:
                break
            steps += 1
        return None

    def _holder_of_a_copular_title(self, role: RoleMention) -> str | None:
        """«پتکوف از سال ۲۰۱۹ شهردار کازانلاک است», «X که از سال گذشته سفیر ایران در کنیا است»: the person a
        copular clause gives the title to, past «(که) از (سال) N» before it."""
        text = self.doc.text
        s = self.doc.sentences[self.doc.sentence_at(role.start)]
        since = _RE_SINCE_BEFORE.search(text, max(s.start, role.start - 40), role.start)
        if since is None or not _RE_COPULA_AFTER_TITLE.match(text, role.end):
            return None
        p = self._person_ending_at(since.start())
        return p.entity_key if p else None

    def _resolve_roles(self) -> None:
        holders: dict[tuple[str, str], str] = {}
        prev: RoleMention | None = None
        for r in self.roles:
            if r.deputy:
                continue
            r.holder = self.adjacent_person(r) or self._second_title_of(prev, r)
            prev = r
            if r.holder and r.office and r.office not in holders:
                holders[r.office] = r.holder
        # anyone with a title of their own (an office or a deputy's) is not the holder of another title;
        # a member («عضو هیئت مدیره», «نایب‌رئیس مجمع»: titles that make a member) still may be
        titled = set(holders.values()) | {r.holder for r in self.roles
                                          if r.holder and r.title.kind != "member" and r.title.predicate != "memberOf"
                                          and not (r.title.kind == "generic" and r.of is None)}   # «X هیئت را ...»
        member_titled = {r.holder for r in self.roles if r.holder} - titled
        persons = [m for m in self.doc.mentions if m.cls == "Person"]
        for r in self.roles:
            if r.holder or r.office is None or self._counted(r):
                continue
            if r.office in holders:
                r.holder, r.inferred = holders[r.office], True
                continue
            # a title never written next to a name: the first untitled person named after it, else before
            # (one with a member's title of their own only from the next sentence: «به دلیل سفر شهردار بن به
            # کیوتو ...» is not «حسین مرادی‌پور، عضو شورای اسلامی شهر اراک» three sentences on)
            near = self.doc.sentence_at(r.start) + 1
            after = [m for m in persons if m.start > r.start and m.entity_key not in titled
                     and (m.entity_key not in member_titled or m.sentence <= near)
                     and not self._meets_office(m, r.office) and not self._met_by(r, m)]
            before = [m for m in persons if m.start < r.start and m.entity_key not in titled
                      and not self._meets_office(m, r.office)]
            pick = after[0] if after else (before[-1] if before else None)
            if pick is not None:
                holders[r.office] = r.holder = pick.entity_key
                r.inferred = True
                titled.add(pick.entity_key)
        # a bare title («میزبان سفیر بود») stands for the one who held it when it was last written in full
        for r in self.roles:
            if r.holder is None and r.of is None and not r.deputy and r.title.kind == "office" and not self._counted(r):
                earlier = [o for o in self.roles if o.start < r.start and o.holder and o.of is not None
                           and fold(o.title.text) == fold(r.title.text)]
                if earlier:
                    r.holder, r.inferred = earlier[-1].holder, True

    def _second_title_of(self, prev: RoleMention | None, r: RoleMention) -> str | None:
        """«X، شهردار هیروشیما و رئیس شبکه شهرداران برای صلح،»: a second title joined by «و» to one written after
        its holder's name is that holder's too."""
        if prev is None or not prev.holder or self.doc.text[prev.end:r.start].strip() != "و":
            return None
        sentence = self.doc.sentence_at(r.start)
        named_before = any(m.entity_key == prev.holder and m.end <= prev.start for m in self.mentions_in(sentence))
        return prev.holder if named_before else None

    def _counted(self, r: RoleMention) -> bool:
        """«بیش از ۲۵۰۰ شهردار، عضو شورا و کارشناس»: titles in a counted list name nobody."""
        from ..entities.lexicon import Lexicon

        titles = Lexicon.load().role_first_words
        k = self.token_index(r.start) - 1
        # back over the list: «۲۵۰۰ شهردار، عضو شورا و ...»
        while k >= 0 and (self.tokens[k].text in ("،", ",", "و") or self.tokens[k].key in titles):
            k -= 1
        return k >= 0 and (self.tokens[k].is_number or self.tokens[k].key in QUANTIFIERS)

    def _meets_office(self, person: Mention, office: tuple[str, str]) -> bool:
        """«X در دیدار با شهردار مشهد ...»: X met the holder of that office, so X does not hold it."""
        sentence = self.doc.sentence_at(person.start)
        for r in self.roles:
            if r.office == office and self.doc.sentence_at(r.start) == sentence and self.ba_before(r.start):
                return True
        return False

    def _met_by(self, r: RoleMention, person: Mention) -> bool:
        """«شهردار تهران با (اعضای هیئت از جمله) X دیدار کرد»: X is the one the title's holder meets, not its holder."""
        if self.doc.sentence_at(r.start) != person.sentence:
            return False
        return any(t.text == "با" for t in self.tokens[self.token_index(r.end):self.token_index(person.start)])

    def office_of(self, person: str) -> str | None:
        """What the person's office is of («شهردار مشهد» → Mashhad), from the article's titles."""
        for r in self.roles:
            if r.holder == person and r.office is not None and r.of is not None:
                return r.of.entity_key
        return None

    def role_at(self, mention: Mention) -> RoleMention | None:
        """The title whose object is ``mention`` («مشهد» in «شهردار مشهد»)."""
        for r in self.roles:
            if r.of is mention:
                return r
        return None

    # -- agents --------------------------------------------------------------------------------
    def agents(self, sentence: int) -> list[Agent]:
        """Persons, resolved titles and pronouns of a sentence, in order (computed once per sentence;
        callers must not change the agents they get)."""
        if sentence not in self._agents:
            self._agents[sentence] = self._find_agents(sentence)
        return self._agents[sentence]

    def _find_agents(self, sentence: int) -> list[Agent]:
        s = self.doc.sentences[sentence]
        out: list[Agent] = []
        for m in self.mentions_in(sentence):
            if m.cls == "Person":
                out.append(Agent(m.start, m.end, m.entity_key, "person"))
        for r in self.roles:
            if s.start <= r.start < s.end and r.title.kind == "office" and not r.deputy:
                # «فرماندار و شهردار این شهر»: a second title inside the first one's span is another agent
                if not any(a.start <= r.start < a.end and (a.kind == "person" or a.key == r.holder) for a in out):
                    out.append(Agent(r.start, r.end, r.holder, "role"))
        toks = self.tokens
        for k in range(self.token_index(s.start), len(toks)):
            t = toks[k]
            if t.start >= s.end:
                break
            if t.start >= s.start and t.key in PRONOUNS:
                out.append(Agent(t.start, t.end, None, "pronoun"))
            elif t.start >= s.start and t.key == FIRST_PERSON:
                out.append(Agent(t.start, t.end, None, "first-person"))   # «من»: the speaker of a quotation
            elif t.key in DELEGATION and (k + 1 >= len(toks) or toks[k + 1].key not in NOT_A_DELEGATION):
                head = self.delegation_head(t.start)
                if head is not None:
                    out.append(Agent(t.start, t.end, head, "role"))
            elif t.key == fold("این") and k + 1 < len(toks) and toks[k + 1].key in PERSON_NOUNS:
                key = self._last_diplomat(t.start) if toks[k + 1].key == fold("دیپلمات") else None
                if key is None and k + 2 < len(toks) and _is_nationality(toks[k + 2].text):
                    # «این مقام ترکیه‌ای»: the last person named whose office is (not) Iran's
                    key = self._last_person_of(t.start, iranian=toks[k + 2].key == fold("ایرانی"))
                out.append(Agent(t.start, toks[k + 1].end, key, "role" if key else "pronoun"))
        out.sort(key=lambda a: a.start)
        # drop the person written next to a title: the title and the name are one agent
        merged: list[Agent] = []
        for a in out:
            if merged and a.key is not None and merged[-1].key == a.key and a.start - merged[-1].end <= 3:
                merged[-1].end = a.end
                continue
            merged.append(a)
        return merged

    def delegations(self) -> list[tuple[int, str]]:
        """(offset of the delegation's noun, key of its head) for every delegation the article says who leads."""
        if self._heads is None:
            self._heads = self._find_delegation_heads()
        return self._heads

    def delegation_head(self, at: int) -> str | None:
        """Who heads the delegation last introduced at or before ``at``: the person before «در رأس هیئتی»,
        or after «هیئتی ... به ریاست / سرپرستی X» in the same sentence; None when no head is named."""
        return next((key for start, key in reversed(self.delegations()) if start <= at), None)

    def _find_delegation_heads(self) -> list[tuple[int, str]]:
        heads: list[tuple[int, str]] = []
        toks = self.tokens
        for k, t in enumerate(toks):
            if t.key not in DELEGATION or (k + 1 < len(toks) and toks[k + 1].key in NOT_A_DELEGATION):
                continue
            sentence = self.doc.sentence_at(t.start)
            people = [(m.start, m.end, m.entity_key) for m in self.mentions_in(sentence) if m.cls == "Person"]
            people += [(r.start, r.end, r.holder) for r in self.roles if r.holder and r.title.kind == "office"
                       and not r.deputy and self.doc.sentence_at(r.start) == sentence]
            key = None
            if k >= 2 and toks[k - 1].key == fold("این") and toks[k - 2].key in LED_BY:
                # «ریاست این هیئت را X، شهردار کرج، بر عهده دارد»: the head of the delegation named before
                after = [p for p in people if p[0] > t.start]
                opened = next((o.start for o in reversed(toks[:k - 2]) if o.key in DELEGATION), None)
                if after and opened is not None and opened not in {start for start, _ in heads}:
                    heads.append((opened, min(after)[2]))
                continue
            if k >= 2 and toks[k - 1].key in (fold("رأس"), fold("راس")) and toks[k - 2].key == fold("در"):
                before = [p for p in people if p[1] <= toks[k - 2].start]
                key = max(before)[2] if before else None             # «X، شهردار اصفهان، در رأس هیئتی»
            else:
                s_end = self.doc.sentences[sentence].end
                for j in range(k + 1, min(k + 16, len(toks) - 2)):
                    if toks[j].start >= s_end:
                        break
                    if toks[j].key == fold("به") and toks[j + 1].key in LED_BY:
                        after = [p for p in people if p[0] >= toks[j + 1].end and all(
                            fold(w) in _honorifics() for w in self.doc.text[toks[j + 1].end:p[0]].strip(" ،«»").split())]
                        key = min(after)[2] if after else None    # «هیئتی از شورای شهر همدان به ریاست X»
                        break
            if not key and not heads:     # (a delegation led by someone named before is that one: «هیئت یزدی»)
                key = self._mayor_of_the_delegation_s_town(k)
            if key:
                heads.append((t.start, key))
        return sorted(heads)

    def _mayor_of_the_delegation_s_town(self, k: int) -> str | None:
        """«هیئت شش‌نفره تویسرکان», «هیئت تویسرکانی», «هیئتی از شهرداری تویسرکان»: a delegation of a town whose
        head is not named is led by that town's mayor, when the article names him."""
        toks = self.tokens
        j = k + 1
        while j < len(toks) and j - k <= 7 and (toks[j].key.endswith(fold("نفره")) or toks[j].key in _DELEGATION_FILLERS):
            j += 1      # «هیئت هشت نفره»: the head count; «هیئتی از شهرداری و شورای اسلامی شهر ...»
        if j >= len(toks) or not toks[j].is_word:
            return None
        towns = [m for m in self.doc.mentions if m.cls == "City"]
        town = next((m.entity_key for m in towns if m.start == toks[j].start), None)
        if town is None and toks[j].key.endswith("ی"):     # «هیئت تویسرکانی»: the town's adjective
            town = next((m.entity_key for m in towns if fold(m.surface) + "ی" == toks[j].key), None)
        if town is None:
            return self._foreign_official_of_the_delegation(toks[j].key)
        mayors = {r.holder for r in self.roles if r.holder and not r.deputy and r.title.predicate == "mayorOf"
                  and r.of is not None and r.of.entity_key == town}
        if not mayors:  # «رئیس کمیته اجرایی شهر گرودنو»: else the one head of a body of that town
            mayors = {r.holder for r in self.roles if r.holder and not r.deputy and r.title.predicate == "headOf"
                      and r.of is not None and r.of.cls == "Organization" and any(
                          m.entity_key == town and r.of.start <= m.start and m.end <= r.of.end for m in towns)}
        return next(iter(mayors)) if len(mayors) == 1 else None

    def _foreign_official_of_the_delegation(self, adjective: str) -> str | None:
        """«هیئت ژاپنی»: a delegation named by a foreign country the article names is led by the one person whose
        offices are all abroad, when there is only one («نامی اوکادا، رئیس شورای شهر هیمه‌جی»)."""
        country = next((m for m in self.doc.mentions if m.cls == "Country" and m.entity_key != IRAN
                        and adjective in (fold(m.surface) + "ی", fold(m.surface) + "ای")), None)
        if country is None:
            return None
        abroad: dict[str, set[bool]] = {}
        for r in self.roles:
            if r.holder and r.of is not None and not r.deputy:
                where = self._in_iran(r.of)
                if where is not None:
                    abroad.setdefault(r.holder, set()).add(not where)
        officials = [holder for holder, places in abroad.items() if places == {True}]
        return officials[0] if len(officials) == 1 else None

    def _last_person_of(self, before: int, iranian: bool) -> str | None:
        """The person named last before ``before`` whose offices are all Iran's (``iranian``), or none is."""
        seen: set[str] = set()
        for m in reversed(self.doc.mentions):
            if m.cls != "Person" or m.start >= before or m.entity_key in seen:
                continue
            seen.add(m.entity_key)
            where = [self._in_iran(r.of) for r in self.roles if r.holder == m.entity_key and r.of is not None]
            where = [w for w in where if w is not None]
            if where and all(where) == iranian:
                return m.entity_key
        return None

    def _in_iran(self, of: Mention) -> bool | None:
        """Whether what an office is of belongs to Iran: a place by GeoNames, a known body by its type,
        another institution by the place in its name («شورای شهر تهران»); None when nothing tells."""
        from ..entities.gazetteer import Gazetteer

        key = of.entity_key
        if key.startswith("country/"):
            return key == "country/IR"
        entry = Gazetteer.load().by_key.get(key)
        if entry is not None:
            if entry.cls in ("City", "Province"):
                return entry.kind == "IR"
            if entry.cls == "Organization":
                return True if entry.kind in IRANIAN_BODIES else False if entry.kind in FOREIGN_BODIES else None
            return None
        inner = [m for m in self.doc.mentions if of.start <= m.start and m.end <= of.end and m is not of
                 and m.cls in ("City", "Province", "Country")]
        return self._in_iran(inner[-1]) if inner else None

    def _last_diplomat(self, before: int) -> str | None:
        """«این دیپلمات»: the holder of the last ambassador's or consul's title named before."""
        diplomatic = {"ambassadorOf", "consulGeneralOf"}
        for r in reversed(self.roles):
            if r.start < before and r.holder and r.title.predicate in diplomatic and not r.deputy:
                return r.holder
        return None

    def city_anaphora(self, sentence: int) -> list[tuple[int, int, str]]:
        """«این شهر», «این کلانشهر»: (start, end, key) of the city last named before it."""
        return self._place_anaphora(sentence, CITY_NOUNS, "City")

    def country_anaphora(self, sentence: int) -> list[tuple[int, int, str]]:
        """«این کشور» («لیما، پایتخت این کشور»): (start, end, key) of the country last named before it."""
        return self._place_anaphora(sentence, COUNTRY_NOUNS, "Country")

    def _place_anaphora(self, sentence: int, nouns: set[str], cls: str) -> list[tuple[int, int, str]]:
        s = self.doc.sentences[sentence]
        out = []
        toks = self.tokens
        for i in range(self.token_index(s.start), len(toks) - 1):
            if toks[i].start >= s.end:
                break
            if toks[i].key == fold("این") and toks[i + 1].key in nouns:
                place = self._last_place_before(toks[i].start, cls)
                if place is not None:
                    out.append((toks[i].start, toks[i + 1].end, place.entity_key))
        return out

    def _last_place_before(self, offset: int, cls: str) -> Mention | None:
        """The last place of class ``cls`` named before ``offset``, past an envoy's post when another place was
        named («... وارد میانه شده بود، با سفیر بلاروس در تهران به این شهر آمده»: not Tehran; but «سفیر ایران در
        آدیس‌آبابا با X، کانتیبای این شهر»)."""
        # (a county, «شهرستان خداآفرین», is no «این شهر»)
        before = [m for m in self.doc.mentions if m.cls == cls and m.end <= offset and m.source != "county"]
        posts = {id(p) for r in self.roles if r.title.predicate in ENVOY_PREDICATES for p in self.posts_of(r)} \
            if cls == "City" else set()     # («سفیر ایران در پرو ... این کشور» is Peru: the country is the post)
        unposted = [m for m in before if id(m) not in posts]
        return (unposted or before)[-1] if before else None

    def posts_of(self, role: RoleMention) -> list[Mention]:
        """What is named right after a title and «در»: where its holder serves («سرکنسول هند در بندرعباس»)."""
        at = _RE_POSTED_IN.match(self.doc.text, role.end)
        return [m for m in self.doc.mentions if m.start == at.end()] if at else []

    def organisation_anaphora(self, sentence: int) -> list[tuple[int, int, str]]:
        """«این فدراسیون», «این سازمان»: (start, end, key) of the organisation named last before it whose
        name holds that noun (or the last organisation at all for «این سازمان/نهاد»)."""
        s = self.doc.sentences[sentence]
        out = []
        toks = self.tokens
        generic = {fold("سازمان"), fold("نهاد")}
        nouns = organisation_nouns()
        for i in range(self.token_index(s.start), len(toks) - 1):
            if toks[i].start >= s.end:
                break
            noun = _without_copula(toks[i + 1].key, nouns)   # «عضو این شبکه‌اند»
            if toks[i].key in _MEMBERSHIP_NOUNS and noun.endswith("ی") and i + 2 < len(toks) and toks[i + 2].key == _IT:
                i += 1  # «از دیگر اعضای ایرانی آن هستند»: an adjective between
                noun = _IT
            if toks[i].start >= s.start and noun == _IT and (toks[i].key in _MEMBERSHIP_NOUNS or (
                    toks[i - 1].key in _MEMBERSHIP_NOUNS and toks[i].key.endswith("ی"))):
                # «عضو این شبکه ... و ... از اعضای آن»: the body this sentence named last, else
                # «تهران و مشهد پیش از این به عضویت آن درآمده بودند»: the body the article named last
                body = out[-1][2] if out else next(
                    (m.entity_key for m in reversed(self.doc.mentions) if m.cls == "Organization"
                     and m.end <= toks[i].start and not self.in_reporting_prefix(m) and not news_outlet(m.entity_key)
                     and not fold(self.doc.entities[m.entity_key].label_fa).startswith(MUNICIPAL)), None)
                if body is not None:
                    out.append((toks[i + 1].start, toks[i + 1].end, body))
                continue
            if toks[i].start >= s.start and (toks[i].key in _MEMBERSHIP_NOUNS or toks[i].key in _SEATS or (
                    toks[i].key == _TO and i + 3 < len(toks) and _WAY in (toks[i + 2].key, toks[i + 3].key))):
                # «عضو هیئت‌مدیره», «کرسی هیئت‌مدیره», «به هیئت‌مدیره راه یافت»
                k = i + 1
                if k < len(toks) and (toks[k].key == _OTHER or (toks[i].key in _SEATS and toks[k].key in ORDINALS)):
                    k += 1      # «کرسی‌های تازه هیئت‌مدیره», «دو عضو دیگر کمیته اجرایی»
                board = self._bare_board(k)
                if board is not None:
                    out.append(board)
                    continue
            if toks[i].start >= s.start and toks[i].key in _MEMBERSHIP_NOUNS and toks[i + 1].key.endswith(_MOST) \
                    and i + 2 < len(toks) and toks[i + 2].key in nouns:
                # «عضو بزرگ‌ترین شبکه شهرهای گردشگری دنیا»: the network the article named, described
                body = self.network_named_before(toks[i].start)
                if body is not None:
                    out.append((toks[i + 1].start, toks[i + 2].end, body))
                    continue
            if toks[i].start < s.start or noun not in nouns:
                continue
            # «این شبکه», and a bare «به شبکه پیوسته‌اند» (joining the network just named)
            # («به جمع اعضای مجمع پیوست»: the same after «اعضای»)
            bare_join = toks[i].key in _BEFORE_A_JOINED_BODY and i + 2 < len(toks) and toks[i + 2].key.startswith(JOIN_STEM)
            # «به عضویت فدراسیون درآمدند», «عضو شبکه است»: the bare noun ends its phrase (no name follows)
            bare_member = toks[i].key in _MEMBER_OR_HEAD and noun not in generic and i + 2 < len(toks) and (
                not toks[i + 2].is_word or toks[i + 2].key in _AFTER_A_BARE_BOARD or toks[i + 2].key.startswith(_COME_IN))
            if toks[i].key != fold("این") and not bare_join and not bare_member:
                continue
            # «این سازمان» is not a city's own municipality or council («شهرداری یزد به عضویت این سازمان»)
            # (after «اعضای» the noun must be the body's: «اعضای مجمع» is an assembly's)
            loose = noun in generic or (bare_join and toks[i].key != fold("اعضای"))
            named = [(m, fold(self.doc.entities[m.entity_key].label_fa + m.surface + _known_names(m.entity_key)))
                     for m in reversed(self.doc.mentions) if m.cls == "Organization" and m.end <= toks[i].start
                     and not self.in_reporting_prefix(m)]   # «به گزارش ایرنا، ... در این سازمان»: not the reporter
            body = next((m for m, label in named if noun in label), None)   # «به شبکه پیوستند»: a «شبکه ...»
            if loose and (body is None or noun in generic):
                body = next((m for m, label in named if not label.startswith(MUNICIPAL)), body)
            if body is not None:
                out.append((toks[i + 1 if bare_member else i].start, toks[i + 1].end, body.entity_key))
        return out

    def _bare_board(self, k: int) -> tuple[int, int, str] | None:
        """«شهرهای داکار و بوگوتا به عضویت هیئت‌مدیره درآمدند»: a board named by its bare noun right after
        «عضویت / عضو» is the board of the city network or international body the article named last; a seat on
        it is a membership of that body.  (start, end, body key) of the noun, or None."""
        toks = self.tokens
        words = board_noun_length(toks, k)
        if not words:
            return None
        end = toks[k + words - 1].end
        after = toks[k + words] if k + words < len(toks) else None
        if after is not None and after.is_word and not (after.key in _AFTER_A_BARE_BOARD or after.key.startswith(_COME_IN)):
            return None    # «هیئت‌مدیره این سازمان», «هیئت‌رئیسه کمیته زنان ...»: the body is named there
        body = self._board_named_before(toks[k].start) or self.network_named_before(toks[k].start)
        return (toks[k].start, end, body) if body is not None else None

    def network_named_before(self, pos: int) -> str | None:
        """The city network or international body the article named last before ``pos``."""
        return next((m.entity_key for m in reversed(self.doc.mentions) if m.cls == "Organization" and m.end <= pos
                     and _network_like(m.entity_key)), None)

    def _board_named_before(self, pos: int) -> str | None:
        """The body whose board the article last named in full before ``pos`` («نشست هیئت‌مدیره متروپلیس»): a
        later bare «هیئت‌مدیره» is that board, whatever other network was named in between."""
        body = None
        for m in self.doc.mentions:
            if m.start >= pos:
                break
            i = self.token_index(m.start)
            if m.cls == "Organization" and any(board_noun_length(self.tokens, i - n) == n for n in (1, 2) if i >= n):
                body = m.entity_key
        return body

    def after_ba(self, agent: Agent) -> bool:
        """Whether «با» stands just before the agent («در دیدار با X», «با «X»»): the other side, not the subject."""
        return self.ba_before(agent.start)

    def ba_before(self, start: int) -> bool:
        """Whether «با» stands within the two tokens before offset ``start``."""
        i = self.token_index(start)
        return any(t.text == "با" for t in self.tokens[max(0, i - 2):i])

    def in_reporting_prefix(self, m: Mention) -> bool:
        """Whether the mention is the reporter of «به گزارش X،» opening its sentence."""
        return m.start < self.reporting_prefix_end(m.sentence)

    def reporting_prefix_end(self, sentence: int) -> int:
        """End of «به گزارش X،» / «به نقل از X،» / «به گفته X،» at the start of a sentence (its start when
        none): whoever reports or is cited there is not the sentence's agent."""
        end = self._reporter_ends.get(sentence)
        if end is None:
            end = self._reporter_ends[sentence] = self._find_reporting_prefix_end(sentence)
        return end

    def _find_reporting_prefix_end(self, sentence: int) -> int:
        s = self.doc.sentences[sentence]
        text = self.doc.text[s.start:s.end]
        if fold(text[:12]).startswith(REPORTING_OPENERS):
            m = re.search(r"[،؛,]", text)
            if m and m.start() < 120:
                end = s.start + m.end()
                # «به گفته جواد نوری، فرماندار اردبیل، سفیر تونس ...»: the reporter's title belongs to the prefix
                after = end + len(self.doc.text[end:s.end]) - len(self.doc.text[end:s.end].lstrip())
                role = next((r for r in self.roles if r.start == after), None)
                if role is not None:
                    comma = re.compile(r"[،,]").search(self.doc.text, role.end, min(s.end, role.end + 3))
                    if comma:
                        return comma.end()
                return end
        return s.start


_RE_POSTED_IN = re.compile(r"\s+در\s+")   # «سفیر بلاروس در تهران»: where an envoy is posted
ENVOY_PREDICATES = ("ambassadorOf", "consulGeneralOf")
# «X از سال ۲۰۱۹ شهردار ...», «X که از سال گذشته سفیر ...»: a time phrase between a name and its title
_RE_SINCE_BEFORE = re.compile(r"\s+(?:که\s+)?از\s+(?:سال\s+)?\S+(?:\s+(?:گذشته|قبل|پیش))?\s+$")
# «... است», «... در کنیا است»: the title's clause ends in a copula
_RE_COPULA_AFTER_TITLE = re.compile(r"(?:\s+در\s+\S+)?\s+(?:است|بوده\s+است|بود|هست)(?![\w\u200c])")


def _is_nationality(word: str) -> bool:
    """«ترکیه‌ای», «روس», «ایرانی»: an adjective of nationality after «این مقام» (a word ending in «ی»)."""
    return (word.endswith("ی") and len(word) > 3) or fold(word) in _NATIONALITY_WORDS


# Adjectives of nationality that do not end in «ی»: «این مقام افغان», «این دیپلمات روس».
_NATIONALITY_WORDS = {fold(w) for w in ("روس", "افغان", "ترک", "عرب", "کرد", "تاجیک", "ازبک", "قزاق", "ترکمن",
                                        "قرقیز", "بلوچ", "پشتون", "آذری")}


_COPULA_ENDINGS = tuple(fold(w) for w in ("اند", "است", "ست"))


def _without_copula(key: str, nouns: frozenset[str]) -> str:
    """A folded noun without the copula written onto it («شبکه‌اند» → «شبکه»), when what is left is one of
    ``nouns``."""
    for ending in _COPULA_ENDINGS:
        if key.endswith(ending) and key[:-len(ending)] in nouns:
            return key[:-len(ending)]
    return key


@lru_cache(maxsize=4096)
def _known_kind(key: str) -> str:
    """The type the organisation tables give a body («network», «news», ...), "" for one they do not know."""
    from ..entities.gazetteer import Gazetteer

    entry = Gazetteer.load().by_key.get(key)
    return entry.kind if entry is not None else ""


def _network_like(key: str) -> bool:
    """A city network, an international body or a bloc: what has a board that cities and mayors sit on."""
    return _known_kind(key) in ("network", "intl", "bloc")


def news_outlet(key: str) -> bool:
    """A news agency or site («خبرنگار ایرنا»): nobody's «اعضای آن»."""
    return _known_kind(key) == "news"


@lru_cache(maxsize=4096)
def _known_names(key: str) -> str:
    """All the names the gazetteer knows a body by, run together: «این شبکه» may point back to «سیتی‌نت»,
    known also as «شبکه منطقه‌ای شهرهای آسیا و اقیانوسیه»."""
    from ..entities.gazetteer import Gazetteer

    entry = Gazetteer.load().by_key.get(key)
    return " ".join([*entry.names, *entry.cued_names]) if entry is not None else ""
