"""Institution names built from a head noun: «شورای شهر قم», «اداره بین‌الملل شهرداری اصفهان».

A name opens with a head noun (kg/data/org_heads.tsv) and runs to the last place or known
organisation in the same noun phrase, so «شهرداری تهران» is found but «سازمان» alone is not.
Known organisations with fixed names (Metropolis, UCLG, ministries) come from the gazetteer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..text.normalize import fold
from ..text.tokens import Token, starts_within, tokenize
from .keys import beginnings
from .lexicon import zipf

DATA = Path(__file__).resolve().parent.parent / "data"
MAX_NAME_TOKENS = 10
# The names of news outlets after «خبرگزاری»/«پایگاه خبری» are one or two words with no anchor.
NEWS_HEADS = {fold("خبرگزاری"), fold("پایگاه خبری")}
_DIRECTOR_GENERAL = fold("مدیرکل")
# Words that introduce a place, not an institution's field: «مرکز استان ...», «مرکز جمهوری ...».
PLACE_WORDS = {fold(w) for w in ("استان", "جمهوری", "کشور", "شهر", "ایالت", "منطقه", "ولایت", "کانتی", "ناحیه",
                                  "شهرستان", "بخش")}
# A short form in brackets after a name: one word of letters, dots or hyphens («او.دبلیو.اچ.سی», «OWHC»,
# «سیتی‌نت»), or up to four short words («یو سی ال جی»)
SHORT_FORM_IN_BRACKETS = re.compile(
    "\\s*\\(\\s*((?:[^\\W\\d_][\\w\u200c.\\-]*[^\\W\\d_])|(?:[^\\W\\d_]{1,4}(?:\\s[^\\W\\d_]{1,4}){1,3}))\\s*\\)")


def _rows(path: Path) -> list[list[str]]:
    return [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def outlet_key(name: str) -> str:
    """The key of a news outlet, the same with or without «خبرگزاری»/«پایگاه خبری» before its name."""
    from .keys import name_key

    words = name.split()
    for n in (2, 1):
        if len(words) > n and fold("".join(words[:n])) in NEWS_HEADS:
            words = words[n:]
            break
    return name_key("org", " ".join(words))


@dataclass
class OrgSpan:
    start: int
    end: int
    label: str          # canonical form («شورای شهر تبریز» for «شورای اسلامی شهر تبریز»)
    rule: str
    outlet: bool = False  # a news outlet: keyed by its name without «خبرگزاری»


_COUNTRY, _OBJECT_MARK = fold("کشور"), fold("را")


class OrgFinder:
    def __init__(self) -> None:
        rows = _rows(DATA / "org_heads.tsv")
        # folded head → the token counts it is written in («روابط عمومی» two, «روابط‌عمومی» one)
        self.heads: dict[str, set[int]] = {}
        for r in rows:
            self.heads.setdefault(fold(r[0]), set()).add(len(r[0].split()))
        self._head_prefixes = beginnings(self.heads)
        self.noun_heads = {fold(r[0]) for r in rows if len(r) > 1 and r[1].startswith("noun:")}
        self.canonical_forms = [(re.compile(r[0]), r[1]) for r in _rows(DATA / "org_names.tsv")]
        self.bilateral = {fold(w) for w in _word_list(DATA / "org_bilateral_cues.txt")}
        self.chain_stops = {fold(w) for w in _word_list(DATA / "org_chain_stops.txt")}
        self.comma_words = {fold(w) for w in _word_list(DATA / "org_comma_words.txt")}
        # offices as folded words, longest first («اداره کل روابط عمومی» before «روابط عمومی»)
        self.offices = sorted(([fold(w) for w in o.split()] for o in _word_list(DATA / "publisher_offices.txt")),
                              key=len, reverse=True)
        from .lexicon import Lexicon
        lexicon = Lexicon.load()
        self.stopwords = lexicon.stopwords
        self.titles = lexicon.role_first_words
        # «انجمن شهرداران فرانسه», «مجمع شهرداران ...»: a plural title names the members, it opens no description
        self.member_titles = {title for title, kind in lexicon.roles.items() if kind == "offices"}

    def _head_at(self, tokens: list[Token], i: int) -> int:
        if tokens[i].key not in self._head_prefixes:  # most words start no head
            return 0
        for n in (3, 2, 1):   # «منطقه ویژه اقتصادی», «اتاق بازرگانی», «شهرداری»
            if i + n <= len(tokens):
                key = "".join(t.key for t in tokens[i:i + n])
                if n in self.heads.get(key, ()):
                    return n
        return 0

    def find(self, text: str, anchors: list[tuple[int, int]], tokens: list[Token] | None = None) -> list[OrgSpan]:
        """Institution spans; ``anchors`` are (start, end) of places and known organisations."""
        tokens = tokens if tokens is not None else tokenize(text)
        anchor_end = {e for _s, e in anchors}
        anchor_start = {s for s, _e in anchors}
        ends = {t.start: t.end for t in tokens}
        covered = {start for start in starts_within(tokens, anchors)
                   if not any(s == start and e <= ends[start] for s, e in anchors)}
        # «انجمن جهانی شهرهای ساحلی (ای.دبلیو.سی.سی)»: a short form in brackets closes the name before it
        short_forms = {m.end() - len(m.group(0).lstrip()) for m in SHORT_FORM_IN_BRACKETS.finditer(text)}
        out: list[OrgSpan] = []
        i = 0
        while i < len(tokens):
            n = self._head_at(tokens, i)
            if not n and tokens[i].key == _DIRECTOR_GENERAL and (span := self._department_after_its_director(
                    text, tokens, i + 1, covered, anchor_end, anchor_start, short_forms)) is not None:
                out.append(span[0])
                i = span[1]
                continue
            if not n or tokens[i].start in covered or tokens[i].start in anchor_start:
                i += 1
                continue
            head_key = "".join(t.key for t in tokens[i:i + n])
            board = board_noun_length(tokens, i)
            if board and i + board < len(tokens) and tokens[i + board].start in anchor_start:
                i += board  # «دفتر اجرایی یوسی‌ال‌جی آسپک»: a known body's board is that body, named on its own
                continue
            if i > 0 and _ranks(tokens[i - 1].key):
                i += 1      # «نخستین منطقه آزاد تجاری ایران», «بزرگ‌ترین دانشگاه کشور»: a description, not a name
                continue
            if head_key in self.noun_heads and i + n < len(tokens) and (
                    tokens[i + n].start in anchor_start or fold(tokens[i + n].text) in PLACE_WORDS):
                i += 1
                continue
            end = self._news_name_end(tokens, i + n) if head_key in NEWS_HEADS else \
                self._anchored_end(tokens, i, i + n, anchor_end, anchor_start, short_forms)
            if end is None and head_key in NAMED_BY_A_PROPER_NAME:
                end = self._proper_name_end(tokens, i + n, anchor_start)
            if end is not None and "\n" in text[tokens[i].start:tokens[end - 1].end]:
                # a name ends with its line («... تا کنسرواتوار مارتینی» in a headline, «سقز- ایرنا» below)
                end = next(k for k in range(i + 1, end + 1) if "\n" in text[tokens[i].start:tokens[k].end])
                end = end if end > i + n else None
            if end is None:
                i += 1
                continue
            start_c, end_c = tokens[i].start, tokens[end - 1].end
            out.append(OrgSpan(start_c, end_c, self.canonical(text[start_c:end_c]), "org-head",
                               outlet=head_key in NEWS_HEADS))
            i = end
        return out

    def _department_after_its_director(self, text: str, tokens: list[Token], i: int, covered: set[int],
                                       anchor_end: set[int], anchor_start: set[int], short_forms: set[int]
                                       ) -> tuple[OrgSpan, int] | None:
        """«مدیرکل میراث فرهنگی، گردشگری و صنایع‌دستی گیلان»: a director-general's title leaves out «اداره کل»;
        the field and the province after it name the department.  Not when an institution's own head stands in
        the words («مدیرکل روابط عمومی شهرداری تبریز» directs a part of the municipality)."""
        if i >= len(tokens) or not tokens[i].is_word or tokens[i].start in covered or tokens[i].start in anchor_start:
            return None
        end = self._anchored_end(tokens, i, i, anchor_end, anchor_start, short_forms)
        if end is None or end - i < 3 or any(self._head_at(tokens, k) for k in range(i, end)):
            return None
        start_c, end_c = tokens[i].start, tokens[end - 1].end
        return OrgSpan(start_c, end_c, self.canonical(text[start_c:end_c]), "org-department"), end

    def _anchored_end(self, tokens: list[Token], head: int, i: int, anchor_end: set[int],
                      anchor_start: set[int], short_forms: set[int]) -> int | None:
        """The name runs to its first anchor, plus a place right after it («شورای شهر کراسنودار روسیه»)
        or, for bilateral bodies, a second place after «و» («شورای دوستی چین و ایران»); or to a short form in
        brackets (``short_forms``: where their brackets open)."""
        bilateral = any(fold(t.text) in self.bilateral for t in tokens[head:i])  # «گروه دوستی»
        j, commas = i, 0
        while j < len(tokens) and j - head - commas < MAX_NAME_TOKENS:
            tok = tokens[j]
            key = fold(tok.text)
            if tok.text in ("،", ",") and j + 1 < len(tokens) and tokens[j + 1].key in self.comma_words:
                j += 1  # «اتاق بازرگانی، صنایع، معادن و کشاورزی تبریز» (its commas not counted in its length)
                commas += 1
                continue
            if tok.text == "(" and j == i and j + 2 < len(tokens) and tokens[j + 1].is_word and tokens[j + 2].text == ")":
                j += 3  # «شهرداری (بلدیه) طرابلس»: the head glossed in brackets
                continue
            if tok.start in short_forms and j > i:
                return j
            if not tok.is_word or (key in self.stopwords and key != "و") or key in self.chain_stops or (
                    key in self.titles and not (j == i and key in self.member_titles)):
                return None  # a title starts someone's description: «شهرداری پایتخت پذیرای سفیر چین»
            if key == "و" and j + 1 < len(tokens) and self._head_at(tokens, j + 1):
                return None  # «شورای شهر تهران و شهرداری مشهد» are two institutions
            bilateral |= key in self.bilateral
            if key == _COUNTRY and j > i and not (j + 1 < len(tokens) and tokens[j + 1].key == _OBJECT_MARK):
                return j + 1    # «سازمان چای کشور», «سازمان میراث فرهنگی کشور»: a national body, Iran's
            if tok.end in anchor_end:
                end = j + 1
                nxt = tokens[end] if end < len(tokens) else None
                if nxt is not None and nxt.start in anchor_start:
                    end = self._anchor_after(tokens, end, anchor_end)
                elif bilateral and nxt is not None and fold(nxt.text) == "و" and end + 1 < len(tokens) \
                        and tokens[end + 1].start in anchor_start:
                    end = self._anchor_after(tokens, end + 1, anchor_end)
                return end
            j += 1
        return None

    def _proper_name_end(self, tokens: list[Token], i: int, anchor_start: set[int]) -> int | None:
        """«دانشگاه عثمانیه», «کنسرواتوار جووانی باتیستا مارتینی»: up to four words rare in Persian (a proper
        name, «سن»/«سانتا» inside it) after a university's or an academy's head; None when none follows."""
        j = i
        while j < len(tokens) and j - i < 4 and tokens[j].is_word and tokens[j].start not in anchor_start:
            key = tokens[j].key
            rare = zipf(tokens[j].text) < PROPER_NAME_MAX_ZIPF and key not in self.stopwords and key not in self.titles
            particle = key in PROPER_NAME_PARTICLES and j + 1 < len(tokens) \
                and zipf(tokens[j + 1].text) < PROPER_NAME_MAX_ZIPF
            if not (rare or particle):
                break
            j += 1
        while j > i and tokens[j - 1].key in PROPER_NAME_PARTICLES:
            j -= 1
        return j if j > i else None

    @staticmethod
    def _anchor_after(tokens: list[Token], i: int, anchor_end: set[int]) -> int:
        """End (exclusive, in tokens) of the anchor that starts at token ``i``."""
        j = i
        while j < len(tokens) and tokens[j].end not in anchor_end:
            j += 1
        return min(j + 1, len(tokens))

    def _news_name_end(self, tokens: list[Token], i: int) -> int | None:
        """«خبرگزاری مهر», «پایگاه خبری پیداگرنیوز»: one or two words that are not function words."""
        j = i
        while j < len(tokens) and j - i < 2 and tokens[j].is_word and fold(tokens[j].text) not in self.stopwords \
                and not self._head_at(tokens, j):
            j += 1
        return j if j > i else None

    def spoken_for(self, name: str) -> str | None:
        """The organisation an office speaks for: «روابط عمومی شهرداری شیراز» → «شهرداری شیراز» (None when
        ``name`` is not such an office, or what follows it does not begin with an institution's head)."""
        words = name.split()
        keys = [fold(w) for w in words]
        for office in self.offices:
            if keys[:len(office)] == office and len(words) > len(office):
                rest = " ".join(words[len(office):])
                tokens = tokenize(rest)
                return self.canonical(rest) if tokens and self._head_at(tokens, 0) else None
        return None

    def canonical(self, name: str) -> str:
        name = " ".join(name.split())
        for pattern, repl in self.canonical_forms:
            name = pattern.sub(repl, name)
        return name


def _ranks(key: str) -> bool:
    """An ordinal or superlative («نخستین», «دومین», «بزرگ‌ترین»): what follows it describes, it does not name."""
    return key.endswith("ترین") or (key.endswith("مین") and len(key) > 4) or key in _FIRST


_FIRST = {fold(w) for w in ("نخستین", "اولین", "آخرین", "تنها")}


# Heads of institutions a proper name alone names («دانشگاه عثمانیه»), with no place or known body after it
NAMED_BY_A_PROPER_NAME = {fold(w).replace(" ", "") for w in ("دانشگاه", "بنیاد", "آکادمی", "کنسرواتوار", "انستیتو",
                                                             "دانشکده", "پژوهشگاه")}
PROPER_NAME_MAX_ZIPF = 3.5
# Words inside Romance and Germanic names of places and saints in institutions («سن فرانسیسکو خاویر», «فون
# هومبولت»; a person's name particles are kg.entities.persons.NAME_PARTICLES)
PROPER_NAME_PARTICLES = {fold(w) for w in ("سن", "سانتا", "سانتو", "دل", "د", "دی", "دو", "فون", "ون", "لا")}


@lru_cache(maxsize=None)
def _word_list(path: Path) -> tuple[str, ...]:
    return tuple(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))


# A body's board by its bare noun («هیئت‌مدیره», «دفتر اجرایی»), folded, spaces and half-spaces taken out
BOARD_NOUNS = frozenset(fold(w).replace(" ", "").replace("\u200c", "")
                        for w in _word_list(DATA / "board_nouns.txt"))


def board_noun_length(tokens: list[Token], k: int) -> int:
    """How many tokens from ``k`` spell a board's bare noun («هیئت‌مدیره», «هیئت اجرایی»): 2, 1 or 0."""
    for n in (2, 1):
        if k + n <= len(tokens) and "".join(t.key for t in tokens[k:k + n]) in BOARD_NOUNS:
            return n
    return 0
