"""RDF exports beside the Turtle: N-Triples, TriG (a named graph per article) and JSON-LD with a context.

All three are written through Oxigraph or plain ``json`` from the sorted triple list
that the Turtle writer uses, so they are fast at corpus size and identical run after run.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, XSD

from ..graph.serialize import atomic_writer, oxigraph_triples
from ..graph.to_rdf import ontology_graph
from ..graph.vocabulary import KG, ONTOLOGY_IRI, PREFIXES

_XSD_STRING = str(XSD.string)
_RDF_LANGSTRING = str(RDF.langString)
_RDF_TYPE = str(RDF.type)
_KG_ARTICLE = str(KG.Article)


def write_ntriples(graph: Graph, path: str | Path, triples: list[ox.Triple] | None = None) -> Path:
    """One triple a line, sorted: the format every tool and ``sort``/``diff`` read.

    ``triples``: :func:`kg.graph.serialize.oxigraph_triples` of ``graph`` when the caller already has them.
    """
    with atomic_writer(path) as fh:
        ox.serialize(triples if triples is not None else oxigraph_triples(graph), fh,
                     format=ox.RdfFormat.N_TRIPLES)
    return Path(path)


# ----------------------------------------------------------------------------- TriG
def article_of(subject: str, articles: set[str], article_prefix: str | None) -> str | None:
    """The article a subject belongs to: the article itself or a node minted below its IRI."""
    if subject in articles:
        return subject
    if article_prefix and subject.startswith(article_prefix):
        end = subject.find("/", len(article_prefix))
        head = subject[:end] if end >= 0 else subject
        if head in articles:
            return head
    return None


def partition_by_article(graph: Graph, triples: list[ox.Triple] | None = None) -> dict[str | None, list[ox.Triple]]:
    """Triples grouped by the article they come from (``None``: ontology and entities).

    An article's graph holds the article node, everything minted below its IRI
    (sentences, mentions, assertions, quotations, events) and the flat fact triples
    that one of its assertions states; a fact stated by several articles is in each
    of their graphs.  The union of all graphs is exactly the input graph.
    """
    triples = triples if triples is not None else oxigraph_triples(graph)
    articles = {t.subject.value for t in triples
                if t.predicate.value == _RDF_TYPE and isinstance(t.object, ox.NamedNode)
                and t.object.value == _KG_ARTICLE}
    some = next(iter(articles), None)
    prefix = some[: some.rfind("/") + 1] if some else None
    # assertions: (subject, predicate, object) of a stated fact → articles stating it
    stated_in: dict[tuple, set[str]] = {}
    by_node: dict[str, dict[str, object]] = {}
    for t in triples:
        p = t.predicate.value
        if p in (str(RDF.subject), str(RDF.predicate), str(RDF.object), str(KG.status)):
            by_node.setdefault(t.subject.value, {})[p] = t.object
    for node, parts in by_node.items():
        status = parts.get(str(KG.status))
        if status is None or status.value != "stated" or len(parts) < 4:
            continue
        article = article_of(node, articles, prefix)
        if article is not None:
            key = (parts[str(RDF.subject)], parts[str(RDF.predicate)], parts[str(RDF.object)])
            stated_in.setdefault(key, set()).add(article)
    groups: dict[str | None, list[ox.Triple]] = {}
    for t in triples:
        subject = t.subject.value if isinstance(t.subject, ox.NamedNode) else None
        article = article_of(subject, articles, prefix) if subject else None
        if article is not None:
            groups.setdefault(article, []).append(t)
            continue
        owners = stated_in.get((t.subject, t.predicate, t.object))
        if owners:
            for owner in sorted(owners):
                groups.setdefault(owner, []).append(t)
        else:
            groups.setdefault(None, []).append(t)
    return groups


def write_trig(graph: Graph, path: str | Path, triples: list[ox.Triple] | None = None) -> Path:
    """TriG: the ontology and entities in the default graph, each article's triples in a graph named by the article IRI."""
    quads: list[ox.Quad] = []
    groups = partition_by_article(graph, triples)
    for name in sorted(groups, key=lambda n: (n is not None, n or "")):
        target = ox.DefaultGraph() if name is None else ox.NamedNode(name)
        quads.extend(ox.Quad(t.subject, t.predicate, t.object, target) for t in groups[name])
    with atomic_writer(path) as fh:
        ox.serialize(quads, fh, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    return Path(path)


# ----------------------------------------------------------------------------- JSON-LD
@lru_cache(maxsize=1)
def jsonld_context() -> dict[str, object]:
    """The JSON-LD context: prefixes, and a short term for every kg property typed from the ontology.

    Object properties take IRIs (``"memberOf": "kgr:org/metropolis"``), typed data
    properties take their datatype, language strings default to Persian (``@fa``).
    """
    ontology = ontology_graph()
    context: dict[str, object] = {"@version": 1.1, "@language": "fa"}
    context.update(PREFIXES)
    context.update({
        "id": "@id", "type": "@type",
        "label": {"@id": "rdfs:label"},
        "altLabel": {"@id": "skos:altLabel"},
        "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
        "subject": {"@id": "rdf:subject", "@type": "@id"},
        "predicate": {"@id": "rdf:predicate", "@type": "@id"},
        "object": {"@id": "rdf:object", "@type": "@id"},
    })
    for prop in sorted(set(ontology.subjects(RDF.type, OWL.ObjectProperty))
                       | set(ontology.subjects(RDF.type, OWL.DatatypeProperty))):
        if not str(prop).startswith(ONTOLOGY_IRI):
            continue
        name = str(prop)[len(ONTOLOGY_IRI):]
        definition: dict[str, object] = {"@id": f"kg:{name}"}
        if (prop, RDF.type, OWL.ObjectProperty) in ontology:
            definition["@type"] = "@id"
        else:
            ranges = {str(r) for r in ontology.objects(prop, RDFS.range)}
            if ranges == {_XSD_STRING}:
                definition["@language"] = None
            elif len(ranges) == 1 and _RDF_LANGSTRING not in ranges:
                definition["@type"] = _compact(next(iter(ranges)))
        context[name] = definition
    return context


def _compact(iri: str, prefixes: dict[str, str] | None = None) -> str:
    prefixes = prefixes or PREFIXES
    best = max((p for p, ns in prefixes.items() if iri.startswith(ns) and len(iri) > len(ns)),
               key=lambda p: len(prefixes[p]), default=None)
    return f"{best}:{iri[len(prefixes[best]):]}" if best else iri


class _JsonLdWriter:
    """Writes node objects under the context; a value that does not fit a term's coercion is written explicitly."""

    def __init__(self, context: dict[str, object], resource_base: str | None) -> None:
        self.prefixes = {k: v for k, v in context.items() if isinstance(v, str) and not k.startswith("@")
                         and v.endswith(("#", "/"))}
        if resource_base:
            self.prefixes["kgr"] = resource_base
        self.terms: dict[str, tuple[str, dict]] = {}   # property IRI → (term, definition)
        for term, definition in context.items():
            if isinstance(definition, dict) and "@id" in definition:
                self.terms[self.expand(definition["@id"])] = (term, definition)

    def expand(self, compact: str) -> str:
        prefix, _, local = compact.partition(":")
        return self.prefixes[prefix] + local if prefix in self.prefixes and not local.startswith("//") else compact

    def node_id(self, term) -> str:
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        return _compact(term.value, self.prefixes)

    def value(self, term, definition: dict | None):
        coerce = (definition or {}).get("@type")
        if isinstance(term, (ox.NamedNode, ox.BlankNode)):
            if coerce in ("@id", "@vocab") and isinstance(term, ox.NamedNode):
                return self.node_id(term)
            return {"@id": self.node_id(term)}
        if term.language:
            has_null = definition is not None and "@language" in definition and definition["@language"] is None
            if term.language == "fa" and not has_null and coerce is None:
                return term.value
            return {"@value": term.value, "@language": term.language}
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            if definition is not None and "@language" in definition and definition["@language"] is None:
                return term.value
            return {"@value": term.value}
        if coerce and coerce not in ("@id", "@vocab") and self.expand(coerce) == datatype:
            return term.value
        return {"@value": term.value, "@type": _compact(datatype, self.prefixes)}

    def nodes(self, triples: list[ox.Triple]) -> list[dict]:
        nodes: dict[str, dict[str, list]] = {}
        for t in triples:
            node = nodes.setdefault(self.node_id(t.subject), {})
            p = t.predicate.value
            if p == _RDF_TYPE and isinstance(t.object, ox.NamedNode):
                node.setdefault("type", []).append(_compact(t.object.value, self.prefixes))
                continue
            term, definition = self.terms.get(p, (_compact(p, self.prefixes), None))
            if term == p:  # no prefix fits: the full IRI as key, values explicit
                definition = None
            node.setdefault(term, []).append(self.value(t.object, definition))
        out = []
        for node_id in sorted(nodes):
            obj: dict[str, object] = {"id": node_id}
            for key, values in nodes[node_id].items():
                obj[key] = values[0] if len(values) == 1 else values
            out.append(obj)
        return out


def write_jsonld(graph: Graph, path: str | Path, triples: list[ox.Triple] | None = None) -> Path:
    """JSON-LD 1.1: ``{"@context": ..., "@graph": [...]}`` with short terms; expands to exactly the graph's triples."""
    triples = triples if triples is not None else oxigraph_triples(graph)
    base = next((t.subject.value[: t.subject.value.rfind("article/")] for t in triples
                 if t.predicate.value == _RDF_TYPE and isinstance(t.object, ox.NamedNode)
                 and t.object.value == _KG_ARTICLE), None)
    context = dict(jsonld_context())
    if base:
        context["kgr"] = base
    writer = _JsonLdWriter(context, base)
    document = {"@context": context, "@graph": writer.nodes(triples)}
    with atomic_writer(path) as fh:
        fh.write(json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    return Path(path)


__all__ = ["write_ntriples", "write_trig", "write_jsonld", "jsonld_context", "partition_by_article"]
