"""An rdflib store that keeps triples as plain Python values: what GraphBuilder writes into.

Why not rdflib's ``Memory`` store: it spends about 12 µs on every added triple
(an event per triple, per-context bookkeeping, three nested indexes, and
``Literal.__hash__`` in Python), which made building the graph slower than all
the language stages together.  Here a triple is a tuple of plain values:

* an IRI is a ``str``;
* a literal is a tuple ``(lexical form, language or None, datatype IRI or None)``;
* a blank node (only ever added by a user through the rdflib API) is the rdflib ``BNode``.

Adding a batch of triples is one dict update.  The rdflib terms and the three
indexes that rdflib's pattern queries need are made only when something asks
(then memoised and kept up to date), and Turtle is written from the plain values
straight through Oxigraph (:func:`turtle_bytes`), never through rdflib terms.

``Graph(store=PlainStore())`` behaves as an ordinary rdflib graph: add, remove,
pattern queries, ``len``, iteration, namespaces, SPARQL (rdflib's own engine).
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional, Union

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.store import Store
from rdflib.term import Node

PlainLiteral = tuple  # (lexical: str, language: str | None, datatype: str | None)
PlainTerm = Union[str, PlainLiteral, BNode]
PlainTriple = tuple  # (subject, predicate, object), each a PlainTerm

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_Index = dict  # first term → second term → third term → None
_NO_CONTEXTS: tuple = ()  # this store has one graph: no context to report for a triple
# Characters an N-Triples IRIREF may not hold raw: refused, so no IRI can end its own term early.
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')

# (rdflib type, lexical, language, datatype) → plain literal: literals made from the
# same value are equal, so they can share one plain tuple.
_LITERAL_CACHE: dict[tuple, PlainLiteral] = {}


def plain_literal(value: object, lang: str | None = None, datatype: str | None = None) -> PlainLiteral:
    """The plain form of ``Literal(value, lang=lang, datatype=datatype)``.

    Strings without a datatype are taken as they are (rdflib never alters them);
    everything else goes once through rdflib so that the lexical form is exactly
    the one rdflib would give (``Literal(5)`` → ``"5"^^xsd:integer``), then is cached.
    """
    if datatype is None and type(value) is str:
        return (value, lang, None)
    key = (type(value), value, lang, datatype)
    found = _LITERAL_CACHE.get(key)
    if found is None:
        literal = Literal(value, lang=lang, datatype=URIRef(datatype) if datatype else None)
        found = _LITERAL_CACHE[key] = plain_term(literal)
        if len(_LITERAL_CACHE) > 200_000:  # a long-lived process: keep the cache bounded
            _LITERAL_CACHE.clear()
    return found


def plain_term(node: Node) -> PlainTerm:
    """The plain value of an rdflib term (the inverse of :meth:`PlainStore.node`)."""
    if isinstance(node, URIRef):
        return str(node)
    if isinstance(node, Literal):
        datatype = node.datatype
        return (str(node), node.language, None if datatype is None else str(datatype))
    if isinstance(node, BNode):
        return node
    raise TypeError(f"not an RDF term this store keeps: {node!r}")


def _plain_node(node: Node) -> PlainTerm:
    """:func:`plain_term`, quickest for IRIs (most pattern terms are IRIs)."""
    return str(node) if type(node) is URIRef else plain_term(node)


def _rdflib_node(term: PlainTerm) -> Node:
    if type(term) is str:
        # What URIRef(term) gives, without its per-character check: a plain IRI was
        # made by kg.graph.iris or taken from a URIRef, and is checked again on writing.
        return str.__new__(URIRef, term)
    if type(term) is tuple:
        lexical, lang, datatype = term
        return Literal(lexical, lang=lang, datatype=None if datatype is None else URIRef(datatype))
    return term  # BNode


class PlainStore(Store):
    """Triples of plain values, with rdflib's Store interface on top (one graph, no contexts)."""

    context_aware = False
    formula_aware = False
    graph_aware = False
    transaction_aware = False

    def __init__(self, configuration: str | None = None, identifier: Node | None = None) -> None:
        super().__init__(configuration, identifier)
        self.identifier = identifier
        self._triples: dict[PlainTriple, None] = {}   # an ordered set
        self._spo: _Index | None = None                # built on the first query that needs it
        self._pos: _Index | None = None
        self._osp: _Index | None = None
        self._nodes: dict[PlainTerm, Node] = {}         # plain → rdflib term, memoised
        self._has_bnodes = False
        self._namespace: dict[str, URIRef] = {}
        self._prefix: dict[URIRef, str] = {}

    # ------------------------------------------------------------ plain interface
    def add_plain(self, triples: Iterable[PlainTriple]) -> None:
        """Add triples of plain values (duplicates are ignored, as in any RDF graph)."""
        if self._spo is None and self._pos is None and self._osp is None:
            self._triples.update(dict.fromkeys(triples))
            return
        known = self._triples
        for triple in triples:
            if triple not in known:
                known[triple] = None
                self._index(triple)

    def discard_plain(self, triples: Iterable[PlainTriple]) -> None:
        """Remove these triples where present."""
        known = self._triples
        for triple in triples:
            if triple in known:
                del known[triple]
                self._unindex(triple)

    def plain_triples(self) -> Iterable[PlainTriple]:
        """Every triple, as plain values, in the order they were first added."""
        return self._triples.keys()

    def match(self, subject: PlainTerm | None, predicate: PlainTerm | None,
              obj: PlainTerm | None) -> Iterator[PlainTriple]:
        """The triples matching a pattern of plain values (None matches anything)."""
        if subject is not None:
            by_predicate = self._index_spo().get(subject)
            if not by_predicate:
                return
            predicates = by_predicate if predicate is None else (predicate,) if predicate in by_predicate else ()
            for p in predicates:
                objects = by_predicate[p]
                if obj is None:
                    for o in objects:
                        yield subject, p, o
                elif obj in objects:
                    yield subject, p, obj
        elif predicate is not None:
            by_object = self._index_pos().get(predicate)
            if not by_object:
                return
            if obj is None:
                for o, subjects in by_object.items():
                    for s in subjects:
                        yield s, predicate, o
            else:
                for s in by_object.get(obj, ()):
                    yield s, predicate, obj
        elif obj is not None:
            for s, predicates in self._index_osp().get(obj, {}).items():
                for p in predicates:
                    yield s, p, obj
        else:
            yield from self._triples

    def count(self, predicate: PlainTerm, obj: PlainTerm | None = None) -> int:
        """How many triples have this predicate (and this object)."""
        by_object = self._index_pos().get(predicate, {})
        if obj is None:
            return sum(len(subjects) for subjects in by_object.values())
        return len(by_object.get(obj, ()))

    def node(self, term: PlainTerm) -> Node:
        """The rdflib term of a plain value, made once."""
        found = self._nodes.get(term)
        if found is None:
            found = self._nodes[term] = _rdflib_node(term)
        return found

    def has_blank_nodes(self) -> bool:
        return self._has_bnodes

    # ------------------------------------------------------------ indexes
    def _index_spo(self) -> _Index:
        if self._spo is None:
            self._spo = _build_index(self._triples, 0, 1, 2)
        return self._spo

    def _index_pos(self) -> _Index:
        if self._pos is None:
            self._pos = _build_index(self._triples, 1, 2, 0)
        return self._pos

    def _index_osp(self) -> _Index:
        if self._osp is None:
            self._osp = _build_index(self._triples, 2, 0, 1)
        return self._osp

    def _index(self, triple: PlainTriple) -> None:
        s, p, o = triple
        for index, a, b, c in ((self._spo, s, p, o), (self._pos, p, o, s), (self._osp, o, s, p)):
            if index is not None:
                index.setdefault(a, {}).setdefault(b, {})[c] = None

    def _unindex(self, triple: PlainTriple) -> None:
        s, p, o = triple
        for index, a, b, c in ((self._spo, s, p, o), (self._pos, p, o, s), (self._osp, o, s, p)):
            if index is None:
                continue
            second = index[a]
            third = second[b]
            del third[c]
            if not third:
                del second[b]
                if not second:
                    del index[a]

    # ------------------------------------------------------------ rdflib Store interface
    def add(self, triple: tuple[Node, Node, Node], context=None, quoted: bool = False) -> None:
        plain = tuple(self._plain_and_remember(term) for term in triple)
        self.add_plain((plain,))

    def remove(self, triple_pattern, context=None) -> None:
        pattern = self._plain_pattern(triple_pattern)
        if pattern is not None:
            self.discard_plain(list(self.match(*pattern)))

    def triples(self, triple_pattern, context=None):
        """rdflib's pattern query; the common shapes (subject and predicate given, or the
        predicate alone) go straight to the index, since readers ask them by the thousand."""
        s, p, o = triple_pattern
        try:
            ps = None if s is None else _plain_node(s)
            pp = None if p is None else _plain_node(p)
            po = None if o is None else _plain_node(o)
        except TypeError:  # a variable or a path: nothing stored matches it
            return
        nodes, node = self._nodes, self.node
        if ps is not None and pp is not None:
            by_predicate = (self._spo if self._spo is not None else self._index_spo()).get(ps)
            objects = by_predicate.get(pp) if by_predicate else None
            if not objects:
                return
            if po is None:
                for x in list(objects):
                    yield (s, p, nodes.get(x) or node(x)), _NO_CONTEXTS
            elif po in objects:
                yield (s, p, o), _NO_CONTEXTS
            return
        if ps is None and pp is not None and po is None:
            by_object = (self._pos if self._pos is not None else self._index_pos()).get(pp)
            if not by_object:
                return
            for x, subjects in list(by_object.items()):
                obj = nodes.get(x) or node(x)
                for y in list(subjects):
                    yield (nodes.get(y) or node(y), p, obj), _NO_CONTEXTS
            return
        for a, b, c in list(self.match(ps, pp, po)):  # a copy: the reader may change the graph meanwhile
            yield (nodes.get(a) or node(a), nodes.get(b) or node(b), nodes.get(c) or node(c)), _NO_CONTEXTS

    def __len__(self, context=None) -> int:
        return len(self._triples)

    def contexts(self, triple=None):
        return iter(_NO_CONTEXTS)

    def bind(self, prefix: str, namespace: URIRef, override: bool = True) -> None:
        """Same rules as rdflib's Memory store."""
        bound_namespace = self._namespace.get(prefix)
        bound_prefix = self._prefix.get(namespace)
        if bound_prefix is None and bound_namespace is not None:
            bound_prefix = self._prefix.get(bound_namespace)
        if override:
            if bound_prefix is not None:
                del self._namespace[bound_prefix]
            if bound_namespace is not None:
                del self._prefix[bound_namespace]
            self._prefix[namespace] = prefix
            self._namespace[prefix] = namespace
        else:
            ns = bound_namespace if bound_namespace is not None else namespace
            pf = bound_prefix if bound_prefix is not None else prefix
            self._prefix[ns] = pf
            self._namespace[pf] = ns

    def namespace(self, prefix: str) -> Optional[URIRef]:
        return self._namespace.get(prefix)

    def prefix(self, namespace: URIRef) -> Optional[str]:
        return self._prefix.get(namespace)

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        yield from list(self._namespace.items())

    def _plain_and_remember(self, term: Node) -> PlainTerm:
        plain = plain_term(term)
        if isinstance(plain, BNode):
            self._has_bnodes = True
        self._nodes.setdefault(plain, term)
        return plain

    @staticmethod
    def _plain_pattern(pattern) -> tuple | None:
        """The pattern as plain values; None when a term cannot occur here (a variable, a path)."""
        try:
            return tuple(None if term is None else plain_term(term) for term in pattern)
        except TypeError:
            return None


def _build_index(triples: Iterable[PlainTriple], first: int, second: int, third: int) -> _Index:
    """A nested index ``first → second → third → None`` in one pass (the hot loop of a first query)."""
    index: _Index = {}
    get = index.get
    if (first, second, third) == (0, 1, 2):
        ordered: Iterable[PlainTriple] = triples
    else:
        ordered = [(t[first], t[second], t[third]) for t in triples]
    for a, b, c in ordered:
        by_second = get(a)
        if by_second is None:
            index[a] = {b: {c: None}}
            continue
        thirds = by_second.get(b)
        if thirds is None:
            by_second[b] = {c: None}
        else:
            thirds[c] = None
    return index


# ---------------------------------------------------------------- Turtle through Oxigraph
def _checked_iri(iri: str) -> str:
    if _NOT_IN_IRI.search(iri):
        raise ValueError(f"not a valid IRI: {iri!r}")
    return iri


def sort_key(triple: PlainTriple) -> tuple:
    """Order of the Turtle file: by subject, predicate, then the object's text (IRI or lexical form).

    Oxigraph groups consecutive triples of one subject, so this order gives the
    compact ``s p o ; p o .`` layout and the same bytes for the same graph.
    """
    s, p, o = triple
    if type(o) is str:
        return (s, p, o)
    if type(o) is tuple:
        return (s, p, o[0], o[1] or "", o[2] or "")
    return (s, p, str(o))


def _sort_key_with_blank_nodes(triple: PlainTriple) -> tuple:
    s, p, o = triple
    return (str(s), p, *sort_key(("", "", o))[2:])


def sorted_triples(store: PlainStore) -> list[PlainTriple]:
    key = _sort_key_with_blank_nodes if store.has_blank_nodes() else sort_key
    return sorted(store.plain_triples(), key=key)


def oxigraph_triples(store: PlainStore) -> Iterator[ox.Triple]:
    """The store's triples as pyoxigraph triples, sorted (see :func:`sort_key`).

    Each distinct term becomes a pyoxigraph term once (pyoxigraph checks every IRI and
    language tag as it makes it); blank nodes are numbered in order of appearance, so the
    same graph gives the same file.  About a fifth quicker than writing N-Triples and
    parsing them back, with the same output.
    """
    terms: dict[PlainTerm, object] = {}
    make = _OxigraphTerms(terms)
    triple = ox.Triple
    for s, p, o in sorted_triples(store):
        yield triple(terms.get(s) or make(s), terms.get(p) or make(p), terms.get(o) or make(o))


class _OxigraphTerms:
    """Plain term → pyoxigraph term, made on first use into the shared ``terms`` dict."""

    def __init__(self, terms: dict) -> None:
        self.terms = terms
        self.blank_nodes = 0

    def __call__(self, term: PlainTerm):
        if type(term) is str:
            made = ox.NamedNode(_checked_iri(term))
        elif type(term) is tuple:
            lexical, lang, datatype = term
            if lang:
                made = ox.Literal(lexical, language=lang)
            elif datatype is not None and datatype != XSD_STRING:
                made = ox.Literal(lexical, datatype=ox.NamedNode(_checked_iri(datatype)))
            else:
                made = ox.Literal(lexical)
        else:
            made = ox.BlankNode(f"b{self.blank_nodes}")
            self.blank_nodes += 1
        self.terms[term] = made
        return made
