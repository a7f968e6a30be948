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

# A word this frequent in hazm's corpus counts count as "common": it may be a surname after a
# first name, but alone it is no evidence of a name.
COMMON_FREQUENCY = 100_000
# Above this a first name from the names data set is more likely an ordinary word (روز، شهر، مهر)
# unless it is also in the list of very common given names.
FIRST_NAME_MAX_FREQUENCY = 300_000


def _read_list(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@dataclass
class Lexicon:
    frequency: dict[str, int]       # folded word → frequency in hazm's corpus (0 when listed without one)
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

        frequency: dict[str, int] = {}
        for word, freq, _tags in hazm.words_list():
            key = fold(word)
            frequency[key] = max(freq, frequency.get(key, 0))
        stopwords = {fold(w) for w in hazm.stopwords_list()}
        roles: dict[str, str] = {}
        role_first: set[str] = set()
        for line in _read_list(DATA / "roles.tsv"):
            title, kind = line.split("\t")
            roles[fold(title)] = kind
            role_first.add(fold(title.split()[0]))
        common_given = {fold(w) for w in _read_list(DATA / "common_first_names.txt")}
        first_names = set(common_given)
        for name in _names_dataset():
            key = fold(name)
            if frequency.get(key, 0) <= FIRST_NAME_MAX_FREQUENCY:
                first_names.add(key)
        not_names = {fold(w) for w in _read_list(DATA / "not_names.txt")}
        first_names -= not_names
        return cls(frequency, stopwords, first_names - stopwords, roles, role_first,
                   {fold(w) for w in _read_list(DATA / "honorifics.txt")}, not_names)

    def is_common(self, word: str) -> bool:
        return self.frequency.get(fold(word), 0) >= COMMON_FREQUENCY

    def known(self, word: str) -> bool:
        return self.frequency.get(fold(word), 0) > 0


def _names_dataset() -> list[str]:
    """Iranian given names from the persian-gender-detection package (19k names, MIT)."""
    try:
        ref = resources.files("persian_gender_detection") / "gender" / "iranianNamesDataset.csv"
        with ref.open(encoding="utf-8") as fh:
            return [row["Names"] for row in csv.DictReader(fh)]
    except (ModuleNotFoundError, FileNotFoundError):  # the list is a boost, not a requirement
        return []
