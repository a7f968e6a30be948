#!/usr/bin/env python3
"""How much faster are kg's Oxigraph paths than plain rdflib, at 10k, 100k and 1M triples?

    .venv/bin/python bench/bench_query.py                      # 10k, 100k, 1M: ~25 min, nearly all rdflib
    .venv/bin/python bench/bench_query.py --sizes 10000,100000 # about 40 s

Synthetic graphs shaped like a kg build (per article: the article node, sentences,
mentions, reified assertions with flat fact triples, quotations, events; entities
shared across articles with Persian labels), about 340 triples per article.  For
each size, in the same run, it times:

* build: adding the triples one by one to an rdflib Graph (how GraphBuilder builds)
  and copying that graph into an Oxigraph store (``kg.query.store_from_graph``,
  what ``kg query``/exports do with an in-memory graph), beside bulk-loading the same
  triples straight into Oxigraph;
* serialise: rdflib's Turtle serialiser against ``kg.graph.write_turtle`` (Oxigraph);
* parse: rdflib's Turtle parser against ``kg.query.load_store`` (Oxigraph);
* query: three bundled queries (sister-cities, entities-by-articles, sources) and a
  two-hop join, rdflib's SPARQL engine against ``kg.query.run_query`` on the store.

Each line prints both times and the ratio rdflib/kg (above 1: kg is faster).  Compare
ratios across machines, not seconds.  Measured on the 2-core project machine at 1M
triples: rdflib serialises Turtle in 456 s against 13 s, parses in 36 s against 3.2 s,
and answers the bundled sister-cities query in 834 s against 0.6 s.  One run per measurement (the big sizes take
long enough that noise is small); --repeat N takes the best of N.
"""
from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kg.graph import KG, write_turtle  # noqa: E402
from kg.graph.vocabulary import DEFAULT_BASE_IRI, PREFIXES  # noqa: E402
from kg.query import bundled_queries, load_store, run_query, store_from_graph  # noqa: E402

TWO_HOP = """
PREFIX kg: <https://w3id.org/kg-fa/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person ?city ?label WHERE {
  ?person kg:mayorOf ?city . ?city kg:sisterCityOf ?other . ?other rdfs:label ?label
}"""
SYLLABLES = ["کر", "ما", "شا", "ها", "را", "زن", "دا", "با", "نی", "سا", "تب", "ری", "مه", "اب", "یز", "قو"]
CLASSES = [KG.City, KG.Person, KG.Organization, KG.Country]
FACTS = [KG.mayorOf, KG.memberOf, KG.sisterCityOf, KG.agreementWith, KG.met, KG.locatedIn]


def synthetic_triples(target: int, seed: int = 7) -> list[tuple]:
    """About ``target`` triples shaped like a kg build (rdflib terms)."""
    rng = random.Random(seed)
    base = DEFAULT_BASE_IRI
    n_articles = max(1, target // 340)
    n_entities = max(50, n_articles * 3)
    triples: list[tuple] = []
    add = triples.append
    entities = []
    for e in range(n_entities):
        node = URIRef(f"{base}entity/{e}")
        cls = CLASSES[e % len(CLASSES)]
        name = "".join(rng.choice(SYLLABLES) for _ in range(3))
        add((node, RDF.type, cls))
        add((node, RDFS.label, Literal(name, lang="fa")))
        add((node, SKOS.altLabel, Literal(name + "‌ها", lang="fa")))
        if cls == KG.City:
            add((node, OWL.sameAs, URIRef(f"https://sws.geonames.org/{e}/")))
        entities.append((node, cls))
    cities = [n for n, c in entities if c == KG.City]
    persons = [n for n, c in entities if c == KG.Person]
    for a in range(n_articles):
        art = URIRef(f"{base}article/{a}")
        add((art, RDF.type, KG.Article))
        add((art, RDF.type, URIRef("https://schema.org/NewsArticle")))
        add((art, KG.headline, Literal(f"خبر شماره {a}", lang="fa")))
        add((art, RDFS.label, Literal(f"خبر شماره {a}", lang="fa")))
        add((art, KG.datePublished, Literal(f"2025-{1 + a % 12:02d}-{1 + a % 28:02d}", datatype=XSD.date)))
        add((art, KG.url, Literal(f"https://news.example/{a}", datatype=XSD.anyURI)))
        add((art, KG.source, Literal(f"corpus.jsonl:{a}")))
        named = rng.sample(entities, 10)
        for node, _ in named:
            add((art, KG.mentions, node))
        sentences = []
        for s in range(6):
            sent = URIRef(f"{art}/sentence/{s}")
            sentences.append(sent)
            add((sent, RDF.type, KG.Sentence))
            add((sent, KG.inArticle, art))
            add((sent, KG.sentenceIndex, Literal(s)))
            add((sent, KG.sentenceText, Literal(f"جمله {s} از خبر {a} درباره همکاری شهرها", lang="fa")))
            add((sent, KG.startOffset, Literal(s * 100)))
            add((sent, KG.endOffset, Literal(s * 100 + 90)))
        for m in range(25):
            node, _ = named[m % 10]
            men = URIRef(f"{art}/mention/{m * 10}-{m * 10 + 5}")
            add((men, RDF.type, KG.Mention))
            add((men, KG.mentionOf, node))
            add((men, KG.startOffset, Literal(m * 10)))
            add((men, KG.endOffset, Literal(m * 10 + 5)))
            add((men, KG.surface, Literal("نام", lang="fa")))
            add((men, KG.recogniser, Literal("gazetteer")))
            add((men, KG.inSentence, sentences[m % 6]))
        for f in range(5):
            pred = FACTS[(a + f) % len(FACTS)]
            subj = rng.choice(persons) if pred in (KG.mayorOf, KG.met) else rng.choice(cities)
            obj = rng.choice(persons) if pred == KG.met else rng.choice(cities)
            fact = URIRef(f"{art}/fact/{f}")
            status = "proposed" if f == 4 else "stated"
            if status == "stated":
                add((subj, pred, obj))
            for p, o in ((RDF.type, KG.Assertion), (RDF.subject, subj), (RDF.predicate, pred), (RDF.object, obj),
                         (KG.status, Literal(status)), (KG.inArticle, art), (KG.inSentence, sentences[f]),
                         (KG.rule, Literal("rule")), (KG.confidence, Literal("0.800", datatype=XSD.decimal)),
                         (KG.startOffset, Literal(f * 100)), (KG.endOffset, Literal(f * 100 + 40))):
                add((fact, p, o))
        for q in range(3):
            st = URIRef(f"{art}/statement/{q}")
            for p, o in ((RDF.type, KG.Statement), (KG.speaker, rng.choice(persons)),
                         (KG.text, Literal(f"سخن {q} در خبر {a}", lang="fa")), (KG.inArticle, art),
                         (KG.inSentence, sentences[q]), (KG.rule, Literal("quote")),
                         (KG.startOffset, Literal(q)), (KG.endOffset, Literal(q + 9))):
                add((st, p, o))
        for v, kind in enumerate((KG.Meeting, KG.Agreement)):
            ev = URIRef(f"{art}/event/{v}")
            parts = rng.sample(persons, 2) if kind == KG.Meeting else rng.sample(cities, 2)
            for p, o in ((RDF.type, kind), (KG.participant, parts[0]), (KG.participant, parts[1]),
                         (KG.location, rng.choice(cities)), (KG.status, Literal("stated")), (KG.inArticle, art),
                         (KG.inSentence, sentences[v]), (KG.rule, Literal("event")),
                         (KG.confidence, Literal("0.800", datatype=XSD.decimal))):
                add((ev, p, o))
    return triples


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def line(what: str, rdflib_s: float, kg_s: float, note: str = "") -> None:
    ratio = rdflib_s / kg_s if kg_s > 0 else float("inf")
    print(f"  {what:34} rdflib {rdflib_s:8.2f} s   kg {kg_s:7.2f} s   ratio {ratio:6.1f}x  {note}", flush=True)


def bench_size(target: int, repeat: int, workdir: Path) -> None:
    triples = synthetic_triples(target)
    print(f"\n== {len(triples):,} triples ({target:,} asked) ==", flush=True)

    def rdflib_build() -> Graph:
        g = Graph()
        for t in triples:
            g.add(t)
        return g
    t_rdflib_build, graph = timed(rdflib_build, repeat)
    t_copy, store = timed(lambda: store_from_graph(graph), repeat)

    def ox_bulk() -> ox.Store:
        s = ox.Store()
        conv = {}
        def term(x):
            found = conv.get(x)
            if found is None:
                if isinstance(x, URIRef):
                    found = ox.NamedNode(str(x))
                elif x.language:
                    found = ox.Literal(str(x), language=x.language)
                elif x.datatype:
                    found = ox.Literal(str(x), datatype=ox.NamedNode(str(x.datatype)))
                else:
                    found = ox.Literal(str(x))
                conv[x] = found
            return found
        s.bulk_extend(ox.Quad(term(a), term(b), term(c)) for a, b, c in triples)
        return s
    t_ox_build, _ = timed(ox_bulk, repeat)
    line("build: add triples", t_rdflib_build, t_ox_build, "(kg: bulk into Oxigraph)")
    print(f"  {'build: rdflib graph → Oxigraph':34} {t_copy:8.2f} s  (the copy kg query/export make)", flush=True)

    ttl_rdflib, ttl_kg = workdir / "rdflib.ttl", workdir / "kg.ttl"
    t_ser_rdflib, _ = timed(lambda: graph.serialize(ttl_rdflib, format="turtle"), repeat)
    t_ser_kg, _ = timed(lambda: write_turtle(graph, ttl_kg, prefixes=PREFIXES), repeat)
    line("serialise Turtle", t_ser_rdflib, t_ser_kg)

    t_parse_rdflib, parsed = timed(lambda: Graph().parse(ttl_kg, format="turtle"), repeat)
    t_parse_kg, store2 = timed(lambda: load_store(ttl_kg), repeat)
    assert len(parsed) == len(store2) == len(graph), (len(parsed), len(store2), len(graph))
    line("parse Turtle", t_parse_rdflib, t_parse_kg)
    del parsed

    queries = {name: bundled_queries()[name].text for name in ("sister-cities", "entities-by-articles", "sources")}
    queries["two-hop join"] = TWO_HOP
    for name, text in queries.items():
        t_rdf, rows_rdf = timed(lambda: list(graph.query(text)), repeat)
        t_kg, result = timed(lambda: run_query(store, text), repeat)
        note = f"({len(result.rows):,} rows)" if len(rows_rdf) == len(result.rows) else \
            f"(rows differ: rdflib {len(rows_rdf)}, kg {len(result.rows)})"
        line(f"query {name}", t_rdf, t_kg, note)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000", help="comma list of triple counts")
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs per measurement")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    print(f"python {sys.version.split()[0]}, rdflib {__import__('rdflib').__version__}, "
          f"pyoxigraph {ox.__version__}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            bench_size(size, args.repeat, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
