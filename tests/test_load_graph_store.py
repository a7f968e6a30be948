"""`kg load`: upload builds to a REAL Oxigraph server (the `oxigraph` package's binary) on a free port."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.query.loader import LoadError, default_graph_iri, load_build

FIRST = """\
@prefix kg: <https://w3id.org/kg-fa/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/kg-fa/resource/article/a1> a kg:Article ; rdfs:label "کرمان و کاشان خواهرخوانده شدند"@fa .
<https://w3id.org/kg-fa/resource/geonames/1> a kg:City ; rdfs:label "کرمان"@fa .
"""
SECOND = """\
@prefix kg: <https://w3id.org/kg-fa/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/kg-fa/resource/geonames/2> a kg:City ; rdfs:label "کاشان"@fa .
"""


def _oxigraph() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph; it is in the test extras)")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph-store")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph did not start: {proc.stderr.read().decode(errors='replace')[:300]}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def _build(tmp: Path, name: str, text: str) -> Path:
    folder = tmp / name
    folder.mkdir()
    (folder / "graph.ttl").write_text(text, encoding="utf-8")
    return folder


def _count(base: str, graph: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    request = urllib.request.Request(base + "/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.loads(response.read())["results"]["bindings"][0]["n"]["value"])


def test_replace_and_merge_one_named_graph(oxigraph, tmp_path):
    first, second = _build(tmp_path, "first", FIRST), _build(tmp_path, "second", SECOND)
    graph = "https://example.org/kg/builds/test"
    report = load_build(first, oxigraph + "/store", graph=graph)
    assert report.method == "PUT" and report.status in (200, 201, 204)
    assert _count(oxigraph, graph) == 4
    load_build(first, oxigraph + "/store", graph=graph)                  # replace again: still one copy
    assert _count(oxigraph, graph) == 4
    load_build(second, oxigraph + "/store", graph=graph, replace=False)  # merge
    assert _count(oxigraph, graph) == 6
    load_build(second, oxigraph + "/store", graph=graph)                 # replace by the second build
    assert _count(oxigraph, graph) == 2


def test_cli_default_graph_name_and_persian_round_trip(oxigraph, tmp_path):
    build = _build(tmp_path, "my-build", FIRST)
    done = subprocess.run([sys.executable, "-m", "kg.cli", "load", str(build), "--endpoint", oxigraph + "/store"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    graph = "https://w3id.org/kg-fa/resource/graph/my-build"
    assert default_graph_iri(build) == graph and graph in done.stdout
    query = f'ASK {{ GRAPH <{graph}> {{ ?c <http://www.w3.org/2000/01/rdf-schema#label> "کرمان"@fa }} }}'
    with urllib.request.urlopen(oxigraph + "/query?" + urllib.parse.urlencode({"query": query}), timeout=10) as r:
        assert json.loads(r.read())["boolean"] is True


def test_errors_are_one_line(oxigraph, tmp_path):
    build = _build(tmp_path, "b", FIRST)
    with pytest.raises(LoadError, match="HTTP 404"):
        load_build(build, oxigraph + "/no-such-service")
    with pytest.raises(LoadError, match="cannot connect"):
        load_build(build, f"http://127.0.0.1:{_free_port()}/store", timeout=5)
    with pytest.raises(LoadError, match="not an absolute IRI"):
        load_build(build, oxigraph + "/store", graph="my graph")
    done = subprocess.run([sys.executable, "-m", "kg.cli", "load", str(build), "--endpoint", "ftp://x/"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
