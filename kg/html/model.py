"""rdflib graph → the plain records the explorer shows (entities, facts, sources, quotations, events).

The page never sees RDF: this module reads the graph once, by predicate, into
small dataclasses, so that :mod:`kg.html.network` can choose, lay out and
serialise them, and so the benchmark can make the same records at random
without building 80,000 triples first.  "Once, by predicate" is literal: the
triples the page needs are filed by predicate in one pass (see :class:`_Triples`)
and every later lookup is a dict lookup, never a graph query per node.

Provenance is resolved here: a fact's sources are its ``kg:Assertion`` nodes →
sentence → article; the spans to highlight in a sentence are found by looking
for the mention's surface (and then the entity's names) in the stored sentence
text, because the stored text is whitespace-normalised and the original offsets
no longer index it exactly.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..graph.plain_store import PlainStore, plain_term
from ..graph.to_rdf import ontology_graph
from ..graph.vocabulary import ENTITY_CLASS_IRIS, FACT_PROPERTIES, KG, SYMMETRIC_PROPERTIES

EVENT_CLASSES = {KG.Meeting: "Meeting", KG.Visit: "Visit", KG.Agreement: "Agreement"}
GEONAMES_PREFIXES = ("https://sws.geonames.org/", "http://sws.geonames.org/")


@dataclass
class ArticleInfo:
    headline: str
    date: str = ""            # ISO yyyy-mm-dd, Gregorian
    publisher: str = ""
    url: str = ""


@dataclass
class SentenceInfo:
    article: int              # index into Explorer.articles
    text: str


@dataclass
class Source:
    """One sentence that supports something, with the spans to highlight in it."""

    sentence: int             # index into Explorer.sentences
    spans: list[tuple[int, int]] = field(default_factory=list)
    rule: str = ""
    status: str = ""
    confidence: float | None = None


@dataclass
class EntityInfo:
    key: str                  # the IRI
    cls: str
    label_fa: str
    label_en: str = ""
    aliases: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    articles: set[int] = field(default_factory=set)
    mentions: list[Source] = field(default_factory=list)
    literals: list[tuple[str, str]] = field(default_factory=list)   # (predicate name, value)

    def geonames(self) -> str:
        return next((iri for iri in self.same_as if iri.startswith(GEONAMES_PREFIXES)), "")


@dataclass
class FactInfo:
    """One edge: subject, predicate, object, and every source that states or proposes it."""

    subject: int
    predicate: str
    object: int
    symmetric: bool = False
    stated: bool = True
    sources: list[Source] = field(default_factory=list)


@dataclass
class StatementInfo:
    speaker: int
    text: str
    source: Source | None = None


@dataclass
class EventInfo:
    kind: str                 # Meeting | Visit | Agreement
    participants: list[int]
    date: str = ""            # the event's own date, else the article's
    dated_by_article: bool = False
    place: int | None = None
    status: str = ""
    source: Source | None = None


@dataclass
class Explorer:
    """Everything the page can show, with entities, articles and sentences as indexed tables."""

    entities: list[EntityInfo] = field(default_factory=list)
    facts: list[FactInfo] = field(default_factory=list)
    articles: list[ArticleInfo] = field(default_factory=list)
    sentences: list[SentenceInfo] = field(default_factory=list)
    statements: list[StatementInfo] = field(default_factory=list)
    events: list[EventInfo] = field(default_factory=list)
    article_mentions: list[list[int]] = field(default_factory=list)   # article → entity indices
    article_publisher: list[int | None] = field(default_factory=list)


def term_labels(term: URIRef, graph: Graph | None = None) -> tuple[str, str]:
    """The ``@fa`` and ``@en`` labels of an ontology term, falling back to its local name."""
    local = str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    found: dict[str, str] = {}
    for source in (graph, ontology_graph()):
        if source is None:
            continue
        for label in source.objects(term, RDFS.label):
            if isinstance(label, Literal) and label.language in ("fa", "en"):
                found.setdefault(label.language, str(label))
    return found.get("fa", local), found.get("en", local)


def find_spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Where the first of ``names`` that occurs in ``text`` occurs (every occurrence), longest name first.

    Of two names of one length, the one given first wins (``sorted`` is stable), so
    the highlight does not change with Python's string hashing from run to run.
    """
    if len(names) == 1:   # the common case: the one surface of a mention
        ordered = names if names[0] else []
    else:
        ordered = sorted(dict.fromkeys(n for n in names if n), key=len, reverse=True)
    for name in ordered:
        spans, start = [], text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + len(name))
        if spans:
            return spans
    return []


# The classes and predicates the page reads, as plain IRIs (the store's own keys).
_TYPE, _LABEL, _ALT_LABEL, _SAME_AS = str(RDF.type), str(RDFS.label), str(SKOS.altLabel), str(OWL.sameAs)
_SUBJECT, _PREDICATE, _OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_ARTICLE, _SENTENCE, _ASSERTION, _STATEMENT = (str(KG[name])
                                               for name in ("Article", "Sentence", "Assertion", "Statement"))
(_HEADLINE, _DATE_PUBLISHED, _URL, _PUBLISHER, _MENTIONS, _IN_ARTICLE, _SENTENCE_TEXT, _MENTION_OF, _IN_SENTENCE,
 _SURFACE, _CONFIDENCE, _RULE, _STATUS, _SPEAKER, _TEXT, _PARTICIPANT, _DATE, _LOCATION) = (str(KG[name]) for name in (
    "headline", "datePublished", "url", "publisher", "mentions", "inArticle", "sentenceText", "mentionOf",
    "inSentence", "surface", "confidence", "rule", "status", "speaker", "text", "participant", "date", "location"))
_FACT_NAMES: dict[str, str] = {str(iri): name for name, iri in FACT_PROPERTIES.items()}
_SYMMETRIC = frozenset(str(iri) for iri in SYMMETRIC_PROPERTIES)
_ENTITY_CLASSES: dict[str, str] = {str(iri): name for name, iri in ENTITY_CLASS_IRIS.items()}
_EVENT_CLASSES: dict[str, str] = {str(iri): kind for iri, kind in EVENT_CLASSES.items()}
_READ = frozenset({
    _TYPE, _LABEL, _ALT_LABEL, _SAME_AS, _SUBJECT, _PREDICATE, _OBJECT, *_FACT_NAMES, _HEADLINE, _DATE_PUBLISHED,
    _URL, _PUBLISHER, _MENTIONS, _IN_ARTICLE, _SENTENCE_TEXT, _MENTION_OF, _IN_SENTENCE, _SURFACE, _CONFIDENCE,
    _RULE, _STATUS, _SPEAKER, _TEXT, _PARTICIPANT, _DATE, _LOCATION,
})


def _text(term) -> str:
    """What ``str()`` of the rdflib term gives: a literal's lexical form, an IRI itself, "" for none."""
    if term is None:
        return ""
    return term[0] if type(term) is tuple else str(term)


def _term_order(term) -> tuple:
    """rdflib's order of terms (blank nodes, IRIs, literals), for plain terms of mixed kinds."""
    if type(term) is str:
        return (30, term)
    if type(term) is tuple:
        return (40, term[0])
    return (10, str(term))


class _Triples:
    """The triples of the predicates the page reads, as plain terms, grouped by predicate.

    Reading per predicate instead of per node: a news graph has a few hundred
    thousand triples and the page needs a dozen lookups for each of its tens of
    thousands of nodes; one pass that files every triple under its predicate
    costs less than the rdflib calls for a few hundred nodes.  From kg's own
    :class:`PlainStore` the store's triples are filed as they are (no rdflib
    term, no index, not even a new tuple is made); any other store is read one
    predicate at a time through rdflib.  Terms are plain as in PlainStore: an IRI
    is a ``str``, a literal a ``(lexical, language, datatype)`` tuple.
    """

    def __init__(self, graph: Graph) -> None:
        by_predicate: dict[str, list[tuple]] = {p: [] for p in _READ}
        store = graph.store
        if isinstance(store, PlainStore):
            get = by_predicate.get
            for triple in store.plain_triples():
                bucket = get(triple[1])
                if bucket is not None:
                    bucket.append(triple)
            self.blank_nodes = store.has_blank_nodes()
        else:
            self.blank_nodes = False
            for p in by_predicate:
                found = by_predicate[p] = [(plain_term(s), p, plain_term(o))
                                           for s, o in graph.subject_objects(URIRef(p))]
                self.blank_nodes = self.blank_nodes or any(type(s) is BNode or type(o) is BNode for s, _, o in found)
        self.of = by_predicate
        self._first: dict[str, dict] = {}
        self._all: dict[str, dict] = {}

    def first(self, predicate: str) -> dict:
        """Subject → its first object in store order (from a PlainStore: what ``graph.objects`` gives first)."""
        found = self._first.get(predicate)
        if found is None:
            found = self._first[predicate] = {s: o for s, _p, o in reversed(self.of[predicate])}  # earliest wins
        return found

    def all(self, predicate: str) -> dict[object, list]:
        """Subject → every object, in store order."""
        found = self._all.get(predicate)
        if found is None:
            found = self._all[predicate] = {}
            for s, _p, o in self.of[predicate]:
                objects = found.get(s)
                if objects is None:
                    found[s] = [o]
                else:
                    objects.append(o)
        return found

    def by_object(self, predicate: str) -> list[tuple]:
        """The (subject, object) pairs grouped by object, the order ``graph.subject_objects(predicate)`` yields."""
        grouped: dict[object, list] = {}
        for s, _p, o in self.of[predicate]:
            subjects = grouped.get(o)
            if subjects is None:
                grouped[o] = [s]
            else:
                subjects.append(s)
        return [(s, o) for o, subjects in grouped.items() for s in subjects]

    def sorted_nodes(self, nodes) -> list:
        """Nodes in rdflib's order, as ``sorted()`` over rdflib terms gives them."""
        nodes = list(nodes)
        if not self.blank_nodes:
            try:
                return sorted(nodes)   # IRIs alone (or literals alone): string order is rdflib's
            except TypeError:          # an IRI compared with a literal: rdflib orders by kind first
                pass
        return sorted(nodes, key=_term_order)

    def sorted_pairs(self, predicate: str) -> list[tuple]:
        """The (subject, object) pairs of ``predicate`` in rdflib's order."""
        triples = self.of[predicate]
        if not self.blank_nodes:
            try:
                return [(s, o) for s, _p, o in sorted(triples)]   # one predicate: (s, p, o) order is (s, o) order
            except TypeError:
                pass
        return sorted(((s, o) for s, _p, o in triples), key=lambda pair: (_term_order(pair[0]), _term_order(pair[1])))


class _Reader:
    """Reads one graph into an :class:`Explorer`; kept as a class for its lookup tables."""

    def __init__(self, graph: Graph) -> None:
        self.triples = _Triples(graph)
        self.out = Explorer()
        self.entity_index: dict[object, int] = {}
        self.article_index: dict[object, int] = {}
        self.sentence_index: dict[object, int] = {}
        self.surfaces: dict[tuple[int, int], list[str]] = defaultdict(list)   # (sentence, entity) → surfaces
        self.typed: dict[object, list] = {}   # class → its instances
        for node, _p, cls in self.triples.of[_TYPE]:
            instances = self.typed.get(cls)
            if instances is None:
                self.typed[cls] = [node]
            else:
                instances.append(node)

    def read(self) -> Explorer:
        self._entities()
        self._articles()
        self._sentences()
        self._mentions()
        self._facts()
        self._statements()
        self._events()
        return self.out

    def _instances(self, cls: str) -> list:
        """The nodes of class ``cls``, sorted."""
        return self.triples.sorted_nodes(set(self.typed.get(cls, ())))

    def _entities(self) -> None:
        t, out = self.triples, self.out
        # IRIs only: sorted as strings, which is rdflib's order for IRIs
        typed = sorted((node, cls) for node, _p, cls in t.of[_TYPE] if cls in _ENTITY_CLASSES and type(node) is str)
        labels, alt_labels, same_as_of = t.all(_LABEL), t.all(_ALT_LABEL), t.all(_SAME_AS)
        for node, cls_iri in typed:
            if node in self.entity_index:
                continue
            fa, en = _labels(labels.get(node, ()))
            fa = fa or node.rstrip("/").rsplit("/", 1)[-1]
            aliases = sorted({_text(a) for a in alt_labels.get(node, ())} - {fa, en})
            same_as = sorted(_text(s) for s in same_as_of.get(node, ()))
            self.entity_index[node] = len(out.entities)
            out.entities.append(EntityInfo(node, _ENTITY_CLASSES[cls_iri], fa, en, aliases, same_as))

    def _articles(self) -> None:
        t, out = self.triples, self.out
        headlines, labels, dates = t.first(_HEADLINE), t.first(_LABEL), t.first(_DATE_PUBLISHED)
        urls, publishers, mentions = t.first(_URL), t.first(_PUBLISHER), t.all(_MENTIONS)
        for node in self._instances(_ARTICLE):
            headline = _text(headlines.get(node)) or _text(labels.get(node))
            publisher = publishers.get(node)
            publisher_index = self.entity_index.get(publisher) if publisher is not None else None
            publisher_name = out.entities[publisher_index].label_fa if publisher_index is not None else ""
            self.article_index[node] = len(out.articles)
            out.articles.append(ArticleInfo(headline, _text(dates.get(node))[:10], publisher_name,
                                            _text(urls.get(node))))
            out.article_publisher.append(publisher_index)
            mentioned = sorted({self.entity_index[e] for e in mentions.get(node, ()) if e in self.entity_index})
            out.article_mentions.append(mentioned)
            for entity in mentioned:
                out.entities[entity].articles.add(len(out.articles) - 1)

    def _sentences(self) -> None:
        t, out = self.triples, self.out
        in_article, texts = t.first(_IN_ARTICLE), t.first(_SENTENCE_TEXT)
        for node in self._instances(_SENTENCE):
            article = self.article_index.get(in_article.get(node))
            text = texts.get(node)
            if article is None or text is None:
                continue
            self.sentence_index[node] = len(out.sentences)
            out.sentences.append(SentenceInfo(article, _text(text)))

    def _mentions(self) -> None:
        t, out = self.triples, self.out
        in_sentence, surfaces = t.first(_IN_SENTENCE), t.first(_SURFACE)
        entity_index, sentence_index, surfaces_at = self.entity_index, self.sentence_index, self.surfaces
        seen: set[tuple[int, int]] = set()
        for mention, entity_node in t.sorted_pairs(_MENTION_OF):
            entity = entity_index.get(entity_node)
            sentence = sentence_index.get(in_sentence.get(mention))
            if entity is None or sentence is None:
                continue
            key = (sentence, entity)
            surface = surfaces.get(mention)
            if surface is not None:
                surfaces_at[key].append(_text(surface))
            if key in seen:
                continue
            seen.add(key)
            out.entities[entity].mentions.append(Source(sentence))
        for info_index, info in enumerate(out.entities):
            for source in info.mentions:
                source.spans = self.spans(source.sentence, info_index)

    def spans(self, sentence: int, *entities: int) -> list[tuple[int, int]]:
        """Spans of ``entities`` in the sentence: their surfaces there, else any of their names."""
        text = self.out.sentences[sentence].text
        if len(entities) == 1:   # find_spans gives them sorted and distinct already
            return self._entity_spans(text, sentence, entities[0])
        spans: list[tuple[int, int]] = []
        for entity in entities:
            spans += self._entity_spans(text, sentence, entity)
        return sorted(set(spans))

    def _entity_spans(self, text: str, sentence: int, entity: int) -> list[tuple[int, int]]:
        surfaces = self.surfaces.get((sentence, entity))
        if surfaces:
            found = find_spans(text, surfaces)
            if found:
                return found
        info = self.out.entities[entity]
        return find_spans(text, [info.label_fa, info.label_en, *info.aliases])

    def _source(self, node) -> Source | None:
        t = self.triples
        sentence = self.sentence_index.get(t.first(_IN_SENTENCE).get(node))
        if sentence is None:
            return None
        confidence = t.first(_CONFIDENCE).get(node)
        return Source(sentence, [], _text(t.first(_RULE).get(node)), _text(t.first(_STATUS).get(node)),
                      float(_text(confidence)) if confidence is not None else None)

    def _facts(self) -> None:
        t, out = self.triples, self.out
        edges: dict[tuple[int, str, int], FactInfo] = {}

        def edge(s: int, p: str, o: int) -> FactInfo:
            symmetric = p in _SYMMETRIC
            key = (min(s, o), _FACT_NAMES[p], max(s, o)) if symmetric else (s, _FACT_NAMES[p], o)
            if key not in edges:
                edges[key] = FactInfo(key[0], key[1], key[2], symmetric, stated=False)
            return edges[key]

        for prop, name in _FACT_NAMES.items():
            for s_node, value in t.by_object(prop):
                s = self.entity_index.get(s_node)
                if s is None:
                    continue
                if type(value) is tuple:
                    out.entities[s].literals.append((name, value[0]))
                elif value in self.entity_index and value != s_node:
                    edge(s, prop, self.entity_index[value]).stated = True
        subjects, predicates, objects = t.first(_SUBJECT), t.first(_PREDICATE), t.first(_OBJECT)
        for node in self._instances(_ASSERTION):
            s = self.entity_index.get(subjects.get(node))
            prop = predicates.get(node)
            o = self.entity_index.get(objects.get(node))
            if s is None or o is None or s == o or prop not in _FACT_NAMES:
                continue
            fact = edge(s, prop, o)
            source = self._source(node)
            if source is not None:
                source.spans = self.spans(source.sentence, s, o)
                fact.sources.append(source)
        out.facts = sorted(edges.values(), key=lambda f: (f.subject, f.predicate, f.object))

    def _statements(self) -> None:
        t, out = self.triples, self.out
        speakers, texts = t.first(_SPEAKER), t.first(_TEXT)
        for node in self._instances(_STATEMENT):
            speaker = self.entity_index.get(speakers.get(node))
            text = texts.get(node)
            if speaker is None or text is None:
                continue
            source = self._source(node)
            if source is not None:
                source.spans = find_spans(out.sentences[source.sentence].text, [_text(text)])
            out.statements.append(StatementInfo(speaker, _text(text), source))

    def _events(self) -> None:
        t, out = self.triples, self.out
        participants_of, dates = t.all(_PARTICIPANT), t.first(_DATE)
        places, statuses = t.first(_LOCATION), t.first(_STATUS)
        for cls_iri, kind in _EVENT_CLASSES.items():
            for node in self._instances(cls_iri):
                participants = sorted({self.entity_index[p] for p in participants_of.get(node, ())
                                       if p in self.entity_index})
                if not participants:
                    continue
                source = self._source(node)
                date = _text(dates.get(node))[:10]
                by_article = False
                if not date and source is not None:
                    date = out.articles[out.sentences[source.sentence].article].date
                    by_article = bool(date)
                if source is not None:
                    source.spans = self.spans(source.sentence, *participants)
                place = self.entity_index.get(places.get(node))
                out.events.append(EventInfo(kind, participants, date, by_article, place,
                                            _text(statuses.get(node)), source))
        out.events.sort(key=lambda e: (e.date or "9999", e.kind))


def _labels(values) -> tuple[str, str]:
    """The first ``@fa``, ``@en`` and untagged label among plain terms: (fa, else untagged, else en; en)."""
    fa = en = plain = ""
    for label in values:
        if type(label) is not tuple:
            continue
        lexical, language = label[0], label[1]
        if language == "fa" and not fa:
            fa = lexical
        elif language == "en" and not en:
            en = lexical
        elif not language and not plain:
            plain = lexical
    return fa or plain or en, en


def read_explorer(graph: Graph) -> Explorer:
    """The records of ``graph`` that the page shows."""
    return _Reader(graph).read()


__all__ = ["Explorer", "EntityInfo", "FactInfo", "ArticleInfo", "SentenceInfo", "Source",
           "StatementInfo", "EventInfo", "read_explorer", "term_labels", "find_spans"]
