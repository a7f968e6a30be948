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

Speed: triples are made as plain Python values (IRIs as ``str``, literals as
``(lexical, language, datatype)``, see :mod:`kg.graph.plain_store`) and added a
document at a time to a :class:`~kg.graph.plain_store.PlainStore`; ``.graph`` is an
ordinary rdflib ``Graph`` on that store.  rdflib terms are made only for what a
reader of ``.graph`` asks for, and Turtle never needs them.
"""
from __future__ import annotations

import datetime as _dt
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from ..document import Amount, Document, Entity, Event, Evidence, Fact, Sentence, Statement
from ..text import fold
from .iris import Iris, key_same_as, same_as_iri, short_hash, slugify
from .plain_store import PlainLiteral, PlainStore, PlainTriple, plain_literal, plain_term
from .serialize import write_turtle
from .vocabulary import ENTITY_CLASS_IRIS, FACT_PROPERTIES, KG, PREFIXES, SCHEMA

# The vocabulary as plain strings (the closed KG namespace still catches typos here, at import).
_TYPE, _LABEL, _ALT_LABEL, _SAME_AS = str(RDF.type), str(RDFS.label), str(SKOS.altLabel), str(OWL.sameAs)
_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_XSD_DATE, _XSD_DECIMAL, _XSD_ANY_URI = str(XSD.date), str(XSD.decimal), str(XSD.anyURI)
_NEWS_ARTICLE = str(SCHEMA.NewsArticle)
_K = {name: str(KG[name]) for name in (
    "Article", "Sentence", "Mention", "Assertion", "Statement", "Meeting", "Visit", "Agreement",
    "headline", "datePublished", "url", "source", "newsCode", "publisher", "mentions",
    "mentionOf", "inArticle", "inSentence", "sentenceIndex", "sentenceText", "startOffset", "endOffset",
    "surface", "recogniser", "rule", "status", "confidence", "speaker", "text", "participant", "date", "location",
    "Quantity", "quantity", "value", "unit", "qualifier",
)}
_CLASS_IRIS: dict[str, str] = {name: str(iri) for name, iri in ENTITY_CLASS_IRIS.items()}
_FACT_IRIS: dict[str, str] = {name: str(iri) for name, iri in FACT_PROPERTIES.items()}
_EVENT_CLASSES = {"Meeting": _K["Meeting"], "Visit": _K["Visit"], "Agreement": _K["Agreement"]}


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The shipped ontology (kg/graph/ontology.ttl), parsed once per process."""
    text = resources.files(__package__).joinpath("ontology.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


@lru_cache(maxsize=1)
def _ontology_triples() -> tuple[PlainTriple, ...]:
    return tuple(tuple(plain_term(term) for term in triple) for triple in ontology_graph())


def _clean(text: str | None) -> str:
    """One surface form: NFC, trimmed, inner whitespace runs collapsed."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


@lru_cache(maxsize=65536)
def _clean_name(text: str | None) -> str:
    """:func:`_clean` for names, which recur across mentions and documents."""
    return _clean(text)


def _is_arabic_script(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)


_INTEGERS: dict[int, PlainLiteral] = {}


def _integer(value: int) -> PlainLiteral:
    """``Literal(value)`` for an int (offsets, indexes, populations), memoised."""
    found = _INTEGERS.get(value) if type(value) is int else None
    if found is None:
        found = plain_literal(value)
        if type(value) is int and len(_INTEGERS) < 100_000:
            _INTEGERS[value] = found
    return found


def _fa(text: str) -> PlainLiteral:
    return (text, "fa", None)


def _text_literal(value: object) -> PlainLiteral:
    """``Literal(value)``: a plain string as it is, anything else as rdflib types it."""
    return (value, None, None) if type(value) is str else plain_literal(value)


@dataclass
class _EntityRecord:
    """Everything known about one entity key, merged over the documents."""

    key: str
    node: str                       # the entity's IRI
    label_fa: str
    label_en: str | None = None
    classes: Counter = field(default_factory=Counter)
    surfaces: dict[str, None] = field(default_factory=dict)  # ordered set of other forms
    same_as: dict[str, None] = field(default_factory=dict)   # IRIs
    minted: bool = False            # made up from a publisher string, not recognised in a text

    @property
    def cls(self) -> str:
        return self.classes.most_common(1)[0][0]

    def names(self) -> list[str]:
        return [n for n in (self.label_fa, self.label_en, *self.surfaces) if n]

    def triples(self) -> list[PlainTriple]:
        """The entity node's own triples: class, labels, other surface forms, sameAs."""
        node = self.node
        out = [(node, _TYPE, _CLASS_IRIS[self.cls]), (node, _LABEL, _fa(self.label_fa))]
        if self.label_en:
            out.append((node, _LABEL, (self.label_en, "en", None)))
        for surface in self.surfaces:
            if surface in (self.label_fa, self.label_en):
                continue
            out.append((node, _ALT_LABEL, (surface, "fa" if _is_arabic_script(surface) else None, None)))
        for iri in self.same_as:
            out.append((node, _SAME_AS, iri))
        return out


@dataclass
class _ArticleRecord:
    node: str                       # the article's IRI
    publisher: str | None
    local_keys: list[str]           # entity keys of the article itself (preferred publisher owners)


@dataclass
class _DocumentContext:
    """One document while it is added: where its nodes hang and the triples made so far."""

    doc: Document
    slug: str
    article: str                    # the article's IRI
    sentences: dict[int, Sentence]
    emitted: set[int]               # sentences whose node is already written
    out: list[PlainTriple] = field(default_factory=list)


class GraphBuilder:
    """Collects documents into one rdflib graph with stable IRIs.

    >>> builder = GraphBuilder("https://example.org/kg/")
    >>> builder.add(doc)                                  # doctest: +SKIP
    >>> builder.write_turtle("output/graph.ttl")          # doctest: +SKIP
    """

    def __init__(self, base_iri: str | None = None, *, include_ontology: bool = True) -> None:
        self.iris = Iris(base_iri)
        self._store = PlainStore()
        self._graph = Graph(store=self._store)
        for prefix, ns in PREFIXES.items():
            self._graph.bind(prefix, ns, override=True)
        if include_ontology:
            self._store.add_plain(_ontology_triples())
        self._entities: dict[str, _EntityRecord] = {}
        self._articles: dict[str, _ArticleRecord] = {}   # slug → record
        self._article_sources: dict[str, str] = {}        # article id → source it was first read from
        self._statement_texts: dict[str, PlainLiteral] = {}  # quotation node → the text it holds
        self._derived: dict[PlainTriple, None] = {}       # entity and publisher triples now in the store
        self._stale = False                               # documents added since they were written

    # ------------------------------------------------------------------ reading
    @property
    def graph(self) -> Graph:
        """The whole graph (ontology, articles, entities, provenance, facts)."""
        self._materialise()
        return self._graph

    def entity_counts(self) -> Counter:
        """Entity class → number of entity nodes of that class."""
        self._materialise()
        counts = Counter({name: self._store.count(_TYPE, iri) for name, iri in _CLASS_IRIS.items()})
        return +counts

    def fact_counts(self) -> Counter:
        """Fact property local name → number of fact triples."""
        self._materialise()
        counts = Counter({name: self._store.count(iri) for name, iri in _FACT_IRIS.items()})
        return +counts

    def statement_count(self) -> int:
        """Number of quotation nodes (``kg:Statement``)."""
        self._materialise()
        return self._store.count(_TYPE, _K["Statement"])

    def write_turtle(self, path: str | Path) -> Path:
        """Write the graph as Turtle, atomically (a reader never sees half a file)."""
        return write_turtle(self.graph, path, prefixes=PREFIXES)

    # ------------------------------------------------------------------ adding
    def add(self, doc: Document) -> None:
        """Add one processed document: article, entities, mentions, then facts and quotations."""
        slug = self._claim_slug(doc)
        ctx = self._context(doc, slug)
        art_node = ctx.article
        self._add_article(doc, art_node, ctx.out)

        for key, entity in doc.entities.items():
            self._merge_entity(entity, doc, key)

        sentences = ctx.sentences
        out = ctx.out
        local_keys: list[str] = [k for k in doc.entities if k in self._entities]
        mention_base = art_node + "/mention/"
        k_mention, k_mention_of, k_start, k_end = _K["Mention"], _K["mentionOf"], _K["startOffset"], _K["endOffset"]
        k_surface, k_recogniser, k_in_sentence = _K["surface"], _K["recogniser"], _K["inSentence"]
        k_in_article, k_mentions = _K["inArticle"], _K["mentions"]
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
            m_node = f"{mention_base}{start}-{end}"
            out.append((m_node, _TYPE, k_mention))
            out.append((m_node, k_mention_of, record.node))
            out.append((m_node, k_start, _integer(start)))
            out.append((m_node, k_end, _integer(end)))
            surface = _clean_name(mention.surface)
            if surface:
                # the entities stage decides which surface forms are the entity's aliases (Entity.aliases):
                # a form that is another entity's name («شانگهای» read as the SCO) stays on the mention only
                out.append((m_node, k_surface, _fa(surface)))
            if mention.source:
                out.append((m_node, k_recogniser, _text_literal(mention.source)))
            index = mention.sentence if mention.sentence >= 0 else doc.sentence_at(mention.start)
            if index in sentences:
                out.append((m_node, k_in_sentence, self._add_sentence(ctx, sentences[index])))
            else:
                out.append((m_node, k_in_article, art_node))
            out.append((art_node, k_mentions, record.node))

        self._articles[slug] = _ArticleRecord(art_node, _clean(doc.article.publisher) or None, local_keys)
        self._stale = True

        for fact in doc.facts:
            self._fact(ctx, fact)
        for statement in doc.statements:
            self._statement(ctx, statement)
        for event in doc.events:
            self._event(ctx, event)
        for amount in doc.amounts:
            self._amount(ctx, amount)
        self._store.add_plain(out)

    def add_fact(self, doc: Document, fact: Fact, slug: str, emitted: set[int]) -> URIRef | None:
        """One fact: the flat triple, plus a ``kg:Assertion`` citing its sentence and rule.

        A fact the text only proposes (``status='proposed'``: a planned twinning, an
        agreement under study) gets the assertion but no flat triple, so that
        ``?a kg:sisterCityOf ?b`` finds only what the text says exists.  Symmetric
        properties are stored in one direction; the ontology declares them symmetric.
        """
        return self._added(self._context(doc, slug, emitted), self._fact, fact)

    def add_statement(self, doc: Document, statement: Statement, slug: str, emitted: set[int]) -> URIRef | None:
        """One quotation: ``kg:Statement`` with ``speaker`` → the entity and ``text`` → the words @fa."""
        return self._added(self._context(doc, slug, emitted), self._statement, statement)

    def add_event(self, doc: Document, event: Event, slug: str, emitted: set[int]) -> URIRef | None:
        """One meeting, visit or signing, with participants, date and place (flat facts come separately)."""
        return self._added(self._context(doc, slug, emitted), self._event, event)

    # ------------------------------------------------------------------ internals
    def _context(self, doc: Document, slug: str, emitted: set[int] | None = None) -> _DocumentContext:
        return _DocumentContext(doc, slug, self.iris.article_iri(slug), {s.index: s for s in doc.sentences},
                                set() if emitted is None else emitted)

    def _added(self, ctx: _DocumentContext, make, item) -> URIRef | None:
        node = make(ctx, item)
        self._store.add_plain(ctx.out)
        return None if node is None else URIRef(node)

    def _fact(self, ctx: _DocumentContext, fact: Fact) -> str | None:
        doc = ctx.doc
        predicate = _FACT_IRIS.get(fact.predicate)
        subject = self._entities.get(fact.subject)
        if predicate is None or subject is None:
            doc.warnings.append(f"graph: fact left out, unknown predicate or entity: {fact.subject} {fact.predicate}")
            return None
        obj: str | PlainLiteral | None
        if isinstance(fact.object, bool):
            obj = None
        elif isinstance(fact.object, int):
            obj = _integer(fact.object)
        else:
            target = self._entities.get(fact.object)
            obj = target.node if target is not None else None
        if obj is None:
            doc.warnings.append(f"graph: fact left out, unknown object {fact.object!r}")
            return None
        out = ctx.out
        if fact.status == "stated":
            out.append((subject.node, predicate, obj))
        evidence = fact.evidence
        obj_text = obj if type(obj) is str else obj[0]  # what str() gave of the rdflib term
        node = str(self.iris.assertion(ctx.slug, subject.key, fact.predicate, obj_text,
                                       evidence.sentence, evidence.start))
        out.append((node, _TYPE, _K["Assertion"]))
        out.append((node, _RDF_SUBJECT, subject.node))
        out.append((node, _RDF_PREDICATE, predicate))
        out.append((node, _RDF_OBJECT, obj))
        out.append((node, _K["status"], _text_literal(fact.status)))
        self._add_evidence(ctx, node, evidence)
        return node

    def _statement(self, ctx: _DocumentContext, statement: Statement) -> str | None:
        doc = ctx.doc
        speaker = self._entities.get(statement.speaker)
        text = _clean(statement.text)
        if speaker is None or not text:
            doc.warnings.append(f"graph: quotation left out, unknown speaker {statement.speaker!r} or no text")
            return None
        evidence = statement.evidence
        start, end = doc.original_span(evidence.start, evidence.end)
        node = str(self.iris.statement(ctx.slug, start, end))
        words = _fa(text)
        held = self._statement_texts.setdefault(node, words)
        if held != words:
            node = f"{node}-{short_hash(text, 6)}"  # two quotations read from one span
        out = ctx.out
        out.append((node, _TYPE, _K["Statement"]))
        out.append((node, _K["speaker"], speaker.node))
        out.append((node, _K["text"], words))
        self._add_evidence(ctx, node, evidence, with_confidence=False)
        return node

    def _amount(self, ctx: _DocumentContext, amount: Amount) -> str | None:
        """A count with its unit noun: entity ``kg:quantity`` → ``kg:Quantity`` (value, unit @fa, qualifier)."""
        subject = self._entities.get(amount.subject)
        if subject is None:
            return None
        evidence = amount.evidence
        node = str(self.iris.event(ctx.slug, "Quantity", evidence.sentence, evidence.start, amount.subject))
        out = ctx.out
        out.append((node, _TYPE, _K["Quantity"]))
        out.append((subject.node, _K["quantity"], node))
        out.append((node, _K["value"], _integer(amount.value)))
        out.append((node, _K["unit"], _fa(amount.unit)))
        if amount.qualifier:
            out.append((node, _K["qualifier"], _text_literal(amount.qualifier)))
        self._add_evidence(ctx, node, evidence)
        return node

    def _event(self, ctx: _DocumentContext, event: Event) -> str | None:
        cls = _EVENT_CLASSES.get(event.kind)
        participants = [self._entities[k].node for k in event.participants if k in self._entities]
        if cls is None or not participants:
            ctx.doc.warnings.append(f"graph: event left out, unknown kind {event.kind!r} or participants")
            return None
        evidence = event.evidence
        node = str(self.iris.event(ctx.slug, event.kind, evidence.sentence, *sorted(event.participants)))
        out = ctx.out
        out.append((node, _TYPE, cls))
        for participant in participants:
            out.append((node, _K["participant"], participant))
        if isinstance(event.date, _dt.date):
            date = event.date.date() if isinstance(event.date, _dt.datetime) else event.date
            out.append((node, _K["date"], plain_literal(date.isoformat(), datatype=_XSD_DATE)))
        if event.place and event.place in self._entities:
            out.append((node, _K["location"], self._entities[event.place].node))
        out.append((node, _K["status"], _text_literal(event.status)))
        self._add_evidence(ctx, node, evidence)
        return node

    def _claim_slug(self, doc: Document) -> str:
        """The article's slug; an id read twice from different sources gets a distinct one."""
        art = doc.article
        slug = self.iris.article_slug(art.id)
        first_source = self._article_sources.setdefault(art.id, art.source)
        if first_source != art.source:
            slug = f"{slug}-{short_hash(art.source, 6)}"
            doc.warnings.append(f"graph: article id {art.id!r} already read from {first_source}")
        return slug

    def _add_article(self, doc: Document, node: str, out: list[PlainTriple]) -> None:
        art = doc.article
        out.append((node, _TYPE, _K["Article"]))
        out.append((node, _TYPE, _NEWS_ARTICLE))
        title = _clean(art.title)
        headline = _fa(title) if title else _text_literal(art.id)
        out.append((node, _K["headline"], headline))
        out.append((node, _LABEL, headline))
        date = art.date
        if isinstance(date, _dt.datetime):
            date = date.date()
        if isinstance(date, _dt.date):
            out.append((node, _K["datePublished"], plain_literal(date.isoformat(), datatype=_XSD_DATE)))
        elif date:
            doc.warnings.append(f"graph: publication date {date!r} is not a date; left out")
        if art.url and art.url.strip():
            out.append((node, _K["url"], plain_literal(art.url.strip(), datatype=_XSD_ANY_URI)))
        if art.source:
            out.append((node, _K["source"], _text_literal(Path(art.source).name)))
        if art.news_code:
            out.append((node, _K["newsCode"], _text_literal(str(art.news_code).strip())))

    def _merge_entity(self, entity: Entity, doc: Document, dict_key: str | None) -> _EntityRecord | None:
        key = (entity.key or dict_key or "").strip()
        if entity.cls not in ENTITY_CLASS_IRIS or not key:
            doc.warnings.append(f"graph: entity {key or entity.label_fa!r} has unknown class {entity.cls!r}; left out")
            return None
        aliases = sorted(map(_clean_name, entity.aliases)) if entity.aliases else []
        label_fa = _clean_name(entity.label_fa) or next(iter(aliases), "") or key
        record = self._entities.get(key)
        if record is None or record.minted:
            previous = record
            record = self._entities[key] = _EntityRecord(key, str(self.iris.entity(key)), label_fa)
            if previous is not None:  # a real entity replaces a node minted from a publisher name
                record.surfaces.setdefault(previous.label_fa)
        elif label_fa != record.label_fa:
            record.surfaces.setdefault(label_fa)
        record.classes[entity.cls] += 1
        label_en = _clean_name(entity.label_en)
        if label_en and not record.label_en:
            record.label_en = label_en
        elif label_en and label_en != record.label_en:
            record.surfaces.setdefault(label_en)
        for alias in aliases:
            if alias:
                record.surfaces.setdefault(alias)
        implied = key_same_as(key)
        if implied is not None:
            record.same_as.setdefault(str(implied))
        for identifier in entity.same_as:
            iri = same_as_iri(identifier)
            if iri is None:
                doc.warnings.append(f"graph: {key}: identifier {identifier!r} not recognised; left out")
            else:
                record.same_as.setdefault(str(iri))
        self._stale = True
        return record

    @staticmethod
    def _original_span(doc: Document, start: int, end: int, orig_start: int, orig_end: int) -> tuple[int, int]:
        if 0 <= orig_start <= orig_end:
            return orig_start, orig_end
        return doc.original_span(start, end)

    def _add_sentence(self, ctx: _DocumentContext, sentence: Sentence) -> str:
        node = f"{ctx.article}/sentence/{sentence.index}"
        if sentence.index not in ctx.emitted:
            ctx.emitted.add(sentence.index)
            doc = ctx.doc
            start, end = doc.original_span(sentence.start, sentence.end)
            ctx.out.extend((
                (node, _TYPE, _K["Sentence"]),
                (node, _K["inArticle"], ctx.article),
                (node, _K["sentenceIndex"], _integer(sentence.index)),
                (node, _K["sentenceText"], _fa(_clean(sentence.text_of(doc)))),
                (node, _K["startOffset"], _integer(start)),
                (node, _K["endOffset"], _integer(end)),
            ))
        return node

    def _add_evidence(self, ctx: _DocumentContext, node: str, evidence: Evidence, *,
                      with_confidence: bool = True) -> None:
        """Article, sentence, original offsets and rule behind a fact, quotation or event."""
        out = ctx.out
        out.append((node, _K["inArticle"], ctx.article))
        sentence = ctx.sentences.get(evidence.sentence)
        if sentence is not None:
            out.append((node, _K["inSentence"], self._add_sentence(ctx, sentence)))
        if 0 <= evidence.start < evidence.end:
            start, end = ctx.doc.original_span(evidence.start, evidence.end)
            out.append((node, _K["startOffset"], _integer(start)))
            out.append((node, _K["endOffset"], _integer(end)))
        if evidence.rule:
            out.append((node, _K["rule"], _text_literal(evidence.rule)))
        if with_confidence and isinstance(evidence.confidence, (int, float)):
            out.append((node, _K["confidence"],
                        plain_literal(f"{float(evidence.confidence):.3f}", datatype=_XSD_DECIMAL)))

    def _materialise(self) -> None:
        """Write the entity and publisher triples as they stand now, replacing the earlier ones."""
        if not self._stale:
            return
        derived: dict[PlainTriple, None] = dict.fromkeys(self._link_publishers())
        for record in self._entities.values():
            derived.update(dict.fromkeys(record.triples()))
        self._store.discard_plain([t for t in self._derived if t not in derived])
        self._store.add_plain([t for t in derived if t not in self._derived])
        self._derived = derived
        self._stale = False

    def _link_publishers(self) -> list[PlainTriple]:
        """Point each article's ``publisher`` at the organisation that carries its name.

        A recognised Organization whose name or alias folds to the publisher
        string wins (one of the article's own entities first); otherwise a node is
        minted from the string.  Re-run whenever documents were added, since a
        later article may name the organisation a minted node stood for.
        Returns the ``publisher`` triples; minted nodes no article uses any more are dropped.
        """
        by_name: dict[str, str] = {}
        for record in self._entities.values():
            if record.minted or record.cls != "Organization":
                continue
            for name in record.names():
                by_name.setdefault(fold(name), record.key)
        links: list[PlainTriple] = []
        used_minted: set[str] = set()
        for article in self._articles.values():
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
                        key, str(self.iris.entity(key)), article.publisher, minted=True)
                    record.classes["Organization"] += 1
                if record.minted:
                    used_minted.add(key)
                    if article.publisher != record.label_fa:
                        record.surfaces.setdefault(article.publisher)
            links.append((article.node, _K["publisher"], self._entities[key].node))
        for key in [k for k, r in self._entities.items() if r.minted and k not in used_minted]:
            del self._entities[key]
        return links
