"""Sites named in a visit: «از برج قابوس بازدید کرد», «پس از بازدید از بازار تاریخی اردبیل، ...».

No gazetteer lists every tower, bazaar and park, but a visit frames the site's name on both sides:
«از» + a landmark noun (kg/data/gazetteer/landmark_heads.txt) … «بازدید», or «بازدید از» + the noun …
up to the next preposition, comma or verb.  Only inside that frame is a landmark read, so «برج» or
«پارک» elsewhere stays a common word (or a Korean surname).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..text.normalize import fold
from ..text.tokens import Token, tokenize
from .keys import beginnings
from .lexicon import zipf

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
MAX_NAME_WORDS = 6
EVERYDAY_ZIPF = 3.5   # words this frequent after a plural head describe the sites («باغ‌های زعفران»), name none
VISIT = {fold("بازدید"), fold("دیدن")}    # «از ... بازدید کرد», «از ... دیدن کرد»
FROM = fold("از")
PILGRIMAGE = fold("زیارت")   # «ضمن زیارت حرم امامین عسکریین»: the site right after it
AND = fold("و")
_PLURAL = fold("های")
# where a site's name ends when no «بازدید» closes it: prepositions, conjunctions, relative «که», verbs' objects
NAME_STOPS = {fold(w) for w in ("در", "و", "که", "را", "به", "با", "برای", "نیز", "هم", "واقع", "از", "تا", "پس",
                                "کرد", "کردند", "کند", "کنند", "کرده", "بازدید", "دیدن", "همراه", "شد", "است",
                                "اطراف", "حومه", "نزدیکی")}    # «... اطراف قائن»: around a town, not in the name


# words that describe a site without naming it: «بازار قدیمی شهر», «پارک بزرگ جدید»
GENERIC_WORDS = {fold(w) for w in ("قدیمی", "قدیم", "جدید", "بزرگ", "کوچک", "شهر", "شهری", "محلی", "مرکزی", "اصلی",
                                   "تاریخی", "سنتی", "سرپوشیده", "زیبا", "معروف", "مشهور", "ساحلی", "این", "آن",
                                   "جنگلی", "ملی", "باستانی", "کهن", "دیدنی", "گردشگری", "مذهبی")}


@lru_cache(maxsize=1)
def landmark_heads() -> dict[str, int]:
    """Folded head phrase → its number of words."""
    lines = (DATA / "landmark_heads.txt").read_text(encoding="utf-8").splitlines()
    return {fold(line.replace(" ", "")): len(line.split()) for line in lines if line.strip() and not line.startswith("#")}


@dataclass
class LandmarkSpan:
    start: int
    end: int
    label: str


def find_landmarks(text: str, tokens: list[Token] | None = None,
                   places: list[tuple[int, int]] = ()) -> list[LandmarkSpan]:
    """Landmark spans in a visit's frame, and the sites listed with them («از X و بازار Y بازدید کرد»).
    ``places`` (spans of cities and countries found already) end a name: «بازار تاریخی اردبیل»."""
    toks = tokens if tokens is not None else tokenize(text)
    place_end = {start: end for start, end in places}
    heads = landmark_heads()
    prefixes = beginnings(heads)
    out: list[LandmarkSpan] = []
    for i, tok in enumerate(toks):
        if tok.key not in (FROM, PILGRIMAGE) or i + 1 >= len(toks):
            continue
        # «بازدید از برج ...», «بازدید شهردار شهرکرد از پارک ...»: the noun a few words before «از», words only
        # between (a quote may close before «از»); «ضمن زیارت حرم ...»: the site right after the pilgrimage
        visit_at = next((k for k in range(i - 1, max(-1, i - 5), -1) if toks[k].key in VISIT), None)
        after_visit = tok.key == PILGRIMAGE or (visit_at is not None and all(t.is_word for t in toks[visit_at:i]))
        spans: list[tuple[int, int]] = []
        k = i + 1
        while (n := _head_at(toks, k, heads, prefixes)):
            j = _name_end(text, toks, k + n, place_end)
            if j == k + n:
                break                                   # a bare noun: «از بازار» names no site
            if all(toks[t].key in GENERIC_WORDS for t in range(k + n, j)):
                break                                   # «بازار قدیمی شهر»: a description, not a name
            if toks[k + n - 1].key.endswith(_PLURAL) and all(zipf(toks[t].text) >= EVERYDAY_ZIPF for t in range(k + n, j)):
                break                                   # «باغ‌های انجیر دیم»: orchards of figs, no site's name
            spans.append((k, j))
            if j + 1 < len(toks) and toks[j].key == AND:
                k = j + 1                               # «... و بازار تاریخی اردبیل»
                continue
            break
        if spans and (after_visit or _visit_follows(toks, spans[-1][1])):
            out.extend(LandmarkSpan(toks[a].start, toks[b - 1].end, " ".join(t.text for t in toks[a:b]))
                       for a, b in spans)
    return out


def _name_end(text: str, toks: list[Token], j: int, place_end: dict[int, int]) -> int:
    """End (exclusive) of the name words after a landmark's head; a place name is its last part.  A line
    break ends it («بازدید از میدان سفالگران» above «مشاهده همه تصاویر» in a photo gallery)."""
    start = j
    while j < len(toks) and j - start < MAX_NAME_WORDS and toks[j].is_word and toks[j].key not in NAME_STOPS \
            and not toks[j].text.isdigit() and "\n" not in text[toks[j - 1].end:toks[j].start]:
        end = place_end.get(toks[j].start)
        if end is not None:
            while j < len(toks) and toks[j].end <= end:
                j += 1
            return j
        j += 1
    return j


_VISIT_GAP = 8   # «از مجموعه تاریخی چغازنبیل در نزدیکی شوش بازدید کرد», «از منظر فرهنگی اورامان و شهر پاوه در
# استان کرمانشاه دیدن کرد»: a place phrase, or another place listed, may stand between


def _visit_follows(toks: list[Token], j: int) -> bool:
    """Whether «بازدید» closes the frame at token j, or a few words later with no punctuation between."""
    for k in range(j, min(len(toks), j + _VISIT_GAP + 1)):
        if toks[k].key in VISIT:
            return True
        if not toks[k].is_word:
            return False
    return False


def _head_at(toks: list[Token], i: int, heads: dict[str, int], prefixes: frozenset[str]) -> int:
    key = ""
    best = 0
    for k in range(i, min(len(toks), i + 2)):
        key += toks[k].key
        if key in heads or (key.endswith(_PLURAL) and key[:-len(_PLURAL)] in heads):   # «حمام‌های ...»
            best = k - i + 1
        if key not in prefixes:
            break
    return best
