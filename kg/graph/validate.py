"""Check a built graph against the shipped SHACL shapes (``shapes.ttl``) with pySHACL.

``kg validate DIR`` exits 0 when the graph conforms and 1 with a short report when it
does not: one line per problem (shape, focus node, path, message), most frequent
first, so a systematic extraction bug shows as one line with a count.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from .vocabulary import PREFIXES


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The shipped shapes (kg/graph/shapes.ttl), parsed once per process."""
    text = resources.files(__package__).joinpath("shapes.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


@dataclass(frozen=True)
class Problem:
    """One SHACL result, shortened for a terminal."""

    severity: str
    shape: str
    focus: str
    path: str
    message: str

    def line(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: {self.focus}{where}: {self.message} [{self.shape}]"


@dataclass
class ValidationReport:
    conforms: bool
    problems: list[Problem] = field(default_factory=list)
    triples: int = 0

    def summary(self, limit: int = 20) -> str:
        if self.conforms:
            return f"conforms: {self.triples:,} triples checked against the kg shapes"
        counts = Counter((p.severity, p.shape, p.path, p.message) for p in self.problems)
        lines = [f"does not conform: {len(self.problems)} problem(s) in {self.triples:,} triples"]
        for (severity, shape, path, message), n in counts.most_common(limit):
            example = next(p.focus for p in self.problems if (p.severity, p.shape, p.path, p.message)
                           == (severity, shape, path, message))
            more = f" (and {n - 1} more)" if n > 1 else ""
            where = f" {path}" if path else ""
            lines.append(f"  {severity}: {example}{more}{where}: {message} [{shape}]")
        if len(counts) > limit:
            lines.append(f"  ... and {len(counts) - limit} more kinds of problem")
        return "\n".join(lines)


def _short(graph: Graph, node) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(ns):
                return f"{prefix}:{text[len(ns):]}"
        if "kg-fa/shapes#" in text:
            return "kgsh:" + text.rsplit("#", 1)[1]
        return text
    try:
        return node.n3(graph.namespace_manager)
    except Exception:  # a complex path (a blank node list): its own rendering
        return str(node)


def validate_graph(graph: Graph) -> ValidationReport:
    """Validate an rdflib graph (which must include the ontology, as builds do) against the shapes."""
    from pyshacl import validate

    conforms, results, _text = validate(graph, shacl_graph=shapes_graph(), inference="none",
                                        abort_on_first=False, allow_warnings=True)
    problems: list[Problem] = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        source = results.value(result, SH.sourceShape)
        shape = _short(results, source)
        if shape.startswith("_:") or not isinstance(source, URIRef):
            parent = next(results.subjects(SH.property, source), None) if source is not None else None
            shape = _short(shapes_graph(), parent) if parent is not None else "property shape"
            if parent is None:
                parent = next(shapes_graph().subjects(SH.property, source), None)
                shape = _short(shapes_graph(), parent) if parent is not None else "property shape"
        message = results.value(result, SH.resultMessage)
        constraint = results.value(result, SH.sourceConstraintComponent)
        problems.append(Problem(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            shape=shape,
            focus=_short(graph, results.value(result, SH.focusNode)),
            path=_short(graph, results.value(result, SH.resultPath)),
            message=str(message) if message else _short(results, constraint),
        ))
    problems.sort(key=lambda p: (p.shape, p.path, p.focus))
    return ValidationReport(conforms=bool(conforms), problems=problems, triples=len(graph))


def read_graph(path: str | Path) -> Graph:
    """An rdflib graph of the build at ``path``, parsed by Oxigraph (much faster than rdflib's parser)."""
    from ..query.store import load_store, to_rdflib  # the query stage reads builds; no cycle at import time

    store = load_store(path)
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    for quad in store:
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


def validate_build(path: str | Path) -> ValidationReport:
    """Validate the graph of a build folder or graph file (``kg validate``)."""
    return validate_graph(read_graph(path))
