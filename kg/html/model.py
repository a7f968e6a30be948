"""rdflib graph → the plain records the explorer shows (entities, facts, sources, quotations, events).

The page never sees RDF: this module reads the graph once, by predicate, into
small dataclasses, so that :mod:`kg.html.network` can choose, lay out and
serialise them, and so the benchmark can make the same records at random
without building 80,000 triples first.

Provenance is resolved here: a fact's sources are its ``kg:Assertion`` nodes →
sentence → article; the spans to highlight in a sentence are found by looking
for the mention's surface (and then the entity's names) in the stored sentence
text, because the stored text is whitespace-normalised and the original offsets
no longer index it exactly.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

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


def _labels(graph: Graph, node: URIRef) -> tuple[str, str]:
    fa = en = plain = ""
    for label in graph.objects(node, RDFS.label):
        if not isinstance(label, Literal):
            continue
        if label.language == "fa" and not fa:
            fa = str(label)
        elif label.language == "en" and not en:
            en = str(label)
        elif not label.language and not plain:
            plain = str(label)
    return fa or plain or en, en


def find_spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Where the first of ``names`` that occurs in ``text`` occurs (every occurrence), longest name first."""
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        spans, start = [], text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + len(name))
        if spans:
            return spans
    return []


def _first(graph: Graph, node, predicate):
    return next(iter(graph.objects(node, predicate)), None)


class _Reader:
    """Reads one graph into an :class:`Explorer`; kept as a class for its lookup tables."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.out = Explorer()
        self.entity_index: dict[URIRef, int] = {}
        self.article_index: dict[URIRef, int] = {}
        self.sentence_index: dict[URIRef, int] = {}
        self.surfaces: dict[tuple[int, int], list[str]] = defaultdict(list)   # (sentence, entity) → surfaces

    def read(self) -> Explorer:
        self._entities()
        self._articles()
        self._sentences()
        self._mentions()
        self._facts()
        self._statements()
        self._events()
        return self.out

    def _entities(self) -> None:
        g, out = self.graph, self.out
        by_class = {iri: name for name, iri in ENTITY_CLASS_IRIS.items()}
        for node, cls_iri in sorted(g.subject_objects(RDF.type)):
            name = by_class.get(cls_iri)
            if name is None or not isinstance(node, URIRef) or node in self.entity_index:
                continue
            fa, en = _labels(g, node)
            fa = fa or str(node).rstrip("/").rsplit("/", 1)[-1]
            aliases = sorted({str(a) for a in g.objects(node, SKOS.altLabel)} - {fa, en})
            same_as = sorted(str(s) for s in g.objects(node, OWL.sameAs))
            self.entity_index[node] = len(out.entities)
            out.entities.append(EntityInfo(str(node), name, fa, en, aliases, same_as))

    def _articles(self) -> None:
        g, out = self.graph, self.out
        for node in sorted(set(g.subjects(RDF.type, KG.Article))):
            headline = _first(g, node, KG.headline) or _first(g, node, RDFS.label) or ""
            date = _first(g, node, KG.datePublished)
            url = _first(g, node, KG.url)
            publisher = _first(g, node, KG.publisher)
            publisher_index = self.entity_index.get(publisher) if publisher is not None else None
            publisher_name = out.entities[publisher_index].label_fa if publisher_index is not None else ""
            self.article_index[node] = len(out.articles)
            out.articles.append(ArticleInfo(str(headline), str(date or "")[:10], publisher_name, str(url or "")))
            out.article_publisher.append(publisher_index)
            mentioned = sorted({self.entity_index[e] for e in g.objects(node, KG.mentions) if e in self.entity_index})
            out.article_mentions.append(mentioned)
            for entity in mentioned:
                out.entities[entity].articles.add(len(out.articles) - 1)

    def _sentences(self) -> None:
        g, out = self.graph, self.out
        for node in sorted(set(g.subjects(RDF.type, KG.Sentence))):
            article = self.article_index.get(_first(g, node, KG.inArticle))
            text = _first(g, node, KG.sentenceText)
            if article is None or text is None:
                continue
            self.sentence_index[node] = len(out.sentences)
            out.sentences.append(SentenceInfo(article, str(text)))

    def _mentions(self) -> None:
        g, out = self.graph, self.out
        seen: set[tuple[int, int]] = set()
        for mention, entity_node in sorted(g.subject_objects(KG.mentionOf)):
            entity = self.entity_index.get(entity_node)
            sentence = self.sentence_index.get(_first(g, mention, KG.inSentence))
            if entity is None or sentence is None:
                continue
            surface = _first(g, mention, KG.surface)
            if surface is not None:
                self.surfaces[(sentence, entity)].append(str(surface))
            if (sentence, entity) in seen:
                continue
            seen.add((sentence, entity))
            out.entities[entity].mentions.append(Source(sentence))
        for info_index, info in enumerate(out.entities):
            for source in info.mentions:
                source.spans = self.spans(source.sentence, info_index)

    def spans(self, sentence: int, *entities: int) -> list[tuple[int, int]]:
        """Spans of ``entities`` in the sentence: their surfaces there, else any of their names."""
        text = self.out.sentences[sentence].text
        spans: list[tuple[int, int]] = []
        for entity in entities:
            info = self.out.entities[entity]
            spans += find_spans(text, self.surfaces.get((sentence, entity), [])) or \
                find_spans(text, [info.label_fa, info.label_en, *info.aliases])
        return sorted(set(spans))

    def _source(self, node) -> Source | None:
        g = self.graph
        sentence = self.sentence_index.get(_first(g, node, KG.inSentence))
        if sentence is None:
            return None
        confidence = _first(g, node, KG.confidence)
        return Source(sentence, [], str(_first(g, node, KG.rule) or ""), str(_first(g, node, KG.status) or ""),
                      float(confidence) if confidence is not None else None)

    def _facts(self) -> None:
        g, out = self.graph, self.out
        names = {iri: name for name, iri in FACT_PROPERTIES.items()}
        edges: dict[tuple[int, str, int], FactInfo] = {}

        def edge(s: int, p: URIRef, o: int) -> FactInfo:
            symmetric = p in SYMMETRIC_PROPERTIES
            key = (min(s, o), names[p], max(s, o)) if symmetric else (s, names[p], o)
            if key not in edges:
                edges[key] = FactInfo(key[0], key[1], key[2], symmetric, stated=False)
            return edges[key]

        for prop, name in names.items():
            for s_node, value in g.subject_objects(prop):
                s = self.entity_index.get(s_node)
                if s is None:
                    continue
                if isinstance(value, Literal):
                    out.entities[s].literals.append((name, str(value)))
                elif value in self.entity_index and value != s_node:
                    edge(s, prop, self.entity_index[value]).stated = True
        for node in sorted(set(g.subjects(RDF.type, KG.Assertion))):
            s = self.entity_index.get(_first(g, node, RDF.subject))
            prop = _first(g, node, RDF.predicate)
            o = self.entity_index.get(_first(g, node, RDF.object))
            if s is None or o is None or s == o or prop not in names:
                continue
            fact = edge(s, prop, o)
            source = self._source(node)
            if source is not None:
                source.spans = self.spans(source.sentence, s, o)
                fact.sources.append(source)
        out.facts = sorted(edges.values(), key=lambda f: (f.subject, f.predicate, f.object))

    def _statements(self) -> None:
        g, out = self.graph, self.out
        for node in sorted(set(g.subjects(RDF.type, KG.Statement))):
            speaker = self.entity_index.get(_first(g, node, KG.speaker))
            text = _first(g, node, KG.text)
            if speaker is None or text is None:
                continue
            source = self._source(node)
            if source is not None:
                source.spans = find_spans(out.sentences[source.sentence].text, [str(text)])
            out.statements.append(StatementInfo(speaker, str(text), source))

    def _events(self) -> None:
        g, out = self.graph, self.out
        for cls_iri, kind in EVENT_CLASSES.items():
            for node in sorted(set(g.subjects(RDF.type, cls_iri))):
                participants = sorted({self.entity_index[p] for p in g.objects(node, KG.participant)
                                       if p in self.entity_index})
                if not participants:
                    continue
                source = self._source(node)
                date = str(_first(g, node, KG.date) or "")[:10]
                by_article = False
                if not date and source is not None:
                    date = out.articles[out.sentences[source.sentence].article].date
                    by_article = bool(date)
                if source is not None:
                    source.spans = self.spans(source.sentence, *participants)
                place = self.entity_index.get(_first(g, node, KG.location))
                out.events.append(EventInfo(kind, participants, date, by_article, place,
                                            str(_first(g, node, KG.status) or ""), source))
        out.events.sort(key=lambda e: (e.date or "9999", e.kind))


def read_explorer(graph: Graph) -> Explorer:
    """The records of ``graph`` that the page shows."""
    return _Reader(graph).read()


__all__ = ["Explorer", "EntityInfo", "FactInfo", "ArticleInfo", "SentenceInfo", "Source",
           "StatementInfo", "EventInfo", "read_explorer", "term_labels", "find_spans"]
