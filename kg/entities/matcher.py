"""Find gazetteer names in a text: longest match first, no overlaps, context for ambiguous names.

How a span is read (why this way):

* The text is cut into words and punctuation.  A name may cover several words, compared on
  :func:`~kg.entities.gazetteer.name_key` (spaces and half-spaces dropped), so «مترو پلیس» is
  «متروپلیس» and «کلان‌شهرهای» is «کلانشهرهای», whatever the writer's spacing.
* A match starts and ends on word boundaries: «ایرانی» (an adjective) is not «ایران», and
  «ایران‌خودرو» is not Iran.  The one suffix allowed is the written ezafe: «ی» after a final
  «ا»/«و» («کربلای معلی», «آسیای میانه» → Asia) and «‌ی» after a final «ه»; it is left out of the span.
* A name that is also an everyday word or another thing («دوشنبه» Monday or Dushanbe, «مهر» the
  month or the news agency, «شانگهای» the city or the SCO) carries a cue group; it is taken in
  that sense only when a cue of the group is there (cues.tsv): a phrase right before or after it,
  a phrase in the sentence, a list with names of the same class, or a bloc named nearby.
* «به گزارش X،» names the publisher: a name there that ends like a news site («…نیوز»,
  «…آنلاین») or follows «خبرگزاری»/«پایگاه خبری» is an organisation even when the gazetteer
  does not know it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import AliasRecord, Gazetteer, GazetteerMatch, name_key

_TOKEN = re.compile(r"[\w\u200c\u064B-\u065F\u0670]+|[^\w\s]", re.UNICODE)
_JOINERS = {"،", ",", "-", "–", "—"}          # punctuation a multi-word name may contain
_LIST_SEPARATORS = {"،", ",", "و", "/", "-", "–", "؛"}
_SENTENCE_END = {".", "!", "?", "؟", ";", "؛", ":"}
_PLURAL_CUES = {name_key(w) for w in ("شهرهای", "کلانشهرهای")}   # city cues that need a list after the name
_MAX_TOKENS = 14
_EZAFE_AFTER = {"ا", "و"}
_COPULA_AFTER = {"ا", "و"}                  # «-ست» written onto a name: «تانزانیاست»

# Publisher names after «به گزارش»: endings and heads that mark a news outlet.
_NEWS_ENDINGS = ("نیوز", "آنلاین", "انلاین", "پرس")
# An outlet named for its town or province: «کرمان امروز», «خراسان نیوز», «اصفهان زیبا»
_TOWN_OUTLET_ENDINGS = {name_key(w) for w in (*_NEWS_ENDINGS, "امروز", "زیبا", "خبر")}
_NEWS_HEADS = ("خبرگزاری", "پایگاه خبری", "پایگاه اطلاع رسانی", "سایت", "روزنامه", "وبسایت")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    key: str
    is_word: bool
    sentence: int
    newline_before: bool


@dataclass
class _Found:
    i: int                       # first token
    j: int                       # last token (inclusive)
    start: int
    end: int
    records: list[AliasRecord]
    chosen: AliasRecord | None
    rule: str


# The tokens, with each line break as a token of its own (skipped, but it ends a sentence).
_TOKEN_OR_NEWLINE = re.compile(r"\n|" + _TOKEN.pattern, re.UNICODE)


@lru_cache(maxsize=131_072)
def _word_info(word: str) -> tuple[str, bool]:
    """(key, whether it is a word rather than punctuation): computed once per distinct word."""
    return name_key(word), word[0].isalnum() or word[0] == "_"


def _tokens(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    append = toks.append
    sentence = 0
    newline = False
    for m in _TOKEN_OR_NEWLINE.finditer(text):
        word = m.group()
        if word == "\n":
            newline = True
            continue
        if newline and toks:
            sentence += 1
        key, is_word = _word_info(word)
        append(_Tok(m.start(), m.end(), word, key, is_word, sentence, newline))
        if word in _SENTENCE_END:
            sentence += 1
        newline = False
    return toks


def _sentence_keys(toks: list[_Tok]) -> dict[int, str]:
    """Each sentence's words as one key string, for cues that may stand anywhere in the sentence."""
    parts: dict[int, list[str]] = {}
    for t in toks:
        if t.is_word:
            parts.setdefault(t.sentence, []).append(t.key)
    return {sentence: "".join(keys) for sentence, keys in parts.items()}


def _suffix_variants(tok: _Tok) -> list[tuple[str, int]]:
    """(key, end offset) of a last word without its written ezafe, if it has one."""
    out = []
    w = tok.text
    if len(w) > 3 and w.endswith("ی") and w[-2] in _EZAFE_AFTER:   # not «بوی» (a smell) for «بو»
        out.append((tok.key[:-1], tok.end - 1))
    if len(w) > 3 and w.endswith("\u200cی") and w[-3] == "ه":
        out.append((name_key(w[:-2]), tok.end - 2))
    if len(w) > 4 and w.endswith("ست") and w[-3] in _COPULA_AFTER:   # «تانزانیاست», «اروپاست»: «... است»
        out.append((tok.key[:-2], tok.end - 2))
    return out


def _may_have_suffix(text: str) -> bool:
    return text.endswith(("ی", "ست"))


def find_matches(gz: Gazetteer, text: str) -> list[GazetteerMatch]:
    toks = _tokens(text)
    sentence_keys = _sentence_keys(toks)
    found: list[_Found] = []
    pending: list[_Found] = []
    prefixes, index = gz.prefixes, gz.index
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        # no name starts with this word (nor with it less a written ezafe «ی»): the common case
        if not t.is_word or (t.key not in prefixes and not _may_have_suffix(t.text)):
            i += 1
            continue
        # a word that is only the beginning of names, and the next word does not go on with one
        if t.key not in index and not _may_have_suffix(t.text) and not _may_continue(toks, i, t.key, prefixes):
            i += 1
            continue
        hit = _longest_at(gz, toks, i, text, pending, sentence_keys)
        if hit is None:
            i += 1
            continue
        found.append(hit)
        i = hit.j + 1
    _apply_rule_cues(gz, toks, found, pending)
    _one_sense_per_article(toks, found, pending)
    found.extend(_publisher_names(gz, toks, text, found))
    found.sort(key=lambda f: f.start)
    out = []
    for f in found:
        e = f.chosen.entry
        out.append(GazetteerMatch(f.start, f.end, e.key, e.cls, e.label_fa, e.label_en, e.same_as,
                                  text[f.start:f.end], e.kind, f.rule))
    return out


def _may_continue(toks: list[_Tok], i: int, key: str, prefixes: set[str]) -> bool:
    """Whether a name that begins with word i (and is not that word alone) can go on into the next
    token: the cheap first step of :func:`_longest_at`, which is tried only when this holds."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.newline_before:
        return False
    if not nxt.is_word:
        return nxt.text in _JOINERS
    return key + nxt.key in prefixes or _may_have_suffix(nxt.text)


def _longest_at(gz: Gazetteer, toks: list[_Tok], i: int, text: str, pending: list[_Found],
                sentence_keys: dict[int, str]) -> _Found | None:
    """The longest name starting at token i whose sense the context allows."""
    candidates: list[tuple[int, str, int]] = []      # (last token, key, end offset)
    index, prefixes = gz.index, gz.prefixes
    key = ""
    j = i
    stop = min(len(toks), i + _MAX_TOKENS)
    while j < stop:
        t = toks[j]
        if j > i and (t.newline_before or (not t.is_word and t.text not in _JOINERS)):
            break
        if not t.is_word:
            j += 1
            continue
        if _may_have_suffix(t.text):
            for variant, end in _suffix_variants(t):
                if key + variant in index:
                    candidates.append((j, key + variant, end))
        key += t.key
        if key in index:
            candidates.append((j, key, t.end))
        if key not in prefixes:
            break
        j += 1
    if not candidates:
        return None
    for j, key, end in sorted(candidates, key=lambda c: (-c[0], -c[2])):
        if not _plausible_span(gz, toks, i, j, key):
            continue
        records = gz.index[key]
        f = _Found(i, j, toks[i].start, end, records, None, "")
        for rec in records:               # a cue in the text outweighs the everyday sense
            cue = _text_cue(gz, toks, i, j, rec.cue, sentence_keys) if rec.cue else ""
            if cue:
                f.chosen, f.rule = rec, cue
                break
        if f.chosen is None:
            f.chosen = next((r for r in records if r.cue is None), None)
            f.rule = "name"
        if f.chosen is not None:
            return f
        pending.append(f)
    return None


_PLURAL_ENDINGS = ("ها", "های", "هایی", "ای", "تر", "ترین")


def _plausible_span(gz: Gazetteer, toks: list[_Tok], i: int, j: int, key: str) -> bool:
    """Whether tokens i..j can be one name: several words must not be glued by chance.

    A span of several words may not begin or end with a function word («چین و» is not a town),
    may cross a comma only when the name has one, and a single word ending in a half-spaced
    plural («آب‌ها») is that plural, not a name.
    """
    if j > i:
        if toks[i].key in gz.function_words or toks[j].key in gz.function_words:
            return False
        if any(toks[k].text in ("،", ",") for k in range(i, j + 1)) and key not in gz.comma_keys:
            return False
    else:
        word = toks[i].text
        if "\u200c" in word and word.rsplit("\u200c", 1)[1] in _PLURAL_ENDINGS:
            return False
    return True


def _words_key(toks: list[_Tok], idxs: range) -> str:
    return "".join(toks[k].key for k in idxs if 0 <= k < len(toks) and toks[k].is_word)


def _text_cue(gz: Gazetteer, toks: list[_Tok], i: int, j: int, group: str, sentence_keys: dict[int, str]) -> str:
    """The phrase cue of ``group`` found around tokens i..j, or ''."""
    sent = toks[i].sentence
    cues = gz.cues.get(group, [])
    # «شهر مرزی جلفا», «بندر تاریخی صور»: a describing word may stand between a cue and the name
    described = i > 0 and toks[i - 1].is_word and any(c.where == "between" and c.key == toks[i - 1].key
                                                       for c in cues)
    for cue in cues:
        if cue.where == "before" and described:
            n = cue.phrase.count(" ") + 1
            k0 = i - 1 - n
            if k0 >= 0 and all(toks[k].is_word for k in range(k0, k0 + n)) and toks[k0].sentence == sent \
                    and _words_key(toks, range(k0, k0 + n)) == cue.key:
                return f"before:{cue.phrase}"
        if cue.where == "before":
            n = cue.phrase.count(" ") + 1
            k0 = i - n
            while k0 >= 0 and not toks[k0].is_word and toks[k0].text in ("«", '"'):
                k0 -= 1
            if k0 >= 2 and toks[k0 + n - 1].text == ")" and toks[k0 + n - 3].text == "(":
                k0 -= 3     # «استاندار (محافظ) واسط»: a title glossed in brackets before the name
            if k0 >= 0 and all(toks[k].is_word for k in range(k0, k0 + n)) and toks[k0].sentence == sent:
                prev = _words_key(toks, range(k0, k0 + n))
                if (prev == cue.key or prev == cue.key + "ی") and not (cue.key in _PLURAL_CUES and not _listed_on(toks, j)):
                    return f"before:{cue.phrase}"
        elif cue.where == "after":
            k = j + 1
            while k < len(toks) and not toks[k].is_word and toks[k].text in ("،", ",", "(", "»", "-"):
                k += 1
            n = cue.phrase.count(" ") + 1
            if k < len(toks) and toks[k].sentence == sent and _words_key(toks, range(k, k + n)) == cue.key:
                return f"after:{cue.phrase}"
        elif cue.where == "aside":
            k = j + 1
            n = cue.phrase.count(" ") + 1
            if k + 1 < len(toks) and toks[k].text in ("،", ",") and toks[k + 1].sentence == sent \
                    and _words_key(toks, range(k + 1, k + 1 + n)) == cue.key:
                return f"aside:{cue.phrase}"
        elif cue.where == "near":
            if cue.key in sentence_keys.get(sent, ""):
                return f"near:{cue.phrase}"
    return ""


def _listed_on(toks: list[_Tok], j: int) -> bool:
    """A list goes on after token j («شهرهای تربت و پنجگور»): what a plural cue («شهرهای») needs, since
    before one word it describes («شهرهای سالم», healthy cities)."""
    return j + 1 < len(toks) and toks[j + 1].text in _LIST_SEPARATORS and toks[j + 1].sentence == toks[j].sentence


def _apply_rule_cues(gz: Gazetteer, toks: list[_Tok], found: list[_Found], pending: list[_Found]) -> None:
    """Second pass: cues that need the other names of the text (lists, a country after, blocs near)."""
    for _ in range(2):
        changed = False
        # A default sense may give way to a cued one («شانگهای» city → SCO when blocs are named).
        for f in found:
            for rec in f.records:
                if rec.cue is None or rec is f.chosen:
                    continue
                if f.chosen.cue is not None:
                    break
                rule = _rule_cue(gz, toks, f, rec, found)
                if rule.startswith("@list"):
                    continue          # a list is weak evidence: «گیلان، قزوین» keeps the province
                if rule:
                    f.chosen, f.rule, changed = rec, rule, True
                    break
        for p in list(pending):
            if any(not (p.j < f.i or p.i > f.j) for f in found):
                pending.remove(p)
                continue
            for rec in p.records:
                rule = _rule_cue(gz, toks, p, rec, found)
                if rule:
                    p.chosen, p.rule = rec, rule
                    found.append(p)
                    pending.remove(p)
                    changed = True
                    break
        found.sort(key=lambda f: f.i)
        if not changed:
            break


_PLACE_CLASSES = {"City", "Province", "Country", "Region", "Place"}
# «روز دوشنبه», «۲۳ مهر»: the everyday sense of a name stands after these, whatever the article said before
_TIME_WORDS = {name_key(w) for w in ("روز", "روزهای", "صبح", "عصر", "شب", "ظهر", "بامداد", "ماه", "تا", "از", "اول")}


_FROM_OR_TO = {name_key(w) for w in ("از", "تا")}


def _is_time_name(word: str) -> bool:
    """A weekday or a month's name («دوشنبه», «مهر»): after «از/تا» it is a time, not the place it also names."""
    key = name_key(word)
    return key.endswith(name_key("شنبه")) or key == name_key("جمعه") or key in _month_keys()


@lru_cache(maxsize=1)
def _month_keys() -> frozenset[str]:
    from ..text.dates import MONTH_NAMES

    return frozenset(name_key(m) for m in MONTH_NAMES)


# Words after which a bare name stands as a name (a preposition or «و»), not as a noun's adjective
_NAME_OPENERS = {name_key(w) for w in ("در", "به", "از", "با", "و", "تا", "برای", "میان", "بین", "که", "اما", "ولی",
                                          "چون", "زیرا", "اگر", "اینکه", "آنکه", "مانند", "همچون", "نظیر",
                                          "جمله", "یعنی",
                                          "وارد", "عازم", "راهی", "مقصد")}     # «وارد راین شد»: where one arrives


@lru_cache(maxsize=1)
def _name_taking_nouns() -> frozenset[str]:
    """Nouns a proper name follows in ezafe: titles («والی وان»), institutions' heads («دانشگاه قیروان»),
    and the cue words of the gazetteer («شهر», «کشور»): after them a name stays a name."""
    from pathlib import Path

    data = Path(__file__).resolve().parent.parent / "data"
    words: set[str] = set()
    for path in (data / "persons" / "roles.tsv", data / "org_heads.tsv", data / "gazetteer" / "cues.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            phrase = cells[2] if path.name == "cues.tsv" and len(cells) > 2 else cells[0]
            if not phrase.startswith("@"):
                words.add(name_key(phrase.split()[-1]))
    return frozenset(words)


def _one_sense_per_article(toks: list[_Tok], found: list[_Found], pending: list[_Found]) -> None:
    """A place name the article once named with its cue («شهر ترکستان») keeps that sense where it stands
    bare later («ترکستان با حدود ۲۰۰ هزار نفر جمعیت»): one sense per article.  Only places; never next
    to a time word or a number («روز دوشنبه»), and never right after a common noun, whose adjective the
    word then is («همکاری‌های مالی» is not Mali) — after a preposition, a conjunction, a title or an
    institution's head noun («والی وان», «دانشگاه قیروان») a name stays a name."""
    resolved: dict[int, AliasRecord] = {}
    for f in found:
        if f.chosen is not None and f.chosen.cue is not None and f.chosen.entry.cls in _PLACE_CLASSES:
            resolved.setdefault(id(f.records), f.chosen)
    if not resolved:
        return
    for p in list(pending):
        rec = resolved.get(id(p.records))
        if rec is None or any(not (p.j < f.i or p.i > f.j) for f in found):
            continue
        before = toks[p.i - 1] if p.i > 0 else None
        after = toks[p.j + 1] if p.j + 1 < len(toks) else None
        if (before is not None and (before.key in _TIME_WORDS or before.text.isdigit())
                and not (before.key in _FROM_OR_TO and not _is_time_name(toks[p.i].text))) or \
                (after is not None and after.text.isdigit()):
            continue    # «روز دوشنبه», «از دوشنبه»; but «هیئتی از اهر»
        if before is not None and before.is_word and before.key not in _NAME_OPENERS and not before.newline_before \
                and not any(t.key in _name_taking_nouns() for t in toks[max(0, p.i - 4):p.i]
                            if t.is_word and t.sentence == toks[p.i].sentence) \
                and before.sentence == toks[p.i].sentence:
            continue  # «همکاری‌های مالی»: after a noun the word is its adjective, not the country Mali
        p.chosen, p.rule = rec, "same-sense-in-article"
        found.append(p)
        pending.remove(p)
    found.sort(key=lambda f: f.i)


def _rule_cue(gz: Gazetteer, toks: list[_Tok], f: _Found, rec: AliasRecord, found: list[_Found]) -> str:
    for cue in gz.cues.get(rec.cue or "", []):
        if cue.where != "rule":
            continue
        kind, _, arg = cue.phrase.partition(":")
        if kind == "@list" and _in_list_with(toks, f, found, arg):
            return cue.phrase
        if kind == "@next" and _followed_by(toks, f, found, arg, rec):
            return cue.phrase
        if kind == "@after" and _preceded_by(toks, f, found, arg):
            return cue.phrase
        if kind == "@in" and _place_of(toks, f, found, arg, rec):
            return cue.phrase
        if kind == "@near" and any(o is not f and o.chosen.entry.kind == arg and o.chosen.cue is None
                                   and toks[o.i].sentence == toks[f.i].sentence for o in found):
            return cue.phrase
    return ""


def _between_only(toks: list[_Tok], a: int, b: int, allowed: set[str]) -> bool:
    return a < b and all(toks[k].text in allowed for k in range(a, b))


def _in_list_with(toks: list[_Tok], f: _Found, found: list[_Found], cls: str) -> bool:
    """f stands in a «،»/«و» list next to a name of class ``cls`` (and is not a date: «دوشنبه ۱۰»)."""
    nxt = f.j + 1
    if nxt < len(toks) and toks[nxt].text[0].isdigit():
        return False
    for o in found:
        if o is f or o.chosen.entry.cls != cls or toks[o.i].sentence != toks[f.i].sentence:
            continue
        if _between_only(toks, o.j + 1, f.i, _LIST_SEPARATORS) or _between_only(toks, f.j + 1, o.i, _LIST_SEPARATORS):
            return True
    return False


def _followed_by(toks: list[_Tok], f: _Found, found: list[_Found], cls: str, rec: AliasRecord) -> bool:
    """f is directly followed by a name of class ``cls`` that is where ``rec`` lies («دوشنبه تاجیکستان»; not
    «صنایع سنگین ایران»: Sangin is in Afghanistan)."""
    where = rec.entry.kind if len(rec.entry.kind) == 2 else ""
    for o in found:
        if o.chosen.entry.cls != cls or o.i <= f.j:
            continue
        its_own = not where or o.chosen.entry.key == f"country/{where}" or o.chosen.entry.kind == where
        # «صلاله در عمان», «سبو از فیلیپین»: «در» or «از» before the town's own country cues it too
        if its_own and (o.i == f.j + 1 or _between_only(toks, f.j + 1, o.i, {"،", ",", "("})
                        or (where and _between_only(toks, f.j + 1, o.i, {"در", "از"}))
                        # «شکی در شمال غرب جمهوری آذربایجان»: «در» and a direction before its own country
                        or (where and o.i - f.j <= 4 and toks[f.j + 1].text == "در"
                            and _between_only(toks, f.j + 2, o.i, _DIRECTIONS))):
            return True
    return False


def _preceded_by(toks: list[_Tok], f: _Found, found: list[_Found], cls: str) -> bool:
    """f comes right after a name of class ``cls``, «در», «از» or «،» between («کوسکو در پرو», «لیما از پرو»)."""
    return any(o.chosen.entry.cls == cls and (o.j + 1 == f.i or (o.j + 2 == f.i and toks[o.j + 1].text in _LINKS_TO_A_COUNTRY))
               for o in found)


def _place_of(toks: list[_Tok], f: _Found, found: list[_Found], cls: str, rec: AliasRecord) -> bool:
    """f is where a name of class ``cls`` of its own country lies: «کامیاران در کردستان», «بم در شرق کرمان»
    (not «اربیل در کردستان»: the bare name is Iran's province, Erbil is in Iraq; not «قم، زنجان»: a list)."""
    for o in found:
        if o.chosen.entry.cls != cls or o.chosen.entry.kind != rec.entry.kind or o.j >= f.i or f.i - o.j > 4:
            continue
        if toks[o.j + 1].text == "در" and (o.j + 2 == f.i or _between_only(toks, o.j + 2, f.i, _DIRECTIONS)):
            return True
    return False


_LINKS_TO_A_COUNTRY = {"در", "از", "،", ","}
_DIRECTIONS = {"شمال", "جنوب", "شرق", "غرب", "مرکز", "شمال‌غرب", "شمال‌شرق", "جنوب‌غرب", "جنوب‌شرق", "شمالغرب",
               "شمالشرق", "جنوبغرب", "جنوبشرق"}


def _publisher_names(gz: Gazetteer, toks: list[_Tok], text: str, found: list[_Found]) -> list[_Found]:
    """«به گزارش X،» / «به گزارش X به نقل از»: an unknown X that reads as a news outlet is an organisation."""
    from .gazetteer import AliasRecord, GazetteerEntry
    from .organizations import outlet_key

    taken = {k for f in found for k in range(f.i, f.j + 1)}
    out = []
    head_keys = [name_key(h) for h in _NEWS_HEADS]
    for i in range(len(toks) - 2):
        if not (toks[i].key == "به" and toks[i + 1].key == "گزارش"):
            continue
        k = i + 2
        # the comma that closes the publisher's name
        end = next((m for m in range(k, min(k + 6, len(toks)))
                    if toks[m].text in ("،", ",") or (toks[m].key == "به" and m + 1 < len(toks)
                                                     and toks[m + 1].key == "نقل")), None)
        if end is None or end == k or any(not toks[m].is_word for m in range(k, end)):
            continue
        words = [toks[m] for m in range(k, end)]
        if any(m in taken for m in range(k, end)):
            # «به گزارش کرمان امروز،»: a town's name and an outlet's word are the outlet, not the town
            if not (2 <= len(words) <= 3 and words[-1].key in _TOWN_OUTLET_ENDINGS and all(
                    f.chosen.entry.cls in ("City", "Province") for f in found if k <= f.i < end or k <= f.j < end)):
                continue
            found[:] = [f for f in found if not (k <= f.i < end or k <= f.j < end)]
        name_start = 0
        joined = ""
        for h in range(len(words)):
            joined += words[h].key
            if joined in head_keys:
                name_start = h + 1
                break
        name_words = words[name_start:]
        if not name_words or len(name_words) > 3:
            continue
        name = text[name_words[0].start:name_words[-1].end]
        if name_start == 0 and not name_key(name).endswith(tuple(name_key(e) for e in _NEWS_ENDINGS)) \
                and not (len(name_words) >= 2 and name_words[-1].key in _TOWN_OUTLET_ENDINGS):
            continue
        span_start = words[0].start if name_start else name_words[0].start
        surface = text[span_start:name_words[-1].end]
        entry = GazetteerEntry(key=outlet_key(name), cls="Organization", label_fa=surface,
                               kind="news", names=[surface])
        out.append(_Found(k, end - 1, span_start, name_words[-1].end, [AliasRecord(entry, None)],
                          AliasRecord(entry, None), "publisher"))
    return out
