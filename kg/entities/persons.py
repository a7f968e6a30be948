"""Find person names in Persian news text.

No pretrained Persian NER model is reachable offline, so names are found by the
evidence Persian news itself gives:

* a title next to the name — «علیرضا زاکانی شهردار تهران», «شهردار مشهد محمدرضا قلندرشریف»,
  «مراد ارکول، سرکنسول ترکیه»;
* guillemets around a name — «جردی واکوئر» در دیدار با ...;
* a known given name followed by a surname — «محمدباقر قالیباف افزود»;
* an honorific — «دکتر نجفی».

Afterwards a surname alone («قلندرشریف افزود») is linked to the full name in the same article.
The recogniser is one class with a ``find`` method: a statistical model can replace it later.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..text.normalize import fold
from ..text.tokens import Token, starts_within, tokenize
from .lexicon import NAME_TAIL_MAX_ZIPF, ROLE_CONTEXT_ZIPF, Lexicon, is_persian_word, is_verb_form, zipf

# Honorifics that are everyday nouns too («استاد زبان»: a teacher of a language): one everyday word after them
# is no name
NOUN_HONORIFICS = {fold("استاد")}
# After «با» and before a meeting word, a name word wordfreq has seen at most this often («ارنستو», «رویس»;
# not «امضای» of «با امضای کمالیزاده و ...»)
LOOSE_NAME_MAX_ZIPF = 4.0
MAX_NAME_TOKENS = 4
PERSONAL_TITLES = {"office", "deputy"}
# A word this frequent («نامه» 5.4, «پیام», «هیئت») is no part of a name, even a foreign one («خوان» 4.5)
EVERYDAY_WORD_ZIPF = 5.0
# Titles many hold («عضو», «کارشناس»), read as one person's only in apposition: «، X Y، عضو شورای شهر»
APPOSITION_ONLY_TITLES = {fold(w) for w in ("نماینده", "عضو", "کارشناس", "خبرنگار", "مسئول")}
# Particles inside foreign and Arabic names: «عزمان بن یوسف», «اورسولا فون در لاین», «خوان د لا کروز».
NAME_PARTICLES = {fold(w) for w in ("بن", "بنت", "ابن", "فون", "وان", "دی", "دا", "دل", "ال", "د", "لا", "دلا", "لاس",
                                    "لوس")}
# What may stand right before a name set off by commas: punctuation, or «با» («با X Y، شهردار ...»)
NAME_OPENERS = ("،", ",", "«", "»", ".", "با")
# «ساعتی بعد», «دقایقی پس از», «روزی قبل»: a word in «ی» before these tells a time, it is no name
TIME_AFTER = {fold(w) for w in ("بعد", "پس", "قبل", "پیش", "دیگر")}
PATRONYMIC = {fold(w) for w in ("بن", "بنت")}
# What follows a sentence's subject: a preposition opening the predicate («X در دیدار با ...», «X با ...»).
CLAUSE_AFTER_SUBJECT = {fold(w) for w in ("در", "با", "به", "از", "که", "نیز", "روز", "صبح", "عصر", "امروز", "پس", "پیش",
                                             "ضمن", "همچنین", "هم")}   # «X پس از امضا گفت»
_QUOTE_OPEN, _QUOTE_CLOSE = "«", "»"
_WITH, _WEI = fold("با"), fold("وی")
_SUBJECT_OF, _WELCOME, _PLACED = fold("مورد"), fold("استقبال"), fold("قرار")
# What may follow the other side of a meeting named after «با»: «با X دیدار کرد», «با X، شهردار ...»
MEETING_AFTER_WITH = {fold(w) for w in ("دیدار", "گفت‌وگو", "گفتگو", "گفتوگو", "ملاقات", "مذاکره", "،", ",", "و")}
# «از برج قابوس بازدید کرد»: an everyday noun right before «کرد/کند» is the verb's noun, not a surname.
VERB_NOUN_MIN_ZIPF = 4.0
NOUN_TAKING_VERBS = {fold(w) for w in ("کرد", "کردند", "کرده", "کند", "کنند", "نمود", "نمودند", "نماید",
                                        "آمد", "آمدند", "آمده", "آید", "آیند")}   # «فرود آمد», «گرد آمدند»
# «۴۰۰ هزار زائر»: a counted noun follows a number, a name does not.
COUNT_WORDS = {fold(w) for w in ("هزار", "میلیون", "میلیارد", "صد", "دو", "سه", "چهار", "پنج", "چند", "هر")}
# A foreign given name may be a Persian word («دریا ییلدیریم», «نامی اوکادا»): beside a title and before a
# foreign surname, a word at most this frequent may open the name (not «امروز», «همچنین»: 5.6 and more).
WORD_AS_FOREIGN_GIVEN_MAX_ZIPF = 5.3


@dataclass
class PersonSpan:
    start: int
    end: int
    tokens: list[str]          # the name's words, honorific dropped
    rule: str                  # which evidence found it
    honorific: str | None = None

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


class PersonFinder:
    """Built once with the lexicon; ``find`` is called per document text."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lex = lexicon or Lexicon.load()
        # words that end a name wherever they stand (one set: tested for every token)
        self._barrier_keys = frozenset(self.lex.stopwords | self.lex.role_first_words | self.lex.honorifics
                                       | self.lex.predicate_words)
        self._role_prefixes = self.lex.role_prefixes

    # -- token classes -------------------------------------------------------------------------
    @staticmethod
    def _key(tok: Token) -> str:
        return tok.key

    def _is_barrier(self, tok: Token, blocked: set[int], after_honorific: bool = False) -> bool:
        """A token that can never be part of a name («اسلامی» can, after «دکتر»)."""
        if not tok.is_word or tok.text.isdigit() or tok.start in blocked:
            return True
        key = tok.key
        return key in self._barrier_keys or (not after_honorific and key in self.lex.not_names)

    def _is_namey(self, tok: Token) -> bool:
        """Evidence on its own that a word is a name: a given name, or a word the lexicon lacks."""
        return self.lex.is_given(tok.text) or not self.lex.is_common(tok.text)

    def _role_at(self, tokens: list[Token], i: int) -> int:
        """Number of tokens of the title starting at ``i`` (0 when there is none)."""
        if i >= len(tokens) or tokens[i].key not in self._role_prefixes:
            return 0
        for n in (2, 1):
            if i + n <= len(tokens):
                key = tokens[i].key if n == 1 else tokens[i].key + tokens[i + 1].key
                if key in self.lex.roles:
                    return n
        return 0

    def _role_kind(self, tokens: list[Token], i: int, n: int) -> str:
        return self.lex.roles["".join(t.key for t in tokens[i:i + n])]

    # -- the finder ----------------------------------------------------------------------------
    def find(self, text: str, blocked_spans: list[tuple[int, int]] = (),
             tokens: list[Token] | None = None) -> list[PersonSpan]:
        """Person spans in ``text``; ``blocked_spans`` (entities found already) are never part of a name."""
        tokens = tokens if tokens is not None else tokenize(text)
        blocked = starts_within(tokens, blocked_spans)
        entity_ends = {e for _s, e in blocked_spans}
        found: list[PersonSpan] = []
        taken: set[int] = set()

        def add(i: int, j: int, rule: str, honorific: str | None = None) -> None:
            if j <= i or any(k in taken for k in range(i, j)):
                return
            taken.update(range(i, j))
            found.append(PersonSpan(tokens[i].start, tokens[j - 1].end, _name_words(tokens[i:j]), rule, honorific))

        line_starts = {k for k in range(1, len(tokens)) if "\n" in text[tokens[k - 1].end:tokens[k].start]}
        # a title first: the name beside it is the strongest evidence of where a name ends
        # («سید جلال حیدری، سرکنسول ...»: the title's name wins over an honorific's shorter reading)
        for i, tok in enumerate(tokens):
            # a title that one person holds (not «اعضای», «هیئت»): the name is next to it
            if (n := self._role_at(tokens, i)) and self._role_kind(tokens, i, n) in PERSONAL_TITLES:
                self._name_before_role(tokens, i, blocked, add, line_starts)
                self._name_after_role(tokens, i + n, blocked, entity_ends, add)
            elif n and i > 0 and tokens[i - 1].text in ("،", ",") and self._key(tok) in APPOSITION_ONLY_TITLES:
                # «، سیلیا تاوفا، کارشناس ارشد ...»: a title others share stands for one person in apposition
                self._name_before_role(tokens, i, blocked, add, line_starts, apposition_only=True)
        for i, tok in enumerate(tokens):
            key = self._key(tok)
            # «دکتر نجفی», «سید امین مرتضوی»
            if key in self.lex.honorifics:
                j = self._extend_name(tokens, i + 1, blocked, allow_common=True, after_honorific=True)
                # «سید عمران بخاری شهردار کراچی»: between an honorific and a title, two or three words are the
                # name, everyday words («عمران») or not
                k = next((k for k in range(i + 3, min(i + 6, len(tokens))) if self._role_at(tokens, k)), None)
                if k is not None and tokens[k - 1].text in ("،", ","):
                    k -= 1      # «شیخ سالم الشحی، محافظ مسندم»
                if k is not None and k > j and k - i <= 4 and all(
                        t.is_word and not self._is_barrier(t, blocked) and t.key not in self.lex.honorifics
                        for t in tokens[i + 1:k]):
                    j = k
                while j > i + 1 and self._role_at(tokens, j - 1):
                    j -= 1
                if j == i + 2 and key in NOUN_HONORIFICS and self.lex.is_common(tokens[i + 1].text) \
                        and not self.lex.is_given(tokens[i + 1].text):
                    continue    # «استاد زبان فارسی», «شاگرد و استاد رد و بدل کنیم»: the noun, not a title
                if j > i + 1:
                    add(i + 1, j, "person-honorific", tok.text)
            # «جردی واکوئر»
            elif tok.text == _QUOTE_OPEN:
                close = next((k for k in range(i + 1, min(i + MAX_NAME_TOKENS + 2, len(tokens)))
                              if tokens[k].text == _QUOTE_CLOSE), None)
                if close and close > i + 1:
                    inner = tokens[i + 1:close]
                    if all(not self._is_barrier(t, blocked) for t in inner) and self._quoted_is_name(
                            inner, tokens, i, close):
                        add(i + 1, close, "person-quoted")

        # a given name followed by a surname
        for i, tok in enumerate(tokens):
            if i in taken or self._is_barrier(tok, blocked) or not self.lex.is_given(tok.text) or _demonym(tok.text):
                continue
            if i > 0 and tokens[i - 1].key in COUNT_WORDS:
                continue
            j = self._extend_name(tokens, i, blocked, allow_common=True)
            if j - i >= 2 and not all(self.lex.is_common(t.text) for t in tokens[i:j]):
                add(i, j, "person-given-name")
        # a foreign name opening a clause: «به گزارش ایرنا، داتو عزمان بن یوسف در ...»; or the other side of a
        # meeting: «با الساندرو کاوالیری دیدار کردند»
        for i, tok in enumerate(tokens):
            after_ba = i > 0 and tokens[i - 1].key == _WITH
            host = i > 1 and tokens[i - 1].key == _WELCOME and tokens[i - 2].key == _SUBJECT_OF  # «مورد استقبال X»
            if i in taken or not (i == 0 or tokens[i - 1].text in ("،", ",", ".", ":", "\n") or after_ba or host):
                continue
            j = self._foreign_run_end(tokens, i, blocked, loose=after_ba)
            if j - i >= 2 and j < len(tokens) and (tokens[j].key in MEETING_AFTER_WITH if after_ba
                                                   else tokens[j].key == _PLACED if host
                                                   else tokens[j].key in CLAUSE_AFTER_SUBJECT):
                add(i, j, "person-foreign-subject")     # («... مورد استقبال X قرار گرفت»: the host)
            elif after_ba:
                continue
            elif j == i and self._meeting_follows(tokens, i + 2):
                # «قاضی حبیب‌الرحمان در دیدار با ...»: two words, one of them foreign, then «در دیدار»
                if sum(self._looks_foreign(t) for t in tokens[i:i + 2]) >= 1 and all(
                        t.is_word and not self._is_barrier(t, blocked) and not t.text.isdigit() for t in tokens[i:i + 2]):
                    add(i, i + 2, "person-foreign-subject")
        # a given name glued to the surname: «محمدباقرقالیباف»
        for i, tok in enumerate(tokens):
            if len(tok.text) >= 9 and i not in taken and not self._is_barrier(tok, blocked):
                split = self._glued_name(tok.text)
                if split:
                    taken.add(i)
                    found.append(PersonSpan(tok.start, tok.end, list(split), "person-glued-name"))
        self._patronymic_openers(tokens, found, taken, blocked)
        found.sort(key=lambda p: p.start)
        return found

    def _patronymic_openers(self, tokens: list[Token], found: list[PersonSpan], taken: set[int],
                            blocked: set[int]) -> None:
        """«سالم بن حمد الهنائی»: the word before «بن» / «بنت» opens the name, even an everyday word."""
        index = {t.start: k for k, t in enumerate(tokens)}
        for p in found:
            k = index.get(p.start)
            while k is not None and k >= 2 and tokens[k - 1].key in PATRONYMIC and k - 2 not in taken \
                    and not self._is_barrier(tokens[k - 2], blocked) and not self._role_at(tokens, k - 2):
                k -= 2
                taken.update((k, k + 1))
                p.start, p.tokens = tokens[k].start, [tokens[k].text, tokens[k + 1].text, *p.tokens]

    def _foreign_run_end(self, tokens: list[Token], i: int, blocked: set[int], loose: bool = False) -> int:
        """End of a run of transliterated name words (with «بن», «فون»... inside) of which two are foreign;
        ``loose`` (after «با», before a meeting word): one foreign word will do, beside names wordfreq has seen
        but hazm's lexicon has not («با ارنستو کاستانیدا رویس دیدار کرد»)."""
        j, foreign = i, 0
        while j < len(tokens) and j - i < MAX_NAME_TOKENS + 1 and not tokens[j].start in blocked:
            tok = tokens[j]
            if j > i and tok.key in NAME_PARTICLES and j + 1 < len(tokens):
                j += 1
                continue
            if self._looks_foreign(tok):
                foreign += 1
            elif self._is_barrier(tok, blocked) or not (self.lex.is_given(tok.text) or (
                    loose and tok.is_word and zipf(tok.text) < LOOSE_NAME_MAX_ZIPF and not is_persian_word(tok.text))):
                break
            j += 1
        while j > i and tokens[j - 1].key in NAME_PARTICLES:
            j -= 1
        return j if foreign >= 2 or (loose and foreign and j - i >= 2) else i

    @staticmethod
    def _meeting_follows(tokens: list[Token], k: int) -> bool:
        """Whether «در دیدار» stands at token k: the strongest sign that what precedes is a person."""
        return k + 1 < len(tokens) and tokens[k].key == fold("در") and tokens[k + 1].key == fold("دیدار")

    def _glued_name(self, word: str) -> tuple[str, str] | None:
        """(given, surname) when an unknown word is a compound given name and a rare word glued together."""
        if self.lex.known(word) or len(word) < 9:
            return None
        for given in self.lex.glued_givens:
            rest = word[len(given):]
            if word.startswith(given) and len(rest) >= 4 and zipf(rest) < NAME_TAIL_MAX_ZIPF + 0.5 \
                    and not self._is_barrier_word(rest):
                return given, rest
        return None

    def _is_barrier_word(self, word: str) -> bool:
        key = fold(word)
        return key in self.lex.stopwords or key in self.lex.predicate_words or key in self.lex.not_names

    def _extend_name(self, tokens: list[Token], i: int, blocked: set[int], allow_common: bool,
                     after_honorific: bool = False) -> int:
        """End (exclusive) of the run of name words starting at ``i``.

        Given names, then one surname; a further word only when it is rare as a word
        («محمدرضا قلندر شریف» stops at «قلندر»; «علی حامد مقدم» keeps «مقدم» after two given names).
        """
        j = i
        while j < len(tokens) and self._words_of_name(tokens, i, j) < MAX_NAME_TOKENS:
            if j > i and tokens[j].key in NAME_PARTICLES and tokens[j].key not in PATRONYMIC and j + 1 < len(tokens) \
                    and not self._is_barrier(tokens[j + 1], blocked) and (
                        tokens[j + 1].key in NAME_PARTICLES or not self.lex.is_common(tokens[j + 1].text)):
                j += 1      # «خوان پابلو د لا کروز»: a particle between name words
                continue
            if j > i and tokens[j].text in self.lex.name_endings and self._is_namey(tokens[j - 1]) \
                    and tokens[j - 1].end < tokens[j].start:
                j += 1      # «هاشمی زاده»: a surname's ending written after a space for the half-space
                continue
            if j > i and tokens[j].key in PATRONYMIC and j + 1 < len(tokens) \
                    and not self._is_barrier(tokens[j + 1], blocked) and self._is_namey(tokens[j + 1]):
                j += 2      # «محمد بن سلمان»: «بن» joins a father's name to the name
                continue
            if self._is_barrier(tokens[j], blocked, after_honorific and j == i):
                break
            if not allow_common and not self._is_namey(tokens[j]):
                break
            all_given = all(self.lex.is_given(t.text) for t in tokens[i:j])
            if j > i and not all_given and zipf(tokens[j].text) >= NAME_TAIL_MAX_ZIPF \
                    and not self.lex.is_given(tokens[j].text) and not self._compound_name_word(tokens[j]):
                break       # (but «سیدمحسن فاطمی‌نیا»: wordfreq scores «فاطمی‌نیا» by its parts)
            if self.lex.is_common(tokens[j].text) and not self.lex.is_given(tokens[j].text) and j > i:
                break
            if j > i and is_verb_form(tokens[j].text):
                break       # «سر و سامان بدهیم»: a verb after a given name
            if j > i and j + 1 < len(tokens) and tokens[j + 1].key in NOUN_TAKING_VERBS \
                    and zipf(tokens[j].text) >= VERB_NOUN_MIN_ZIPF:
                break
            if j > i and j + 1 < len(tokens) and tokens[j + 1].key in TIME_AFTER and tokens[j].key.endswith("ی"):
                break       # «یزدان‌پناه ساعتی بعد»: «an hour later», not a surname
            j += 1
        return j

    def _quoted_is_name(self, inner: list[Token], tokens: list[Token], open_i: int, close_i: int) -> bool:
        """Quoted words are a name when they look like one or a title stands beside them."""
        if len(inner) < 2:
            return False
        near_role = (self._role_at(tokens, close_i + 1) or (close_i + 2 < len(tokens) and tokens[close_i + 1].text == "،"
                                                             and self._role_at(tokens, close_i + 2))
                     or (open_i > 0 and self._role_at(tokens, open_i - 1)))
        if near_role:
            return True
        if open_i > 0 and tokens[open_i - 1].key in self.lex.named_thing_nouns:
            return False    # «جشنواره بین‌المللی موسیقی «خاری بلبل»», «کوه «دماغه شیطان»»: the thing's own name
        return self.lex.is_given(inner[0].text) or all(not self.lex.is_common(t.text) for t in inner)

    def _name_before_role(self, tokens: list[Token], role_i: int, blocked: set[int], add,
                          line_starts: set[int] = frozenset(), apposition_only: bool = False) -> None:
        """«علیرضا زاکانی شهردار تهران», «مراد ارکول، سرکنسول ...»; with ``apposition_only``, only a run
        between commas that looks like a name («، سیلیا تاوفا، کارشناس ...»)."""
        end = role_i
        if end > 0 and tokens[end - 1].text == "،":
            end -= 1
        start = end
        # «زبیر احمد شیخ، شهردار کراچی»: an honorific last before the title is a surname
        if start >= 2 and tokens[start - 1].key in self.lex.honorifics \
                and not self._is_barrier(tokens[start - 2], blocked) and self._is_namey(tokens[start - 2]):
            start -= 1
        while start > 0 and self._words_of_name(tokens, start, end) < MAX_NAME_TOKENS and start not in line_starts:
            if tokens[start - 1].key in self.lex.honorifics and start < end:
                break       # «سید عمران بخاری شهردار کراچی»: the honorific opens the name
            if _glued_hyphen(tokens, start - 1) and not self._is_barrier(tokens[start - 2], blocked):
                start -= 2  # «ماری-کلر ایلونگا»
            elif start >= 2 and self._east_asian_with_wei(tokens, start - 2, end):
                start -= 2  # «تان وی مینگ»: the pronoun's spelling is a Chinese given name's syllable (Wei)
            elif start >= 2 and tokens[start - 1].text in self.lex.name_endings \
                    and not self._is_barrier(tokens[start - 2], blocked):
                start -= 2  # «هاشمی زاده»: a surname's ending written after a space
            elif not self._is_barrier(tokens[start - 1], blocked):
                start -= 1
            else:
                break
        # «با عیساوی نامه محسن رنجبری شهردار کازرون»: an everyday word before a given name ends what came before
        for k in range(end - 2, start, -1):
            if self.lex.is_given(tokens[k].text) and any(
                    t.is_word and zipf(t.text) >= ROLE_CONTEXT_ZIPF and not self.lex.is_given(t.text)
                    for t in tokens[start:k]):
                while k - 1 > start and self.lex.is_given(tokens[k - 1].text):
                    k -= 1      # «قاسم عبدالحسین الخفاجی»: given names in a row
                start = k
                break
        # «مک‌کینون در این دیدار نامه تانه پاراتا، شهردار ...»: a word as everyday as «نامه» inside the run ends
        # what came before, when two name words follow it (not «خوان» or «حکیم», names abroad too)
        for k in range(end - 3, start - 1, -1):
            t = tokens[k]
            if t.is_word and zipf(t.text) >= EVERYDAY_WORD_ZIPF and not self.lex.is_given(t.text) \
                    and t.key not in NAME_PARTICLES and t.key not in self.lex.honorifics \
                    and not self._compound_name_word(t) and not _glued_hyphen(tokens, k + 1):
                start = k + 1
                break
        # «، کیم دونگ‌هیون، شهردار سئول»: between two commas the whole run is the name, if it looks like one
        # (or after «با»: «با نوزاد هورامی، شهردار این شهر»)
        # («، و قربان‌محمد آق‌آتابای، فرماندار کلاله»: the next of a list of names with their titles)
        listed = start >= 2 and tokens[start - 1].text == "و" and tokens[start - 2].text in ("،", ",")
        bounded = end < role_i and (start == 0 or start in line_starts or tokens[start - 1].text in NAME_OPENERS
                                    or tokens[start - 1].key in self.lex.honorifics or listed)
        looks_like_name = end - start >= 2 and (
            all(not self.lex.is_common(t.text) for t in tokens[start:end] if t.is_word and t.key not in NAME_PARTICLES)
            or self._word_before_foreign_surname(tokens, start, end)    # «، دریا ییلدیریم، شهردار ازمیر»
            or self._east_asian_with_wei(tokens, start, end))
        after_honorific = start > 0 and tokens[start - 1].key in self.lex.honorifics and end - start <= 3
        opened = start == 0 or start in line_starts or tokens[start - 1].text in NAME_OPENERS
        # «، خوان پابلو د لا کروز اورتگا سفیر ...»: a particle inside the run shows it is one foreign name
        particle_inside = opened and any(t.key in NAME_PARTICLES for t in tokens[start + 1:end - 1])
        if apposition_only and not (bounded and looks_like_name):
            return
        # («شیخ سالم الشحی، محافظ مسندم»: bounded and after an honorific, kept whole)
        if not (bounded and (looks_like_name or after_honorific)) and not particle_inside:
            # trim leading words of the sentence: «میزبان چانگ هوآ سفیر ...» → «چانگ هوآ»
            while start < end and not self.lex.is_given(tokens[start].text) \
                    and zipf(tokens[start].text) >= ROLE_CONTEXT_ZIPF and not _glued_hyphen(tokens, start + 1) \
                    and not self._compound_name_word(tokens[start]) \
                    and not (tokens[start].key in self.lex.family_first and end - start == 2
                             and self._east_asian_given(tokens[start + 1])) \
                    and not self._east_asian_with_wei(tokens, start, end) \
                    and not (end - start == 2 and tokens[start].key in self.lex.first_names
                             and _compound_surname(tokens[start + 1].text, self.lex.name_endings)):
                start += 1      # (but «پیمان رستمی‌کیا شهردار نوشهر»: a name-set given name before a compound surname)
        while start < end and tokens[start].key in NAME_PARTICLES:
            start += 1      # a particle opens no name («... د لا کروز» whose given names were not reached)
        if end - start >= 2 or (end - start == 1 and self._looks_foreign(tokens[start])):
            honorific = tokens[start - 1].text if start > 0 and tokens[start - 1].key in self.lex.honorifics else None
            add(start, end, "person-role-before", honorific)

    def _romance_run_end(self, tokens: list[Token], i: int, blocked: set[int]) -> int:
        """End of «خوان پابلو د لا کروز اورتگا» from its first word: words no more common than names, with a
        particle (not «بن») between two of them; ``i`` when there is no such particle."""
        j, inside = i, False
        while j < len(tokens) and self._words_of_name(tokens, i, j) <= MAX_NAME_TOKENS:
            tok = tokens[j]
            particle = j > i and tok.key in NAME_PARTICLES and tok.key not in PATRONYMIC
            if not particle and (self._is_barrier(tok, blocked)
                                 or (self.lex.is_common(tok.text) and not self.lex.is_given(tok.text))):
                break
            inside = inside or particle
            j += 1
        while j > i and tokens[j - 1].key in NAME_PARTICLES:
            j -= 1
        return j if inside and j - i >= 3 else i

    @staticmethod
    def _words_of_name(tokens: list[Token], start: int, end: int) -> int:
        """How many words of a name stand in tokens[start:end], particles («بن», «د لا») not counted."""
        return sum(t.key not in NAME_PARTICLES for t in tokens[start:end])

    def _name_after_role(self, tokens: list[Token], i: int, blocked: set[int], entity_ends: set[int], add) -> None:
        """«شهردار مشهد محمدرضا قلندرشریف»: title, what it is of, then the name."""
        # skip what the title is of: entity mentions, «در» + entity, adjectives like «جدید»
        j, steps, through_dar = i, 0, False
        while j < len(tokens) and steps < 8:
            tok = tokens[j]
            if tok.start in blocked or self._key(tok) in self.lex.not_names:
                j += 1
            elif tok.text in ("،", ",") and j > i and tokens[j - 1].end in entity_ends:
                j += 1  # «شهردار آلماتی، ییرلان ساپاروف»
                break
            elif self._key(tok) == "در" and j + 1 < len(tokens) and tokens[j + 1].start in blocked:
                j += 1
                through_dar = True
            else:
                break
            steps += 1
        last = j - 1 if tokens[j - 1].text not in ("،", ",") else j - 2
        if j == i or j >= len(tokens) or last < i or tokens[last].end not in entity_ends:
            return
        end = max(self._extend_name(tokens, j, blocked, allow_common=True), self._romance_run_end(tokens, j, blocked))
        first = tokens[j]
        # (a word for a given name not after «در X»: «فرماندار کانتی لامو در جزیره لامو سند خواهرخواندگی»)
        if end - j >= 2 and (self.lex.is_given(first.text) or self._looks_foreign(first)
                             or (not through_dar and self._word_before_foreign_surname(tokens, j, end))
                             or any(t.key in NAME_PARTICLES for t in tokens[j + 1:end - 1])):
            add(j, end, "person-role-after")

    def _east_asian_with_wei(self, tokens: list[Token], start: int, end: int) -> bool:
        """«تان وی مینگ»: an East Asian family name, «وی» (Wei, not the pronoun) and a foreign syllable."""
        return (end - start == 3 and tokens[start].key in self.lex.family_first and tokens[start + 1].key == _WEI
                and self._east_asian_given(tokens[start + 2]))

    def _word_before_foreign_surname(self, tokens: list[Token], start: int, end: int) -> bool:
        """«دریا ییلدیریم», «نامی اوکادا»: a foreign given name that is also a Persian word, before words that are
        all foreign.  Only where a title says a name stands here; a verb or a very common word opens none."""
        first = tokens[start]
        return (end - start in (2, 3) and first.is_word and not is_verb_form(first.text)
                and zipf(first.text) <= WORD_AS_FOREIGN_GIVEN_MAX_ZIPF
                and all(self._looks_foreign(t) for t in tokens[start + 1:end]))

    def _compound_name_word(self, tok: Token) -> bool:
        """«نظام‌الدین», «شریف‌زاده»: a half-spaced compound with an ending only names carry is a name, however
        frequent its parts are (wordfreq scores such a word by its parts)."""
        head, _, ending = tok.text.rpartition("\u200c")
        return len(head) >= 2 and ending in self.lex.name_endings

    def _east_asian_given(self, tok: Token) -> bool:
        """«جی‌هون», «مینگ‌هوی»: two syllables joined by a half-space, rare as a word, or a foreign word."""
        parts = tok.text.split("\u200c")
        return self._looks_foreign(tok) or ("\u200c" in tok.text and (
            zipf(tok.text) < NAME_TAIL_MAX_ZIPF
            # «سانگ‌وو»: short syllables the lexicon does not hold as one word
            or (not self.lex.is_common(tok.text) and all(len(part) <= 4 for part in parts))))

    def _looks_foreign(self, tok: Token) -> bool:
        """A word wordfreq has never seen in Persian: a transliterated foreign name (not a glued compound)."""
        text = tok.text
        if "\u200c" in text:  # «دونگ‌هیون» is foreign, «رهنمود‌های» is a Persian word and its suffix
            return all(not self.lex.known(part) for part in text.split("\u200c"))
        if self.lex.known(text) or len(text) < 3:
            return False
        # «شهرسازیومعماری»: two words glued with «و» are not a name
        return not any(zipf(text[:k]) > 3 and zipf(text[k + 1:]) > 3
                       for k in range(3, len(text) - 3) if text[k] == "و")  # «سانتوسو» is not «سانت» + «سو»


@lru_cache(maxsize=4096)
def _demonym(word: str) -> bool:
    """«عمانی», «ترکیه‌ای»: a country's adjective, which opens no name («هیئت عمانی بعدازظهر ...»)."""
    from .gazetteer import Gazetteer

    gz = Gazetteer.load()
    stem = word[:-3] if word.endswith("\u200cای") else word[:-1] if word.endswith("ی") else ""
    return bool(stem) and gz.lookup(stem, "Country") is not None


def _compound_surname(word: str, name_endings: set[str]) -> bool:
    """«رستمی‌کیا», «صالحی‌کجوری»: a surname of two parts joined by a half-space, ending in a surname's
    ending or opening with a surname in «ی» (a family's name and its town's)."""
    parts = word.split("\u200c")
    return len(parts) == 2 and len(parts[1]) >= 2 and (parts[1] in name_endings or (
        len(parts[0]) >= 4 and parts[0].endswith("ی") and len(parts[1]) >= 3 and not parts[1].startswith("ها")))


def _glued_hyphen(tokens: list[Token], k: int) -> bool:
    """Whether token k is a hyphen written between two words with no space: «ژان-پیر»."""
    return 0 < k < len(tokens) - 1 and tokens[k].text in ("-", "‐") and tokens[k - 1].is_word \
        and tokens[k + 1].is_word and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start


def _name_words(tokens: list[Token]) -> list[str]:
    """The words of a name; a hyphenated part stays one word («ماری-کلر»)."""
    words: list[str] = []
    glue = False
    for k, tok in enumerate(tokens):
        if _glued_hyphen(tokens, k):
            words[-1] += tok.text
            glue = True
        elif glue:
            words[-1] += tok.text
            glue = False
        else:
            words.append(tok.text)
    return words
