"""Every bundled query returns the expected rows.

Two graphs: (1) two small Persian articles written for this test, turned into a graph
by GraphBuilder from hand-made documents, so every row is known exactly; (2) the
bundled examples (kg/examples) through the real pipeline, checked against facts that
tests/fixtures/gold-examples.tsv marks required.
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from kg.document import Article, Document, Entity, Event, Evidence, Fact, Mention, Sentence, Statement
from kg.graph import GraphBuilder
from kg.query import QueryError, bundled_queries, load_store, run_query, store_from_graph

# ---------------------------------------------------------------------------- a graph with known rows
KERMAN, KASHAN, NET = "geonames/1", "geonames/2", "org/kavir-net"
NIKNAM, DELARA = "person/niknam", "person/delara"
ENTITIES = {
    KERMAN: Entity(KERMAN, "City", "کرمان", "Kerman"),
    KASHAN: Entity(KASHAN, "City", "کاشان"),
    NET: Entity(NET, "Organization", "شبکه شهرهای کویری"),
    NIKNAM: Entity(NIKNAM, "Person", "بهرام نیک‌نام", aliases={"نیک‌نام"}),
    DELARA: Entity(DELARA, "Person", "سهراب دل‌آرا"),
}


def _doc(article_id: str, day: int, sentences: list[str], keys: list[str]) -> Document:
    text = " ".join(sentences)
    spans, start = [], 0
    for i, s in enumerate(sentences):
        spans.append(Sentence(i, start, start + len(s)))
        start += len(s) + 1
    doc = Document(Article(article_id, f"{article_id}.txt", text, title=sentences[0],
                           date=dt.date(2024, 5, day), publisher="خبرگزاری آزمون"), text=text, sentences=spans)
    for key in keys:
        entity = ENTITIES[key]
        at = text.find(entity.label_fa)
        doc.entities[key] = entity
        doc.mentions.append(Mention(at, at + len(entity.label_fa), entity.label_fa, entity.cls, key,
                                    "test", doc.sentence_at(at)))
    return doc


def _ev(doc: Document, sentence: int, rule: str) -> Evidence:
    s = doc.sentences[sentence]
    return Evidence(sentence, s.start, s.end, rule, 0.9)


@pytest.fixture(scope="module")
def known_store():
    first = _doc("kavir-1", 1, [
        "بهرام نیک‌نام شهردار کرمان با سهراب دل‌آرا شهردار کاشان در کرمان دیدار کرد.",
        "کرمان و کاشان خواهرخوانده شدند و کرمان عضو شبکه شهرهای کویری است.",
        "نیک‌نام گفت: دو شهر قرار است تفاهم‌نامه گردشگری امضا کنند.",
    ], [NIKNAM, KERMAN, DELARA, KASHAN, NET])
    first.facts = [
        Fact(NIKNAM, "mayorOf", KERMAN, _ev(first, 0, "office-apposition")),
        Fact(DELARA, "mayorOf", KASHAN, _ev(first, 0, "office-apposition")),
        Fact(NIKNAM, "met", DELARA, _ev(first, 0, "met-didar")),
        Fact(KERMAN, "sisterCityOf", KASHAN, _ev(first, 1, "sister-city")),
        Fact(KERMAN, "memberOf", NET, _ev(first, 1, "member-ozv")),
        Fact(KASHAN, "agreementWith", KERMAN, _ev(first, 2, "agreement-mou"), status="proposed"),
    ]
    first.statements = [Statement(NIKNAM, "دو شهر قرار است تفاهم‌نامه گردشگری امضا کنند", _ev(first, 2, "quote"))]
    first.events = [
        Event("Meeting", [NIKNAM, DELARA], _ev(first, 0, "met-didar"), date=dt.date(2024, 4, 30), place=KERMAN),
        Event("Agreement", [KERMAN, KASHAN], _ev(first, 1, "sister-city")),
    ]
    second = _doc("kavir-2", 9, [
        "شهردار کرمان گفت: عضویت کرمان در شبکه شهرهای کویری به گردشگری کمک می‌کند.",
    ], [KERMAN, NET])
    second.facts = [Fact(KERMAN, "memberOf", NET, _ev(second, 0, "member-ozv"))]
    second.statements = [Statement(NIKNAM, "عضویت کرمان در شبکه شهرهای کویری به گردشگری کمک می‌کند",
                                   _ev(second, 0, "quote"))]
    builder = GraphBuilder()
    builder.add(first)
    builder.add(second)
    return store_from_graph(builder.graph)


def rows(store, name, params=None, columns=None):
    result = run_query(store, name, params or {})
    dicts = result.as_dicts()
    return [tuple(d[c] for c in columns) for d in dicts] if columns else dicts


def test_memberships_of_a_city_count_articles(known_store):
    got = rows(known_store, "memberships", {"city": "كرمان"}, ["cityLabel", "organizationLabel", "status", "articles"])
    assert got == [("کرمان", "شبکه شهرهای کویری", "stated", "2")]
    assert rows(known_store, "memberships", {"city": "کاشان"}) == []


def test_sister_cities_from_either_side_stated_and_proposed(known_store):
    cols = ["cityLabel", "relation", "partnerLabel", "status", "articles"]
    assert rows(known_store, "sister-cities", {"city": "کاشان"}, cols) == [
        ("کاشان", "agreementWith", "کرمان", "proposed", "1"),
        ("کاشان", "sisterCityOf", "کرمان", "stated", "1"),
    ]
    # by the English label too, and every city when no parameter is given
    assert len(rows(known_store, "sister-cities", {"city": "kerman"})) == 2
    assert len(rows(known_store, "sister-cities")) == 4


def test_meetings_of_a_person_with_date_and_place(known_store):
    got = rows(known_store, "meetings", {"person": "سهراب دل آرا"}, ["personLabel", "met", "date", "placeLabel", "status"])
    assert got == [("سهراب دل‌آرا", "بهرام نیک‌نام", "2024-04-30", "کرمان", "stated")]


def test_offices_by_holder_and_by_place(known_store):
    cols = ["personLabel", "office", "ofLabel", "articles"]
    assert rows(known_store, "offices", {"of": "کرمان"}, cols) == [("بهرام نیک‌نام", "mayorOf", "کرمان", "1")]
    assert rows(known_store, "offices", {}, cols) == [
        ("سهراب دل‌آرا", "mayorOf", "کاشان", "1"), ("بهرام نیک‌نام", "mayorOf", "کرمان", "1")]


def test_statements_of_a_person_by_surname_alias(known_store):
    got = rows(known_store, "statements", {"speaker": "نيک نام"}, ["speakerLabel", "text", "date"])
    assert got == [
        ("بهرام نیک‌نام", "دو شهر قرار است تفاهم‌نامه گردشگری امضا کنند", "2024-05-01"),
        ("بهرام نیک‌نام", "عضویت کرمان در شبکه شهرهای کویری به گردشگری کمک می‌کند", "2024-05-09"),
    ]


def test_sources_of_a_fact_name_article_sentence_and_rule(known_store):
    got = rows(known_store, "sources", {"subject": "کرمان", "predicate": "memberOf"},
               ["objectLabel", "status", "rule", "date", "sentence"])
    assert got == [
        ("شبکه شهرهای کویری", "stated", "member-ozv", "2024-05-01",
         "کرمان و کاشان خواهرخوانده شدند و کرمان عضو شبکه شهرهای کویری است."),
        ("شبکه شهرهای کویری", "stated", "member-ozv", "2024-05-09",
         "شهردار کرمان گفت: عضویت کرمان در شبکه شهرهای کویری به گردشگری کمک می‌کند."),
    ]
    proposed = rows(known_store, "sources", {"predicate": "agreementWith"}, ["subjectLabel", "objectLabel", "status"])
    assert proposed == [("کاشان", "کرمان", "proposed")]


def test_entities_by_number_of_articles(known_store):
    got = rows(known_store, "entities-by-articles", {}, ["label", "type", "articles"])
    assert got[:2] == [("شبکه شهرهای کویری", "Organization", "2"), ("کرمان", "City", "2")]
    assert ("کاشان", "City", "1") in got
    assert rows(known_store, "entities-by-articles", {"class": "Person"}, ["label"]) == [
        ("بهرام نیک‌نام",), ("سهراب دل‌آرا",)]


def test_city_cooccurrence_in_events(known_store):
    got = rows(known_store, "city-cooccurrence", {"city": "کرمان"}, ["cityLabel", "otherLabel", "events", "kinds"])
    # the meeting in Kerman joins two persons, not two cities: only the agreement pairs the cities
    assert got == [("کرمان", "کاشان", "1", "Agreement")]
    assert len(rows(known_store, "city-cooccurrence")) == 2   # the pair, from both sides


def test_unknown_name_suggests_close_ones(known_store):
    with pytest.raises(QueryError, match="no City of that name.*کرمان"):
        run_query(known_store, "memberships", {"city": "کرما"})
    with pytest.raises(QueryError, match="no parameter 'town'"):
        run_query(known_store, "memberships", {"town": "کرمان"})
    with pytest.raises(QueryError, match="not a known property"):
        run_query(known_store, "sources", {"predicate": "twinOf"})


def test_every_bundled_query_is_described_and_tested():
    names = set(bundled_queries())
    assert names == {"memberships", "meetings", "sister-cities", "offices", "statements", "sources",
                     "entities-by-articles", "city-cooccurrence"}
    for query in bundled_queries().values():
        assert query.description and query.examples, query.name


# ---------------------------------------------------------------------------- the bundled examples
@pytest.fixture(scope="module")
def examples_store(examples_dir):
    from kg.entities import link_across
    from kg.ingest import read_paths
    from kg.pipeline import Pipeline

    pipeline = Pipeline()
    docs = [pipeline(article) for article in read_paths([examples_dir])]
    link_across(docs)
    builder = GraphBuilder()
    for doc in docs:
        builder.add(doc)
    return store_from_graph(builder.graph)


def test_examples_sister_cities_and_memberships(examples_store):
    sisters = rows(examples_store, "sister-cities", {"city": "تبريز"}, ["partnerLabel", "relation", "status"])
    assert ("استانبول", "sisterCityOf", "stated") in sisters
    members = rows(examples_store, "memberships", {"city": "اصفهان"}, ["organizationLabel", "status"])
    assert ("متروپلیس", "stated") in members


def test_examples_offices_and_meetings(examples_store):
    offices = rows(examples_store, "offices", {"of": "تبریز"}, ["personLabel", "office"])
    assert ("کامران صدیقی‌نیا", "mayorOf") in offices
    meetings = rows(examples_store, "meetings", {"person": "آلوارو فرر"}, ["met", "date"])
    assert ("مهدی رحیمیان", "2025-11-24") in meetings


def test_cli_query_formats(tmp_path, known_store):
    graph = tmp_path / "graph.nt"
    import pyoxigraph as ox
    with graph.open("wb") as fh:
        ox.serialize((q.triple for q in known_store), fh, format=ox.RdfFormat.N_TRIPLES)
    assert len(load_store(graph)) == len(known_store)
    run = lambda *a: subprocess.run([sys.executable, "-m", "kg.cli", *a], capture_output=True, text=True)
    out = run("query", str(graph), "memberships", "--param", "city=کرمان", "--format", "json")
    assert out.returncode == 0, out.stderr
    bindings = json.loads(out.stdout)["results"]["bindings"]
    assert [b["organizationLabel"]["value"] for b in bindings] == ["شبکه شهرهای کویری"]
    table = run("query", str(graph), "SELECT ?c WHERE { ?c a kg:City } ORDER BY ?c")
    assert table.returncode == 0 and "kgr:geonames/1" in table.stdout and "(2 rows)" in table.stdout
    bad = run("query", str(graph), "SELECT ?c WHERE { ?c a kg:City")
    assert bad.returncode == 1 and bad.stderr.startswith("error: SPARQL syntax error") and "Traceback" not in bad.stderr
    missing = run("query", str(tmp_path / "nowhere"), "memberships")
    assert missing.returncode == 2 and "no such file" in missing.stderr
    listing = run("query", "--list")
    assert listing.returncode == 0 and len(listing.stdout.splitlines()) == len(bundled_queries())
