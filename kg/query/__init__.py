"""Query stage: bundled SPARQL queries, a runner over Oxigraph, a read-only endpoint and a loader.

    >>> from kg.query import run_query
    >>> result = run_query("output/", "sister-cities", {"city": "مشهد"})   # doctest: +SKIP
    >>> result.as_dicts()                                                   # doctest: +SKIP

``run_query`` takes a build folder, a graph file, an rdflib ``Graph`` or a
``pyoxigraph.Store`` and returns rdflib terms; the work is done by Oxigraph.
"""
from __future__ import annotations

from .bundled import BundledQuery, Param, bundled_queries
from .runner import (
    QUERY_PREFIXES, RESULT_FORMATS, QueryError, QueryResult, execute, format_table, materialise,
    parse_params, prepare, run_query, serialize_raw,
)
from .store import GraphReadError, graph_file, load_store, store_from_graph, to_rdflib

__all__ = [
    "BundledQuery", "Param", "bundled_queries", "QUERY_PREFIXES", "RESULT_FORMATS", "QueryError",
    "QueryResult", "execute", "format_table", "materialise", "parse_params", "prepare", "run_query",
    "serialize_raw", "GraphReadError", "graph_file", "load_store", "store_from_graph", "to_rdflib",
]
