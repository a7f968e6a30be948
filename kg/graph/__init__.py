"""Graph stage: documents → RDF (rdflib graph, Turtle written through Oxigraph).

    >>> builder = GraphBuilder()          # or GraphBuilder("https://example.org/kg/")
    >>> builder.add(doc)                  # doctest: +SKIP
    >>> builder.write_turtle("output/graph.ttl")  # doctest: +SKIP
"""
from __future__ import annotations

from .iris import Iris
from .serialize import write_turtle
from .to_rdf import GraphBuilder, ontology_graph
from .vocabulary import DEFAULT_BASE_IRI, ENTITY_CLASS_IRIS, FACT_PROPERTIES, KG, ONTOLOGY_IRI, SCHEMA

__all__ = [
    "GraphBuilder", "Iris", "KG", "SCHEMA", "ONTOLOGY_IRI", "DEFAULT_BASE_IRI",
    "ENTITY_CLASS_IRIS", "FACT_PROPERTIES", "ontology_graph", "write_turtle",
]
