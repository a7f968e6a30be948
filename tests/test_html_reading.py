"""How the page reads the graph: per predicate, the same from any rdflib store, without pyvis or rdflib per node."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rdflib import Graph
from rdflib.plugins.stores.memory import Memory

from kg.graph.plain_store import PlainStore
from kg.html import read_explorer, render_html
from kg.html.network import build_network

from test_html_page import MAYOR_SENTENCE, hostile_graph, make_doc

REPO_DIR = Path(__file__).resolve().parents[1]


class _CountingMemory(Memory):
    """rdflib's own store, counting the pattern queries put to it."""

    def __init__(self) -> None:
        super().__init__()
        self.queries = 0

    def triples(self, triple_pattern, context=None):
        self.queries += 1
        return super().triples(triple_pattern, context)


def memory_copy(graph: Graph) -> Graph:
    copy = Graph(store=_CountingMemory())
    for triple in graph:
        copy.add(triple)
    copy.store.queries = 0
    return copy


def test_a_graph_in_rdflib_memory_store_gives_the_same_records_and_page():
    graph = hostile_graph()
    copy = memory_copy(graph)
    assert read_explorer(copy) == read_explorer(graph)
    assert render_html(copy) == render_html(graph)


def test_the_store_is_asked_once_per_predicate_however_many_articles():
    from kg.graph import GraphBuilder

    small = memory_copy(hostile_graph())
    read_explorer(small)
    builder = GraphBuilder()
    for n in range(3, 9):  # six more articles, each with its own city, sentence and mention
        text = f"شهردار شهر نمونهٔ {n} از بندرعباس دیدن کرد."
        builder.add(make_doc(n, text, [(f"نمونهٔ {n}", "City", f"place/sample-{n}", f"نمونهٔ {n}"),
                                       ("بندرعباس", "City", "geonames/141681", "بندرعباس")]))
    big = memory_copy(builder.graph)
    model = read_explorer(big)
    assert len(model.articles) == 6 and len(model.sentences) == 6
    assert big.store.queries == small.store.queries  # not one query more per node


def test_kg_own_store_is_read_from_its_plain_triples(monkeypatch):
    def no_rdflib_queries(self, pattern, context=None):
        raise AssertionError(f"per-pattern query {pattern} while reading a PlainStore")

    graph = hostile_graph()
    assert isinstance(graph.store, PlainStore)
    monkeypatch.setattr(PlainStore, "triples", no_rdflib_queries)
    model = read_explorer(graph)
    fact = model.facts[0]
    assert [model.sentences[s.sentence].text for s in fact.sources] == [MAYOR_SENTENCE]


def test_the_page_is_made_without_importing_pyvis():
    """pyvis imports IPython and networkx: more time than the page itself for a hundred articles."""
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(REPO_DIR / 'tests')!r})\n"
        "from test_html_page import hostile_graph\n"
        "from kg.html import render_html\n"
        "assert 'kg-data' in render_html(hostile_graph())\n"
        "print(' '.join(m for m in ('pyvis', 'IPython', 'networkx') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=REPO_DIR)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_view_still_offers_a_pyvis_network():
    view = build_network(read_explorer(hostile_graph()))
    net = view.network
    assert net.nodes == view.nodes and net.edges == view.edges
    assert net.get_network_data()[0] == view.nodes
    assert net.node_map[view.nodes[0]["id"]] is view.nodes[0]
