"""Normalise Persian text while keeping a map back to the original characters.

Three passes, each local, so every output character keeps the index of the input
character it came from (later stages report mentions in the publisher's text):

1. characters: hazm's letter table (Arabic ي/ك and presentation forms → Persian),
   Persian/Arabic-Indic digits → ASCII (later stages parse numbers with ASCII
   regexes), ة/ۀ → ه, kashida, harakat and invisible marks dropped;
2. spacing: runs of spaces collapsed, lines trimmed, at most one blank line, stray
   zero-width non-joiners (ZWNJ) removed;
3. half-spaces: words typed glued (گامهای, میکنند, بینالمللی) or split by a space
   (کتاب ها, می کنند) get their ZWNJ back, decided by hazm's lexicon and verb
   forms so that whole words that only look like stem + suffix (تنها، رها) stay.

hazm's own ``Normalizer.normalize`` is not run on the text: it returns no offsets
and re-spaces numbers and dates («۱۴۰۴/۰۲/۰۹» → «۱۴۰۴ / ۰۲ / ۰۹», «3.5» → «۳ ٫ ۵»).
Its tables, lexicon and verb list are used instead, and its token-joining rule
(``Normalizer.token_spacing``) is reimplemented on offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ZWNJ = "\u200c"

_DATA = Path(__file__).resolve().parent.parent / "data"

# Letters of Persian words (Arabic block letters, without tatweel, plus پ چ ژ ک گ ی).
_LETTERS = "\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC"
_LETTER = re.compile(f"[{_LETTERS}]")
_PERSIAN_WORD = re.compile(f"[{_LETTERS}]+(?:{ZWNJ}[{_LETTERS}]+)*")

_DIGITS = {chr(0x06F0 + i): str(i) for i in range(10)} | {chr(0x0660 + i): str(i) for i in range(10)}
# Our own decisions on top of hazm's letter table (these win).
_OVERRIDES = {
    **_DIGITS,
    "٫": ".", "٬": ",", "٪": "%", "۔": ".",           # Arabic decimal/thousands separators, percent
    "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه",
    "\r": "", "\u0640": "",                              # carriage return, kashida
    **{chr(c): "" for c in range(0x064B, 0x0660)},       # harakat, hamza above/below marks
    "\u0670": "",                                        # superscript alef
    **{c: "" for c in "\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                      "\u2066\u2067\u2068\u2069\ufeff\u00ad"},  # invisible/direction marks
    **{c: " " for c in "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                      "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"},
    **{c: "\n" for c in "\u2028\u2029\v\f\x85"},
}
# Folding for lookup keys only: hamza/madda variants of one letter spelt both ways in news.
_FOLD_EXTRA = str.maketrans({"آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ی", "ء": None})


@lru_cache(maxsize=1)
def _char_table() -> dict[str, str]:
    """Map each character that changes to its replacement ('' drops it)."""
    from hazm import Normalizer

    hazm_norm = Normalizer(correct_spacing=False, seperate_mi=False, decrease_repeated_chars=False,
                           persian_numbers=False)
    table = {src: dst for src, dst in zip(hazm_norm.translation_src, hazm_norm.translation_dst) if src != dst}
    for pattern, replacement in hazm_norm.replacements:       # ligatures such as ﷼ → ریال
        for ch in pattern.strip("()").split("|"):
            table[ch] = replacement
    for ch in hazm_norm.specials_chars_patterns[0][0][1:-1]:  # a "[...]" class of marks to drop
        table[ch] = ""
    table.update(_OVERRIDES)
    return table


# ---------------------------------------------------------------------------
# hazm's lexicon and the affix tables


@dataclass(frozen=True)
class _Affix:
    text: str
    condition: str  # suffix: 'any' or 'ه' (stem must end in silent h); prefix: 'verb' or 'word'
    stem: str = "word"  # suffix only: 'word' or 'adj'


def _read_affixes(name: str) -> list[_Affix]:
    rows = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(_Affix(*line.split("\t")))
    return sorted(rows, key=lambda a: -len(a.text))


class _Lexicon:
    """hazm's word list (with frequencies and tags) and its conjugated verb forms.

    hazm's list mixes corpus words with dictionary headwords given frequency 0 and
    no tag; those are real but rare, and a few are glued forms (کردهاند), so they
    count as *weak*: known, but not evidence enough to split or keep a split.
    """

    def __init__(self) -> None:
        import hazm

        self.entries = {w: (freq, tags) for w, freq, tags in hazm.words_list()}
        self.verbs = frozenset(hazm.Lemmatizer(joined_verb_parts=False).verbs)
        self.suffixes = _read_affixes("zwnj_suffixes.txt")
        self.prefixes = _read_affixes("zwnj_prefixes.txt")
        self.spaced_suffixes = {a.text: a for a in self.suffixes} | {"ی": _Affix("ی", "ه")}
        # words hazm counts or tags (not bare headwords): one set lookup where a pass tests every word pair
        self.strong_words = self.verbs | {w for w, (freq, tags) in self.entries.items() if freq > 0 or tags != ("0",)}

    def strong(self, word: str) -> bool:
        return word in self.strong_words

    def known(self, word: str) -> bool:
        return word in self.entries or word in self.verbs

    def frequency(self, word: str) -> int:
        entry = self.entries.get(word)
        return entry[0] if entry else 0

    def stem_fits(self, stem: str, kind: str) -> bool:
        """Whether ``stem`` is a word that can carry a suffix of this kind."""
        if kind == "adj":
            entry = self.entries.get(stem)
            return entry is not None and bool({"AJ", "ADV"} & set(entry[1]))
        if len(stem) >= 2 and self.strong(stem):
            return True
        return len(stem) >= 4 and stem in self.entries  # weak headwords only when long (استراتژی)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


# ---------------------------------------------------------------------------
# Half-space repair of single words


_SILENT_H_PREFERENCE = 10


@lru_cache(maxsize=65536)
def repair_word(word: str) -> str:
    """Return ``word`` with missing ZWNJs inserted (only insertions, never other edits)."""
    lex = _lexicon()
    if ZWNJ in word:
        if lex.known(word):
            return word
        return ZWNJ.join(_repair_glued(part) for part in word.split(ZWNJ))
    return _repair_glued(word)


def lexicon_knows(word: str) -> bool:
    """Whether hazm's lexicon vouches for ``word`` as Persian, whole or as a glued form it can split
    («خواهرخوانده», «خواهرخواندهای»); a foreign name it does not know is not vouched for."""
    word = word.replace(ZWNJ, "")
    return _lexicon().strong(word) or ZWNJ in repair_word(word)


def lexicon_tags(word: str) -> tuple[str, ...]:
    """hazm's part-of-speech tags for ``word`` (('0',) for a bare headword, () when unknown)."""
    entry = _lexicon().entries.get(word)
    return entry[1] if entry else ()


def _repair_glued(word: str) -> str:
    """Split a glued word at affix or compound boundaries the lexicon vouches for."""
    lex = _lexicon()
    if len(word) < 4 or lex.strong(word):
        return word
    is_headword = word in lex.entries  # weak: split only into a form the lexicon itself lists
    # (tier, frequency, form): lexicon-listed whole forms beat affix analyses.
    candidates: list[tuple[int, int, str]] = []
    for i in range(2, len(word) - 1):
        form = word[:i] + ZWNJ + word[i:]
        if lex.strong(form):
            candidates.append((2, lex.frequency(form), form))
    for prefix in lex.prefixes:
        rest = word[len(prefix.text):]
        if not word.startswith(prefix.text) or len(rest) < 2:
            continue
        if prefix.condition == "verb" and prefix.text + ZWNJ + rest in lex.verbs:
            candidates.append((2, 0, prefix.text + ZWNJ + rest))
        elif prefix.condition == "word" and not is_headword and len(rest) >= 4 and lex.strong(rest):
            candidates.append((1, lex.frequency(rest), prefix.text + ZWNJ + rest))
    if not is_headword:
        for suffix in lex.suffixes:
            stem = word[: -len(suffix.text)]
            if not word.endswith(suffix.text) or len(stem) < 2:
                continue
            if suffix.condition == "ه" and not (stem.endswith("ه") and len(stem) >= 3):
                continue
            if lex.stem_fits(stem, suffix.stem):
                # «Xهای» reads as Xه + ای or X + های (هفته‌ای / هفت‌های); the first
                # unless X is far the more frequent word (شهر‌های, not شهره‌ای).
                weight = _SILENT_H_PREFERENCE if suffix.condition == "ه" else 1
                candidates.append((1, lex.frequency(stem) * weight, stem + ZWNJ + suffix.text))
            elif suffix.stem == "word":
                repaired_stem = _repair_glued(stem)
                if repaired_stem != stem:
                    candidates.append((0, 0, repaired_stem + ZWNJ + suffix.text))
    return max(candidates)[2] if candidates else word


def _should_join(left: str, right: str) -> bool:
    """Whether two words separated by one space are one word (hazm's token_spacing rule)."""
    lex = _lexicon()
    pair = left + ZWNJ + right
    if pair in lex.verbs:                                   # می کنند, کرده اند
        return True
    suffix = lex.spaced_suffixes.get(right)
    if suffix is not None:                                  # کتاب ها, ویژه ای, بزرگ ترین
        if suffix.condition == "ه" and not (left.endswith("ه") and len(left) >= 3):
            return False                                    # not after به، که، چه
        return lex.stem_fits(left, suffix.stem) or (suffix.stem == "word" and lex.known(left))
    # A compound the lexicon lists, when its second part cannot stand alone (بین المللی,
    # گفت وگو).  Two free words stay apart (خلیج فارس, اعلام شده, فروردین ماه) so later
    # stages still see the words they match on.
    return lex.frequency(pair) > 0 and not lex.strong(right)


# A word split by a stray space is put back only when the whole is this common in hazm's counts
STRAY_SPACE_MIN_FREQUENCY = 20


def _split_by_a_stray_space(left: str, right: str) -> bool:
    """Whether a space stands inside one word («تابس تان», «اختتا میه», «موسی قی»): one side is no word hazm
    counts, and the two glued are a word it counts often (up to the first half-space: «رقا بت‌ها»)."""
    lex = _lexicon()
    stem = right.split(ZWNJ, 1)[0]
    whole = left + stem
    if len(whole) < 4 or lex.frequency(whole) < STRAY_SPACE_MIN_FREQUENCY:
        return False
    if not (lex.known(left) and lex.known(stem)):
        return True
    # both are hazm's words: a half that is only a headword no text uses («قی» of «موسی قی»), not «و یکی»
    from wordfreq import zipf_frequency

    return any(not lex.strong(half) and zipf_frequency(half, "fa") == 0 for half in (left, stem))


# ---------------------------------------------------------------------------
# The passes


def _apply_edits(text: str, index: list[int], edits: list[tuple[int, int, str, int]]) -> tuple[str, list[int]]:
    """Apply sorted, non-overlapping edits ``(start, end, replacement, origin)``: ``text[start:end]``
    becomes ``replacement``, whose characters all map to ``index[origin]``.

    Unchanged stretches are copied by slicing, so a pass costs C-level work per character and
    Python work only per edit (most characters of an article change in no pass).
    """
    if not edits:
        return text, index
    out: list[str] = []
    out_index: list[int] = []
    prev = 0
    for start, end, replacement, origin in edits:
        out.append(text[prev:start])
        out_index.extend(index[prev:start])
        out.append(replacement)
        out_index.extend([index[origin]] * len(replacement))
        prev = end
    out.append(text[prev:])
    out_index.extend(index[prev:])
    return "".join(out), out_index


@lru_cache(maxsize=1)
def _changed_chars() -> re.Pattern[str]:
    """One character class of every character the table changes."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(_char_table())) + "]")


def _map_characters(text: str) -> tuple[str, list[int]]:
    table = _char_table()
    edits = [(m.start(), m.end(), table[m.group()], m.start()) for m in _changed_chars().finditer(text)]
    return _apply_edits(text, list(range(len(text))), edits)


# Runs of spaces, newlines and half-spaces that are not already one plain space between words:
# two or more characters, a lone half-space, or any run at either end of the text.
_SPACING_RUN = re.compile(rf"[ \n{ZWNJ}]{{2,}}|{ZWNJ}|\A[ \n]|[ \n]\Z")


def _fix_spacing(text: str, index: list[int]) -> tuple[str, list[int]]:
    """Collapse spaces, trim lines, keep at most one blank line, drop stray ZWNJs.

    A run with a newline becomes one or two newlines, else a run with a space one space, else
    (half-spaces only) one ZWNJ when it sits between two letters; runs at either end go.
    """
    edits: list[tuple[int, int, str, int]] = []
    n = len(text)
    for m in _SPACING_RUN.finditer(text):
        start, end = m.span()
        run = m.group()
        if start == 0 or end == n:
            edits.append((start, end, "", start))
        elif "\n" in run:
            edits.append((start, end, "\n" * min(run.count("\n"), 2), start + run.index("\n")))
        elif " " in run:
            edits.append((start, end, " ", start + run.index(" ")))
        elif _LETTER.match(text[start - 1]) and _LETTER.match(text[end]):
            if end - start > 1:
                edits.append((start, end, ZWNJ, start))
        else:
            edits.append((start, end, "", start))
    return _apply_edits(text, index, edits)


@lru_cache(maxsize=1)
def _joinable_right_words() -> frozenset[str]:
    """Every word that can be the second part of a pair :func:`_should_join` joins: a spaced
    suffix, or what follows a half-space in a verb form or a lexicon word.  Lets the pass skip
    the test for the (many) word pairs that can never join."""
    lex = _lexicon()
    out = set(lex.spaced_suffixes)
    for word in (*lex.verbs, *lex.entries):
        at = word.find(ZWNJ)
        while at >= 0:
            out.add(word[at + 1:])
            at = word.find(ZWNJ, at + 1)
    return frozenset(out)


def _restore_half_spaces(text: str, index: list[int]) -> tuple[str, list[int]]:
    """Insert missing ZWNJs inside words and turn spaces inside words into ZWNJs."""
    edits: list[tuple[int, int, str, int]] = []
    joinable = _joinable_right_words()
    strong = _lexicon().strong_words
    left = ""
    left_end = -2
    for match in _PERSIAN_WORD.finditer(text):
        word = match.group()
        repaired = repair_word(word)
        start = match.start()
        spaced = start == left_end + 1 and text[left_end] == " "
        joined = spaced and repaired in joinable and _should_join(left, repaired)
        # (most pairs are two words hazm counts: one set lookup each, no call, on this hot path)
        glued = spaced and not joined and not (left in strong and repaired in strong) \
            and _split_by_a_stray_space(left, repaired)
        if joined:
            edits.append((left_end, start, ZWNJ, left_end))
        elif glued:
            edits.append((left_end, start, "", left_end))     # «تابس تان» → «تابستان»
        if repaired != word:
            pos = start
            k = 0
            for ch in repaired:
                if k < len(word) and ch == word[k]:
                    pos += 1
                    k += 1
                else:
                    edits.append((pos, pos, ZWNJ, pos - 1))
        left = left + ZWNJ + repaired if joined else left + repaired if glued else repaired
        left_end = match.end()
    return _apply_edits(text, index, edits)


def normalize(text: str) -> tuple[str, list[int]]:
    """Return (normalised text, map from each normalised index to an original index)."""
    mapped, index = _map_characters(text)
    spaced, index = _fix_spacing(mapped, index)
    return _restore_half_spaces(spaced, index)


@lru_cache(maxsize=262_144)
def fold(text: str) -> str:
    """A lookup key: characters normalised, hamza/madda folded, no spaces or half-spaces.

    Cheap (no lexicon): half-space repair cannot change a key that drops half-spaces.
    Cached: recognisers fold the same words over and over.
    """
    key = "".join(text.translate(_fold_table()).split())
    return key.translate(_FOLD_EXTRA).casefold()


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str | None]:
    """The character table as a ``str.translate`` table that also drops half-spaces."""
    return str.maketrans({**{ch: (r or None) for ch, r in _char_table().items()}, ZWNJ: None})
