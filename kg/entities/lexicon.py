"""Word knowledge the name recognisers lean on: hazm's lexicon, names, roles, honorifics.

Built once per process (``Lexicon.load()``); the data files live in ``kg/data/persons/``.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..text.normalize import fold

DATA = Path(__file__).resolve().parent.parent / "data" / "persons"

# Word frequencies come from wordfreq (Zipf scale: 6 = once per thousand words, 3 = once per
# million).  hazm's lexicon has frequencies too, but many common words carry 0 or 100 there.
# A word at least this frequent is "common": it may be a surname after a given name, but alone
# it is no evidence of a name («سفر», «امروز», «زمینه»).
COMMON_ZIPF = 4.8


def _read_list(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@dataclass
class Lexicon:
    stopwords: set[str]             # folded
    first_names: set[str]           # folded
    roles: dict[str, str]           # folded title (spaces removed) → kind
    role_first_words: set[str]      # folded first word of every title
    honorifics: set[str]            # folded
    not_names: set[str]             # folded

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
        common_given = {fold(w) for w in _read_list(DATA / "common_first_names.txt")}
        first_names = set(common_given)
        for name in _names_dataset():
            key = fold(name)
            if zipf(name) < COMMON_ZIPF:
                first_names.add(key)
        not_names = {fold(w) for w in _read_list(DATA / "not_names.txt")}
        first_names -= not_names
        return cls(stopwords, first_names - stopwords, roles, role_first,
                   {fold(w) for w in _read_list(DATA / "honorifics.txt")}, not_names)

    @staticmethod
    def is_common(word: str) -> bool:
        return zipf(word) >= COMMON_ZIPF

    @staticmethod
    def known(word: str) -> bool:
        """Whether the word occurs at all in wordfreq's Persian data (foreign names mostly do not)."""
        return zipf(word) > 0


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.replace("\u200c", " "), "fa")


def _names_dataset() -> list[str]:
    """Iranian given names from the persian-gender-detection package (19k names, MIT)."""
    try:
        ref = resources.files("persian_gender_detection") / "gender" / "iranianNamesDataset.csv"
        with ref.open(encoding="utf-8") as fh:
            return [row["Names"] for row in csv.DictReader(fh)]
    except (ModuleNotFoundError, FileNotFoundError):  # the list is a boost, not a requirement
        return []
