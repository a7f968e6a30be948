"""Exports: the built graph in the formats other tools read.

    >>> from kg.export import write_formats
    >>> write_formats(builder.graph, "output/", ["trig", "jsonld", "gexf"])   # doctest: +SKIP

=========  =================  =====================================================
format     file               what
=========  =================  =====================================================
turtle     graph.ttl          the graph (always written by ``kg build``)
trig       graph.trig         the same triples, one named graph per article
jsonld     graph.jsonld       JSON-LD 1.1 with a context of short terms
nt         graph.nt           N-Triples, sorted
graphml    graph.graphml      entity–fact network (networkx) for Gephi/Cytoscape
gexf       graph.gexf         the same network in Gephi's own format
csv        graph.csv          one row per fact with its article and sentence
=========  =================  =====================================================
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from rdflib import Graph

from ..graph.serialize import oxigraph_triples, write_turtle
from ..graph.vocabulary import PREFIXES

FORMATS: dict[str, str] = {
    "turtle": "ttl", "trig": "trig", "jsonld": "jsonld", "nt": "nt",
    "graphml": "graphml", "gexf": "gexf", "csv": "csv",
}
_ALIASES = {"ttl": "turtle", "json-ld": "jsonld", "ntriples": "nt", "n-triples": "nt"}


def parse_formats(values: Iterable[str]) -> list[str]:
    """``["turtle,trig", "gexf"]`` → ``["turtle", "trig", "gexf"]``; unknown names raise ValueError."""
    found: list[str] = []
    for value in values:
        for name in value.split(","):
            name = name.strip().lower()
            if not name:
                continue
            name = _ALIASES.get(name, name)
            if name not in FORMATS:
                raise ValueError(f"unknown format {name!r} (choose from {', '.join(FORMATS)})")
            if name not in found:
                found.append(name)
    return found


def write_formats(graph: Graph, out_dir: str | Path, formats: Iterable[str]) -> list[Path]:
    """Write ``graph`` in each format as ``out_dir/graph.<ext>``; returns the paths written."""
    from ..query.store import store_from_graph
    from .facts_csv import write_facts_csv
    from .network import write_gexf, write_graphml
    from .rdf import write_jsonld, write_ntriples, write_trig

    out = Path(out_dir)
    names = parse_formats(formats)
    store = store_from_graph(graph) if {"graphml", "gexf", "csv"} & set(names) else None
    triples = oxigraph_triples(graph) if {"trig", "jsonld", "nt"} & set(names) else None  # sorted once
    written: list[Path] = []
    for name in names:
        path = out / f"graph.{FORMATS[name]}"
        if name == "turtle":
            written.append(write_turtle(graph, path, prefixes=PREFIXES))
        elif name == "trig":
            written.append(write_trig(graph, path, triples))
        elif name == "jsonld":
            written.append(write_jsonld(graph, path, triples))
        elif name == "nt":
            written.append(write_ntriples(graph, path, triples))
        elif name == "graphml":
            written.append(write_graphml(store, path))
        elif name == "gexf":
            written.append(write_gexf(store, path))
        elif name == "csv":
            written.append(write_facts_csv(store, path))
    return written


__all__ = ["FORMATS", "parse_formats", "write_formats"]
