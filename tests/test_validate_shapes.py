"""SHACL shapes: the fixture builds conform, broken graphs do not, and the Turtle parses everywhere."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.graph import KG, GraphBuilder
from kg.graph.validate import read_graph, validate_build, validate_graph

def _build(paths: list[Path], out: Path) -> Path:
    """The pipeline and graph stages (no HTML page), written as graph.ttl like `kg build`."""
    from kg.entities import link_across
    from kg.ingest import read_paths
    from kg.pipeline import Pipeline

    pipeline = Pipeline()
    docs = [pipeline(a) for a in read_paths(paths)]
    link_across(docs)
    builder = GraphBuilder()
    for doc in docs:
        builder.add(doc)
    builder.write_turtle(out / "graph.ttl")
    return out


@pytest.fixture(scope="module", params=["examples", "fixture-articles"])
def fixture_build(request, tmp_path_factory, examples_dir, fixture_articles_dir) -> Path:
    source = examples_dir if request.param == "examples" else fixture_articles_dir
    return _build([source], tmp_path_factory.mktemp(request.param))


def test_fixture_builds_conform(fixture_build):
    report = validate_build(fixture_build)
    assert report.conforms, report.summary()
    assert report.triples > 500


@pytest.fixture(scope="module")
def small_build(tmp_path_factory, fixture_articles_dir) -> Path:
    return _build([fixture_articles_dir], tmp_path_factory.mktemp("small"))


def test_violations_are_reported_per_shape(small_build):
    graph = read_graph(small_build)
    graph.add((next(graph.subjects(RDF.type, KG.City)), KG.mayorOf, URIRef("https://w3id.org/kg-fa/resource/org/metropolis")))  # a city as mayor
    person = URIRef("https://w3id.org/kg-fa/resource/person/no-name")
    graph.add((person, RDF.type, KG.Person))                                                     # no label
    fact = next(graph.subjects(RDF.type, KG.Assertion))
    graph.set((fact, KG.status, Literal("شاید")))                                                # unknown status
    report = validate_graph(graph)
    assert not report.conforms
    shapes = {p.shape for p in report.problems}
    assert {"kgsh:MayorOfShape", "kgsh:EntityShape", "kgsh:AssertionShape"} <= shapes
    assert any(p.focus.endswith("person/no-name") and p.path == "rdfs:label" for p in report.problems)
    assert "does not conform" in report.summary().splitlines()[0]


def test_cli_exit_codes(small_build, tmp_path):
    run = lambda *a: subprocess.run([sys.executable, "-m", "kg.cli", *a], capture_output=True, text=True)
    ok = run("validate", str(small_build))
    assert ok.returncode == 0 and ok.stdout.startswith("conforms"), ok.stdout + ok.stderr
    bad = tmp_path / "graph.ttl"
    graph = read_graph(small_build)
    city = next(graph.subjects(RDF.type, KG.City))
    graph.add((city, RDFS.label, Literal("نام دوم", lang="fa")))  # two Persian labels
    graph.serialize(bad, format="turtle")
    failed = run("validate", str(tmp_path))
    assert failed.returncode == 1 and "rdfs:label" in failed.stdout
    broken = tmp_path / "broken" / "graph.ttl"
    broken.parent.mkdir()
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    unreadable = run("validate", str(broken.parent))
    assert unreadable.returncode == 2 and unreadable.stderr.startswith("error:") and "Traceback" not in unreadable.stderr


def test_shapes_and_build_parse_in_rdflib_and_oxigraph(fixture_build):
    text = (Path(__file__).resolve().parents[1] / "kg" / "graph" / "shapes.ttl").read_text(encoding="utf-8")
    assert len(list(ox.parse(text.encode(), format=ox.RdfFormat.TURTLE))) == len(Graph().parse(data=text, format="turtle"))
    turtle = fixture_build / "graph.ttl"
    assert len(Graph().parse(turtle)) == len(list(ox.parse(path=str(turtle), format=ox.RdfFormat.TURTLE)))


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (Debian raptor2-utils) not installed")
def test_rapper_reads_build_and_shapes_without_warnings(fixture_build):
    shapes = Path(__file__).resolve().parents[1] / "kg" / "graph" / "shapes.ttl"
    for path in (fixture_build / "graph.ttl", shapes):
        done = subprocess.run(["rapper", "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert "Warning" not in done.stderr and "Error" not in done.stderr, done.stderr
        assert "Parsing returned" in done.stderr
