"""GraphBuilder on hand-made documents: entity nodes, labels, articles, provenance, facts."""
from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.document import Article, Document, Entity, Event, Evidence, Fact, Mention, Sentence, Statement
from kg.graph import KG, GraphBuilder

XSD_ANY_URI = URIRef("http://www.w3.org/2001/XMLSchema#anyURI")
LEAD = "  "  # the article as read starts with two spaces the normaliser dropped


def make_doc(article_id: str, text: str, spans: list[tuple], **article) -> Document:
    """A document as the earlier stages would leave it.

    ``spans``: (surface, cls, key, label_fa, label_en, aliases, same_as); the
    surface's first occurrence in ``text`` becomes the mention.
    """
    art = Article(id=article_id, source=article.pop("source", f"corpus/{article_id}.txt"),
                  text=LEAD + text, **article)
    doc = Document(article=art, text=text, to_original=[i + len(LEAD) for i in range(len(text))])
    start = 0
    for end in [i + 1 for i, ch in enumerate(text) if ch == "."] + [len(text)]:
        if text[start:end].strip():
            doc.sentences.append(Sentence(len(doc.sentences), start, end))
        start = end
    for surface, cls, key, label_fa, label_en, aliases, same_as in spans:
        i = text.index(surface)
        doc.mentions.append(Mention(i, i + len(surface), surface, cls, key, "test", doc.sentence_at(i)))
        entity = doc.entities.setdefault(key, Entity(key, cls, label_fa, label_en, set(aliases), list(same_as)))
        if surface != entity.label_fa:
            entity.aliases.add(surface)
    return doc


TEXT_1 = "شهردار تبریز امروز با سفیر ژاپن دیدار کرد. علی رضایی گفت همکاری دو شهر ادامه دارد."
TEXT_2 = "به گزارش خبرگزاری آزمایشی، هیئتی از شهر تبريز به استانبول سفر کرد. رضایی در این سفر با شهردار استانبول گفت‌وگو کرد."


def first_doc() -> Document:
    return make_doc("news-1", TEXT_1, [
        ("تبریز", "City", "geonames/113646", "تبریز", "Tabriz", set(), []),
        ("ژاپن", "Country", "country/JP", "ژاپن", "Japan", {"کشور ژاپن"}, ["geonames:1861060"]),
        ("علی رضایی", "Person", "person/ali-rezaei-0a1b", "علی رضایی", None, set(), []),
    ], title="دیدار شهردار تبریز با سفیر ژاپن", date=dt.date(2025, 4, 29),
        url="https://example.ir/news/1", publisher="خبرگزاری آزمایشی")


def second_doc() -> Document:
    return make_doc("news-2", TEXT_2, [
        ("تبريز", "City", "geonames/113646", "تبریز", None, set(), []),  # Arabic yeh: another surface
        ("استانبول", "City", "geonames/745044", "استانبول", "Istanbul", set(), []),
        ("رضایی", "Person", "person/ali-rezaei-0a1b", "علی رضایی", None, set(), []),
        ("خبرگزاری آزمایشی", "Organization", "org/test-agency", "خبرگزاری آزمایشی", None, set(), []),
    ], title=None, publisher="خبرگزاری آزمایشی")


@pytest.fixture
def builder() -> GraphBuilder:
    b = GraphBuilder()
    b.add(first_doc())
    b.add(second_doc())
    return b


def node(key: str) -> URIRef:
    return URIRef("https://w3id.org/kg-fa/resource/" + key)


def test_entity_has_class_persian_and_english_labels(builder):
    g = builder.graph
    tabriz = node("geonames/113646")
    assert (tabriz, RDF.type, KG.City) in g
    assert set(g.objects(tabriz, RDFS.label)) == {Literal("تبریز", lang="fa"), Literal("Tabriz", lang="en")}


def test_same_key_in_two_documents_is_one_node_with_merged_surfaces(builder):
    g = builder.graph
    people = list(g.subjects(RDF.type, KG.Person))
    assert people == [node("person/ali-rezaei-0a1b")]
    assert Literal("رضایی", lang="fa") in set(g.objects(people[0], SKOS.altLabel))
    # the label itself is never repeated as an altLabel
    assert Literal("علی رضایی", lang="fa") not in set(g.objects(people[0], SKOS.altLabel))
    assert set(g.objects(node("geonames/113646"), SKOS.altLabel)) == {Literal("تبريز", lang="fa")}


def test_aliases_and_same_as(builder):
    g = builder.graph
    japan = node("country/JP")
    assert Literal("کشور ژاپن", lang="fa") in set(g.objects(japan, SKOS.altLabel))
    assert set(g.objects(japan, OWL.sameAs)) == {URIRef("https://sws.geonames.org/1861060/")}
    # a GeoNames key is itself a GeoNames identifier
    assert (node("geonames/745044"), OWL.sameAs, URIRef("https://sws.geonames.org/745044/")) in g


def test_article_metadata(builder):
    g = builder.graph
    article = URIRef("https://w3id.org/kg-fa/resource/article/news-1")
    assert (article, RDF.type, KG.Article) in g
    assert (article, RDF.type, URIRef("https://schema.org/NewsArticle")) in g
    headline = Literal("دیدار شهردار تبریز با سفیر ژاپن", lang="fa")
    assert (article, KG.headline, headline) in g and (article, RDFS.label, headline) in g
    assert (article, KG.datePublished, Literal(dt.date(2025, 4, 29))) in g
    assert (article, KG.url, Literal("https://example.ir/news/1", datatype=XSD_ANY_URI)) in g
    mentioned = set(g.objects(article, KG.mentions))
    assert mentioned == {node("geonames/113646"), node("country/JP"), node("person/ali-rezaei-0a1b")}
    # no headline: the id stands in
    assert (URIRef("https://w3id.org/kg-fa/resource/article/news-2"), KG.headline, Literal("news-2")) in g


def test_publisher_links_to_the_organisation_named_in_a_later_article(builder):
    g = builder.graph
    agency = node("org/test-agency")
    for n in (1, 2):
        article = URIRef(f"https://w3id.org/kg-fa/resource/article/news-{n}")
        assert set(g.objects(article, KG.publisher)) == {agency}
    orgs = list(g.subjects(RDF.type, KG.Organization))
    assert orgs == [agency]  # the node first minted from the publisher string is gone


def test_publisher_without_entity_gets_a_minted_organisation():
    b = GraphBuilder()
    b.add(first_doc())
    g = b.graph
    (publisher,) = g.objects(URIRef("https://w3id.org/kg-fa/resource/article/news-1"), KG.publisher)
    assert str(publisher) == "https://w3id.org/kg-fa/resource/org/خبرگزاری-آزمایشی"
    assert (publisher, RDF.type, KG.Organization) in g
    assert (publisher, RDFS.label, Literal("خبرگزاری آزمایشی", lang="fa")) in g


def test_mentions_carry_original_offsets_and_cite_their_sentence(builder):
    g = builder.graph
    doc = first_doc()
    mentions = {str(s): s for s in g.subjects(KG.mentionOf, node("country/JP"))}
    (m,) = mentions.values()
    start, end = int(g.value(m, KG.startOffset)), int(g.value(m, KG.endOffset))
    assert doc.article.text[start:end] == "ژاپن"  # offsets index the text as read, not the normalised one
    sentence = g.value(m, KG.inSentence)
    assert (sentence, RDF.type, KG.Sentence) in g
    assert str(g.value(sentence, KG.sentenceText)) == "شهردار تبریز امروز با سفیر ژاپن دیدار کرد."
    assert int(g.value(sentence, KG.sentenceIndex)) == 0
    assert g.value(sentence, KG.inArticle) == URIRef("https://w3id.org/kg-fa/resource/article/news-1")
    assert str(g.value(m, KG.recogniser)) == "test"


def test_counts(builder):
    assert builder.entity_counts() == {"City": 2, "Country": 1, "Person": 1, "Organization": 1}
    assert builder.fact_counts() == {}
    assert builder.statement_count() == 0


def test_ontology_classes_are_not_counted_as_entities(builder):
    # the ontology is in the graph, but kg:City itself is an owl:Class, not a City
    assert (KG.City, RDF.type, OWL.Class) in builder.graph
    assert sum(builder.entity_counts().values()) == 5


def test_facts_statements_and_events():
    doc = first_doc()
    s0 = doc.sentences[0]
    mayor = doc.text.index("شهردار")
    doc.facts = [
        Fact("person/ali-rezaei-0a1b", "mayorOf", "geonames/113646", Evidence(0, mayor, s0.end, "mayor-title", 0.9)),
        Fact("geonames/113646", "population", 1600000, Evidence(0, s0.start, s0.end, "population", 0.7)),
        Fact("geonames/113646", "sisterCityOf", "country/JP", Evidence(0, 0, 10, "sister", 0.5), status="proposed"),
    ]
    quote_start = doc.text.index("همکاری")
    doc.statements = [Statement("person/ali-rezaei-0a1b", "همکاری دو شهر ادامه دارد",
                                Evidence(1, quote_start, len(doc.text) - 1, "said"), cue="گفت")]
    doc.events = [Event("Meeting", ["person/ali-rezaei-0a1b", "country/JP"], Evidence(0, 0, s0.end, "met"),
                        date=dt.date(2025, 4, 29), place="geonames/113646")]
    b = GraphBuilder()
    b.add(doc)
    g = b.graph
    person, tabriz = node("person/ali-rezaei-0a1b"), node("geonames/113646")
    assert (person, KG.mayorOf, tabriz) in g
    assert (tabriz, KG.population, Literal(1600000)) in g
    # proposed: recorded as an assertion with its status, but no flat triple
    assert (tabriz, KG.sisterCityOf, node("country/JP")) not in g
    assert b.fact_counts() == {"mayorOf": 1, "population": 1}

    (assertion,) = g.subjects(RDF.predicate, KG.mayorOf)
    assert (assertion, RDF.type, KG.Assertion) in g
    assert str(g.value(assertion, KG.rule)) == "mayor-title"
    assert str(g.value(assertion, KG.status)) == "stated"
    assert float(g.value(assertion, KG.confidence)) == pytest.approx(0.9)
    assert int(g.value(g.value(assertion, KG.inSentence), KG.sentenceIndex)) == 0
    (proposed,) = g.subjects(RDF.predicate, KG.sisterCityOf)
    assert str(g.value(proposed, KG.status)) == "proposed"

    assert b.statement_count() == 1
    (statement,) = g.subjects(RDF.type, KG.Statement)
    assert g.value(statement, KG.speaker) == person
    assert g.value(statement, KG.text) == Literal("همکاری دو شهر ادامه دارد", lang="fa")
    start, end = int(g.value(statement, KG.startOffset)), int(g.value(statement, KG.endOffset))
    assert doc.article.text[start:end].startswith("همکاری دو شهر")

    (meeting,) = g.subjects(RDF.type, KG.Meeting)
    assert set(g.objects(meeting, KG.participant)) == {person, node("country/JP")}
    assert g.value(meeting, KG.location) == tabriz
    assert g.value(meeting, KG.date) == Literal(dt.date(2025, 4, 29))


def test_bad_parts_are_left_out_with_a_warning_not_an_exception():
    doc = make_doc("news-3", "شهر نمونه در استان نمونه است.", [
        ("شهر نمونه", "Town", "city/sample", "شهر نمونه", None, set(), []),  # not a vocabulary class
    ])
    doc.facts = [Fact("city/sample", "mayorOf", "person/nobody", Evidence(0, 0, 5, "x"))]
    b = GraphBuilder()
    b.add(doc)
    assert b.entity_counts() == {}
    assert b.fact_counts() == {}
    assert any("Town" in w for w in doc.warnings)
    assert any("fact left out" in w for w in doc.warnings)


def test_majority_class_wins_across_documents():
    b = GraphBuilder()
    for n, cls in enumerate(("Region", "City", "City")):
        b.add(make_doc(f"d{n}", "خبری درباره غزه.", [("غزه", cls, "place/gaza", "غزه", None, set(), [])]))
    g = b.graph
    assert set(g.objects(node("place/gaza"), RDF.type)) == {KG.City}


def test_amounts_become_quantity_nodes():
    from kg.document import Amount, Article, Document, Entity, Evidence, Sentence
    from kg.graph import GraphBuilder
    from kg.graph.vocabulary import KG

    text = "یزد سالانه ۲ میلیون گردشگر می‌پذیرد."
    doc = Document(article=Article(id="q", source="t", text=text), text=text,
                   sentences=[Sentence(0, 0, len(text))])
    doc.entities["geonames/111822"] = Entity("geonames/111822", "City", "یزد")
    doc.amounts.append(Amount("geonames/111822", 2000000, "گردشگر", Evidence(0, 11, 25, "amount-unit", 0.6)))
    builder = GraphBuilder()
    builder.add(doc)
    g = builder.graph
    from rdflib.namespace import RDF

    (quantity,) = list(g.subjects(RDF.type, KG.Quantity))
    assert int(g.value(quantity, KG.value)) == 2000000
    assert str(g.value(quantity, KG.unit)) == "گردشگر"
    assert (None, KG.quantity, quantity) in g
