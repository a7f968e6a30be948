"""The bundled SPARQL queries (``kg/query/*.rq``) and what their header comments declare.

A bundled query is a plain SPARQL file that runs unchanged in any SPARQL 1.1 store.
Its header comments say what it answers and which parameters it takes::

    # Memberships of a city: the organisations it belongs to, stated or proposed.
    # param city: City  the city, by any of its names (مشهد, Mashhad)
    # example: kg query output/ memberships --param city=مشهد

A parameter is a ``VALUES ?city { UNDEF }`` line in the query body: elsewhere it
leaves ``?city`` free (the query answers for every city); ``kg query --param
city=...`` fills it with the entities that name denotes (see :mod:`kg.query.runner`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

# Kinds a parameter may declare: an entity class (the value names entities of that
# class), "Entity" (any class), "class" (an entity class name), "property" (a fact
# property's local name) or "literal" (the text as it is).
PARAM_KINDS = ("Person", "City", "Country", "Province", "Region", "Organization", "Place",
               "Entity", "class", "property", "literal")

_PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(\w+)\s*(.*)$")
_EXAMPLE_LINE = re.compile(r"^#\s*example:\s*(.+)$")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    help: str = ""


@dataclass(frozen=True)
class BundledQuery:
    """One shipped query: its name (the file stem), one-line description, parameters and text."""

    name: str
    description: str
    text: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    examples: tuple[str, ...] = field(default_factory=tuple)


def parse_header(name: str, text: str) -> BundledQuery:
    """Read the description, ``# param`` and ``# example`` lines at the top of a query."""
    description_lines: list[str] = []
    params: list[Param] = []
    examples: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("#"):
            if line:
                break
            continue
        if m := _PARAM_LINE.match(line):
            kind = m.group(2)
            if kind not in PARAM_KINDS:
                raise ValueError(f"{name}.rq: parameter {m.group(1)!r} has unknown kind {kind!r}")
            params.append(Param(m.group(1), kind, m.group(3).strip()))
        elif m := _EXAMPLE_LINE.match(line):
            examples.append(m.group(1).strip())
        elif not params and not examples:
            description_lines.append(line.lstrip("#").strip())
    description = " ".join(d for d in description_lines if d)
    return BundledQuery(name, description, text, tuple(params), tuple(examples))


@lru_cache(maxsize=1)
def bundled_queries() -> dict[str, BundledQuery]:
    """Every shipped query by name, read once from the package."""
    found: dict[str, BundledQuery] = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = parse_header(name, entry.read_text(encoding="utf-8"))
    return found
