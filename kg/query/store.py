"""Graphs into an Oxigraph store: the fast path behind ``kg query``, ``kg serve`` and the exports.

Users keep rdflib as their API (``kg.build`` makes an rdflib ``Graph``); queries run
on a :class:`pyoxigraph.Store` because rdflib's SPARQL engine is one to two orders of
magnitude slower on a corpus-sized graph (see ``bench/bench_query.py``).  A store is
made from a build folder, a graph file, or an rdflib graph already in memory.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# File suffix → the format Oxigraph parses it with.
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
# What a build folder may hold, most preferred first (graph.ttl is always written by kg build).
BUILD_GRAPH_FILES = ("graph.ttl", "graph.nt", "graph.trig", "graph.jsonld")


class GraphReadError(ValueError):
    """A graph that cannot be found or parsed; the message is one line for the user."""


def graph_file(path: str | Path) -> Path:
    """The graph file behind ``path``: the file itself, or the graph in a build folder."""
    path = Path(path)
    if path.is_dir():
        for name in BUILD_GRAPH_FILES:
            if (path / name).is_file():
                return path / name
        raise GraphReadError(f"{path}: no graph.ttl in this folder (run `kg build ... -o {path}` first)")
    if not path.exists():
        raise GraphReadError(f"{path}: no such file or folder")
    if path.suffix.lower() not in RDF_FORMATS:
        known = ", ".join(sorted(RDF_FORMATS))
        raise GraphReadError(f"{path}: not a graph file this tool reads (expected one of {known})")
    return path


def load_store(path: str | Path, store: ox.Store | None = None) -> ox.Store:
    """Parse the graph at ``path`` (a file or a build folder) into an in-memory Oxigraph store.

    TriG and N-Quads named graphs are kept as named graphs; queries see their union
    as the default graph (see :func:`kg.query.run_query`).
    """
    file = graph_file(path)
    store = store if store is not None else ox.Store()
    try:
        store.bulk_load(path=str(file), format=RDF_FORMATS[file.suffix.lower()])
    except SyntaxError as exc:
        raise GraphReadError(f"{file}: not valid {file.suffix[1:]}: {_one_line(exc)}") from None
    except OSError as exc:
        raise GraphReadError(f"{file}: cannot be read: {_one_line(exc)}") from None
    return store


def store_from_graph(graph: Graph) -> ox.Store:
    """An Oxigraph store holding the triples of an rdflib graph (bulk, not one add at a time).

    Terms are converted once each (IRIs recur many times) and not sorted: a store
    needs no order, and sorting a million triples costs more than loading them.
    """
    cache: dict = {}

    def term(node):
        found = cache.get(node)
        if found is None:
            found = cache[node] = _to_oxigraph(node)
        return found

    store = ox.Store()
    store.bulk_extend(ox.Quad(term(s), term(p), term(o)) for s, p, o in graph)
    return store


def _to_oxigraph(node):
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None and str(node.datatype) != _XSD_STRING:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise TypeError(f"unsupported RDF term {node!r}")


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Node | None:
    """A pyoxigraph term as the rdflib term users know (``None`` stays ``None``)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported RDF term {term!r}")  # RDF-star triples: not produced by kg


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
