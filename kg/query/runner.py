"""Run SPARQL over a graph: bundled queries by name, files or literal text, with parameters.

Parameters and Persian spelling
-------------------------------
``--param city=مشهد`` is resolved **in Python, before the query runs**: the value
and every ``rdfs:label`` / ``skos:altLabel`` of the graph's entities are folded with
:func:`kg.text.fold` (Arabic ي/ك → Persian ی/ک, hamza and madda forms, diacritics,
spaces and half-spaces dropped, case folded), the entities of the declared class
whose folded name equals the folded value are collected, and the query's
``VALUES ?city { UNDEF }`` line is rewritten to list them.  So «شهرداري مشهد»,
«شهرداری‌مشهد» and «شهرداری مشهد» all find the same node, the query text stays
plain portable SPARQL (no custom function), and the label scan happens once per
run rather than once per solution.  A name that matches nothing is an error that
suggests the closest names in the graph.
"""
from __future__ import annotations

import difflib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..graph.vocabulary import DEFAULT_BASE_IRI, ENTITY_CLASS_IRIS, FACT_PROPERTIES, PREFIXES
from ..text import fold
from .bundled import BundledQuery, Param, bundled_queries
from .store import load_store, store_from_graph, to_rdflib

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
_OX_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
_PLACEHOLDER = r"VALUES\s+\?{name}\s*\{{\s*UNDEF\s*\}}"
_ANY_PLACEHOLDER = re.compile(r"VALUES\s+\?(\w+)\s*\{\s*UNDEF\s*\}")
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_PLACE_CLASSES = ("Place", "City", "Country", "Province", "Region")
# Prefixes a query may use without declaring them (kg:, rdfs:, skos: ...; kgr: = the default resource base).
QUERY_PREFIXES: dict[str, str] = {**PREFIXES, "kgr": DEFAULT_BASE_IRI}


class QueryError(ValueError):
    """A query or parameter the user must fix; the message is one line."""


@dataclass
class QueryResult:
    """Rows of a SELECT (rdflib terms, ``None`` when unbound), an ASK's answer, or a graph's triples."""

    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def as_dicts(self) -> list[dict[str, str | None]]:
        """Each row as ``{variable: lexical value}``, handy in tests and notebooks."""
        return [{v: (None if t is None else str(t)) for v, t in zip(self.variables, row)} for row in self.rows]


# --------------------------------------------------------------------------- resolving the query
def resolve_query(query: str | Path) -> tuple[str, BundledQuery | None]:
    """The SPARQL text behind ``query``: a bundled name, a ``.rq`` file, or the text itself."""
    if isinstance(query, Path):
        return _read_query_file(query), None
    text = query.strip()
    bundled = bundled_queries().get(text)
    if bundled is not None:
        return bundled.text, bundled
    if not any(ch.isspace() for ch in text) and "{" not in text:
        path = Path(text)
        if path.is_file():
            return _read_query_file(path), None
        if path.suffix.lower() in (".rq", ".sparql"):
            raise QueryError(f"{path}: no such query file")
        names = ", ".join(bundled_queries())
        raise QueryError(f"unknown query {text!r}: not a bundled query ({names}), a file or SPARQL text")
    return text, None


def _read_query_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise QueryError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise QueryError(f"{path}: cannot be read ({exc.strerror or exc})") from None


# --------------------------------------------------------------------------- parameters
def parse_params(pairs: Iterable[str]) -> dict[str, list[str]]:
    """``["city=مشهد", "city=تبریز"]`` → ``{"city": ["مشهد", "تبریز"]}`` (a repeated name adds values)."""
    params: dict[str, list[str]] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not re.fullmatch(r"\w+", name) or not value:
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE, e.g. city=مشهد")
        params.setdefault(name, []).append(value)
    return params


def bind_params(text: str, params: Mapping[str, Sequence[str] | str], store: ox.Store,
                declared: Sequence[Param] = ()) -> str:
    """Rewrite ``VALUES ?name { UNDEF }`` lines with the terms each parameter value denotes."""
    kinds = {p.name: p.kind for p in declared}
    index: _LabelIndex | None = None
    for name, values in params.items():
        values = [values] if isinstance(values, str) else list(values)
        pattern = re.compile(_PLACEHOLDER.format(name=re.escape(name)))
        if not pattern.search(text):
            takes = sorted({m.group(1) for m in _ANY_PLACEHOLDER.finditer(text)})
            hint = f"it takes: {', '.join(takes)}" if takes else "it takes none"
            raise QueryError(f"the query has no parameter {name!r} ({hint})")
        kind = kinds.get(name, "Entity")
        terms: list[str] = []
        for value in values:
            if kind in ("class", "property", "literal"):
                terms.append(_simple_term(name, kind, value))
            else:
                index = index or _LabelIndex(store)
                terms.extend(index.lookup(name, kind, value))
        listing = " ".join(dict.fromkeys(terms))
        text = pattern.sub(lambda _m, n=name, listing=listing: f"VALUES ?{n} {{ {listing} }}", text)
    return text


def _simple_term(name: str, kind: str, value: str) -> str:
    if kind == "literal":
        return _sparql_literal(value)
    if _is_iri(value):
        return f"<{value.strip('<>')}>"
    local = value.split(":", 1)[1] if value.startswith("kg:") else value
    table = ENTITY_CLASS_IRIS if kind == "class" else FACT_PROPERTIES
    by_folded = {n.casefold(): iri for n, iri in table.items()}
    iri = by_folded.get(local.casefold())
    if iri is None:
        raise QueryError(f"--param {name}={value}: not a known {kind} (one of {', '.join(table)})")
    return f"<{iri}>"


def _sparql_literal(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _is_iri(value: str) -> bool:
    return bool(re.fullmatch(r"<?[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"{}|\\^`]+>?", value))


class _LabelIndex:
    """Folded names → entities with their classes, read from the store once per run."""

    def __init__(self, store: ox.Store) -> None:
        classes = " ".join(f"<{iri}>" for iri in ENTITY_CLASS_IRIS.values())
        rows = store.query(
            f"SELECT ?e ?class ?name WHERE {{ VALUES ?class {{ {classes} }} ?e a ?class ; "
            f"<{_RDFS_LABEL}>|<{_SKOS_ALT}> ?name }}", use_default_graph_as_union=True)
        self.by_key: dict[str, dict[str, set[str]]] = {}     # folded name → entity IRI → classes
        self.names: dict[str, str] = {}                      # folded name → a name as written
        for row in rows:
            key = fold(row["name"].value)
            if not key:
                continue
            local_class = row["class"].value.rsplit("#", 1)[-1]
            self.by_key.setdefault(key, {}).setdefault(row["e"].value, set()).add(local_class)
            self.names.setdefault(key, row["name"].value)

    def lookup(self, name: str, kind: str, value: str) -> list[str]:
        if _is_iri(value):
            return [f"<{value.strip('<>')}>"]
        wanted = _PLACE_CLASSES if kind == "Place" else None if kind == "Entity" else (kind,)
        key = fold(value)
        found = [f"<{iri}>" for iri, classes in sorted(self.by_key.get(key, {}).items())
                 if wanted is None or classes & set(wanted)]
        if found:
            return found
        what = "entity" if kind == "Entity" else kind
        candidates = [k for k, ents in self.by_key.items()
                      if wanted is None or any(c & set(wanted) for c in ents.values())]
        close = difflib.get_close_matches(key, candidates, n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(self.names[k] for k in close)}?" if close else ""
        raise QueryError(f"--param {name}={value}: no {what} of that name in the graph{hint}")


# --------------------------------------------------------------------------- running
def prepare(source: ox.Store | Graph | str | Path) -> ox.Store:
    """An Oxigraph store for ``source``: a store as is, an rdflib graph copied, a path loaded."""
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, Graph):
        return store_from_graph(source)
    return load_store(source)


def execute(store: ox.Store, query: str | Path, params: Mapping[str, Sequence[str] | str] | None = None):
    """Run a query on ``store`` and return pyoxigraph's own result (solutions, boolean or triples)."""
    text, bundled = resolve_query(query)
    if params:
        text = bind_params(text, params, store, bundled.params if bundled else ())
    try:
        return store.query(text, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {' '.join(str(exc).split())}") from None
    except OSError as exc:  # evaluation errors (e.g. a SERVICE call) come through as OSError
        raise QueryError(f"query failed: {' '.join(str(exc).split())}") from None


def run_query(source: ox.Store | Graph | str | Path, query: str | Path,
              params: Mapping[str, Sequence[str] | str] | None = None) -> QueryResult:
    """Run ``query`` (bundled name, file or SPARQL) on ``source`` and return rdflib terms.

    >>> result = run_query("output/", "memberships", {"city": "مشهد"})   # doctest: +SKIP
    >>> result.as_dicts()[0]["organizationLabel"]                         # doctest: +SKIP
    """
    raw = execute(prepare(source), query, params)
    return materialise(raw)


def materialise(raw) -> QueryResult:
    """pyoxigraph's result as a :class:`QueryResult` of rdflib terms."""
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult(boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        rows = [tuple(to_rdflib(solution[v]) for v in variables) for solution in raw]
        return QueryResult(variables=variables, rows=rows)
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    for triple in raw:
        graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    return QueryResult(graph=graph)


# --------------------------------------------------------------------------- output
def serialize_raw(raw, fmt: str) -> bytes:
    """A raw pyoxigraph result in a standard format: SPARQL results CSV/TSV/JSON/XML, or Turtle for graphs."""
    buffer = io.BytesIO()
    if isinstance(raw, ox.QueryTriples):
        ox.serialize(raw, buffer, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    else:
        raw.serialize(buffer, _OX_RESULT_FORMATS[fmt])
    return buffer.getvalue()


def format_table(result: QueryResult, *, max_width: int = 60) -> str:
    """A plain-text table for the terminal: IRIs shortened with the usual prefixes, long cells cut."""
    if result.boolean is not None:
        return "yes" if result.boolean else "no"
    if result.graph is not None:
        return result.graph.serialize(format="turtle")
    header = list(result.variables)
    cells = [[_cell(term, max_width) for term in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(row[i]) for row in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)


def _cell(term: Node | None, max_width: int) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = shorten(str(term))
    elif isinstance(term, Literal):
        text = str(term)
    else:
        text = f"_:{term}"
    text = " ".join(text.split())
    if _width(text) > max_width:
        text = text[: max_width - 1] + "…"
    return text


def shorten(iri: str) -> str:
    """``https://w3id.org/kg-fa/ontology#memberOf`` → ``kg:memberOf`` (longest namespace wins)."""
    best = max((ns for ns in QUERY_PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return iri
    prefix = next(p for p, ns in QUERY_PREFIXES.items() if ns == best)
    return f"{prefix}:{iri[len(best):]}"


def _width(text: str) -> int:
    """Terminal columns: zero for half-spaces, marks and other invisible characters."""
    return sum(0 if unicodedata.category(ch) in ("Mn", "Me", "Cf") else
               2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


__all__ = [
    "QueryError", "QueryResult", "RESULT_FORMATS", "QUERY_PREFIXES", "bind_params", "execute",
    "format_table", "materialise", "parse_params", "prepare", "resolve_query", "run_query",
    "serialize_raw", "shorten",
]
