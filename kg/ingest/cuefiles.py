"""Read the sectioned cue lists under ``kg/data`` and compare lines with them.

A cue file has ``# comments``, ``[section]`` headers and one cue per line.
Cues are compared by :func:`cue_key`, which ignores what varies between sites
for the same label: Arabic/Persian letter variants, half-spaces, spaces,
digits and punctuation.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

_LETTER_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا"})


# Runs of letters (Unicode category L*: what str.isalpha accepts), and of letters or digits.
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_LETTER_OR_DIGIT_RUN = re.compile(r"[^\W_]+")


def cue_key(line: str) -> str:
    """The comparable form of a short line: letters only, folded, lower case."""
    folded = line.translate(_LETTER_FOLD).lower()
    return "".join(run if run.isalpha() else "".join(filter(str.isalpha, run))
                   for run in _LETTER_RUN.findall(folded))


def text_key(line: str) -> str:
    """Like :func:`cue_key` but keeping digits in any script: for telling two headlines apart."""
    folded = line.translate(_LETTER_FOLD).lower()
    out = []
    for run in _LETTER_OR_DIGIT_RUN.findall(folded):
        if run.isalpha():
            out.append(run)
        else:
            out.extend(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in run if ch.isalpha() or ch.isdigit())
    return "".join(out)


@lru_cache(maxsize=None)
def load_sections(filename: str) -> dict[str, tuple[str, ...]]:
    """The cues of ``kg/data/<filename>`` by section, in file order."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in (DATA_DIR / filename).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
            continue
        sections.setdefault(current, []).append(line)
    return {name: tuple(cues) for name, cues in sections.items()}
