"""Persian numbers in words and digits → integers: «سه میلیون و ۶۰۰ هزار» → 3600000.

Works on normalised text (digits already ASCII).  A number is a run of number words and
digit groups joined by «و»; scale words (هزار، میلیون) multiply what precedes them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "number_words.tsv"

# Hedges before a number: kept on the quantity so «بیش از ۱۶۰» is not read as exactly 160.
QUALIFIERS = {"بیش از": "more-than", "بیشتر از": "more-than", "حدود": "about", "نزدیک به": "about",
              "قریب به": "about", "کمتر از": "less-than", "بالغ بر": "about", "افزون بر": "more-than"}


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: int
    qualifier: str | None = None     # more-than | about | less-than


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[float, str]]:
    out = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, value, kind = line.split("\t")
            out[word] = (float(value), kind)   # «نیم» is 0.5: «نیم میلیون», «یک و نیم میلیون»
    return out


_DIGITS = r"\d+(?:[.,٬٫/]\d+)*"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = sorted(_words(), key=len, reverse=True)
    atom = rf"(?:{_DIGITS}|{'|'.join(map(re.escape, words))})"
    qual = "|".join(map(re.escape, sorted(QUALIFIERS, key=len, reverse=True)))
    return re.compile(rf"(?:(?P<q>{qual})\s+)?(?<![\w\u200c])(?P<n>{atom}(?:(?:\s+و\s+|\s+){atom})*)(?![\w\u200c])")


def _digit_value(token: str) -> float | None:
    """«۲۵۰», «1,200», «3/5», «٣٫٥»; None for what only looks like a number («1403.09.12» is a date)."""
    token = token.replace("٬", ",").replace("٫", ".")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):
        return float(token.replace(",", ""))
    try:
        return float(token.replace(",", ".").replace("/", "."))
    except ValueError:
        return None


def parse_number(text: str) -> int | None:
    """The value of one number expression, or None when it is not one."""
    words = _words()
    total, current = 0.0, 0.0
    seen = False
    for tok in re.split(r"\s+و\s+|\s+", text.strip()):
        if not tok:
            continue
        if re.fullmatch(_DIGITS, tok):
            digits = _digit_value(tok)
            if digits is None:
                return None
            current += digits
        elif tok in words:
            value, kind = words[tok]
            if kind == "scale":
                current = (current or 1) * value
                total += current
                current = 0
            else:
                current += value
        else:
            return None
        seen = True
    return int(round(total + current)) if seen else None


def find_quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with its offsets; a lone ambiguous word («نه» = no, «سی») needs a digit or scale."""
    out = []
    words = _words()
    for m in _pattern().finditer(text):
        expr = m.group("n")
        parts = re.split(r"\s+و\s+|\s+", expr)
        if len(parts) == 1 and parts[0] in words and words[parts[0]][1] == "unit" and parts[0] in {"نه", "سی", "یه", "ده", "صد", "نیم"}:
            continue
        value = parse_number(expr)
        if value is not None:
            q = m.group("q")
            out.append(Quantity(m.start(), m.end(), value, QUALIFIERS.get(q) if q else None))
    return out
