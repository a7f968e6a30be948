"""`kg serve`: a real read-only SPARQL 1.1 endpoint on a free localhost port."""
from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.query.endpoint import make_server, negotiate, serve_in_thread

GRAPH = """\
@prefix kg: <https://w3id.org/kg-fa/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix r: <https://w3id.org/kg-fa/resource/> .
r:geonames\\/1 a kg:City ; rdfs:label "کرمان"@fa , "Kerman"@en .
r:geonames\\/2 a kg:City ; rdfs:label "کاشان"@fa .
r:geonames\\/1 kg:sisterCityOf r:geonames\\/2 .
"""
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    build = tmp_path_factory.mktemp("serve")
    (build / "graph.ttl").write_text(GRAPH, encoding="utf-8")
    (build / "graph.html").write_text("<!doctype html><title>گراف</title>", encoding="utf-8")
    srv = make_server(build, "127.0.0.1", 0)
    serve_in_thread(srv)
    yield srv
    srv.shutdown()
    srv.server_close()


def call(url: str, *, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def test_get_query_json_by_default(server):
    status, ctype, body = call(server.url + "sparql?" + urllib.parse.urlencode({"query": COUNT}))
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "6"


def test_post_form_and_direct_with_content_negotiation(server):
    query = "SELECT ?l WHERE { ?c kg:sisterCityOf ?o . ?o rdfs:label ?l }"
    status, ctype, body = call(server.url + "sparql", data=urllib.parse.urlencode({"query": query}).encode(),
                               headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    assert status == 200 and ctype.startswith("text/csv") and body.decode("utf-8").split() == ["l", "کاشان"]
    status, ctype, body = call(server.url + "query", data=b"ASK { ?c a kg:City }",
                               headers={"Content-Type": "application/sparql-query",
                                        "Accept": "application/sparql-results+xml"})
    assert status == 200 and b"<boolean>true</boolean>" in body
    status, ctype, body = call(server.url + "sparql", data=b"CONSTRUCT WHERE { ?c rdfs:label ?l }",
                               headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"})
    assert status == 200 and ctype.startswith("application/n-triples") and body.count(b"\n") == 3


def test_updates_refused_and_bad_queries_are_400(server):
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    update = urllib.parse.urlencode({"update": "INSERT DATA { <a:a> <a:b> <a:c> }"}).encode()
    assert call(server.url + "sparql", data=update, headers=form)[0] == 403
    assert call(server.url + "sparql", data=b"DELETE WHERE { ?s ?p ?o }",
                headers={"Content-Type": "application/sparql-update"})[0] == 403
    sneaky = urllib.parse.urlencode({"query": "DELETE WHERE { ?s ?p ?o }"})
    status, _, body = call(server.url + "sparql?" + sneaky)
    assert status == 400 and b"syntax error" in body
    assert call(server.url + "sparql", data=b"x", method="PUT")[0] == 405
    status, _, body = call(server.url + "sparql?" + urllib.parse.urlencode({"query": COUNT}))
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "6"   # nothing changed


def test_explorer_page_and_downloads(server):
    status, ctype, body = call(server.url)
    assert status == 200 and ctype.startswith("text/html") and "گراف" in body.decode("utf-8")
    status, ctype, body = call(server.url + "graph.ttl")
    assert status == 200 and ctype.startswith("text/turtle") and "کرمان" in body.decode("utf-8")
    assert call(server.url + "../etc/passwd")[0] == 404


def test_negotiation_honours_q_values():
    offers = [("application/sparql-results+json", 1), ("text/csv", 2)]
    assert negotiate("text/csv;q=0.9, application/sparql-results+json;q=0.5", offers)[0] == "text/csv"
    assert negotiate("*/*", offers)[0] == "application/sparql-results+json"
    assert negotiate("image/png", offers) is None


def test_cli_serve_binds_localhost_and_prints_url(tmp_path):
    (tmp_path / "graph.ttl").write_text(GRAPH, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(tmp_path), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line, line + proc.stderr.read() if proc.poll() is not None else line
        url = line.split(" at ", 1)[1].split()[0]
        status, _, body = call(url + "sparql?" + urllib.parse.urlencode({"query": COUNT}))
        assert status == 200 and b'"6"' in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_cli_serve_missing_build_is_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(tmp_path / "none")],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "no such file" in done.stderr
