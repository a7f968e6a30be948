"""Word knowledge the name recognisers lean on: hazm's lexicon, names, roles, honorifics.

Built once per process (``Lexicon.load()``); the data files live in ``kg/data/persons/``.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from ..text.normalize import fold
from .keys import beginnings

DATA = Path(__file__).resolve().parent.parent / "data" / "persons"

# Word frequencies come from wordfreq (Zipf scale: 6 = once per thousand words, 3 = once per
# million).  hazm's lexicon has frequencies too, but many common words carry 0 or 100 there.
# A word at least this frequent is "common": it may be a surname after a given name, but alone
# it is no evidence of a name («سفر», «امروز», «زمینه»).
COMMON_ZIPF = 4.8
# A name from the 19k-name data set counts as a given name only when it is rare as a word:
# the set also holds «فرصت», «پیمان», «پایدار», «آزاد» (see common_first_names.txt for the rest).
GIVEN_NAME_MAX_ZIPF = 4.0
# Past a given name and a surname, a further word joins the name only when it is this rare.
NAME_TAIL_MAX_ZIPF = 3.5
# Words before a title that are this frequent are read as the sentence's words, not a name.
ROLE_CONTEXT_ZIPF = 4.2


def _read_list(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@dataclass
class Lexicon:
    stopwords: set[str]             # folded
    first_names: set[str]           # folded: very common given names, and the names data set's
    common_given: set[str]          # folded: the very common given names (always given names)
    common_given_forms: list[str]   # the same names as written
    roles: dict[str, str]           # folded title (spaces removed) → kind
    role_first_words: set[str]      # folded first word of every title
    honorifics: set[str]            # folded
    not_names: set[str]             # folded
    predicate_words: set[str]       # folded: verbs of saying and their nouns («اظهار» of «اظهار کرد»), light verbs

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Lexicon":
        import hazm

        stopwords = {fold(w) for w in hazm.stopwords_list()}
        roles: dict[str, str] = {}
        role_first: set[str] = set()
        for line in _read_list(DATA / "roles.tsv"):
            title, kind = line.split("\t")[:2]
            roles[fold(title)] = kind
            role_first.add(fold(title.split()[0]))
        common_given_forms = _read_list(DATA / "common_first_names.txt")
        common_given = {fold(w) for w in common_given_forms}
        first_names = set(common_given) | {fold(name) for name in _names_dataset()}
        not_names = {fold(w) for w in _read_list(DATA / "not_names.txt")}
        first_names -= not_names
        predicate_words = {fold(w) for w in _read_list(DATA / "light_verbs.txt")}
        for verb in _read_list(DATA.parent / "facts" / "speech_verbs.tsv"):
            predicate_words.add(fold(verb.split()[0]))
        return cls(stopwords, first_names - stopwords, common_given, common_given_forms, roles, role_first,
                   {fold(w) for w in _read_list(DATA / "honorifics.txt")}, not_names, predicate_words)

    @cached_property
    def mayor_title_ends(self) -> frozenset[str]:
        """The last word of each title of a city's head, local ones too («سینداکو», «پرزیدنته مونیسیپال»),
        when it is no everyday word: a town's name follows it."""
        ends = set()
        for line in _read_list(DATA / "roles.tsv"):
            title, kind, predicate = (line.split("\t") + ["", ""])[:3]
            last = title.split()[-1]
            if kind == "office" and predicate == "mayorOf" and len(last) >= 4 and zipf(last) < MAYOR_TITLE_END_MAX_ZIPF:
                ends.add(fold(last))
        return frozenset(ends)

    @cached_property
    def name_titles(self) -> frozenset[str]:
        """Titles written as part of a name («داتو», «تان‌سری»): the word after one is a given name."""
        return frozenset(fold(w) for w in _read_list(DATA / "name_titles.txt"))

    @cached_property
    def named_thing_nouns(self) -> frozenset[str]:
        """Nouns whose own name may follow in guillemets («جشنواره «خاری بلبل»»): the quoted words are no person."""
        return frozenset(fold(w) for w in _read_list(DATA / "named_thing_nouns.txt"))

    @cached_property
    def family_first(self) -> frozenset[str]:
        """East Asian family names, which stand first in the name («پارک جی‌هون»)."""
        return frozenset(fold(w) for w in _read_list(DATA / "family_first_names.txt"))

    @cached_property
    def name_endings(self) -> frozenset[str]:
        """Second halves of half-spaced compounds that make names («‌الدین», «‌زاده», «‌پور»)."""
        return frozenset(_read_list(DATA / "name_endings.txt"))

    @cached_property
    def gender_of_given(self) -> dict[str, str]:
        """Folded given name → "F" or "M", from the names data set (names given to both are left out)."""
        seen: dict[str, set[str]] = {}
        for name, gender in _names_dataset_genders():
            seen.setdefault(fold(name), set()).add(gender)
        return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}

    @cached_property
    def glued_givens(self) -> list[str]:
        """Compound given names (محمدباقر، علیرضا), longest first: the ones found glued to a surname."""
        return sorted((n for n in self.common_given_forms if len(n) >= 5), key=len, reverse=True)

    @cached_property
    def role_prefixes(self) -> frozenset[str]:
        """Every beginning of a title's key: a word that is none cannot start a title."""
        return beginnings(self.roles)

    def is_given(self, word: str) -> bool:
        """A given name: a very common one, or one from the names data set that is rare as a word
        (the data set also holds «فرصت», «پیمان», «آزاد»)."""
        key = fold(word)
        return key in self.common_given or (key in self.first_names and zipf(word) < GIVEN_NAME_MAX_ZIPF)

    @staticmethod
    def is_common(word: str) -> bool:
        return zipf(word) >= COMMON_ZIPF

    @staticmethod
    def known(word: str) -> bool:
        """Whether the word occurs at all in wordfreq's Persian data (foreign names mostly do not)."""
        return zipf(word) > 0


# A title's last word this frequent is an everyday word («اجرایی» of «رئیس قدرت اجرایی»), no town's cue
MAYOR_TITLE_END_MAX_ZIPF = 3.0
# Both halves of a glued compound are words at least this frequent («میراث‌دار», «شمال‌غرب», «رفت‌وآمد»)
COMPOUND_PART_ZIPF = 3.5
# A past verb in the plural or the first person: «...دیم», «...تند»
_PAST_PLURAL_ENDINGS = ("دیم", "تیم", "دید", "تید", "دند", "تند")


def is_persian_word(word: str) -> bool:
    """A Persian word, not a foreign name, even written without its half-space: known to hazm's lexicon
    («خواهرخواندهای»), or two frequent words glued («میراثدار», «رفتوامد»)."""
    from ..text.normalize import lexicon_knows

    if lexicon_knows(word):
        return True
    word = word.replace("\u200c", "")
    if word.endswith(_PAST_PLURAL_ENDINGS) or is_verb_form(word):
        return True                     # «بازگرداندیم», «برگزارکردند»: a verb the lexicon lacks
    for ending in _PLURAL_ENDINGS:      # «دانشجوهاست»: a plural, the copula glued on or not
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and lexicon_knows(stem) and zipf(stem) >= COMPOUND_PART_ZIPF:
            return True
    for ending in _COPULA_ENDINGS:      # «مستقرند»: an adjective with the copula glued on
        if word.endswith(ending) and len(word) - len(ending) >= 3 and zipf(word[:-len(ending)]) >= COPULA_STEM_ZIPF:
            return True
    if word.startswith("هم") and len(word) >= 5 and lexicon_knows(word[2:]) and zipf(word[2:]) >= COMPOUND_PART_ZIPF:
        return True                     # «همسنگ», «همکار»: «هم» and a word

    for i in range(3, len(word) - 2):
        head, rest = word[:i], word[i:]
        if rest in _PRONOUN_SUFFIXES:
            continue                    # «ریشتان» is a town, not «ریش» + «تان»
        if rest.startswith("و") and len(rest) > 3:
            rest = rest[1:]             # «رفت و آمد»
        if zipf(head) >= COMPOUND_PART_ZIPF and lexicon_knows(head) and any(
                zipf(part) >= COMPOUND_PART_ZIPF and lexicon_knows(part) for part in (rest, "آ" + rest[1:])):
            return True                 # (both halves words of hazm's lexicon: not «اوه» + «رید», Ohrid)
    return False


# «مستقرند», «آماده‌اند»: the copula's plural glued to an adjective at least this frequent
_COPULA_ENDINGS = ("اند", "ند")
_PLURAL_ENDINGS = ("هاست", "هایی", "های", "ها")
COPULA_STEM_ZIPF = 3.5
# What glues to a noun without making a new word («کتابتان»): a rest that is only this is no compound
_PRONOUN_SUFFIXES = frozenset(("تان", "شان", "مان"))


@lru_cache(maxsize=65536)
def is_verb_form(word: str) -> bool:
    """«بدهیم», «نمی‌کنند», «بروند»: a present-tense verb with its prefix and a plural or first-person ending,
    built from hazm's verb list, never a name («سامان بدهیم» is no person)."""
    word = word.replace("\u200c", "")
    for prefix in ("نمی", "می", "ب", "ن"):
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        for ending in ("یم", "ید", "ند"):
            stem = rest[:-len(ending)]
            if rest.endswith(ending) and len(stem) >= 2 and stem in _present_stems():
                return True
    return False


@lru_cache(maxsize=1)
def _present_stems() -> frozenset[str]:
    """The present stems of hazm's verb list («ده» of «داد#ده»)."""
    try:
        ref = resources.files("hazm") / "data" / "verbs.dat"
        lines = ref.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(line.split("#")[1] for line in lines if line.count("#") == 1)


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.replace("\u200c", " "), "fa")


def _names_dataset() -> list[str]:
    """Iranian given names from the persian-gender-detection package (19k names, MIT)."""
    return [name for name, _gender in _names_dataset_genders()]


@lru_cache(maxsize=1)
def _names_dataset_genders() -> tuple[tuple[str, str], ...]:
    """(name, "F"/"M") rows of the persian-gender-detection package's names data set."""
    try:
        ref = resources.files("persian_gender_detection") / "gender" / "iranianNamesDataset.csv"
        with ref.open(encoding="utf-8") as fh:
            return tuple((row["Names"], row["Gender"].strip().upper()) for row in csv.DictReader(fh))
    except (ModuleNotFoundError, FileNotFoundError):  # the list is a boost, not a requirement
        return ()
