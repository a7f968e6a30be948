"""The closed vocabulary of the graph.

A :class:`~rdflib.namespace.DefinedNamespace` with ``_fail = True``: a typo such as
``KG.mayorof`` raises ``AttributeError`` at once instead of silently minting a new
IRI that no query would ever find.  The local names of the core terms are fixed by
``../shared/eval/VOCABULARY.md``; ``ontology.ttl`` beside this file describes
every term (labels in Persian and English, domains, ranges, schema.org mappings).
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/kg-fa/ontology#"
DEFAULT_BASE_IRI = "https://w3id.org/kg-fa/resource/"
SCHEMA = Namespace("https://schema.org/")
GEONAMES_IRI = "https://sws.geonames.org/{}/"
WIKIDATA_IRI = "http://www.wikidata.org/entity/{}"


class KG(DefinedNamespace):
    """Classes and properties of the kg ontology (``kg:`` prefix)."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI)

    # entity classes (VOCABULARY.md)
    Person: URIRef
    City: URIRef
    Country: URIRef
    Province: URIRef
    Region: URIRef
    Organization: URIRef
    Place: URIRef
    # documents, quotations, events
    Article: URIRef
    Statement: URIRef
    Meeting: URIRef
    Visit: URIRef
    Agreement: URIRef
    # provenance
    Sentence: URIRef
    Mention: URIRef
    Assertion: URIRef

    # facts between entities
    memberOf: URIRef
    met: URIRef
    mayorOf: URIRef
    secretaryGeneralOf: URIRef
    ambassadorOf: URIRef
    consulGeneralOf: URIRef
    governorOf: URIRef
    headOf: URIRef
    locatedIn: URIRef
    sisterCityOf: URIRef
    agreementWith: URIRef
    visited: URIRef
    population: URIRef
    # articles
    datePublished: URIRef
    headline: URIRef
    url: URIRef
    publisher: URIRef
    mentions: URIRef
    source: URIRef
    newsCode: URIRef
    # quotations
    speaker: URIRef
    text: URIRef
    # events
    participant: URIRef
    location: URIRef
    date: URIRef
    # provenance
    mentionOf: URIRef
    inArticle: URIRef
    inSentence: URIRef
    sentenceIndex: URIRef
    sentenceText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    surface: URIRef
    recogniser: URIRef
    rule: URIRef
    status: URIRef
    confidence: URIRef
    # counts with their unit noun («بیش از ۱۶۰ شهر»)
    Quantity: URIRef
    quantity: URIRef
    value: URIRef
    unit: URIRef
    qualifier: URIRef


# Class names as used in Document/Entity.cls → class IRI.
ENTITY_CLASS_IRIS: dict[str, URIRef] = {
    name: KG[name] for name in ("Person", "City", "Country", "Province", "Region", "Organization", "Place")
}

# Properties whose triples are facts (VOCABULARY.md, "Facts" and "Literals" minus the
# article's own datePublished, which is metadata rather than an extracted fact).
FACT_PROPERTIES: dict[str, URIRef] = {
    name: KG[name]
    for name in (
        "memberOf", "met", "mayorOf", "secretaryGeneralOf", "ambassadorOf", "consulGeneralOf",
        "governorOf", "headOf", "locatedIn", "sisterCityOf", "agreementWith", "visited", "population",
    )
}
SYMMETRIC_PROPERTIES = frozenset({KG.met, KG.sisterCityOf, KG.agreementWith})

PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY_IRI,
    "schema": str(SCHEMA),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
