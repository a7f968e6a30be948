"""The closed vocabulary and the shipped ontology agree and describe every term."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.graph import KG, ONTOLOGY_IRI, ontology_graph
from kg.graph.vocabulary import ENTITY_CLASS_IRIS, FACT_PROPERTIES, SCHEMA

CORE = ("Person City Country Province Region Organization Place Article Statement Meeting Visit Agreement "
        "Mention memberOf met mayorOf secretaryGeneralOf ambassadorOf consulGeneralOf governorOf headOf "
        "locatedIn sisterCityOf agreementWith visited population datePublished headline url publisher "
        "mentions speaker text").split()


def test_a_typo_fails_instead_of_minting_a_new_iri():
    assert KG.mayorOf == URIRef(ONTOLOGY_IRI + "mayorOf")
    with pytest.raises(AttributeError):
        KG.mayorof  # noqa: B018 - the access itself is the test
    with pytest.raises(AttributeError):
        KG.Citty  # noqa: B018


def test_core_local_names_are_all_defined():
    for name in CORE:
        assert getattr(KG, name) == URIRef(ONTOLOGY_IRI + name)


def ontology_terms() -> set[URIRef]:
    g = ontology_graph()
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {s for kind in kinds for s in g.subjects(RDF.type, kind) if str(s).startswith(ONTOLOGY_IRI)}


def test_ontology_and_namespace_hold_the_same_terms():
    namespace_terms = {URIRef(ONTOLOGY_IRI + name) for name in KG.__annotations__}
    assert ontology_terms() == namespace_terms


def test_every_term_has_persian_and_english_label_and_comment():
    g = ontology_graph()
    for term in ontology_terms():
        languages = {label.language for label in g.objects(term, RDFS.label) if isinstance(label, Literal)}
        assert {"fa", "en"} <= languages, term
        assert g.value(term, RDFS.comment) is not None, term


def test_schema_org_mappings_and_symmetry():
    g = ontology_graph()
    assert (KG.City, OWL.equivalentClass, SCHEMA.City) in g
    assert (KG.Person, OWL.equivalentClass, SCHEMA.Person) in g
    assert (KG.Organization, OWL.equivalentClass, SCHEMA.Organization) in g
    assert (KG.Article, RDFS.subClassOf, SCHEMA.NewsArticle) in g
    for event in (KG.Meeting, KG.Visit, KG.Agreement):
        assert (event, RDFS.subClassOf, SCHEMA.Event) in g
    symmetric = set(g.subjects(RDF.type, OWL.SymmetricProperty))
    assert symmetric == {KG.met, KG.sisterCityOf, KG.agreementWith}
    assert (KG.mayorOf, RDFS.domain, KG.Person) in g and (KG.mayorOf, RDFS.range, KG.City) in g


def test_ontology_types_nothing_as_an_entity_class():
    g = ontology_graph()
    for cls in ENTITY_CLASS_IRIS.values():
        assert list(g.subjects(RDF.type, cls)) == []


def test_fact_properties_are_the_scored_ones():
    assert set(FACT_PROPERTIES) == {
        "memberOf", "met", "mayorOf", "secretaryGeneralOf", "ambassadorOf", "consulGeneralOf", "governorOf",
        "headOf", "locatedIn", "sisterCityOf", "agreementWith", "visited", "population"}
