"""GraphML and GEXF for Gephi, Cytoscape and networkx: entities as nodes, facts as edges.

Only what a network tool can draw: one node per entity (label, class, number of
articles, identifiers) and one edge per distinct fact (subject, property, object,
status), weighted by the number of assertions behind it, its ``sources`` naming their
articles.  Proposed facts are edges too, with ``status=proposed``, so a user can
filter them in Gephi.  Provenance nodes (sentences, mentions) are left out.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..graph.serialize import atomic_writer
from ..graph.vocabulary import ENTITY_CLASS_IRIS, ONTOLOGY_IRI

_CLASSES = " ".join(f"<{iri}>" for iri in ENTITY_CLASS_IRIS.values())
_NODES = f"""
PREFIX kg: <{ONTOLOGY_IRI}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?e ?class ?label ?labelEn ?sameAs ?population (COUNT(DISTINCT ?article) AS ?articles) WHERE {{
  VALUES ?class {{ {_CLASSES} }}
  ?e a ?class .
  OPTIONAL {{ ?e rdfs:label ?label FILTER(LANG(?label) = "fa") }}
  OPTIONAL {{ ?e rdfs:label ?labelEn FILTER(LANG(?labelEn) = "en") }}
  OPTIONAL {{ ?e owl:sameAs ?sameAs }}
  OPTIONAL {{ ?e kg:population ?population }}
  OPTIONAL {{ ?article kg:mentions ?e }}
}} GROUP BY ?e ?class ?label ?labelEn ?sameAs ?population ORDER BY ?e
"""
_EDGES = f"""
PREFIX kg: <{ONTOLOGY_IRI}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?s ?p ?o ?status (COUNT(DISTINCT ?fact) AS ?weight) (MAX(?confidence) AS ?maxConfidence)
       (GROUP_CONCAT(DISTINCT STR(?article); SEPARATOR=" ") AS ?articles) WHERE {{
  ?fact a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:status ?status .
  FILTER(isIRI(?o))
  OPTIONAL {{ ?fact kg:inArticle ?article }}
  OPTIONAL {{ ?fact kg:confidence ?confidence }}
}} GROUP BY ?s ?p ?o ?status ORDER BY ?s ?p ?o ?status
"""


def entity_network(store: ox.Store) -> nx.MultiDiGraph:
    """The entity–fact network of a graph (node ids are entity IRIs; edge keys ``property/status``)."""
    net = nx.MultiDiGraph()
    for row in store.query(_NODES, use_default_graph_as_union=True):
        iri = row["e"].value
        if iri in net:  # a second identifier or label: keep the first, deterministic by ORDER BY
            continue
        attrs: dict[str, object] = {
            "label": row["label"].value if row["label"] else iri.rsplit("/", 1)[-1],
            "type": row["class"].value.rsplit("#", 1)[-1],
            "articles": int(row["articles"].value),
        }
        if row["labelEn"]:
            attrs["label_en"] = row["labelEn"].value
        if row["sameAs"]:
            attrs["same_as"] = row["sameAs"].value
        if row["population"]:
            attrs["population"] = int(row["population"].value)
        net.add_node(iri, **attrs)
    for row in store.query(_EDGES, use_default_graph_as_union=True):
        s, o = row["s"].value, row["o"].value
        if s not in net or o not in net:
            continue
        prop = row["p"].value.rsplit("#", 1)[-1]
        status = row["status"].value
        attrs = {"label": prop, "property": prop, "status": status,
                 "weight": int(row["weight"].value), "sources": row["articles"].value if row["articles"] else ""}
        if row["maxConfidence"]:
            attrs["confidence"] = float(row["maxConfidence"].value)
        net.add_edge(s, o, key=f"{prop}/{status}", **attrs)
    return net


def write_graphml(store: ox.Store, path: str | Path) -> Path:
    with atomic_writer(path) as fh:
        nx.write_graphml(entity_network(store), fh, encoding="utf-8", named_key_ids=True)
    return Path(path)


def write_gexf(store: ox.Store, path: str | Path) -> Path:
    with atomic_writer(path) as fh:
        nx.write_gexf(entity_network(store), fh, encoding="utf-8")
    return Path(path)
