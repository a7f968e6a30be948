"""The rule table (kg/data/facts/rules.tsv) and the one small engine that reads it.

A rule is a named record: cue phrases, a subject slot, an object slot, a predicate and a
confidence.  The engine finds each cue in each sentence, fills the slots from the sentence's
mentions and agents, sets the status from modality cues, drops negated sentences, and
records the rule's name on the fact so every fact can say why it exists.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..document import Evidence, Fact, Mention
from ..entities.organizations import board_noun_length
from ..text.normalize import ZWNJ, fold
from ..text.numbers import find_quantities
from ..text.tokens import Token
from .context import MUNICIPAL, RE_VERB_AND, Agent, ArticleContext, RoleMention, news_outlet

DATA = Path(__file__).resolve().parent.parent / "data" / "facts"


@dataclass(frozen=True)
class Slot:
    kind: str                       # actor | with | before | after | pair | pairs | population
    classes: frozenset[str]
    within: int | None = None       # words from the cue
    order: tuple[str, ...] = ()     # the classes in the order written: earlier ones are preferred
    preceded_by: str | None = None  # folded word that must stand right before the mention

    @classmethod
    def parse(cls, spec: str) -> "Slot | None":
        if spec in ("", "-"):
            return None
        within, preceded_by = None, None
        if "<" in spec:
            spec, word = spec.split("<")
            preceded_by = fold(word)
        if "@" in spec:
            spec, n = spec.split("@")
            within = int(n)
        kind, _, classes = spec.partition(":")
        listed = tuple(c for c in classes.split("|") if c)
        return cls(kind, frozenset(listed), within, listed, preceded_by)


@dataclass(frozen=True)
class Rule:
    name: str
    predicate: str
    cues: tuple[str, ...]           # folded
    subject: Slot
    object: Slot | None
    confidence: float
    unless: tuple[str, ...] = ()    # folded phrases that cancel the cue when they start where it does


def _rows(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    rules = []
    for name, pred, cues, subj, obj, conf, *unless in _rows(DATA / "rules.tsv"):
        rules.append(Rule(name, pred, tuple(fold(c) for c in cues.split("|")), Slot.parse(subj), Slot.parse(obj),
                          float(conf), tuple(fold(u) for u in unless[0].split("|")) if unless else ()))
    return tuple(rules)


@lru_cache(maxsize=1)
def modality_cues() -> tuple[tuple[str, str], ...]:
    """(folded cue, status), longest first so «امضا شد» is seen before a shorter cue inside it."""
    return tuple(sorted(((fold(c), s) for c, s in _rows(DATA / "modality.tsv")), key=lambda x: -len(x[0])))


@lru_cache(maxsize=1)
def negation_cues() -> tuple[str, ...]:
    return tuple(fold(r[0]) for r in _rows(DATA / "negation.tsv"))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return "" if ch.isspace() or ch == ZWNJ else fold(ch)


@lru_cache(maxsize=1)
def _squeeze_table() -> tuple[dict[int, str | None], re.Pattern[str], re.Pattern[str]]:
    """(translate table, pattern of characters it drops, pattern of characters it expands).

    Built from :func:`_fold_char` over the Basic Multilingual Plane (news text has nothing
    beyond it that folding changes); casefolding is left to ``str.casefold`` on the whole string.
    """
    table: dict[int, str | None] = {}
    for code in range(0x10000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        folded = _fold_char(ch)
        if folded != ch.casefold():
            table[code] = folded or None
    dropped = "".join(re.escape(chr(c)) for c, r in table.items() if r is None)
    expanded = "".join(re.escape(chr(c)) for c, r in table.items() if r is not None and len(r) > 1)
    return table, re.compile(f"[{dropped}]"), re.compile(f"[{expanded}]" if expanded else "(?!)")


def _after_verb_prefix(text: str, at: int) -> bool:
    """Whether ``at`` follows the verb prefix «می‌» / «نمی‌»: «روند» in «می‌روند» is a verb, not the noun."""
    return text[at - 1] == "\u200c" and text[max(0, at - 3):at - 1] == "می"


class Squeezed:
    """A sentence without spaces and half-spaces, with a map back, so cues match however they are spaced."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start, self.end = start, end
        table, _dropped, expanded = _squeeze_table()
        part = text[start:end]
        squeezed = part.translate(table).casefold()
        self._where: list[int] | None = None
        self.memo: dict[str, object] = {}  # what rules find once per sentence (modality cues)
        if expanded.search(part) or len(squeezed) != len(part) - len(_dropped.findall(part)):
            self._where = self._where_char_by_char()   # a character that folds to several: map each
            squeezed = "".join(_fold_char(ch) for ch in part)
        self.s = squeezed

    def _where_char_by_char(self) -> list[int]:
        return [i for i in range(self.start, self.end) for _ in _fold_char(self.text[i])]

    @property
    def where(self) -> list[int]:
        """Index in the text of each character of ``s`` (made on first use: most sentences hold no cue)."""
        if self._where is None:
            where: list[int] = []
            prev = self.start
            for m in _squeeze_table()[1].finditer(self.text, self.start, self.end):
                where.extend(range(prev, m.start()))
                prev = m.end()
            where.extend(range(prev, self.end))
            self._where = where
        return self._where

    def find_all(self, cue: str, whole_word: bool = True) -> list[tuple[int, int]]:
        """(start, end) offsets in the text of each occurrence of a folded cue that starts a word
        (and, with ``whole_word``, ends one: «عضو» is not found in «عضویت»)."""
        squeezed = self.s
        if cue not in squeezed:  # most cues are absent from most sentences: one C-level test
            return []
        out = []
        text, where, last = self.text, self.where, len(cue) - 1
        i = squeezed.find(cue)
        while i >= 0:
            a, b = where[i], where[i + last] + 1
            if (a == self.start or not text[a - 1].isalnum() and not _after_verb_prefix(text, a)) and (
                    not whole_word or b >= self.end or not text[b].isalpha()):
                out.append((a, b))
            i = squeezed.find(cue, i + 1)
        return out

    def contains(self, cue: str) -> bool:
        """Whether a cue starts a word here; its inflections count («به امضا رسیده است»)."""
        return bool(self.find_all(cue, whole_word=False))


# Nouns that make «به» part of a compound preposition: «با اشاره به», «با توجه به», «نسبت به», «راجع به».
COMPOUND_PREPOSITION_HEADS = {fold(w) for w in ("اشاره", "توجه", "نسبت", "راجع", "مربوط", "باتوجه")}
_BE = fold("به")
# Words that open an apposition after a comma («سورابایا، مرکز استان جاوه شرقی»): that comma closes no clause.
APPOSITION_HEADS = {fold(w) for w in ("مرکز", "پایتخت", "بندر", "شهر", "کلانشهر", "شهری", "جزیره‌ای", "بندری",
                                       "یکی", "نخستین", "اولین")}


def _opens_apposition(word: str) -> bool:
    """Whether a folded word may open a place's apposition: «، مرکز استان ...،», «، بزرگ‌ترین شهر ترکیه،»."""
    return word in APPOSITION_HEADS or word.endswith("ترین") or (word.endswith("مین") and len(word) > 4)
# Words that may stand between a preposition and the place it governs: «در بندر صحار», «به شهر مرزی وان»,
# «از مجموعه جهانی تخت جمشید».
PLACE_NOUNS = {fold(w) for w in ("بندر", "شهر", "کلانشهر", "استان", "کشور", "جزیره", "ایالت", "منطقه", "مجموعه",
                                  "جهانی", "تاریخی", "باستانی", "محوطه", "بنای", "مرزی")}
# Words that may join the names of a cue's noun phrase («خواهرخواندگی میان ساری و مریدا»).
NOUN_PHRASE_GLUE = {fold(w) for w in ("و", "میان", "بین", "دو", "شهر", "شهرهای", "با")}

# Words of a trip's noun phrase besides names and titles: «سفر این هیئت به ...», «سفر آن مقام از ...»,
# «بازدید وی از ...».
_TRAVEL_PHRASE_WORDS = {fold(w) for w in ("به", "از", "این", "آن", "هیئت", "هیات", "مقام", "وی", "او", "ایشان")}

# Facts that describe a state of things: a plan or wish in the sentence does not make them proposed.
STATE_PREDICATES = {"population", "locatedIn"}
_RE_ALSO = re.compile(r"(?:^|\s)(?:هم|نیز)(?=\s|$)")
# «، مرکز استان یوننان در جنوب غرب چین،»: an apposition between two commas, right after a name
_RE_APPOSITION = re.compile(r"\s*،[^،.:«»\n]{1,80}،")


_RE_PAST_PLAN = re.compile(r"قرار\s+بود|بنا\s+بود")
_RE_BUT = re.compile(r"[،؛]\s*(?:اما|ولی)\s")
# words that end like a plural but are not one (before «عضو»)
_NOT_PLURAL = {fold(w) for w in ("تنها", "آنها", "اینها")}
EVENT_NOUNS = {fold(w) for w in ("نشست", "اجلاس", "همایش", "کنگره", "کنفرانس", "جشنواره", "نمایشگاه")}
# Words that end a list: a clause, a verb or another relation starts there, not a list item's own phrase.
_LIST_BREAKERS = {fold(w) for w in ("که", "اما", "ولی", "با", "است", "شد", "شده", "کرد", "بود", "هستند", "گفت",
                                    "افزود", "را", "نیز", "هم", "شدند", "کردند", "بودند", "رفت", "رفتند", "آمد",
                                    "آمدند", "رسید", "رسیدند", "داد", "دادند", "دارد", "دارند")}
_RE_THEN_WITH = re.compile(r"(?:^|.*\s)(?:و\s+)?(?:سپس|بعد|پس از آن|همچنین|نیز)\s+با|(?:^|.*\s)و\s+با")
# «خواهرخواندگی برای ما یک عنوان تشریفاتی نیست», «... فقط یک امضا نیست»: what the relation is not, not a denial
_RE_NOT_MERELY = re.compile(r"(?:^|\s)(?:یک|فقط|صرفا|صرفاً|تنها)\s")
_RE_COMPARED = re.compile(r"(?:پس\s+از|بعد\s+از|مانند|همچون|مثل|نظیر|به\s+جز|جز)\s+$")
_ALONG = fold("همراه")   # «به همراه X», «همراه با X»: X goes too
_WE = fold("ما")
_RE_THAT = re.compile(r"\s+که\s")
_OTHER = {fold("دیگر"), fold("سایر")}
_BEFORE_OTHERS = {fold(w) for w in ("با", "به", "برای", "میان", "بین", "همه", "تمام", "و")}
_NEW_MEMBERS = {fold(w) for w in ("تازه", "جدید", "شهر", "کشور")}
_INDEFINITE = {fold(w) for w in ("یک", "یکی", "چند", "برخی")}
_NO_MEMBER_AFTER = _INDEFINITE | {fold("را")}
_GROUPS = {fold(w) for w in ("هیئتی", "هیأتی", "هیئت", "گروهی", "جمعی", "تعدادی", "شماری", "برخی", "چند", "جمع")}
# «اعضای متروپلیس از جمله استانبول و سئول», «۳۵۰ عضو از جمله رشت و سنندج دارد»: members named after «از جمله»
_FROM = fold("از")
_DAR = fold("در")
# a verb in the third person plural right after a cue («وارد شماخی شدند», «دیدار کردند»)
_RE_PLURAL_VERB = re.compile(r"[^.؛:!؟\n]{0,60}?(?:شدند|کردند|آمدند|رفتند|رسیدند|یافتند|داشتند|بودند|نمودند)(?![\w\u200c])")
_RE_PREVENTED = re.compile(r"مانع(?:\s+از)?\s*$")   # «مانع از سفر او به هاربین شد»
# «شهرهای کمتر از», «شهرهایی با بیش از»: cities of a size, not one place's count
_RE_CITIES_UNDER_A_SIZE = re.compile(r"(?:شهرهای|شهرها|شهرهایی)\s+(?:با\s+|دارای\s+)?(?:جمعیت\s+)?"
                                     r"(?:کمتر|بیشتر|بیش|زیر|بالای|کم‌تر)\s")
_RE_APPROVED = re.compile(r"(?:پذیرفته|تصویب|تایید|تأیید)\s+(?:شد|شدند)|به\s+تصویب\s+رسید")   # «عضویت X پذیرفته شد»
_AMONG = (_FROM, fold("جمله"))
_ME_OR_US = {fold("من"), fold("ما")}
_MEMBERS_LISTED = Slot("after", frozenset({"City", "Country", "Organization", "Person"}))
_MEMBER_KIND_NOUNS = {fold(w) for w in ("شهرهای", "شهر", "کشورهای", "کشور", "کلانشهرهای", "شهرداری‌های", "شهرداریهای")}
_RE_TWO_CITIES = re.compile(r"(?:میان|بین)\s+(?:شهرداری\u200c?های\s+|شوراهای\s+(?:شهر\s+)?)?دو\s+شهر(?![\w\u200c])")
_HEDGES = r"حدود|بیش\s+از|نزدیک\s+به|قریب\s+به|کمتر\s+از"   # «حدود ۲۶۰ هزار نفر»
_RE_HEDGES = re.compile(_HEDGES)
_CITY_NOUNS = ("شهر", "شهرهای", "کلانشهر", "کلان\u200cشهر", "بندر")
_RE_AND_A_PLACE_NOUN = re.compile(r"(?:،\s*)?و\s+(?:شهر|بندر|روستای|جزیره)")   # «... و شهر پاوه»
_VISITED = {"City", "Province", "Country", "Place"}
# «در جنوب شرقی», «در ساحل»: where in a wider place, between «در» and its name
_DIRECTIONS = r"(?:شمال|جنوب|شرق|غرب|مرکز|شمال\u200c?\s?شرق|شمال\u200c?\s?غرب|جنوب\u200c?\s?شرق|جنوب\u200c?\s?غرب)(?:ی)?"
_PARTS = r"(?:قلب|دل|حاشیه|ساحل|سواحل|کرانه|کرانه\u200c?های)"   # «در قلب آناتولی مرکزی ترکیه»
WHERE_IN = rf"در\s+(?:{_PARTS}\s+)?(?:{_DIRECTIONS}\s+(?:(?:شرقی|غربی|شمالی|جنوبی)\s+)?)?"
# «اردستان، شهری در شمال شرق استان اصفهان با ...», «زنجان به عنوان مرکز استان زنجان با ...»: the place after
# these words says where the city before them lies
_RE_WHERE_BEFORE = re.compile(rf"(?:^|\s)(?:{WHERE_IN}|(?:مرکز|پایتخت)\s+)$")
_RE_UP_TO_THE_COUNT = re.compile(r"\s*(?:که(?:\s+[^\s\d۰-۹،.:؛]+){0,6}\s*)?")   # «که به گفته مسئولان محلی»
_RE_CITY_APPOSITION_BEFORE = re.compile(rf"\s*،\s*(?:شهری|بندری|کلانشهری)\s+(?:\S+\s+)?(?:{_HEDGES})?\s*$")
_RE_CITY_BEFORE_NUMBER = re.compile(rf"(?:شهر|شهری|کلانشهر|کلانشهری)\s+(?:{_HEDGES})?\s*$")
_BA_AFTER_CUE = 4   # «دیدار با», «در دیدار مشترک خود با»: tokens from the cue to its «با»
_DONE_CLAUSE_END = re.compile(r"\s(?:کرد|کردند|شد|شدند|داد|دادند|رسید|رسیدند|نمود|نمودند)\s*(?:\s+و\s|،)|"
                              r"\s(?:است|هستند|بود|بودند)\s+و\s|"   # «... عضو این شبکه هستند و نیشابور ... می‌خواهد»
                              + _RE_BUT.pattern)


def _then_with(gap: str) -> bool:
    """«... و سپس با (دکتر)»: the words between two sides of one meeting verb, each after its own «با»
    (the first one's title may be left over in front: «مرزبانی استان کرمانشاه و سپس با دکتر»)."""
    from ..entities.lexicon import Lexicon

    words = gap.split()
    if words and fold(words[-1]) in Lexicon.load().honorifics:
        words = words[:-1]
    return len(words) <= 9 and bool(_RE_THEN_WITH.fullmatch(" ".join(words)))


# Plural nouns of members: «شهرهای ایرانی عضو», «کشورهای آسیایی عضو»
_MEMBER_PLURALS = {fold(w) for w in ("شهرهای", "شهر‌های", "کشورهای", "کشور‌های", "کلانشهرهای", "کلان‌شهرهای",
                                      "شهرداری‌های", "شهرداریهای", "دولت‌های", "دولتهای", "سازمان‌های", "سازمانهای",
                                      "نهادهای", "استان‌های", "استانهای", "شرکت‌های", "شرکتهای", "اعضای", "بنادر")}


def _list_item_tail(gap: str) -> bool:
    """A list item's own short phrase, then the joint to the next item: «در رشته خوراک و», «از ایران در
    کنار» — a few words, no clause mark, no verb or relation word."""
    words = gap.split()
    if not words or len(words) > 8 or any(ch in gap for ch in ":.؛"):
        return False
    if any(fold(w.strip("،,")) in _LIST_BREAKERS for w in words[:-1]):
        return False
    return gap.endswith(("،", ",")) or words[-1] == "و" or gap.endswith(("در کنار", "همراه با"))


def clause_status(sq: Squeezed, at: int, only_before: bool = False, name_ends: frozenset[int] = frozenset(),
                  trip: bool = False) -> str:
    """The status of a fact whose cue is at ``at``: from the modality cues of its clause — the part of the
    sentence between colons and semicolons («با استقبال از این پیشنهاد اظهار کرد: ایروان ... عضو ...» is stated).

    A 'stated' cue in the clause wins («امضا شد»); else any other cue makes the fact proposed.  A ``trip``
    keeps its own mood whatever its purpose says («برای دفاع از پرونده ... به کراکو سفر کرده بود»).
    """
    text = sq.text
    # («... امضا کردند؛ پرونده عضویت ... در دست بررسی است»: a semicolon closes a clause too)
    lo = max(text.rfind(":", sq.start, at), text.rfind("؛", sq.start, at)) + 1 or sq.start
    ends = [e for e in (text.find(":", at, sq.end), text.find("؛", at, sq.end)) if e >= 0]
    hi = min(ends) if ends else sq.end
    # «... دیدار کرد و از آمادگی ... خبر داد», «... خواهرخوانده‌اند، اما ... امیدواریم»: a past verb and «و»,
    # or «، اما», close a clause of its own
    for m in _DONE_CLAUSE_END.finditer(text, lo, hi):
        if m.end() <= at:
            lo = m.end()
        elif m.start() >= at:
            hi = m.start()
            break
    # «با اشاره به اینکه اهواز و بصره عضو ... هستند، خواستار ... شد»: the «اینکه» clause has its own mood
    that = max(text.rfind("اینکه", lo, at), text.rfind("این که", lo, at))
    if that >= 0 and "،" not in text[that:at]:
        comma = text.find("،", at, hi)
        lo, hi = that, (comma if comma >= 0 else hi)
    # «لاهور در پاکستان که از سال ۲۰۱۹ عضو این شبکه است، ... اعلام آمادگی کرد»: a relative clause on a name
    # (``name_ends``) has its own mood, up to its comma
    ke = text.rfind(" که ", lo, at)
    if ke >= 0 and ke in name_ends and "،" not in text[ke:at]:
        comma = text.find("،", at, hi)
        if comma >= 0:
            lo, hi = ke, comma
    if only_before:
        hi = at
    purpose = text.rfind("برای", lo, at) if trip else -1
    kinds = {kind for a, kind in _modality_hits(sq) if lo <= a < hi and not 0 <= purpose <= a < at}
    return "proposed" if kinds and "stated" not in kinds else "stated"


def _modality_hits(sq: Squeezed) -> list[tuple[int, str]]:
    """(offset, status) of every modality cue in the sentence, found once per sentence."""
    hits = sq.memo.get("modality")
    if hits is None:
        hits = sq.memo["modality"] = [(a, kind) for cue, kind in modality_cues()
                                      for a, _b in sq.find_all(cue, whole_word=False)]
    return hits


# «این/همین X»: X was named before; «براین» is «بر این» written glued.
DEMONSTRATIVES = {fold(w) for w in ("این", "همین", "براین")}
ACCORDING_TO = tuple(fold(w).replace(" ", "") for w in ("براساساین", "طبقاین", "بنابراین", "بنابرین", "درچارچوباین",
                                                       "براین"))


def _inside(c: Mention, m: Mention) -> bool:
    """Whether mention ``c`` lies inside mention ``m`` («تفلیس» in «دانشگاه دولتی تفلیس»)."""
    return c is not m and m.start <= c.start and c.end <= m.end


def plan_that_failed(text: str, start: int, c_start: int, c_end: int, end: int) -> bool:
    """Whether a plan told in the past before ``c_start`` («قرار بود ...», «بنا بود ...») is followed by «اما»
    after ``c_end``, within ``start``–``end`` (one sentence): it did not happen."""
    plan = _RE_PAST_PLAN.search(text, start, c_start)
    if plan is None or text.rfind(":", plan.end(), c_start) >= 0:
        return False
    return _RE_BUT.search(text, c_end, end) is not None


class RuleEngine:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self._speaker: str | None = None
        self.denied: list[Fact] = []   # facts a sentence of the article denies («شیراز و ایروان خواهرخوانده نیستند»)

    def run(self, sentence: int, actor: Agent | None, speaker: str | None = None) -> list[Fact]:
        """Facts of one sentence; ``speaker`` is whoever is being quoted there («ما» is their city or body)."""
        self._speaker = speaker
        return self._run(sentence, actor)

    def _run(self, sentence: int, actor: Agent | None) -> list[Fact]:
        sq = self.ctx.squeezed(sentence)
        negated = [pos for cue in negation_cues() for pos, _ in sq.find_all(cue, whole_word=False)]
        facts: list[Fact] = []
        squeezed = sq.s
        name_ends = frozenset(m.end for m in self.ctx.mentions_in(sentence))
        for rule in load_rules():
            for cue in rule.cues:
                if cue not in squeezed:  # most cues are absent from most sentences
                    continue
                for c_start, c_end in sq.find_all(cue):
                    if cue.startswith(_BE) and self._in_compound_preposition(c_start):
                        continue  # «با اشاره به عضویت رشت ...»: «به» belongs to «اشاره به», nobody joins here
                    if any(a == c_start for u in rule.unless for a, _b in sq.find_all(u, whole_word=False)):
                        continue
                    if self._negated(rule, sentence, c_start, c_end, negated):
                        # only the sides next to the cue: a list may hold names the negation is not about
                        self.denied.extend(self._apply(rule, sentence, c_start, c_end, actor, "stated", False))
                        continue
                    # «در دیدار با X، ... خواستار ... شد»: the meeting took place, whatever the verb asks for
                    framed = rule.predicate == "met" and self._after_dar(c_start)
                    status = "stated" if rule.predicate in STATE_PREDICATES else clause_status(
                        sq, c_start, framed, name_ends, trip=rule.predicate == "visited")
                    facts.extend(self._apply(rule, sentence, c_start, c_end, actor, status))
        return facts

    # -- slots ---------------------------------------------------------------------------------
    def _apply(self, rule: Rule, sentence: int, c_start: int, c_end: int, actor: Agent | None,
               status: str, coordinate: bool = True) -> list[Fact]:
        ev = Evidence(sentence, c_start, c_end, rule.name, rule.confidence)
        if rule.subject.kind == "population":
            found = self._population(sentence, c_start, c_end)
            return [Fact(found[0], rule.predicate, found[1], ev, status)] if found else []
        if rule.subject.kind in ("pair", "pairs"):
            if self._demonstrative_before(c_start) and (self._according_to(c_start) or not self.signed(sentence)):
                return []  # «بر اساس این تفاهم‌نامه»: an agreement named before, unless this sentence signs it
            return [Fact(a, rule.predicate, b, ev, status)
                    for a, b in self._pairs(sentence, rule.subject.classes, c_start, lists=rule.subject.kind == "pairs")]
        if rule.predicate == "memberOf" and rule.subject.kind == "before":
            listed = self._members_among(sentence, c_start, c_end)
            if listed is not None:
                return [Fact(member, rule.predicate, listed[1], ev, status) for member in listed[0]]
        if rule.predicate == "memberOf" and rule.subject.kind == "after" and self._word_after(c_end) in _NO_MEMBER_AFTER:
            return []  # «نخستین عضویت یک شهر از غرب ایران»: an unnamed city joins, not Iran; «سند عضویت را از X ...
            #            گرفت»: X hands the document over
        if rule.predicate == "memberOf" and rule.subject.kind == "before" and (
                self._generic_members_before(c_start) or self._some_of_the_members(c_start)):
            return []  # «شهرهای عضو این سازمان», «کشورهای عضو گروه دی‌هشت»: members in general, nobody named
        if (rule.predicate in ("met", "visited") or (rule.predicate == "memberOf" and self.doc.text.startswith(
                "عضویت", c_start))) and self._demonstrative_before(c_start):
            return []  # «در حاشیه این دیدار», «نامه پذیرش این عضویت»: the one told of before, not a new one
            #            (but «پیش از این به عضویت آن درآمده بودند» is a new one)
        subj, subj_end = self._fill(rule.subject, sentence, c_start, c_end, actor, None)
        if rule.predicate == "memberOf" and rule.subject.kind == "before":
            # «فیروزآباد در نشست ... در کویمبرا، به عضویت ... درآمد»: a place after «در» is where, not who;
            # «شهرداری آمل ... به هیئت‌مدیره راه یافت»: the body after «به» is what is joined, not who joins
            not_members = {_DAR}
            if rule.object is not None and rule.object.kind == "before":
                not_members.add(rule.object.preceded_by or _BE)
            if self._word_before_name(sentence, rule.subject.classes, subj_end) in not_members:
                subj, subj_end = self._fill(rule.subject, sentence, c_start, c_end, actor, None, exclude=subj)
        if rule.predicate == "visited" and rule.subject.kind == "actor":
            traveller = self._traveller_after(c_end)
            if traveller is not None:   # «از سفر والی وان به ارومیه خبر داد»: the governor travels, not the speaker
                subj, subj_end = traveller[0] or None, traveller[1]
                c_end = max(c_end, traveller[1])    # «سفر «X» دبیرکل Y به تبریز»: «به» counts from the title's end
            invitee = self._invitee(sentence, c_start)
            if invitee is not None:     # «از شهردار مشهد برای بازدید از لاهور دعوت کرد»: the mayor is to go
                subj, status = invitee or None, "proposed"
        if subj is None or rule.object is None:
            return []
        obj, _ = self._fill(rule.object, sentence, c_start, c_end, actor, subj_end, exclude=subj)
        if obj is None and rule.predicate == "memberOf" and rule.subject.kind == "after" \
                and _RE_APPROVED.search(self.doc.text, c_end, self.doc.sentences[sentence].end):
            # «در این نشست عضویت شهرهای A و B نیز به تصویب رسید»: of the body whose meeting it is, named before
            obj = self.ctx.network_named_before(self.doc.sentences[sentence].start)
        if rule.predicate == "visited" and isinstance(obj, str) and self._posted_in(subj, obj, sentence):
            return []   # «میناسیان، سرکنسول ارمنستان در تبریز، نیز حضور داشت»: his post, not a visit
        if rule.predicate == "memberOf":
            head = self._relative_head_org(sentence, c_start, c_end)
            if head is not None:   # «اکو که ایران و پاکستان از اعضای موسس آن هستند»: «آن» is the body before «که»
                ke = self.doc.text.rfind(" که ", self.doc.sentences[sentence].start, c_start)
                # «این اتحادیه که دبیرخانه آن در کیوتو است، ... و تبریز عضو آن است»: the last stretch of a long clause
                ke = max([ke, self.doc.text.rfind("،", ke, c_start)]
                         + [m.end() for m in RE_VERB_AND.finditer(self.doc.text, max(ke, 0), c_start)])
                inside = [c for c in self._candidates(sentence, rule.subject.classes, head) if ke < c[0] < c_start]
                if not inside:
                    return []
                subj, obj = inside[0][2], head
        if obj is None or obj == subj:
            return []
        # «پاریس، برلین و استانبول عضو ...», «عضو متروپلیس و UCLG»: every member of a coordinated list
        if not coordinate:
            return [Fact(subj, rule.predicate, obj, ev, status)]
        subjects = self._coordinated(rule.subject, sentence, subj, loose=rule.predicate == "memberOf"
                                     and rule.subject.kind in ("before", "after"), cue_start=c_start) \
            if isinstance(subj, str) else [subj]
        objects = self._coordinated(rule.object, sentence, obj, places=rule.predicate == "visited") \
            if isinstance(obj, str) else [obj]
        if rule.predicate == "visited" and rule.subject.kind == "actor":
            subjects += [k for k in self._companions(sentence, c_start) if k not in subjects]
        if rule.subject.kind == "actor" and (_RE_PLURAL_VERB.match(self.doc.text, c_end)
                                             or self.doc.text[c_start:c_end].endswith("ند")):   # «به سر می‌برند»
            subjects += [k for k in self._co_actors(sentence, subj, c_start) if k not in subjects]
        return [Fact(s, rule.predicate, o, ev, status) for s in subjects for o in objects if s != o]

    def _co_actors(self, sentence: int, actor: str | int | None, c_start: int) -> list[str]:
        """«X، شهردار کاشمر، و Y، رئیس شورای شهر، ... وارد شماخی شدند»: who is joined to the actor by «و» (titles
        and honorifics between) before a verb in the plural."""
        agents = [a for a in self.ctx.agents(sentence) if a.key and a.start < c_start and not self.ctx.after_ba(a)]
        first = next((k for k, a in enumerate(agents) if a.key == actor), None)
        if first is None:
            return []

        def joined(left: Agent, right: Agent) -> bool:     # the name, then its title; or «و» between two people
            return left.key == right.key or self._words_between(left.end, right.start) == "و"

        out = []
        for left, right in zip(agents[first:], agents[first + 1:]):
            if not joined(left, right):
                break
            out.append(right.key)
        # «X شهردار نوشهر و خانم Y رئیس شورا که ... وارد آکتائو شده بودند»: X too, before the actor
        for right, left in zip(agents[first::-1], agents[first - 1::-1] if first else []):
            if not joined(left, right):
                break
            out.append(left.key)
        return [k for k in dict.fromkeys(out) if k != actor]

    def _word_before_name(self, sentence: int, classes: frozenset[str], end: int | None) -> str:
        """The folded word before the name ending at ``end`` («به» in «به متروپلیس پیوست», and in «به هیئت‌مدیره
        متروپلیس راه یافت», past the board's noun), or ""."""
        start = next((c[0] for c in self._candidates(sentence, classes, None) if c[1] == end), None)
        if start is None:
            return ""
        i = self.ctx.token_index(start)
        n = next((n for n in (2, 1) if i >= n and board_noun_length(self.ctx.tokens, i - n) == n), 0)
        return self.ctx.tokens[i - n - 1].key if i - n > 0 else ""

    def _companions(self, sentence: int, c_start: int) -> list[str]:
        """Who travels along: «X به همراه Y، سفیر لبنان، ... وارد ایلام شد» — the agent right after «همراه»."""
        out = []
        toks = self.ctx.tokens
        for a in self.ctx.agents(sentence):
            i = self.ctx.token_index(a.start)
            if a.key and a.start < c_start and any(t.key == _ALONG for t in toks[max(0, i - 2):i]):
                out.append(a.key)
        return out

    def _negated(self, rule: Rule, sentence: int, c_start: int, c_end: int, negated: list[int]) -> bool:
        """A negation after the cue in the same clause («شیراز هنوز عضو سیتی‌نت نیست»); a population or a
        location is a state, not denied by a «نیست» elsewhere in the sentence."""
        if rule.predicate in STATE_PREDICATES:
            return False
        text = self.doc.text
        clause_end = self._relative_clause_end(sentence, c_end)
        if any(p >= c_start and not any(ch in text[clause_end or c_start:p] for ch in "،؛:")
               and not _RE_NOT_MERELY.search(text[c_end:p]) and not RE_VERB_AND.search(text, c_end, p)
               for p in negated):
            return True
        return self._plan_that_failed(sentence, c_start, c_end)

    def _plan_that_failed(self, sentence: int, c_start: int, c_end: int) -> bool:
        """«قرار بود ... امضا کنند، اما ...»: a plan told in the past and followed by «اما» did not happen;
        «... مانع از سفر او به هاربین شد»: something prevented it."""
        s = self.doc.sentences[sentence]
        if _RE_PREVENTED.search(self.doc.text, max(s.start, c_start - 12), c_start):
            return True
        return plan_that_failed(self.doc.text, s.start, c_start, c_end, s.end)

    def _relative_clause_end(self, sentence: int, c_end: int) -> int | None:
        """After the comma that closes a relative clause on the cue's noun phrase, where the phrase's own
        verb is («تفاهم‌نامه‌ای که قرار بود ... امضا شود، ... امضا نشد», «خواهرخواندگی ساری و مریدا که ...
        مطرح شده بود، به نتیجه نرسید»); None when no «که» follows the noun phrase."""
        text = self.doc.text
        end = self.doc.sentences[sentence].end
        m = re.compile(r"(?:\u200c?ای)?\s+که\s").search(text, c_end, min(end, c_end + 80))
        if m is None:
            return None
        between = text[c_end:m.start()]
        for mention in self.ctx.mentions_in(sentence):
            if c_end <= mention.start and mention.end <= m.start():
                between = between.replace(mention.surface, " ")
        from ..entities.lexicon import Lexicon

        # «سفر این هیئت به باتومی که ...»: who goes and where are still the cue's noun phrase
        words = {fold(w) for w in between.split()} - NOUN_PHRASE_GLUE - _TRAVEL_PHRASE_WORDS
        if words - Lexicon.load().role_first_words:
            return None
        comma = text.find("،", m.end(), end)
        return comma + 1 if comma >= 0 else None

    def _in_relative_clause(self, sentence: int, pos: int, c_start: int) -> bool:
        """Whether ``pos`` lies in a «که ...،» clause that closes before the cue («نشست UCLG که در استانبول
        برگزار شد، شهرداری مشهد به عضویت ... درآمد»: Istanbul is not the new member)."""
        text = self.doc.text
        ke = text.rfind(" که ", self.doc.sentences[sentence].start, pos)
        if ke < 0 or text.rfind("،", ke, pos) >= 0 or text.rfind(":", ke, pos) >= 0:
            return False
        if self._said_that(sentence, ke - 40, ke + 5) is not None:
            return False    # «گفت که کوریتیبا و بلم، از اعضای ...»: a reported clause, not a relative one
        close = text.find("،", pos, c_start)
        while close >= 0 and text[close + 1:close + 16].split()[:1] and \
                _opens_apposition(fold(text[close + 1:close + 16].split()[0])):
            # «به سورابایا، مرکز استان ...، سفر کرده»: an apposition, and the comma that closes it
            closing = text.find("،", close + 1, c_start)
            close = text.find("،", closing + 1, c_start) if closing >= 0 else -1
        return close >= 0

    def _municipal(self, m: Mention) -> bool:
        """A city's own institution: its municipality or council («شهرداری X», «شورای شهر X»)."""
        label = fold(self.doc.entities[m.entity_key].label_fa) if m.entity_key in self.doc.entities else ""
        return label.startswith(MUNICIPAL)

    def _in_compound_preposition(self, c_start: int) -> bool:
        return self._word_before(c_start) in COMPOUND_PREPOSITION_HEADS

    def _names_an_event(self, start: int) -> bool:
        """«در نشست بوداپست»: a place right after an event noun says where the event was, it acts in nothing."""
        return self._word_before(start) in EVENT_NOUNS

    def _relative_head_org(self, sentence: int, c_start: int, c_end: int) -> str | None:
        """The organisation a relative clause hangs on when the cue's object is «آن» inside it:
        «سازمان همکاری اقتصادی (اکو) که ایران و پاکستان هر دو از اعضای موسس آن هستند»."""
        text = self.doc.text
        s = self.doc.sentences[sentence]
        if not re.match(r"(?:\s+\S+){0,2}?\s+آن(?:\s|$)", text[c_end:c_end + 30]):
            return None
        ke = text.rfind(" که ", s.start, c_start)
        if ke < 0:
            return None
        before = text[s.start:ke].rstrip(" )")
        before = re.sub(r"\s*\([^()]*$", "", before).rstrip()    # «... (اکو»
        # «این اتحادیه که ...، ... عضو آن است»: a body just named, opening the sentence, may carry a long clause
        anaphor = next((key for start, end, key in self.ctx.organisation_anaphora(sentence)
                        if text[s.start:end].strip() == before), None)
        if anaphor is not None:
            return anaphor
        if "،" in text[ke:c_start]:
            return None
        org = next((m for m in self.ctx.mentions_in(sentence) if m.cls == "Organization"
                    and m.start < ke and text[s.start:m.end].rstrip() == before), None)
        return org.entity_key if org is not None else None

    def _invitee(self, sentence: int, c_start: int) -> str | None:
        """Who is invited to make the trip: «از X برای سفر/بازدید ... دعوت کرد» — X's key ("" when X is a
        title nobody holds in the article); None when the sentence invites nobody."""
        s = self.doc.sentences[sentence]
        text = self.doc.text
        if "دعوت" not in text[c_start:s.end]:
            return None
        bara = text.rfind("برای", s.start, c_start)
        if bara < 0:
            return None
        for a in self.ctx.agents(sentence):
            if a.end <= bara and text[a.end:bara].strip(" ،") == "" and text[max(s.start, a.start - 4):a.start].strip() == "از":
                return a.key or ""
        return None

    def _traveller_after(self, c_end: int) -> tuple[str, int] | None:
        """Who makes the trip when a person or a title follows the noun «سفر» or «بازدید» («سفر والی وان»,
        «بازدید شهردار شهرکرد از ...», «سفر «X» دبیرکل Y»): (their key, "" when the title's holder is unknown;
        where the name and its title end); None when nobody does."""
        toks = self.ctx.tokens
        i = self.ctx.token_index(c_end - 1) + 1
        if i >= len(toks) or not toks[i - 1].text.startswith(("سفر", "بازدید")):
            return None
        if toks[i].text == "«" and i + 1 < len(toks):
            i += 1
        start = toks[i].start
        for m in self.ctx.mentions_in(self.doc.sentence_at(start)):
            if m.start == start and m.cls == "Person":
                end = m.end
                for r in self.ctx.roles:   # the title in apposition: «X» دبیرکل اتحادیه ...
                    if r.holder == m.entity_key and 0 <= r.start - end <= 3:
                        end = r.end
                return m.entity_key, end
        for r in self.ctx.roles:
            if r.start == start:
                return r.holder or "", r.end
        return None

    def _after_dar(self, c_start: int) -> bool:
        return self._word_before(c_start) == fold("در")

    def _generic_members_before(self, c_start: int) -> bool:
        """Whether a plural noun that is no name stands right before «عضو» («شهرهای عضو», «کشورهای عضو»)."""
        i = self.ctx.token_index(c_start)
        if i == 0:
            return False
        prev = self.ctx.tokens[i - 1]
        if prev.key in _OTHER and i >= 2 and self.ctx.tokens[i - 2].key in _BEFORE_OTHERS:
            return True     # «با دیگر اعضای شبکه»: the other members, whoever they are (not «X از دیگر اعضای ...»)
        if prev.key in _NEW_MEMBERS:
            return True     # «فهرست ۵۵ شهر تازه عضو شبکه»: new members in general
        if prev.key.endswith("ی") and i >= 2 and self.ctx.tokens[i - 2].key in _MEMBER_PLURALS:
            return True     # «شهرهای ایرانی عضو این شبکه» (not «در رشته ... هنرهای مردمی عضو»)
        if any(m.start <= prev.start < m.end for m in self.ctx.mentions_in(self.doc.sentence_at(prev.start))):
            return False
        if not prev.key.endswith(("ها", "های")) or prev.key in _NOT_PLURAL:
            return False
        # «ایران، ترکیه و پاکستان، کشورهای عضو اکو»: an apposition to the names before it
        return not (i >= 2 and self.ctx.tokens[i - 2].text in ("،", ","))

    def _some_of_the_members(self, c_start: int) -> bool:
        """«هیئتی از اعضای شورا», «جمعی از اعضای شبکه»: some members, unnamed — not the name said before."""
        i = self.ctx.token_index(c_start)
        toks = self.ctx.tokens
        return i >= 2 and toks[i - 1].key == _FROM and toks[i - 2].key in _GROUPS

    def _members_among(self, sentence: int, c_start: int, c_end: int) -> tuple[list[str], str] | None:
        """«اعضای متروپلیس از جمله استانبول، سئول و مشهد», «شبکه ... ۳۵۰ عضو از جمله رشت و سنندج دارد»:
        (the members listed after «از جمله», the body) — the body right after the cue, else the nearest
        before it in the sentence; ``None`` when no such list follows the cue."""
        toks = self.ctx.tokens
        bodies = self._candidates(sentence, frozenset({"Organization"}), None)
        after = [c for c in bodies if c_end <= c[0]]
        k = self._token_from(c_end)
        k += board_noun_length(toks, k)   # «عضو هیئت‌مدیره متروپلیس، از جمله ...»: the body's board first
        if after and self._token_from(after[0][0]) == k:     # «اعضای متروپلیس از جمله»
            k = self._token_from(after[0][1])
        if k < len(toks) and toks[k].text in ("،", ","):     # «شهرهای عضو هیئت‌مدیره، از جمله ...»
            k += 1
        if k + 1 >= len(toks) or (toks[k].key, toks[k + 1].key) != _AMONG:
            return None
        first = k + 2
        while first < len(toks) and toks[first].key in _MEMBER_KIND_NOUNS:   # «از جمله شهرهای رشت و ...»
            first += 1
        if first >= len(toks):
            return None
        if after and after[0][1] <= toks[k].start:
            body = after[0][2]
        else:
            cue_at = self.ctx.token_index(c_start)
            before = [c for c in bodies if c[1] <= c_start and cue_at - self.ctx.token_index(c[1]) <= 14]
            if not before:
                return None
            body = before[-1][2]
        members = [c for c in self._candidates(sentence, _MEMBERS_LISTED.classes, body) if c[0] == toks[first].start]
        if not members:
            return None
        return [m for m in self._coordinated(_MEMBERS_LISTED, sentence, members[0][2]) if m != body], body

    def _token_from(self, pos: int) -> int:
        """Index of the first token starting at or after offset ``pos`` (the token count at the end)."""
        i = self.ctx.token_index(pos)
        return i + 1 if i < len(self.ctx.tokens) and self.ctx.tokens[i].start < pos else i

    def _word_after(self, pos: int) -> str:
        """The folded word starting at or right after offset ``pos`` ("" at the end of the text)."""
        i = self._token_from(pos)
        return self.ctx.tokens[i].key if i < len(self.ctx.tokens) else ""

    def _word_before(self, pos: int) -> str:
        """The folded word right before offset ``pos`` ("" at the start of the text)."""
        i = self.ctx.token_index(pos)
        return self.ctx.tokens[i - 1].key if i > 0 else ""

    def _demonstrative_before(self, c_start: int) -> bool:
        return self._word_before(c_start) in DEMONSTRATIVES

    def _according_to(self, c_start: int) -> bool:
        """«بر اساس / طبق / بنا بر این تفاهم‌نامه»: what an agreement named before provides."""
        i = self.ctx.token_index(c_start)
        words = "".join(t.key for t in self.ctx.tokens[max(0, i - 3):i])
        return any(words.endswith(w) for w in ACCORDING_TO)

    def signed(self, sentence: int) -> bool:
        """Whether the sentence reports a signing or conclusion («امضا شد», «منعقد شد»)."""
        sq = self.ctx.squeezed(sentence)
        return any(kind == "stated" and sq.contains(cue) for cue, kind in modality_cues())

    def _coordinated(self, slot: Slot, sentence: int, key: str, loose: bool = False,
                     cue_start: int | None = None, places: bool = False) -> list[str]:
        """``key`` and the mentions joined to it by «،» or «و» in a list, for slots that name mentions.
        ``loose`` (the members before «عضو» or after «عضویت»): a list item may carry a short phrase of its own
        before the «،»/«و» («اصفهان در رشته صنایع دستی، رشت و کرمانشاه ...», «تهران و کرج از ایران در کنار
        جاکارتا»).
        A list before the cue ends at the cue: «X عضو شورای شهر و Y مشاور شهردار» makes only X a member."""
        if slot.kind == "with":
            return self._with_list(sentence, key)
        if slot.kind not in ("before", "after"):
            return [key]
        cands = sorted(self._candidates(sentence, slot.classes, None))
        if slot.kind == "before" and cue_start is not None:
            cands = [c for c in cands if c[1] <= cue_start]
        if loose:
            cands = [c for c in cands if self._class_of(c[2]) == self._class_of(key)]
        keys = [c[2] for c in cands]
        if key not in keys:
            return [key]
        text = self.doc.text
        i = keys.index(key)
        if slot.kind == "before" and cue_start is not None:
            # the occurrence nearest the cue: «هفته فرهنگی چنگدو ...: اصفهان و چنگدو هر دو عضو ...»
            i = max(k for k, c in enumerate(cands) if c[2] == key)
        lo = hi = i

        def joined(a: int, b: int) -> bool:
            gap = text[cands[a][1]:cands[b][0]].strip()
            if gap in ("،", ",", "و", "، و") or (places and _RE_AND_A_PLACE_NOUN.fullmatch(gap)):
                return True
            if "Person" in slot.classes:    # «X، شهردار همدان، و Y»: a name's title stands between
                if cands[a][2] == cands[b][2]:
                    return True             # the name, then what its title is of («همدان» of «شهردار همدان»)
                if self._words_between(cands[a][1], cands[b][0]) == "و":
                    return True
            if loose and gap == "تا" and self._word_before(cands[a][0]) == _FROM:
                return True                 # «شهرهایی از آنتورپ تا والپارایسو عضو آن‌اند»: a range's two ends
            if loose and slot.kind == "after" and any(
                    cands[a][1] <= m.start < cands[b][0] and m.cls == "Organization" for m in self.ctx.mentions_in(sentence)):
                return False                # «عضویت تهران در متروپلیس و مشهد در ...»: each with a body of its own
            return loose and _list_item_tail(gap)
        def same_kind(a: str, b: str) -> bool:   # «از منظر فرهنگی اورامان و شهر پاوه دیدن کرد»: places visited
            return self._class_of(a) == self._class_of(b) or (places and {self._class_of(a), self._class_of(b)} <= _VISITED)

        while lo > 0 and joined(lo - 1, lo) and same_kind(keys[lo - 1], key) \
                and not (loose and self._after_dar(cands[lo - 1][0])):   # «در آلماتی، اهواز ... راه یافت»
            lo -= 1
        while hi + 1 < len(cands) and joined(hi, hi + 1) and same_kind(keys[hi + 1], key):
            hi += 1
        return list(dict.fromkeys(keys[lo:hi + 1]))

    def _words_between(self, start: int, end: int) -> str:
        """The words between two offsets without commas, the titles standing there and honorifics («X، فرمانده
        مرزبانی استان، و سپس با Y» → «و سپس با»; «X، شهردار کلمبو، و آقای Y» → «و»): what joins two people
        named with their titles."""
        from ..entities.lexicon import Lexicon

        chars = list(self.doc.text[start:end])
        for r in self.ctx.roles:
            if start <= r.start and r.end <= end:
                lo = self._deputy_start(r, start)
                chars[lo - start:r.end - start] = " " * (r.end - lo)
        gap = "".join(chars)
        honorifics = Lexicon.load().honorifics
        for mark in "،,«»":
            gap = gap.replace(mark, " ")
        return " ".join(w for w in gap.split() if fold(w) not in honorifics)

    def _deputy_start(self, r: RoleMention, lo: int) -> int:
        """Where a deputy's whole title begins («معاون امور بین‌الملل شهردار X»: at «معاون»), not before ``lo``."""
        k = self.ctx.deputy_word_before(self.ctx.token_index(r.start)) if r.deputy else None
        return self.ctx.tokens[k].start if k is not None and self.ctx.tokens[k].start >= lo else r.start

    def _with_list(self, sentence: int, key: str) -> list[str]:
        """The other side of a meeting and the persons listed with it: «با X، شهردار زنجان و Y، رئیس شورای
        شهر زنجان دیدار کرد» met both (each name with its title is one agent; only «،» and «و» between);
        «با من و آقای سواری» in a quotation: the speaker and Y."""
        agents = [a for a in self.ctx.agents(sentence) if a.key]
        first = next((k for k, a in enumerate(agents) if a.key == key and self.ctx.after_ba(a)), None)
        if first is None and key == self._speaker:
            s = self.doc.sentences[sentence]
            me = next((t for t in self.ctx.tokens[self.ctx.token_index(s.start):] if t.start < s.end
                       and t.text == "با" and self._speaker_after_ba(t) is not None), None)
            after = next((a for a in agents if me is not None and a.start > me.end), None)
            if after is not None and self._words_between(self._speaker_after_ba(me), after.start) == "و":
                return [key, *[k for k in self._with_list(sentence, after.key) if k != key]]
            return [key]
        if first is None:
            return [key]
        out = [key]
        # «با X، فرمانده مرزبانی استان، و سپس با Y»: an earlier «با» of the same verb
        k = first
        while k > 0 and self.ctx.after_ba(agents[k - 1]) and agents[k - 1].key not in out \
                and _then_with(self._words_between(agents[k - 1].end, agents[k].start)):
            out.insert(0, agents[k - 1].key)
            k -= 1
        for prev, a in zip(agents[first:], agents[first + 1:]):
            gap = self._words_between(prev.end, a.start)
            if gap not in ("و", "") and not _then_with(gap):
                break
            if a.key not in out:
                out.append(a.key)
        return out

    def _fill(self, slot: Slot, sentence: int, c_start: int, c_end: int, actor: Agent | None,
              after: int | None, exclude: str | int | None = None) -> tuple[str | int | None, int | None]:
        if slot.kind == "actor":
            actor = self._clause_actor(sentence, actor, c_start)
            return (actor.key if actor else None), (actor.end if actor else None)
        if slot.kind == "with":
            return self._with(sentence, c_start, actor, slot.classes), None
        cands = self._candidates(sentence, slot.classes, exclude)
        if slot.kind == "before":
            # within the clause (after a colon), the first listed class wins, then the nearest:
            # «اصفهان ... سومین کلانشهر ایران است و ... عضو متروپلیس» → اصفهان, not ایران
            clause = self.doc.text.rfind(":", self.doc.sentences[sentence].start, c_start)
            cands = [c for c in cands if clause < c[0] and c[1] <= c_start
                     and not self._in_relative_clause(sentence, c[0], c_start) and not self._names_an_event(c[0])]
            # «... در سورابایا برگزار شد و X به عضویت ... انتخاب شد»: a finished clause before is not this one's,
            # when this one names a subject of its own («X ... است و ... عضو Y بوده است» shares X)
            done = [m.end() for m in RE_VERB_AND.finditer(self.doc.text, self.doc.sentences[sentence].start, c_start)]
            own = [c for c in cands if done and c[0] >= max(done)]
            cands = own or cands
            rank = {cls: i for i, cls in enumerate(slot.order)}
            cands.sort(key=lambda c: (rank.get(self._class_of(c[2]), 99), -c[1]))
        elif slot.kind == "after":
            lo = max(c_end, after or 0)
            if "Organization" in slot.classes:
                # «علیرضا توانا عضو شورا»: a bare noun after a title, read as the body named before
                cands = sorted(cands + [(r.of.start, r.of.end, r.of.entity_key) for r in self.ctx.roles
                                        if r.of is not None and r.of.source == "anaphora" and r.of.cls == "Organization"
                                        and r.of.start >= lo and not any(c[0] == r.of.start for c in cands)])
            colon = self.doc.text.find(":", c_end, self.doc.sentences[sentence].end)
            hi = colon if colon >= 0 else self.doc.sentences[sentence].end   # «... اعضای هیئت گفت: سرکنسولگری»
            cands = [c for c in cands if lo <= c[0] < hi]
        if slot.preceded_by is not None:
            cands = [c for c in cands if self._preceded_by(self.ctx.token_index(c[0]), slot.preceded_by)]
        if slot.within is not None:
            limit = self.ctx.token_index(c_end) + slot.within
            lower = self.ctx.token_index(c_start) - slot.within
            cands = [c for c in cands if lower <= self._past_an_apposition(c[0], c[1], c_start) <= limit]
        if not cands:
            return None, None
        start, end, key = cands[0]
        return key, end

    def _past_an_apposition(self, start: int, end: int, cue: int) -> int:
        """Token index of a place at ``start``–``end``, moved past an apposition on it between two commas when
        the cue follows («به کونمینگ، مرکز استان یوننان در جنوب غرب چین، سفر کرده است»): the apposition does not
        count in how far the place stands from its verb."""
        aside = _RE_APPOSITION.match(self.doc.text, end, cue) if end < cue else None
        return self.ctx.token_index(aside.end() - 1) if aside is not None else self.ctx.token_index(start)

    def _preceded_by(self, i: int, word: str) -> bool:
        """Token i stands right after ``word``, or after it and a place noun or two («در بندر صحار», «به شهر
        وان», «از مجموعه جهانی تخت جمشید»)."""
        toks = self.ctx.tokens
        for k in range(i - 1, max(-1, i - 4), -1):
            if toks[k].key == word:
                return True
            if toks[k].key not in PLACE_NOUNS:
                return False
        return False

    def _clause_actor(self, sentence: int, actor: Agent | None, c_start: int) -> Agent | None:
        """The sentence's agent, unless the cue sits in a quotation («X گفت: شهردار اصفهان با ... دیدار کرد»:
        the quotation's own first agent) or in a relative clause («سفیر ژاپن که ... به این شهر آمده بود»:
        whoever «که» follows, when that is a named person)."""
        if actor is None or actor.start > c_start:
            return actor
        if actor.kind == "speaker":
            return actor    # a verb in the first person: the speaker (FactExtractor._actor), whoever is listed
        colon = self.doc.text.rfind(":", actor.end, c_start)
        if colon >= 0:
            inner = [a for a in self.ctx.agents(sentence) if colon < a.start < c_start and not self.ctx.after_ba(a)]
            return inner[0] if inner and inner[0].kind != "pronoun" else None
        # «... یادآور شد که گیورگی چخیدزه، سفیر گرجستان، ... به قزوین سفر کرده»: the reported clause's own subject
        said = self._said_that(sentence, actor.end, c_start)
        if said is not None:
            inner = next((a for a in self.ctx.agents(sentence) if said <= a.start < c_start
                          and not self.ctx.after_ba(a) and a.key), None)
            if inner is not None and inner.kind != "pronoun":
                return inner
        # «سفر وی ... لغو شد و نسرین اعتمادی، معاون ...، به بارسلون رفت»: a done clause ended; the next has its
        # own subject when a person opens it
        done = list(_DONE_CLAUSE_END.finditer(self.doc.text, actor.end, c_start))
        if done:
            nxt = next((a for a in self.ctx.agents(sentence) if done[-1].end() <= a.start < c_start
                        and not self.ctx.after_ba(a) and a.kind != "pronoun" and a.key), None)
            if nxt is not None and not self.doc.text[done[-1].end():nxt.start].strip(" ،"):
                return nxt
        ke = [t for t in self.ctx.tokens[self.ctx.token_index(actor.end):self.ctx.token_index(c_start) + 1]
              if actor.end <= t.start < c_start and t.key == fold("که")]
        # a comma after «که» closes the relative clause: «X، که ... سفر کرده، در دیدار با Y گفت»
        if not ke or "،" in self.doc.text[ke[-1].end:c_start]:
            return actor
        before = [a for a in self.ctx.agents(sentence) if a.end <= ke[-1].start]
        gap = self._bare_gap(sentence, before[-1].end, ke[-1].start) if before else "x"
        if before and before[-1].key and not _RE_ALSO.sub(" ", gap).strip(" ،«»"):
            # «X، دبیرکل Y (Z) که ...», «X، سفیر کشورمان در گرجستان، هم که ...»
            return before[-1]
        if before and before[-1].key == actor.key and gap.lstrip().startswith("،") and gap.rstrip().endswith("،"):
            return actor  # «X، معاون شهردار تهران، که ... عازم استانبول شده است»: an apposition of X
        return None

    def _said_that(self, sentence: int, start: int, end: int) -> int | None:
        """Where the last «<verb of saying> که» between ``start`` and ``end`` ends: a reported clause follows,
        with a subject of its own."""
        from .quotes import speech_verbs

        sq = self.ctx.squeezed(sentence)
        text = self.doc.text
        ends = [m.end() for v in speech_verbs() for _a, b in sq.find_all(v) if start <= b < end
                for m in [_RE_THAT.match(text, b)] if m and m.end() <= end]
        return max(ends) if ends else None

    def _bare_gap(self, sentence: int, start: int, end: int) -> str:
        """The text between an agent and «که», less brackets and a place after «در» («X، سفیر ایران در چین، که
        ...»: the title's place belongs to the agent)."""
        text = self.doc.text
        places = [m for m in self.ctx.mentions_in(sentence) if start <= m.start and m.end <= end]
        chars = list(text[start:end])
        for m in places:
            before = "".join(chars[:m.start - start]).split()
            # «سفیر ایران در چین»; «شهردار پنجکنت تاجیکستان»: the title's own place and its country
            if (before[-1] if before else "") == "در" or (not before and m.cls in ("Country", "Province")):
                chars[m.start - start:m.end - start] = " " * (m.end - m.start)
        gap = re.sub(r"\([^)]*\)", "", "".join(chars))
        return re.sub(r"(^|\s)در(?=\s|،|$)", " ", gap)

    def _candidates(self, sentence: int, classes: frozenset[str], exclude) -> list[tuple[int, int, str]]:
        """(start, end, key) of mentions of the classes, in order; a title's object stands for its holder."""
        out = []
        ms = self.ctx.mentions_in(sentence)
        reporter_end = self.ctx.reporting_prefix_end(sentence)
        for m in ms:
            key = self._value(m, classes)
            if key is None or key == exclude or m.start < reporter_end:
                continue
            # prefer the outer of two mentions that end together («شهرداری مشهد» over «مشهد»)
            if any(o is not m and o.end == m.end and o.start < m.start and self._value(o, classes) for o in ms):
                continue
            out.append((m.start, m.end, key))
        anaphora = []
        if "City" in classes:
            anaphora += self.ctx.city_anaphora(sentence)
        if "Country" in classes:
            anaphora += self.ctx.country_anaphora(sentence)
        if "Organization" in classes:
            anaphora += self.ctx.organisation_anaphora(sentence)
        out.extend(c for c in anaphora if c[2] != exclude)
        speaker = self._speaker
        if speaker and classes & {"City", "Organization"}:
            office = self.ctx.office_of(speaker)  # «ما عضو ... هستیم» said by the mayor of Mashhad: Mashhad
            if office is not None and self._class_of(office) in classes:
                s = self.doc.sentences[sentence]
                out.extend((t.start, t.end, office) for t in self.ctx.tokens[self.ctx.token_index(s.start):]
                           if s.start <= t.start < s.end and t.key == fold("ما"))
        if "Person" in classes:
            for a in self.ctx.agents(sentence):
                if a.kind == "role" and a.key and a.key != exclude:
                    out.append((a.start, a.end, a.key))
        out.sort()
        return out

    def _class_of(self, key: str) -> str:
        entity = self.doc.entities.get(key)
        return entity.cls if entity else ""

    def _value(self, m: Mention, classes: frozenset[str]) -> str | None:
        if "Person" in classes:
            role = self.ctx.role_at(m)
            if role is not None and role.holder and not role.deputy:
                return role.holder
        return m.entity_key if m.cls in classes else None

    def _with(self, sentence: int, c_start: int, actor: Agent | None, classes: frozenset[str]) -> str | None:
        """The other side: the first agent after «با» (the «با» nearest after the cue, else before it)."""
        s = self.doc.sentences[sentence]
        toks = self.ctx.tokens
        first = self.ctx.token_index(s.start)
        bas = [t for k, t in enumerate(toks[first:], first) if t.start < s.end and t.start >= s.start
               and t.text == "با" and not (k > 0 and toks[k - 1].key == _ALONG)]   # «همراه با X»: a companion
        if not bas:
            return None
        # «دیدار با X» (the «با» just after the noun), else «با X ... گفت‌وگو کرد» (the nearest before the
        # cue), else any later one: «با A گفت‌وگو کرد و ... با B دیدار کرد» pairs each verb with its own «با»
        cue_at = self.ctx.token_index(c_start)

        def own(t: Token) -> bool:
            return t.start > c_start and self.ctx.token_index(t.start) - cue_at <= _BA_AFTER_CUE

        bas.sort(key=lambda t: (0 if own(t) else 1 if t.start < c_start else 2, abs(t.start - c_start)))
        if own(bas[0]):
            bas = bas[:1]   # «دیداری با او انجام نشد و ... با X گفت‌وگو کرد»: the cue's own «با», whoever follows
        for ba in bas:
            me = self._speaker_after_ba(ba)
            if me is not None:
                return self._speaker    # «... با ما دیدار کرد» in a quotation: the speaker
            for a in self.ctx.agents(sentence):
                if a.start > ba.start and a.key and (actor is None or a.key != actor.key):
                    between = self.doc.text[ba.end:a.start]
                    if len(between.split()) <= 3:
                        return a.key
                    break
        return None

    def _speaker_after_ba(self, ba: Token) -> int | None:
        """Where «من»/«ما» right after this «با» ends, in a quotation whose speaker is known: «با ما دیدار کرد»."""
        if not self._speaker:
            return None
        i = self.ctx.token_index(ba.start) + 1
        toks = self.ctx.tokens
        return toks[i].end if i < len(toks) and toks[i].key in _ME_OR_US else None

    def _population(self, sentence: int, c_start: int, c_end: int) -> tuple[str, int] | None:
        """«X با N نفر جمعیت», «جمعیت N نفری X», «X ... جمعیتی بیش از N نفر»: the number next to «نفر», and
        the place it is of: the one named after «نفری», else the nearest place before the number in the clause."""
        s = self.doc.sentences[sentence]
        text = self.doc.text
        best = None
        residents = text.startswith("ساکن", c_start)    # only after its number: «۱۲۵ هزار ساکن»
        for q in find_quantities(text[s.start:s.end]):
            a, b = s.start + q.start, s.start + q.end
            tail = text[b:b + 8]
            if not re.match(r"\s*(?:نفر|ساکن)", tail):     # «۱۲۵ هزار ساکن دارد»
                continue
            near = 0 <= c_start - b <= 8    # «N نفر جمعیت», «N ساکن»
            if not residents:                # «جمعیت(ی) ... N نفر»; «جمعیت شهر همدان بر اساس آخرین سرشماری ۵۵۴
                near = near or (0 <= a - c_end <= 25) or (   # هزار نفر است»: further, within the clause
                    0 <= a - c_end <= 50 and not re.search(r"[\d۰-۹،:؛]", text[c_end:a]))
            if near and c_end <= a and any(c_end <= m.start and m.end <= a and " و " in text[c_end:m.start]
                                           for m in self.ctx.mentions_in(sentence)):
                continue    # «یاسوج ... جمعیت دارد و شکی نزدیک به ۶۸ هزار نفر»: the second place's count
            if near and (best is None or abs(a - c_start) < abs(best[0] - c_start)):
                best = (a, b, q.value)
        if best is None:
            return None
        a, b, value = best
        if _RE_CITIES_UNDER_A_SIZE.search(text, max(s.start, a - 40), a):
            return None     # «تنها شهرهای کمتر از ۵۰ هزار نفر جمعیت را می‌پذیرد»: a bound on cities, no place's count
        # «برگامو شهری حدود ۱۲۰ هزار نفری است» counts a city's people; «سالن ۶ هزار نفری» counts seats
        if text.startswith("نفری", c_start) and not _RE_CITY_BEFORE_NUMBER.search(text[max(s.start, a - 30):a]):
            return None
        places = [m for m in self.ctx.mentions_in(sentence) if m.cls in ("City", "Country", "Province")]
        after = re.match(r"\s*نفری\s*(?:(?:شهر|کلانشهر|کلان\u200cشهر|استان|کشور)\s+)?", text[b:b + 24])
        if after:
            # «... نفری استان آستاراخان»: the province's own name may open with the noun
            noun_at = b + re.match(r"\s*نفری\s*", text[b:b + 12]).end()
            m = next((m for m in places if m.start in (b + after.end(), noun_at)), None)
            if m is not None:
                return m.entity_key, value
            this_city = next((key for start, _end, key in self.ctx.city_anaphora(sentence) if start == b + after.end()),
                             None)
            if this_city is not None:  # «جمعیت ۱٫۶ میلیون نفری این شهر»
                return this_city, value
        # «مغولستان ...؛ کشوری که جمعیت کل آن به ۳.۵ میلیون نفر می‌رسد»: «آن» is the place the relative clause
        # hangs on
        if re.match(r"[\s\u200c]*(?:کل\s+)?آن\s", text[c_end:c_end + 12]):
            head = re.search(r"(کشوری|شهری|استانی)\s+که\s+$", text[max(s.start, c_start - 30):c_start])
            if head:
                cls = {"کشوری": "Country", "شهری": "City", "استانی": "Province"}[head.group(1)]
                at = max(s.start, c_start - 30) + head.start()
                owner = [m for m in places if m.cls == cls and m.end <= at]
                return (owner[-1].entity_key, value) if owner else None
        # «جمعیت تهران ...», «جمعیت این شهر از یک میلیون نفر گذشته است»: the place right after «جمعیت»
        gap = re.match(r"[\s\u200c]*(?:ی\s+)?(?:(?:شهر|کلانشهر|کلان\u200cشهر|استان|کشور)\s+)?", text[c_end:c_end + 16])
        right_after = c_end + (gap.end() if gap else 0)
        if c_end <= a:
            m = next((m for m in places if m.start == right_after and m.end <= a), None)
            if m is not None:
                return m.entity_key, value
            this_city = next((key for start, end, key in self.ctx.city_anaphora(sentence)
                              if start == right_after and end <= a), None)
            if this_city is not None:
                return this_city, value
        # «... و قزاقستان با حدود ۲۰ میلیون نفر جمعیت»: the place right before «با»
        not_owner = None   # a place before «با» that says where the city is
        with_ba = re.search(r"(\S+)\s+با\s+(?:\S+\s+){0,3}$", text[max(s.start, a - 60):a])
        if with_ba:
            ba_at = max(s.start, a - 60) + with_ba.start(1) + len(with_ba.group(1))
            m = next((m for m in places if m.end == ba_at and self.ctx.role_at(m) is None), None)
            this_city = next((key for _start, end, key in self.ctx.city_anaphora(sentence) if end == ba_at), None)
            if m is None and this_city is not None:
                return this_city, value     # «این شهر با حدود ۴۵ هزار نفر جمعیت ...»
            if m is None and with_ba.group(1).endswith("،"):
                # «اهواز، مرکز این استان، با ۱٫۳ میلیون نفر ساکن»: the place before the apposition
                opening = text.rfind("،", s.start, ba_at - 1)
                head = next((p for p in places if opening > 0 and p.end <= opening
                             and not text[p.end:opening].strip() and self.ctx.role_at(p) is None), None)
                if head is not None:
                    return head.entity_key, value
            # «زنجان به عنوان مرکز استان زنجان با ...», «وان در شرق ترکیه با ...»: a place after «مرکز» or
            # «در» says where the city lies; the city is the one before it
            lead_text = text[max(s.start, m.start - 40):m.start] if m is not None else ""
            lead = lead_text.split()
            # «پوسان، دومین شهر بزرگ کره جنوبی با ...»: a country after «شهر» is whose city it is
            if m is not None and not (_RE_WHERE_BEFORE.search(lead_text) or (len(lead) > 1 and lead[-2] == "در")
                                      or (m.cls != "City" and any(w in _CITY_NOUNS for w in lead[-3:]))):
                return m.entity_key, value
            not_owner = m
        # «این شهر حدود ۲۶۰ هزار نفر جمعیت دارد», «این شهر که به گفته مسئولان حدود ...»: the city «این شهر»
        # stands for, right before the number or the relative clause that gives it
        this_city = next((key for _start, end, key in self.ctx.city_anaphora(sentence)
                          if end <= a and _RE_UP_TO_THE_COUNT.fullmatch(_RE_HEDGES.sub("", text[end:a]))), None)
        if this_city is not None:
            return this_city, value
        # «... شورای اسلامی شهر بستک، شهری حدود ۱۱ هزار نفری در ...»: the place the apposition is on
        aside = _RE_CITY_APPOSITION_BEFORE.search(text, max(s.start, a - 40), a)
        if aside is not None:
            m = next((m for m in places if m.end == aside.start() and m.cls == "City"), None)
            if m is not None:
                return m.entity_key, value
        clause_start = max(text.rfind(":", s.start, a), s.start)
        before = [m for m in places if clause_start <= m.start and m.end <= min(a, c_start)
                  and self.ctx.role_at(m) is None and m is not not_owner and not self.ctx.in_reporting_prefix(m)]
        if not before:
            # «ما شهری با ۷۰۰ هزار نفر جمعیت هستیم» said by the mayor of Rasht: Rasht's people
            we = [m for m in self._we(sentence, frozenset({"City", "Province", "Country"}), a) if m.start >= clause_start]
            return (we[0].entity_key, value) if we else None
        new_subject = re.search(r"،\s*شهر\s", text[before[0].end:a])
        if new_subject is None:
            return before[0].entity_key, value
        # «در شمال آذربایجان شرقی، شهر مرزی جلفا که ...»: the town after «، شهر», if it is known
        at = before[0].end + new_subject.end()
        town = next((m for m in before if m.start >= at and m.cls == "City"), None)
        return (town.entity_key, value) if town is not None else None

    def _posted_in(self, person: str, place: str, sentence: int) -> bool:
        """Whether the sentence names ``place`` as where the person's title is held («سرکنسول X در Y»)."""
        for r in self.ctx.roles:
            if r.holder != person or r.of is None or self.doc.sentence_at(r.start) != sentence:
                continue
            if any(post.entity_key == place for post in self.ctx.posts_of(r)):
                return True
        return False

    def _two_cities_before(self, sentence: int) -> tuple[str, str] | None:
        """«دو شهر»: the two cities the sentence before names, when it names exactly two."""
        if sentence == 0:
            return None
        cities = list(dict.fromkeys(m.entity_key for m in self.ctx.mentions_in(sentence - 1) if m.cls == "City"
                                    and m.start >= self.ctx.reporting_prefix_end(sentence - 1)))
        return (cities[0], cities[1]) if len(cities) == 2 else None

    def _we(self, sentence: int, classes: frozenset[str], c_start: int) -> list[Mention]:
        """«ما با سن‌پترزبورگ ... امضا نکرده‌ایم» said by the mayor of Karaj: «ما» before the cue is Karaj."""
        office = self.ctx.office_of(self._speaker) if self._speaker else None
        if office is None or self._class_of(office) not in classes:
            return []
        s = self.doc.sentences[sentence]
        return [Mention(t.start, t.end, t.text, self._class_of(office), office, "speaker-we", sentence)
                for t in self.ctx.tokens[self.ctx.token_index(s.start):self.ctx.token_index(c_start)]
                if s.start <= t.start < c_start and t.key == _WE]

    def _pairs(self, sentence: int, classes: frozenset[str], c_start: int, lists: bool) -> list[tuple[str, str]]:
        """The two sides of a symmetric fact among the sentence's places or organisations."""
        s = self.doc.sentences[sentence]
        # «سفر ... به هرات و مزار شریف؛ امضای تفاهم‌نامه»: the sides are in the cue's own part of the sentence
        lo = self.doc.text.rfind("؛", s.start, c_start) + 1 or s.start
        hi = self.doc.text.find("؛", c_start, s.end)
        hi = s.end if hi < 0 else hi
        # a news agency is nobody's partner («در گفت‌وگو با خبرنگار مهر»)
        ms = [m for m in self.ctx.mentions_in(sentence) if m.cls in classes and not news_outlet(m.entity_key)]
        # «گنجه ... با کوتائیسی خواهرخوانده شده است، اما اردبیل ...»: nor across a finished clause, when the
        # cue's clause names two sides of its own («... خواهرخوانده اصفهان ...، اما فلورانس و ...» does not)
        c_lo, c_hi = lo, hi
        for m in RE_VERB_AND.finditer(self.doc.text, lo, hi):
            if m.end() <= c_start:
                c_lo = m.end()
            elif m.start() >= c_start:
                c_hi = m.start() + 1
                break
        if len({m.entity_key for m in ms if c_lo <= m.start and m.end <= c_hi}) >= 2:
            lo, hi = c_lo, c_hi
        own = [m for m in ms if lo <= m.start and m.end <= hi]
        # none in its own part: the other part may name the two sides («سفر شهردار اصفهان به شیان؛ تفاهم‌نامه
        # امضا شد»), but only two, not a list to choose from
        if len({m.entity_key for m in own}) >= 2 or len({m.entity_key for m in ms}) != 2 or any(
                self.doc.text[a.end:b.start].strip() == "و" for a, b in zip(ms, ms[1:])):
            ms = own    # («سفر ... به هرات و مزار شریف؛ ...»: two destinations, not two sides)
        if len({m.entity_key for m in ms}) < 2:   # one side named: «ما» may be the other
            ms = sorted(ms + self._we(sentence, classes, c_start), key=lambda m: m.start)
        if "City" in classes:
            # a municipality or city council stands for its city («شهرداری مشهد» is paired as «مشهد»);
            # any other institution is a side of its own, not the city inside its name («دانشگاه دولتی تفلیس»)
            inner = _inside
            ms = [m for m in ms if not (m.cls != "City" and self._municipal(m) and any(
                      c.cls == "City" and inner(c, m) for c in ms))]
            ms = [m for m in ms if not (m.cls == "City" and any(
                      o.cls != "City" and not self._municipal(o) and inner(m, o) for o in ms))]
            if len({m.entity_key for m in ms if m.cls == "City"}) >= 2:
                ms = [m for m in ms if m.cls == "City" or not any(inner(c, m) for c in ms)]
        # a municipality or council stands for its city when cities are what is paired
        keys: list[tuple[int, str]] = []
        for m in ms:
            if keys and keys[-1][1] == m.entity_key:
                continue
            keys.append((m.start, m.entity_key))
        distinct = list(dict.fromkeys(k for _p, k in keys))
        s = self.doc.sentences[sentence]
        sentence_range = (s.start, s.end)
        if not distinct and "City" in classes and _RE_TWO_CITIES.search(self.doc.text, lo, hi):
            pair = self._two_cities_before(sentence)   # «تفاهم‌نامه ... میان شهرداری‌های دو شهر»
            return [pair] if pair else []
        if len(distinct) < 2 and "City" in classes:
            return []
        if len(distinct) == 2:
            return [(distinct[0], distinct[1])]
        if len(distinct) < 2:
            return []
        text = self.doc.text
        # «میان همدان و یکی از شهرهای کره»: the other side is unnamed, so there is no pair
        for m in ms:
            before = text[max(s.start, m.start - 6):m.start].split()
            if before and before[-1] in ("میان", "بین"):
                rest = text[m.end:m.end + 4].split()
                if rest and rest[0] == "و" and not any(o.start > m.end and text[m.end:o.start].strip() == "و"
                                                         for o in ms):
                    return []
        # «X و Y با Z» / «X با A، B و C»: each side of «با» paired with the other
        ends = {m.start: m.end for m in ms}
        for ba in (t for t in self.ctx.tokens if t.text == "با" and sentence_range[0] <= t.start < sentence_range[1]
                   # «با حضور Z» before another cue («... امضا کردند»): a witness, not a side
                   and (t.start == c_start or not text.startswith("حضور", t.end + 1))):
            left = list(dict.fromkeys(k for p, k in keys if ends[p] <= ba.start))
            right = list(dict.fromkeys(k for p, k in keys if p >= ba.end))
            if left and right and (lists or max(len(left), len(right)) <= 2) and not set(left) & set(right):
                return [(a, b) for a in left for b in right]
        # «میان X و Y», «X و Y»: the pair joined by «و» nearest to the cue
        best = None
        for (p1, k1), (p2, k2) in zip(keys, keys[1:]):
            if k1 == k2:
                continue
            end1 = next(m.end for m in ms if m.start == p1)
            between = text[end1:p2].strip()
            if "Person" in classes:  # «A، شهردار همدان، و B»: a name's title stands between the pair
                between = self._words_between(end1, p2)
            list_tail = text[:p1].rstrip().endswith(("،", ","))  # «A، B و C»: a list, not a pair
            # «پس از مشهد و اصفهان سومین کلانشهری است که ...»: places compared with, not the two sides
            compared = _RE_COMPARED.search(text[max(s.start, p1 - 12):p1])
            if between in ("و", "با") and not list_tail and not compared:
                dist = abs(p1 - c_start)
                if best is None or dist < best[0]:
                    best = (dist, (k1, k2))
        if best:
            return [best[1]]
        if not lists:
            return []
        # «خواهرخوانده‌های X را شهرهای A، B و C تشکیل می‌دهند»: the city after the cue and the rest
        after = [(p, k) for p, k in keys if p > c_start]
        if after and len(distinct) >= 3:
            hub = after[0][1]
            return [(hub, k) for k in distinct if k != hub]
        return []
