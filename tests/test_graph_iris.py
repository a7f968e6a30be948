"""IRIs: stable across builders, readable, and always valid (checked by Oxigraph's strict parser)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from kg.graph import GraphBuilder, Iris
from kg.graph.iris import same_as_iri, slugify
from kg.document import Article, Document, Entity, Mention, Sentence

TEXT = "سرکنسول ترکیه در تبریز با استاندار آذربایجان شرقی دیدار کرد."


def doc() -> Document:
    d = Document(article=Article(id="خبر ۱ / آزمون", source="a.txt", text=TEXT, title="دیدار سرکنسول"),
                 text=TEXT, sentences=[Sentence(0, 0, len(TEXT))])
    for surface, cls, key in (("ترکیه", "Country", "country/TR"), ("تبریز", "City", "geonames/113646"),
                              ("آذربایجان شرقی", "Province", "province/آذربایجان‌شرقی <x>")):
        i = TEXT.index(surface)
        d.mentions.append(Mention(i, i + len(surface), surface, cls, key, "test", 0, i, i + len(surface)))
        d.entities[key] = Entity(key, cls, surface)
    return d


def test_two_builders_mint_the_same_iris():
    first, second = GraphBuilder(), GraphBuilder()
    first.add(doc())
    second.add(doc())
    assert set(first.graph) == set(second.graph)


def test_entity_iri_is_base_plus_key():
    iris = Iris()
    assert iris.entity("geonames/124665") == URIRef("https://w3id.org/kg-fa/resource/geonames/124665")
    assert iris.entity("person/mohammadreza-qalandar-ab12").endswith("/resource/person/mohammadreza-qalandar-ab12")


def test_base_is_configurable():
    builder = GraphBuilder("https://example.org/graph")
    builder.add(doc())
    subjects = {str(s) for s in builder.graph.subjects() if "kg-fa/ontology" not in str(s)}
    assert subjects and all(s.startswith("https://example.org/graph/") for s in subjects)


@pytest.mark.parametrize("bad", ["not an iri", "https://example.org/<x>", ""])
def test_unusable_base_is_refused(bad):
    if bad == "":
        assert Iris(bad).base == "https://w3id.org/kg-fa/resource/"  # empty means the default
    else:
        with pytest.raises(ValueError):
            Iris(bad)


@pytest.mark.parametrize("key", [
    "province/آذربایجان‌شرقی <x>",          # zero-width non-joiner, space, angle brackets
    'org/"quoted"{braces}|pipe^`tick\\',
    "person/نام\u200fبا\u202bجهت",               # direction marks
    "org/100%",
])
def test_awkward_keys_give_valid_iris(key):
    iri = Iris().entity(key)
    ox.NamedNode(str(iri))  # raises on an invalid IRI
    assert " " not in iri and "\u200c" not in iri and "<" not in iri
    assert Iris().entity(key) == iri


def test_persian_letters_stay_readable():
    assert Iris().entity("org/شهرداری-تبریز").endswith("/org/شهرداری-تبریز")


def test_article_slug_is_stable_and_distinct():
    iris = Iris()
    assert iris.article_slug("001") == "001"
    slug = iris.article_slug("خبر ۱ / آزمون")
    assert slug == iris.article_slug("خبر ۱ / آزمون")
    assert slug.startswith("خبر-۱-آزمون-")
    assert iris.article_slug("a b") != iris.article_slug("a-b")
    ox.NamedNode(str(iris.article(slug)))


def test_whole_graph_parses_strictly():
    builder = GraphBuilder()
    builder.add(doc())
    data = builder.graph.serialize(format="nt", encoding="utf-8")
    assert len(list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))) == len(builder.graph)


def test_same_as_identifiers():
    assert same_as_iri("geonames:124665") == URIRef("https://sws.geonames.org/124665/")
    assert same_as_iri("https://www.geonames.org/124665/mashhad.html") == URIRef("https://sws.geonames.org/124665/")
    assert same_as_iri("wikidata:Q121157") == URIRef("http://www.wikidata.org/entity/Q121157")
    assert same_as_iri("Q121157") == URIRef("http://www.wikidata.org/entity/Q121157")
    assert same_as_iri("just words") is None


def test_slugify_keeps_persian_and_joins_words():
    assert slugify("خبرگزاری  آزمایشی") == "خبرگزاری-آزمایشی"
    assert slugify("نیم\u200cفاصله") == "نیم-فاصله"
