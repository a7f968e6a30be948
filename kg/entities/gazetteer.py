"""Gazetteer tables: every known name of a city, country, province, region, place or organisation.

The tables are data (``kg/data/gazetteer/*.tsv``, each with a header naming its source); this
module reads them into one index keyed by :func:`name_key`, a spelling-blind form of a name, so
that «بندر عباس», «بندرعباس» and «بندر‌عباس» are one key.  Matching text against the index lives
in :mod:`kg.entities.matcher`.

    gz = Gazetteer.load()
    gz.find("شهردار مشهد به ترکیه سفر کرد")   # -> [GazetteerMatch(... 'geonames/124665' ...), ...]
    gz.lookup("مشهد")                         # -> GazetteerEntry(key='geonames/124665', cls='City', ...)
"""
from __future__ import annotations

import functools
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from .keys import beginnings
from .lexicon import Lexicon

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# Classes in the order that settles a name shared by two tables: «غزه» is the Gaza Strip (a region)
# before it is Gaza City, «کویت» the country before Kuwait City.
CLASS_PRIORITY = {"Organization": 0, "Country": 1, "Province": 2, "Region": 3, "Place": 4, "City": 5}

# --- keys ---------------------------------------------------------------------------------------

# One text character → its key characters ('' drops it).  Keeping this a per-character map lets the
# matcher build keys for spans of the text and still know their offsets.
_KEY_CHARS: dict[str, str] = {
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا",
    "ؤ": "و", "ء": "", "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": "", "\u0640": "",
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(c): "" for c in range(0x064B, 0x0660)}, "\u0670": "",
}
_KEY_DROP = re.compile(r"[\s\-–—_.,،:;!?؟()\[\]«»\"'“”/]")


@functools.lru_cache(maxsize=4096)
def key_char(ch: str) -> str:
    """The key form of one character of text (cached: the alphabet is small)."""
    if ch in _KEY_CHARS:
        return _KEY_CHARS[ch]
    if _KEY_DROP.match(ch):
        return ""
    return ch.lower()


@functools.lru_cache(maxsize=131_072)
def name_key(text: str) -> str:
    """Spelling-blind key of a name: Arabic letters folded, spaces, half-spaces and marks removed (cached:
    the same words come back in every article)."""
    return "".join(key_char(ch) for ch in text)


# --- data files -----------------------------------------------------------------------------------

class GazetteerDataError(ValueError):
    """A data file is malformed; the message names the file and line."""


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV data file: '#' lines are comments, the first other line is the header."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerDataError(f"{path}: cannot read ({exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise GazetteerDataError(f"{path}:{number}: {len(cells)} columns, the header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


def _read_words(path: Path) -> list[str]:
    """Words of a one-word-per-line list ('#' lines are comments)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerDataError(f"{path}: cannot read ({exc})") from None
    return [w for line in lines if not line.startswith("#") for w in line.split()]


def split_names(cell: str) -> list[str]:
    return [n.strip() for n in cell.split("|") if n.strip()] if cell else []


# --- entries ---------------------------------------------------------------------------------------

@dataclass
class GazetteerEntry:
    """One thing the gazetteer knows, with all its names."""

    key: str                      # 'geonames/<id>', 'country/<ISO2>', 'province/<slug>', 'region/<slug>', 'org/<slug>', 'place/<slug>'
    cls: str                      # one of kg.document.ENTITY_CLASSES
    label_fa: str
    label_en: str | None = None
    same_as: tuple[str, ...] = ()
    kind: str = ""                # org type (news, bloc, ministry ...), or the country code of a place
    population: int | None = None
    names: list[str] = field(default_factory=list)        # free names (label first)
    cued_names: list[str] = field(default_factory=list)   # names that need a cue
    cue: str = ""                 # cue group for cued_names (cues.tsv)


@dataclass(frozen=True)
class AliasRecord:
    entry: GazetteerEntry
    cue: str | None               # None: the name means this entry without a cue


@dataclass(frozen=True)
class Cue:
    group: str
    where: str                    # before | after | near | rule | between (a describing word after a before-cue)
    phrase: str                   # a phrase, or '@list:City', '@next:Country', '@near:bloc'
    key: str


@dataclass(frozen=True)
class GazetteerMatch:
    """A name found in a text; offsets index the text given to :meth:`Gazetteer.find`."""

    start: int
    end: int
    key: str
    cls: str
    label_fa: str
    label_en: str | None
    same_as: tuple[str, ...]
    surface: str
    kind: str = ""
    rule: str = ""                # why: 'name', or the cue that decided an ambiguous name


GEONAMES_URI = "https://sws.geonames.org/{}/"

_ADMIN_WORDS = ("استان", "ایالت", "ولایت", "منطقه", "جمهوری", "اقلیم")


class Gazetteer:
    """All names, indexed by key; build once with :meth:`load`, then call :meth:`find` per text."""

    def __init__(self, entries: list[GazetteerEntry], cues: list[Cue]):
        self.entries = entries
        self.by_key: dict[str, GazetteerEntry] = {e.key: e for e in entries}
        self.index: dict[str, list[AliasRecord]] = {}
        for entry in entries:
            for name in entry.names:
                self._add(name, AliasRecord(entry, None))
            for name in entry.cued_names:
                self._add(name, AliasRecord(entry, entry.cue or "city"))
        for records in self.index.values():
            records.sort(key=lambda r: (r.cue is not None, CLASS_PRIORITY.get(r.entry.cls, 9)))
        # names written with a comma inside («سازمان آموزشی، علمی و فرهنگی»): only these may span a comma
        self.comma_keys: set[str] = {name_key(n) for e in entries for n in [*e.names, *e.cued_names]
                                     if "،" in n or "," in n}
        self.prefixes: frozenset[str] = beginnings(self.index)
        self.cues: dict[str, list[Cue]] = {}
        for cue in cues:
            self.cues.setdefault(cue.group, []).append(cue)
        self.function_words: set[str] = set()
        # cities abroad that share a name with the city that owns it (geonames_homonyms.tsv), by name key
        self.homonyms: dict[str, list[GazetteerEntry]] = {}
        self.load_seconds = 0.0

    def _add(self, name: str, record: AliasRecord) -> None:
        key = name_key(name)
        if not key:
            return
        records = self.index.setdefault(key, [])
        if any(r.entry is record.entry and r.cue == record.cue for r in records):
            return
        if record.cue is None and any(r.entry is record.entry and r.cue is None for r in records):
            return
        records.append(record)

    # -- loading ------------------------------------------------------------------------------

    @classmethod
    @functools.lru_cache(maxsize=None)
    def load(cls, data_dir: Path = DATA_DIR) -> "Gazetteer":
        """Read every table under ``data_dir`` (cached: one build per process)."""
        t0 = time.perf_counter()
        entries = [
            *_load_organizations(data_dir),
            *_load_countries(data_dir),
            *_load_provinces(data_dir),
            *_load_regions(data_dir),
            *_load_places(data_dir),
            *_load_cities(data_dir),
        ]
        function_words = {name_key(w) for w in _read_words(data_dir / "function_words.txt")}
        homonyms: dict[str, list[GazetteerEntry]] = {}
        for r in read_tsv(data_dir / "geonames_homonyms.tsv"):
            homonyms.setdefault(name_key(r["form"]), []).append(GazetteerEntry(
                key=f"geonames/{r['geonameid']}", cls="City", label_fa=r["form"], label_en=r["label_en"] or None,
                same_as=_geonames(r["geonameid"]), kind=r["country"], population=int(r["population"] or 0),
                names=[r["form"]]))
        cues = [Cue(r["group"], r["where"], r["phrase"], name_key(r["phrase"]))
                for r in read_tsv(data_dir / "cues.tsv")]
        gz = cls(entries, cues)
        gz.function_words = function_words
        gz.homonyms = homonyms
        gz.load_seconds = time.perf_counter() - t0
        return gz

    # -- queries --------------------------------------------------------------------------------

    def lookup(self, name: str, cls: str | None = None) -> GazetteerEntry | None:
        """The entry a name stands for out of context (a free name first), or None.

        With ``cls`` only entries of that class are considered, cued names included — the
        caller brings the context («شهر X» → ``lookup(X, "City")``).
        """
        records = self.index.get(name_key(name), [])
        if cls is not None:
            records = [r for r in records if r.entry.cls == cls]
            return records[0].entry if records else None
        free = [r for r in records if r.cue is None]
        return free[0].entry if free else None

    def find(self, text: str) -> list[GazetteerMatch]:
        """Every gazetteer name in ``text``: longest first, no overlaps, ambiguous names by context."""
        from .matcher import find_matches

        return find_matches(self, text)


def _free(label: str, aliases: str, cued_aliases: str) -> list[str]:
    """Label and aliases, less any name listed as cued (a label may itself need a cue: «انتخاب»)."""
    cued = set(split_names(cued_aliases))
    return [n for n in [label, *split_names(aliases)] if n and n not in cued]


def _geonames(gid: str) -> tuple[str, ...]:
    return (GEONAMES_URI.format(gid),) if gid else ()


def _load_organizations(data_dir: Path) -> list[GazetteerEntry]:
    out = []
    for r in read_tsv(data_dir / "organizations.tsv"):
        default_cue = {"news": "news", "bloc": "bloc", "club": "club"}.get(r["type"], "org")
        out.append(GazetteerEntry(
            key=f"org/{r['slug']}", cls="Organization", label_fa=r["label_fa"], label_en=r["label_en"] or None,
            kind=r["type"], names=_free(r["label_fa"], r["aliases"], r["cued_aliases"]),
            cued_names=split_names(r["cued_aliases"]), cue=r.get("cue") or default_cue))
    _add_section_names(out, data_dir)
    return out


def _add_section_names(orgs: list[GazetteerEntry], data_dir: Path) -> None:
    """Names of regional sections built from their parent's names (org_sections.tsv): «شعبه آفریقایی سازمان
    شهرها و دولت‌های محلی متحد», «سازمان شهرها و دولت‌های محلی متحد آفریقا»."""
    by_slug = {e.key.removeprefix("org/"): e for e in orgs}
    for r in read_tsv(data_dir / "org_sections.tsv"):
        parent, section = by_slug[r["parent"]], by_slug[r["section"]]
        known = {name_key(n) for n in section.names}
        for region in split_names(r["regions"]):
            adjectives = [region, region + "ی", region + "یی"] if region.endswith(("ا", "آ")) else [region, region + "ی"]
            for name in parent.names:
                forms = [f"{unit} {adjective} {name}" for unit in SECTION_UNITS for adjective in adjectives]
                for form in [*forms, f"{name} {region}"]:
                    if name_key(form) not in known:
                        known.add(name_key(form))
                        section.names.append(form)


# What the press calls a body's regional section
SECTION_UNITS = ("بخش", "شعبه", "شاخه", "دفتر")


def _load_countries(data_dir: Path) -> list[GazetteerEntry]:
    generated = {r["iso2"]: r for r in read_tsv(data_dir / "geonames_countries.tsv")}
    out = []
    for r in read_tsv(data_dir / "countries.tsv"):
        gen = generated.get(r["iso2"], {})
        cued = split_names(r["cued_aliases"])
        names = [n for n in [r["label_fa"], *split_names(r["aliases"]), gen.get("pycountry_fa", "")] if n and n not in cued]
        out.append(GazetteerEntry(
            key=f"country/{r['iso2']}", cls="Country", label_fa=r["label_fa"], label_en=r["label_en"] or None,
            same_as=_geonames(gen.get("geonameid", "")), kind=r["iso2"],
            population=int(gen["population"]) if gen.get("population") else None,
            names=names, cued_names=cued, cue="country"))
    return out


def _with_admin_word(names: list[str], foreign: bool = False) -> list[str]:
    """«استان X» for every name; abroad also «ولایت X» and «ایالت X», as the press calls divisions of Central
    Asia, Afghanistan, the US or India."""
    words = ("استان", "ولایت", "ایالت") if foreign else ("استان",)
    bare = [n for n in names if not n.startswith(_ADMIN_WORDS)]
    # a name with its own division word («استان ایسیک‌کول») also goes with the others («ولایت ایسیک‌کول»)
    bare += [n.split(maxsplit=1)[1] for n in names if foreign and n.startswith(("استان ", "ولایت ", "ایالت "))]
    return [f"{w} {n}" for n in dict.fromkeys(bare) for w in words]


def _load_provinces(data_dir: Path) -> list[GazetteerEntry]:
    out = []
    for r in read_tsv(data_dir / "provinces.tsv"):
        free = [r["label_fa"], *split_names(r["aliases"])]
        cued = split_names(r["cued_aliases"])
        if r["country"] != "IR":    # «استاندار بابل», «والی غردایه»: a foreign province's bare name after its cue
            cued += [bare for n in free if n.startswith(("استان ", "ولایت ", "ایالت "))
                     and (bare := n.split(maxsplit=1)[1]) not in free + cued
                     and not Lexicon.is_common(bare)]     # not «سند» (Sindh, and a document) or «مرکزی»
        names = [*free, *_with_admin_word(free + cued, foreign=r["country"] != "IR")]
        out.append(GazetteerEntry(
            key=f"province/{r['slug']}", cls="Province", label_fa=r["label_fa"], label_en=r["label_en"] or None,
            same_as=_geonames(r["geonames"]), kind=r["country"], names=names, cued_names=cued, cue="province"))
    return out


def _load_regions(data_dir: Path) -> list[GazetteerEntry]:
    return [GazetteerEntry(
        key=f"region/{r['slug']}", cls="Region", label_fa=r["label_fa"], label_en=r["label_en"] or None,
        names=_free(r["label_fa"], r["aliases"], r["cued_aliases"]), cued_names=split_names(r["cued_aliases"]),
        cue="region")
        for r in read_tsv(data_dir / "regions.tsv")]


def _load_places(data_dir: Path) -> list[GazetteerEntry]:
    return [GazetteerEntry(
        key=f"place/{r['slug']}", cls="Place", label_fa=r["label_fa"], label_en=r["label_en"] or None,
        names=[r["label_fa"], *split_names(r["aliases"])])
        for r in read_tsv(data_dir / "places.tsv")]


def _load_cities(data_dir: Path) -> list[GazetteerEntry]:
    out = []
    for r in read_tsv(data_dir / "geonames_cities.tsv"):
        cued = split_names(r["cued_aliases"])
        names = [n for n in [r["label_fa"], *split_names(r["aliases"])] if n not in cued]
        out.append(GazetteerEntry(
            key=f"geonames/{r['geonameid']}", cls="City", label_fa=r["label_fa"], label_en=r["label_en"] or None,
            same_as=_geonames(r["geonameid"]), kind=r["country"], population=int(r["population"] or 0),
            names=names, cued_names=cued, cue="city"))
    return out
