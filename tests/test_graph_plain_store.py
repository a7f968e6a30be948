"""The plain-value store under GraphBuilder: same answers as rdflib's own store, same Turtle as before.

GraphBuilder keeps its triples as plain Python values (kg/graph/plain_store.py)
for speed.  These tests hold it to what rdflib's Memory store and the earlier
rdflib → Oxigraph conversion give on the same triples.
"""
from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace
from rdflib.namespace import RDF, RDFS

import kg.graph.serialize as serialize
from kg.document import Article, Document, Entity, Evidence, Fact, Mention, Sentence, Statement
from kg.graph import KG, GraphBuilder
from kg.graph.plain_store import PlainStore

EX = "https://example.org/kg/"
TEXT = ("به گزارش خبرگزاری نمونه، سارا موسوی شهردار رشت امروز از شهر «اردبیل» بازدید کرد. "
        "وی گفت: «دو شهر در گردشگری و ترابری همکاری می‌کنند».")


def awkward_triples() -> list[tuple]:
    """Triples with the literals and IRIs that need care when written: quotes, backslashes,
    line breaks, zero-width joiners, percent escapes, typed values, a blank node."""
    a, b = URIRef(EX + "city/رشت"), URIRef(EX + "org/%22x%22")
    blank = BNode("someone")
    return [
        (a, RDF.type, KG.City),
        (a, RDFS.label, Literal("رشت", lang="fa")),
        (a, RDFS.label, Literal("Rasht", lang="en")),
        (a, RDFS.label, Literal("رشت")),  # same text, no language: a different literal
        (a, KG.population, Literal(679995)),
        (a, KG.confidence, Literal("0.500", datatype=namespace.XSD.decimal)),
        (a, KG.date, Literal(dt.date(2025, 3, 1))),
        (a, KG.url, Literal('https://example.ir/?q="x"&r=1', datatype=namespace.XSD.anyURI)),
        (a, KG.text, Literal('گفت: «نقل \\ قول "دوگانه"»\nسطر دوم\r\tپایان', lang="fa")),
        (a, KG.surface, Literal("نیم\u200cفاصله")),
        (a, KG.rule, Literal("typed", datatype=namespace.XSD.string)),
        (b, KG.memberOf, a),
        (blank, KG.speaker, a),
        (a, KG.mentions, blank),
    ]


def memory_and_plain() -> tuple[Graph, Graph]:
    memory, plain = Graph(), Graph(store=PlainStore())
    for triple in awkward_triples():
        memory.add(triple)
        plain.add(triple)
    return memory, plain


def test_every_pattern_matches_what_rdflibs_store_matches():
    memory, plain = memory_and_plain()
    assert len(plain) == len(memory) == len(awkward_triples())
    terms = [None] + sorted({t for triple in awkward_triples() for t in triple}, key=str)
    for s, p, o in itertools.product(terms, repeat=3):
        assert set(plain.triples((s, p, o))) == set(memory.triples((s, p, o))), (s, p, o)
    rasht = URIRef(EX + "city/رشت")
    assert plain.value(rasht, KG.population) == Literal(679995)
    assert (rasht, KG.date, Literal("2025-03-01", datatype=namespace.XSD.date)) in plain


def test_removing_and_adding_again_keeps_the_indexes_right():
    memory, plain = memory_and_plain()
    rasht = URIRef(EX + "city/رشت")
    assert set(plain.objects(rasht, RDFS.label)) == set(memory.objects(rasht, RDFS.label))  # indexes built
    for graph in (memory, plain):
        graph.remove((rasht, RDFS.label, None))
        graph.remove((None, KG.memberOf, None))
        graph.add((rasht, RDFS.label, Literal("رشت", lang="fa")))
    assert set(plain) == set(memory)
    assert set(plain.subjects(RDFS.label, Literal("رشت", lang="fa"))) == {rasht}
    assert list(plain.triples((None, KG.memberOf, None))) == []


def test_sparql_runs_on_the_builders_graph():
    memory, plain = memory_and_plain()
    query = "SELECT ?l WHERE { ?c a <https://w3id.org/kg-fa/ontology#City> ; rdfs:label ?l } ORDER BY ?l"
    assert [tuple(r) for r in plain.query(query)] == [tuple(r) for r in memory.query(query)]


def test_turtle_is_byte_for_byte_what_the_rdflib_path_writes(tmp_path: Path):
    memory, plain = memory_and_plain()
    memory.remove((None, None, BNode("someone")))  # blank node labels differ between the paths
    memory.remove((BNode("someone"), None, None))
    plain.remove((None, None, BNode("someone")))
    plain.remove((BNode("someone"), None, None))
    fast = serialize.write_turtle(plain, tmp_path / "fast.ttl").read_bytes()
    slow = serialize.write_turtle(memory, tmp_path / "slow.ttl").read_bytes()
    assert fast == slow
    back = list(ox.parse(fast, format=ox.RdfFormat.TURTLE))  # strict parser
    assert len(back) == len(plain)
    assert any('گفت: «نقل \\ قول "دوگانه"»\nسطر دوم\r\tپایان' == q.object.value for q in back)


def test_blank_nodes_are_written_with_stable_labels(tmp_path: Path):
    _, plain = memory_and_plain()
    first = serialize.write_turtle(plain, tmp_path / "a.ttl").read_bytes()
    second = serialize.write_turtle(plain, tmp_path / "b.ttl").read_bytes()
    assert first == second
    assert len(list(ox.parse(first, format=ox.RdfFormat.TURTLE))) == len(plain)


def test_an_iri_that_would_break_the_file_is_refused_and_the_old_file_kept(tmp_path: Path):
    plain = Graph(store=PlainStore())
    plain.add((URIRef(EX + "a> <" + EX + "b"), RDF.type, KG.City))  # rdflib only warns about it
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ValueError):
        serialize.write_turtle(plain, target)
    assert target.read_text(encoding="utf-8") == "old"


def sample_documents() -> list[Document]:
    """Two articles with a publisher named only in the second, a fact, a quotation and a number."""
    art = Article(id="rasht-1", source="in/rasht.jsonl:1", text=TEXT, title="بازدید شهردار رشت از اردبیل",
                  date=dt.date(2025, 2, 3), url="https://example.ir/n/1", publisher="خبرگزاری نمونه")
    cut = TEXT.index("وی")
    doc = Document(article=art, text=TEXT, sentences=[Sentence(0, 0, cut - 1), Sentence(1, cut, len(TEXT))])
    for surface, cls, key in (("سارا موسوی", "Person", "person/sara-mousavi-1a"),
                              ("رشت", "City", "geonames/118743"), ("اردبیل", "City", "geonames/143083")):
        i = TEXT.index(surface)
        doc.mentions.append(Mention(i, i + len(surface), surface, cls, key, "test", doc.sentence_at(i)))
        doc.entities[key] = Entity(key, cls, surface)
    doc.facts = [Fact("person/sara-mousavi-1a", "mayorOf", "geonames/118743", Evidence(0, 0, 20, "mayor", 0.9)),
                 Fact("geonames/118743", "population", 679995, Evidence(0, 0, 20, "population", 0.6))]
    quote = TEXT.index("دو شهر")
    doc.statements = [Statement("person/sara-mousavi-1a", "دو شهر در گردشگری و ترابری همکاری می‌کنند",
                                Evidence(1, quote, len(TEXT) - 2, "said"))]
    text2 = "خبرگزاری نمونه گزارش داد که رشت میزبان نمایشگاه شد."
    doc2 = Document(article=Article(id="rasht-2", source="in/rasht.jsonl:2", text=text2, publisher="خبرگزاری نمونه"),
                    text=text2, sentences=[Sentence(0, 0, len(text2))])
    for surface, cls, key in (("خبرگزاری نمونه", "Organization", "org/sample-news"), ("رشت", "City", "geonames/118743")):
        i = text2.index(surface)
        doc2.mentions.append(Mention(i, i + len(surface), surface, cls, key, "test", 0))
        doc2.entities[key] = Entity(key, cls, surface)
    return [doc, doc2]


def test_builder_turtle_equals_the_rdflib_path_on_a_copy_of_its_graph(tmp_path: Path):
    builder = GraphBuilder()
    for doc in sample_documents():
        builder.add(doc)
    copy = Graph()
    for triple in builder.graph:
        copy.add(triple)
    fast = builder.write_turtle(tmp_path / "fast.ttl").read_bytes()
    assert fast == serialize.write_turtle(copy, tmp_path / "slow.ttl").read_bytes()
    assert b"kg:population 679995" in fast and b'"0.900"' not in fast and b"kg:confidence 0.900" in fast


def test_reading_between_documents_gives_the_same_graph_as_reading_once():
    once, often = GraphBuilder(), GraphBuilder()
    first, second = sample_documents()
    once.add(first)
    once.add(second)
    often.add(sample_documents()[0])
    minted = URIRef("https://w3id.org/kg-fa/resource/org/" + "خبرگزاری-نمونه")
    assert (minted, RDF.type, KG.Organization) in often.graph  # publisher not yet recognised: minted
    often.add(sample_documents()[1])
    assert set(often.graph) == set(once.graph)
    assert (minted, None, None) not in often.graph            # the recognised organisation replaced it
    assert often.entity_counts() == once.entity_counts() == {"City": 2, "Person": 1, "Organization": 1}
