"""Documents → RDF: one :class:`GraphBuilder` collects every document of a build.

What goes in, per document:

* the article (``kg:Article`` and ``schema:NewsArticle``): headline (also
  ``rdfs:label``), ``datePublished`` (``xsd:date``), ``url`` (``xsd:anyURI``),
  ``publisher`` → an Organization node, ``mentions`` → every entity named;
* one node per entity key, merged over all documents: its class, ``rdfs:label``
  ``@fa``/``@en``, ``skos:altLabel`` for every other surface form, ``owl:sameAs``;
* provenance: a ``kg:Sentence`` node per sentence that something was found in
  (its text and original offsets) and a ``kg:Mention`` node per mention pointing
  to it, so every later fact can cite its sentence;
* facts (the flat triple, plus a ``kg:Assertion`` with its sentence, rule,
  status and confidence), quotations (``kg:Statement``) and events (``kg:Meeting``,
  ``kg:Visit``, ``kg:Agreement``), each citing its sentence.

Entity and publisher triples are written when the graph is read (``.graph``,
``write_turtle``, the counters), because a later document may add labels to an
entity, change its majority class, or name the organisation behind a publisher.
"""
from __future__ import annotations

import datetime as _dt
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from ..document import Document, Entity, Event, Evidence, Fact, Statement
from ..text import fold
from .iris import Iris, key_same_as, same_as_iri, short_hash, slugify
from .serialize import write_turtle
from .vocabulary import ENTITY_CLASS_IRIS, FACT_PROPERTIES, KG, PREFIXES, SCHEMA

_ENTITY_PREDICATES = (RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs)


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The shipped ontology (kg/graph/ontology.ttl), parsed once per process."""
    text = resources.files(__package__).joinpath("ontology.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def _clean(text: str | None) -> str:
    """One surface form: NFC, trimmed, inner whitespace runs collapsed."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


def _is_arabic_script(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)


@dataclass
class _EntityRecord:
    """Everything known about one entity key, merged over the documents."""

    key: str
    node: URIRef
    label_fa: str
    label_en: str | None = None
    classes: Counter = field(default_factory=Counter)
    surfaces: dict[str, None] = field(default_factory=dict)  # ordered set of other forms
    same_as: dict[URIRef, None] = field(default_factory=dict)
    minted: bool = False            # made up from a publisher string, not recognised in a text

    @property
    def cls(self) -> str:
        return self.classes.most_common(1)[0][0]

    def names(self) -> list[str]:
        return [n for n in (self.label_fa, self.label_en, *self.surfaces) if n]


@dataclass
class _ArticleRecord:
    node: URIRef
    publisher: str | None
    local_keys: list[str]           # entity keys of the article itself (preferred publisher owners)


class GraphBuilder:
    """Collects documents into one rdflib graph with stable IRIs.

    >>> builder = GraphBuilder("https://example.org/kg/")
    >>> builder.add(doc)                                  # doctest: +SKIP
    >>> builder.write_turtle("output/graph.ttl")          # doctest: +SKIP
    """

    def __init__(self, base_iri: str | None = None, *, include_ontology: bool = True) -> None:
        self.iris = Iris(base_iri)
        self._graph = Graph()
        for prefix, ns in PREFIXES.items():
            self._graph.bind(prefix, ns, override=True)
        if include_ontology:
            for triple in ontology_graph():
                self._graph.add(triple)
        self._entities: dict[str, _EntityRecord] = {}
        self._articles: dict[str, _ArticleRecord] = {}   # slug → record
        self._article_sources: dict[str, str] = {}        # article id → source it was first read from
        self._dirty: set[str] = set()
        self._publishers_stale = False

    # ------------------------------------------------------------------ reading
    @property
    def graph(self) -> Graph:
        """The whole graph (ontology, articles, entities, provenance, facts)."""
        self._materialise()
        return self._graph

    def entity_counts(self) -> Counter:
        """Entity class → number of entity nodes of that class."""
        graph = self.graph
        by_iri = {iri: name for name, iri in ENTITY_CLASS_IRIS.items()}
        counts: Counter = Counter()
        for cls_iri, name in by_iri.items():
            counts[name] = sum(1 for _ in graph.subjects(RDF.type, cls_iri, unique=True))
        return +counts

    def fact_counts(self) -> Counter:
        """Fact property local name → number of fact triples."""
        graph = self.graph
        counts: Counter = Counter()
        for name, prop in FACT_PROPERTIES.items():
            counts[name] = sum(1 for _ in graph.triples((None, prop, None)))
        return +counts

    def statement_count(self) -> int:
        """Number of quotation nodes (``kg:Statement``)."""
        return sum(1 for _ in self.graph.subjects(RDF.type, KG.Statement, unique=True))

    def write_turtle(self, path: str | Path) -> Path:
        """Write the graph as Turtle, atomically (a reader never sees half a file)."""
        return write_turtle(self.graph, path, prefixes=PREFIXES)

    # ------------------------------------------------------------------ adding
    def add(self, doc: Document) -> None:
        """Add one processed document: article, entities, mentions, then facts and quotations."""
        slug = self._claim_slug(doc)
        art_node = self.iris.article(slug)
        self._add_article(doc, art_node)

        for key, entity in doc.entities.items():
            self._merge_entity(entity, doc, key)

        sentences = {s.index: s for s in doc.sentences}
        emitted_sentences: set[int] = set()
        local_keys: list[str] = [k for k in doc.entities if k in self._entities]
        for mention in doc.mentions:
            record = self._entities.get(mention.entity_key)
            if record is None:
                if mention.cls not in ENTITY_CLASS_IRIS:
                    doc.warnings.append(f"graph: mention {mention.surface!r} has unknown class {mention.cls!r}")
                    continue
                # a mention whose entity the recogniser forgot: the mention alone defines it
                record = self._merge_entity(
                    Entity(key=mention.entity_key, cls=mention.cls, label_fa=mention.surface), doc, None)
                if record is None:
                    continue
                local_keys.append(record.key)
            start, end = self._original_span(doc, mention.start, mention.end, mention.orig_start, mention.orig_end)
            m_node = self.iris.mention(slug, start, end)
            g = self._graph
            g.add((m_node, RDF.type, KG.Mention))
            g.add((m_node, KG.mentionOf, record.node))
            g.add((m_node, KG.startOffset, Literal(start)))
            g.add((m_node, KG.endOffset, Literal(end)))
            surface = _clean(mention.surface)
            if surface:
                g.add((m_node, KG.surface, Literal(surface, lang="fa")))
                record.surfaces.setdefault(surface)
            if mention.source:
                g.add((m_node, KG.recogniser, Literal(mention.source)))
            index = mention.sentence if mention.sentence >= 0 else doc.sentence_at(mention.start)
            if index in sentences:
                sent_node = self._add_sentence(doc, slug, art_node, sentences[index], emitted_sentences)
                g.add((m_node, KG.inSentence, sent_node))
            else:
                g.add((m_node, KG.inArticle, art_node))
            g.add((art_node, KG.mentions, record.node))
            self._dirty.add(record.key)

        self._articles[slug] = _ArticleRecord(art_node, _clean(doc.article.publisher) or None, local_keys)
        self._publishers_stale = True

        for fact in doc.facts:
            self.add_fact(doc, fact, slug, emitted_sentences)
        for statement in doc.statements:
            self.add_statement(doc, statement, slug, emitted_sentences)
        for event in doc.events:
            self.add_event(doc, event, slug, emitted_sentences)

    def add_fact(self, doc: Document, fact: Fact, slug: str, emitted: set[int]) -> URIRef | None:
        """One fact: the flat triple, plus a ``kg:Assertion`` citing its sentence and rule.

        A fact the text only proposes (``status='proposed'``: a planned twinning, an
        agreement under study) gets the assertion but no flat triple, so that
        ``?a kg:sisterCityOf ?b`` finds only what the text says exists.  Symmetric
        properties are stored in one direction; the ontology declares them symmetric.
        """
        predicate = FACT_PROPERTIES.get(fact.predicate)
        subject = self._entities.get(fact.subject)
        if predicate is None or subject is None:
            doc.warnings.append(f"graph: fact left out, unknown predicate or entity: {fact.subject} {fact.predicate}")
            return None
        if isinstance(fact.object, bool):
            obj: URIRef | Literal | None = None
        elif isinstance(fact.object, int):
            obj = Literal(fact.object)
        else:
            target = self._entities.get(fact.object)
            obj = target.node if target is not None else None
        if obj is None:
            doc.warnings.append(f"graph: fact left out, unknown object {fact.object!r}")
            return None
        g = self._graph
        if fact.status == "stated":
            g.add((subject.node, predicate, obj))
        evidence = fact.evidence
        node = self.iris.assertion(slug, subject.key, fact.predicate, obj, evidence.sentence, evidence.start)
        g.add((node, RDF.type, KG.Assertion))
        g.add((node, RDF.subject, subject.node))
        g.add((node, RDF.predicate, predicate))
        g.add((node, RDF.object, obj))
        g.add((node, KG.status, Literal(fact.status)))
        self._add_evidence(doc, slug, node, evidence, emitted)
        return node

    def add_statement(self, doc: Document, statement: Statement, slug: str, emitted: set[int]) -> URIRef | None:
        """One quotation: ``kg:Statement`` with ``speaker`` → the entity and ``text`` → the words @fa."""
        speaker = self._entities.get(statement.speaker)
        text = _clean(statement.text)
        if speaker is None or not text:
            doc.warnings.append(f"graph: quotation left out, unknown speaker {statement.speaker!r} or no text")
            return None
        evidence = statement.evidence
        start, end = doc.original_span(evidence.start, evidence.end)
        node = self.iris.statement(slug, start, end)
        g = self._graph
        if any(other != Literal(text, lang="fa") for other in g.objects(node, KG.text)):
            node = URIRef(f"{node}-{short_hash(text, 6)}")  # two quotations read from one span
        g.add((node, RDF.type, KG.Statement))
        g.add((node, KG.speaker, speaker.node))
        g.add((node, KG.text, Literal(text, lang="fa")))
        self._add_evidence(doc, slug, node, evidence, emitted, with_confidence=False)
        return node

    def add_event(self, doc: Document, event: Event, slug: str, emitted: set[int]) -> URIRef | None:
        """One meeting, visit or signing, with participants, date and place (flat facts come separately)."""
        cls = {"Meeting": KG.Meeting, "Visit": KG.Visit, "Agreement": KG.Agreement}.get(event.kind)
        participants = [self._entities[k].node for k in event.participants if k in self._entities]
        if cls is None or not participants:
            doc.warnings.append(f"graph: event left out, unknown kind {event.kind!r} or participants")
            return None
        evidence = event.evidence
        node = self.iris.event(slug, event.kind, evidence.sentence, *sorted(event.participants))
        g = self._graph
        g.add((node, RDF.type, cls))
        for participant in participants:
            g.add((node, KG.participant, participant))
        if isinstance(event.date, _dt.date):
            date = event.date.date() if isinstance(event.date, _dt.datetime) else event.date
            g.add((node, KG.date, Literal(date.isoformat(), datatype=XSD.date)))
        if event.place and event.place in self._entities:
            g.add((node, KG.location, self._entities[event.place].node))
        g.add((node, KG.status, Literal(event.status)))
        self._add_evidence(doc, slug, node, evidence, emitted)
        return node

    # ------------------------------------------------------------------ internals
    def _claim_slug(self, doc: Document) -> str:
        """The article's slug; an id read twice from different sources gets a distinct one."""
        art = doc.article
        slug = self.iris.article_slug(art.id)
        first_source = self._article_sources.setdefault(art.id, art.source)
        if first_source != art.source:
            slug = f"{slug}-{short_hash(art.source, 6)}"
            doc.warnings.append(f"graph: article id {art.id!r} already read from {first_source}")
        return slug

    def _add_article(self, doc: Document, node: URIRef) -> None:
        art, g = doc.article, self._graph
        g.add((node, RDF.type, KG.Article))
        g.add((node, RDF.type, SCHEMA.NewsArticle))
        title = _clean(art.title)
        headline = Literal(title, lang="fa") if title else Literal(art.id)
        g.add((node, KG.headline, headline))
        g.add((node, RDFS.label, headline))
        date = art.date
        if isinstance(date, _dt.datetime):
            date = date.date()
        if isinstance(date, _dt.date):
            g.add((node, KG.datePublished, Literal(date.isoformat(), datatype=XSD.date)))
        elif date:
            doc.warnings.append(f"graph: publication date {date!r} is not a date; left out")
        if art.url and art.url.strip():
            g.add((node, KG.url, Literal(art.url.strip(), datatype=XSD.anyURI)))
        if art.source:
            g.add((node, KG.source, Literal(Path(art.source).name)))
        if art.news_code:
            g.add((node, KG.newsCode, Literal(str(art.news_code).strip())))

    def _merge_entity(self, entity: Entity, doc: Document, dict_key: str | None) -> _EntityRecord | None:
        key = (entity.key or dict_key or "").strip()
        if entity.cls not in ENTITY_CLASS_IRIS or not key:
            doc.warnings.append(f"graph: entity {key or entity.label_fa!r} has unknown class {entity.cls!r}; left out")
            return None
        label_fa = _clean(entity.label_fa) or next(iter(sorted(map(_clean, entity.aliases))), "") or key
        record = self._entities.get(key)
        if record is None or record.minted:
            previous = record
            record = self._entities[key] = _EntityRecord(key, self.iris.entity(key), label_fa)
            if previous is not None:  # a real entity replaces a node minted from a publisher name
                record.surfaces.setdefault(previous.label_fa)
        elif label_fa != record.label_fa:
            record.surfaces.setdefault(label_fa)
        record.classes[entity.cls] += 1
        label_en = _clean(entity.label_en)
        if label_en and not record.label_en:
            record.label_en = label_en
        elif label_en and label_en != record.label_en:
            record.surfaces.setdefault(label_en)
        for alias in sorted(map(_clean, entity.aliases)):
            if alias:
                record.surfaces.setdefault(alias)
        implied = key_same_as(key)
        if implied is not None:
            record.same_as.setdefault(implied)
        for identifier in entity.same_as:
            iri = same_as_iri(identifier)
            if iri is None:
                doc.warnings.append(f"graph: {key}: identifier {identifier!r} not recognised; left out")
            else:
                record.same_as.setdefault(iri)
        self._dirty.add(key)
        self._publishers_stale = True
        return record

    @staticmethod
    def _original_span(doc: Document, start: int, end: int, orig_start: int, orig_end: int) -> tuple[int, int]:
        if 0 <= orig_start <= orig_end:
            return orig_start, orig_end
        return doc.original_span(start, end)

    def _add_sentence(self, doc: Document, slug: str, art_node: URIRef, sentence, emitted: set[int]) -> URIRef:
        node = self.iris.sentence(slug, sentence.index)
        if sentence.index not in emitted:
            emitted.add(sentence.index)
            g = self._graph
            start, end = doc.original_span(sentence.start, sentence.end)
            g.add((node, RDF.type, KG.Sentence))
            g.add((node, KG.inArticle, art_node))
            g.add((node, KG.sentenceIndex, Literal(sentence.index)))
            g.add((node, KG.sentenceText, Literal(_clean(sentence.text_of(doc)), lang="fa")))
            g.add((node, KG.startOffset, Literal(start)))
            g.add((node, KG.endOffset, Literal(end)))
        return node

    def _add_evidence(self, doc: Document, slug: str, node: URIRef, evidence: Evidence, emitted: set[int],
                      *, with_confidence: bool = True) -> None:
        """Article, sentence, original offsets and rule behind a fact, quotation or event."""
        g = self._graph
        art_node = self.iris.article(slug)
        g.add((node, KG.inArticle, art_node))
        sentence = next((s for s in doc.sentences if s.index == evidence.sentence), None)
        if sentence is not None:
            g.add((node, KG.inSentence, self._add_sentence(doc, slug, art_node, sentence, emitted)))
        if 0 <= evidence.start < evidence.end:
            start, end = doc.original_span(evidence.start, evidence.end)
            g.add((node, KG.startOffset, Literal(start)))
            g.add((node, KG.endOffset, Literal(end)))
        if evidence.rule:
            g.add((node, KG.rule, Literal(evidence.rule)))
        if with_confidence and isinstance(evidence.confidence, (int, float)):
            g.add((node, KG.confidence, Literal(f"{float(evidence.confidence):.3f}", datatype=XSD.decimal)))

    def _materialise(self) -> None:
        if self._publishers_stale:
            self._link_publishers()
            self._publishers_stale = False
        g = self._graph
        for key in sorted(self._dirty):
            record = self._entities.get(key)
            if record is None:
                continue
            for predicate in _ENTITY_PREDICATES:
                g.remove((record.node, predicate, None))
            g.add((record.node, RDF.type, ENTITY_CLASS_IRIS[record.cls]))
            g.add((record.node, RDFS.label, Literal(record.label_fa, lang="fa")))
            if record.label_en:
                g.add((record.node, RDFS.label, Literal(record.label_en, lang="en")))
            for surface in record.surfaces:
                if surface in (record.label_fa, record.label_en):
                    continue
                lang = "fa" if _is_arabic_script(surface) else None
                g.add((record.node, SKOS.altLabel, Literal(surface, lang=lang)))
            for iri in record.same_as:
                g.add((record.node, OWL.sameAs, iri))
        self._dirty.clear()

    def _link_publishers(self) -> None:
        """Point each article's ``publisher`` at the organisation that carries its name.

        A recognised Organization whose name or alias folds to the publisher
        string wins (one of the article's own entities first); otherwise a node is
        minted from the string.  Re-run whenever documents were added, since a
        later article may name the organisation a minted node stood for.
        """
        by_name: dict[str, str] = {}
        for record in self._entities.values():
            if record.minted or record.cls != "Organization":
                continue
            for name in record.names():
                by_name.setdefault(fold(name), record.key)
        g = self._graph
        used_minted: set[str] = set()
        for article in self._articles.values():
            g.remove((article.node, KG.publisher, None))
            if not article.publisher:
                continue
            wanted = fold(article.publisher)
            key = next((k for k in article.local_keys
                        if self._entities[k].cls == "Organization"
                        and any(fold(n) == wanted for n in self._entities[k].names())), None)
            key = key or by_name.get(wanted)
            if key is None:
                key = "org/" + (slugify(article.publisher) or short_hash(article.publisher))
                record = self._entities.get(key)
                if record is None:
                    record = self._entities[key] = _EntityRecord(
                        key, self.iris.entity(key), article.publisher, minted=True)
                    record.classes["Organization"] += 1
                if record.minted:
                    used_minted.add(key)
                    if article.publisher != record.label_fa:
                        record.surfaces.setdefault(article.publisher)
                self._dirty.add(key)
            g.add((article.node, KG.publisher, self._entities[key].node))
        for key in [k for k, r in self._entities.items() if r.minted and k not in used_minted]:
            node = self._entities.pop(key).node
            for predicate in _ENTITY_PREDICATES:
                g.remove((node, predicate, None))
