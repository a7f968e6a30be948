"""`kg build --format`: every export holds the graph (RDF ones exactly), readable by the tools it is for."""
from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.export import FORMATS, parse_formats, write_formats
from kg.export.rdf import partition_by_article
from rdflib.namespace import RDF

from kg.graph import KG, GraphBuilder


@pytest.fixture(scope="module")
def built(tmp_path_factory, fixture_articles_dir) -> tuple[Graph, Path]:
    from kg.entities import link_across
    from kg.ingest import read_paths
    from kg.pipeline import Pipeline

    pipeline = Pipeline()
    docs = [pipeline(a) for a in read_paths([fixture_articles_dir])]
    link_across(docs)
    builder = GraphBuilder()
    for doc in docs:
        builder.add(doc)
    out = tmp_path_factory.mktemp("formats")
    write_formats(builder.graph, out, list(FORMATS))
    return builder.graph, out


def _ox_triples(path: Path, fmt: ox.RdfFormat) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=fmt)}


def test_every_format_written(built):
    _, out = built
    assert sorted(p.name for p in out.iterdir()) == sorted(f"graph.{ext}" for ext in FORMATS.values())


def test_ntriples_and_jsonld_hold_exactly_the_graph(built):
    graph, out = built
    turtle = _ox_triples(out / "graph.ttl", ox.RdfFormat.TURTLE)
    assert _ox_triples(out / "graph.nt", ox.RdfFormat.N_TRIPLES) == turtle
    jsonld = Graph().parse(out / "graph.jsonld", format="json-ld")   # rdflib's JSON-LD 1.1 processor
    assert isomorphic(jsonld, graph)


def test_jsonld_uses_short_terms_and_persian_default(built):
    _, out = built
    doc = json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["@language"] == "fa"
    assert doc["@context"]["memberOf"] == {"@id": "kg:memberOf", "@type": "@id"}
    cities = [n for n in doc["@graph"] if "kg:City" in (n.get("type") if isinstance(n.get("type"), list) else [n.get("type")])]
    assert cities and all(isinstance(c["label"], (str, list)) for c in cities)
    labels = [c["label"] if isinstance(c["label"], list) else [c["label"]] for c in cities]
    assert any("یزد" in ls for ls in labels)   # a Persian label is a plain string under "@language": "fa"


def test_trig_one_named_graph_per_article_union_is_the_graph(built):
    graph, out = built
    quads = list(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
    names = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    articles = {q.subject.value for q in quads if q.predicate.value.endswith("#type")
                and q.object.value.endswith("ontology#Article")}
    assert names == articles and len(articles) == 4
    assert {(q.subject, q.predicate, q.object) for q in quads} == _ox_triples(out / "graph.ttl", ox.RdfFormat.TURTLE)
    for q in quads:  # provenance nodes sit in their own article's graph
        if isinstance(q.graph_name, ox.NamedNode) and "/fact/" in q.subject.value:
            assert q.subject.value.startswith(q.graph_name.value + "/")


def test_partition_puts_a_stated_fact_in_its_articles(built):
    graph, _ = built
    groups = partition_by_article(graph)
    flat = [t for name, ts in groups.items() if name for t in ts if t.predicate.value.endswith("#mayorOf")]
    assert flat, "a mayorOf fact from the fixture articles"
    assert not [t for t in groups[None] if t.predicate.value.endswith("#mayorOf")]


def test_graphml_and_gexf_are_the_entity_network(built):
    graph, out = built
    for name, read in (("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf)):
        net = read(out / name)
        labels = {data.get("label") for _, data in net.nodes(data=True)}
        assert {"یزد", "اهواز", "کاوه دهقانی"} <= labels, name
        edges = [data for _, _, data in net.edges(data=True)]
        assert any(e.get("property") == "mayorOf" or e.get("label") == "mayorOf" for e in edges), name
    root = ET.parse(out / "graph.gexf").getroot()
    assert root.tag.endswith("gexf")


def test_csv_one_row_per_assertion_with_sources(built):
    graph, out = built
    with (out / "graph.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assertions = len(set(graph.subjects(RDF.type, KG.Assertion)))
    assert len(rows) == assertions > 0
    assert all(r["article"] and r["sentence"] and r["status"] in ("stated", "proposed") for r in rows)
    assert any(r["predicate"] == "mayorOf" and r["object_label"] == "اهواز" and r["subject_label"] == "کاوه دهقانی"
               for r in rows)


def test_format_names_parse_and_bad_ones_fail():
    assert parse_formats(["turtle,trig", "GEXF", "json-ld"]) == ["turtle", "trig", "gexf", "jsonld"]
    with pytest.raises(ValueError, match="unknown format 'rdfxml'"):
        parse_formats(["rdfxml"])
