"""Graph stage: documents → RDF (placeholder)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import rdflib

from ..document import Document


class GraphBuilder:
    def __init__(self, base_iri: str | None = None) -> None:
        self.graph = rdflib.Graph()

    def add(self, doc: Document) -> None:
        pass

    def write_turtle(self, path: Path) -> Path:
        self.graph.serialize(path, format="turtle")
        return path

    def entity_counts(self) -> Counter:
        return Counter()

    def fact_counts(self) -> Counter:
        return Counter()

    def statement_count(self) -> int:
        return 0
