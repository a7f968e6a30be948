"""Turtle output: parses back (rdflib and Oxigraph, strictly), is written atomically, and scores."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

import kg.graph.serialize as serialize
from kg.document import Article, Document, Entity, Evidence, Fact, Mention, Sentence, Statement
from kg.graph import GraphBuilder

TEXT = ("به گزارش خبرگزاری نمونه، مریم احمدی شهردار کرمان امروز از شهر «یزد» بازدید کرد. "
        "وی گفت: «دو شهر در گردشگری همکاری می‌کنند».")


def builder() -> GraphBuilder:
    art = Article(id="sample-7", source="in/sample.jsonl:7", text=TEXT, title="بازدید شهردار کرمان از یزد",
                  date=dt.date(2025, 1, 15), url="https://example.ir/n/7?a=1&b=\"x\"", publisher="خبرگزاری نمونه")
    cut = TEXT.index("وی")
    doc = Document(article=art, text=TEXT, sentences=[Sentence(0, 0, cut - 1), Sentence(1, cut, len(TEXT))])
    for surface, cls, key in (("خبرگزاری نمونه", "Organization", "org/sample-agency"),
                              ("مریم احمدی", "Person", "person/maryam-ahmadi-3c4d"),
                              ("کرمان", "City", "geonames/128234"), ("یزد", "City", "geonames/111822")):
        i = TEXT.index(surface)
        doc.mentions.append(Mention(i, i + len(surface), surface, cls, key, "test", doc.sentence_at(i)))
        doc.entities[key] = Entity(key, cls, surface)
    doc.facts = [Fact("person/maryam-ahmadi-3c4d", "mayorOf", "geonames/128234", Evidence(0, 0, 10, "mayor")),
                 Fact("person/maryam-ahmadi-3c4d", "visited", "geonames/111822", Evidence(0, 0, 10, "visit"))]
    quote = TEXT.index("دو شهر")
    doc.statements = [Statement("person/maryam-ahmadi-3c4d", "دو شهر در گردشگری همکاری می‌کنند",
                                Evidence(1, quote, len(TEXT) - 2, "said"))]
    b = GraphBuilder()
    b.add(doc)
    return b


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_turtle_round_trips(tmp_path: Path, engine: str):
    b = builder()
    path = serialize.write_turtle(b.graph, tmp_path / "graph.ttl", engine=engine)
    back = rdflib.Graph().parse(path, format="turtle")
    assert isomorphic(back, b.graph)
    strict = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    assert len(strict) == len(b.graph)


def test_builder_writes_through_oxigraph_and_output_is_deterministic(tmp_path: Path):
    first = builder().write_turtle(tmp_path / "a.ttl").read_bytes()
    second = builder().write_turtle(tmp_path / "b.ttl").read_bytes()
    assert first == second
    assert b"@prefix kg: <https://w3id.org/kg-fa/ontology#>" in first


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("old content", encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(serialize.ox, "serialize", broken)
    with pytest.raises(RuntimeError):
        builder().write_turtle(target)
    assert target.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_scorer_reads_labels_facts_and_quotes(tmp_path: Path, scorer):
    path = builder().write_turtle(tmp_path / "graph.ttl")
    view = scorer.GraphView([str(path)])
    people = [n for n, types in view.types.items() if "Person" in types]
    assert len(people) == 1 and scorer.norm("مریم احمدی") in view.labels[people[0]]
    facts = {(p, scorer.describe(view, o)) for s, p, o in view.facts() if s == people[0]}
    assert ("mayorOf", "کرمان") in facts and ("visited", "یزد") in facts
    articles = [n for n, types in view.types.items() if "Article" in types]
    assert any(label.startswith("url:") for label in view.labels[articles[0]])
    assert any(p == "datePublished" for s, p, o in view.facts() if s == articles[0])
    report = scorer.score_quotes(view, [scorer.Gold("sample-7", {scorer.norm("مریم احمدی")}, "said",
                                                    scorer.norm("دو شهر در گردشگری"), True, "")])
    assert report.tp == 1
    # ontology classes carry labels but no entity type: they never count as entities
    assert not any(types & scorer.ENTITY_CLASSES for n, types in view.types.items() if "ontology" in str(n))


def test_written_file_is_readable_by_others_like_a_normal_new_file(tmp_path: Path):
    import os
    umask = os.umask(0o022)
    try:
        path = builder().write_turtle(tmp_path / "graph.ttl")
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644
