"""rdflib graph → pyvis Network: which nodes and edges the page shows, and how they look.

Nodes are the entities (colour by class, Persian label, a plain-text tooltip
with the class, the English name, aliases and literal facts); edges are the
fact triples between two shown entities.  Articles and their ``mentions`` edges
are drawn too, but only while the graph is small enough for them to help rather
than bury the entities.  Node size grows with the number of articles that
mention the entity.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from pyvis.network import Network
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..graph.to_rdf import ontology_graph
from ..graph.vocabulary import ENTITY_CLASS_IRIS, FACT_PROPERTIES, KG, SYMMETRIC_PROPERTIES
from .layout import compute_layout

FONT_STACK = ("Vazirmatn, Vazir, Sahel, Samim, 'Noto Naskh Arabic', 'Noto Sans Arabic', "
              "Tahoma, 'Segoe UI', 'DejaVu Sans', sans-serif")

CLASS_COLOURS = {
    "Person": "#e15759", "City": "#4e79a7", "Country": "#59a14f", "Province": "#76b7b2",
    "Region": "#edc948", "Organization": "#f28e2b", "Place": "#b07aa1",
}
ARTICLE_COLOUR = "#bab0ac"

# Past these sizes articles and mention edges are left out, and physics is switched off.
MAX_ARTICLES_SHOWN = 40
MAX_NODES_WITH_ARTICLES = 300
MAX_NODES_WITH_PHYSICS = 200
MAX_ENTITIES = 1500          # the browser stays responsive up to about this many nodes
MAX_EDGES = 6000
MAX_ALIASES_IN_TOOLTIP = 8


@dataclass
class _EntityView:
    node: URIRef
    cls: str
    label: str
    label_en: str = ""
    aliases: list[str] = field(default_factory=list)
    literals: list[str] = field(default_factory=list)
    articles: int = 0


def persian_label(term: URIRef, graph: Graph | None = None) -> str:
    """The ``@fa`` label of an ontology term (class or property), else its local name."""
    for source in (graph, ontology_graph()):
        if source is None:
            continue
        for label in source.objects(term, RDFS.label):
            if isinstance(label, Literal) and label.language == "fa":
                return str(label)
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _first_label(graph: Graph, node: URIRef, lang: str | None) -> str:
    fallback = ""
    for label in graph.objects(node, RDFS.label):
        if isinstance(label, Literal):
            if label.language == lang:
                return str(label)
            fallback = fallback or (str(label) if lang == "fa" and not label.language else "")
    return fallback


def persian_digits(value: int) -> str:
    return str(value).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


@dataclass
class NetworkView:
    """What the page shows, plus the figures for its header."""

    network: Network
    entities_total: int
    entities_shown: int
    edges_shown: int
    articles_total: int
    articles_shown: int
    classes: list[str]


def _collect_entities(graph: Graph) -> dict[URIRef, _EntityView]:
    by_class_iri = {iri: name for name, iri in ENTITY_CLASS_IRIS.items()}
    entities: dict[URIRef, _EntityView] = {}
    for node, cls_iri in graph.subject_objects(RDF.type):
        name = by_class_iri.get(cls_iri)
        if name is None or not isinstance(node, URIRef) or node in entities:
            continue
        label = _first_label(graph, node, "fa") or str(node).rstrip("/").rsplit("/", 1)[-1]
        view = _EntityView(node, name, label, _first_label(graph, node, "en"))
        view.aliases = sorted({str(a) for a in graph.objects(node, SKOS.altLabel)} - {label})
        entities[node] = view
    mentioned_in: dict[URIRef, set] = defaultdict(set)
    for article, entity in graph.subject_objects(KG.mentions):
        if entity in entities:
            mentioned_in[entity].add(article)
    for node, articles in mentioned_in.items():
        entities[node].articles = len(articles)
    return entities


def _tooltip(view: _EntityView) -> str:
    lines = [view.label, persian_label(ENTITY_CLASS_IRIS[view.cls])]
    if view.label_en:
        lines.append(view.label_en)
    if view.aliases:
        shown = view.aliases[:MAX_ALIASES_IN_TOOLTIP]
        more = len(view.aliases) - len(shown)
        lines.append("نام‌های دیگر: " + "، ".join(shown) + (f" و {persian_digits(more)} نام دیگر" if more > 0 else ""))
    lines.extend(view.literals)
    lines.append(f"در {persian_digits(view.articles)} خبر")
    return "\n".join(lines)


def _darker(colour: str, factor: float = 0.7) -> str:
    """The same hue, darker: the node's border."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def _size(articles: int) -> float:
    return round(min(60.0, 12.0 + 9.0 * math.log2(1 + articles)), 1)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def build_network(graph: Graph) -> NetworkView:
    """Choose nodes and edges, lay them out, and fill a pyvis Network."""
    entities = _collect_entities(graph)
    for prop in FACT_PROPERTIES.values():
        for subject, value in graph.subject_objects(prop):
            if subject in entities and isinstance(value, Literal):
                entities[subject].literals.append(f"{persian_label(prop, graph)}: {value}")

    ranked = sorted(entities.values(), key=lambda v: (-v.articles, v.label))
    shown = {v.node: v for v in ranked[:MAX_ENTITIES]}

    fact_edges: list[tuple[URIRef, URIRef, URIRef]] = []
    for prop in FACT_PROPERTIES.values():
        for subject, obj in graph.subject_objects(prop):
            if subject in shown and obj in shown and subject != obj:
                fact_edges.append((subject, prop, obj))
    fact_edges = sorted(set(fact_edges))[:MAX_EDGES]

    articles = sorted(set(graph.subjects(RDF.type, KG.Article)))
    show_articles = (len(articles) <= MAX_ARTICLES_SHOWN
                     and len(shown) + len(articles) <= MAX_NODES_WITH_ARTICLES)
    mention_edges: list[tuple[URIRef, URIRef, URIRef]] = []
    if show_articles:
        for article in articles:
            for prop in (KG.mentions, KG.publisher):
                for entity in sorted(set(graph.objects(article, prop))):
                    if entity in shown:
                        mention_edges.append((article, prop, entity))
    articles_shown = articles if show_articles else []

    ids: dict[URIRef, int] = {}
    for node in [*shown, *articles_shown]:
        ids[node] = len(ids)
    groups = {ids[n]: v.cls for n, v in shown.items()} | {ids[a]: "~article" for a in articles_shown}
    positions = compute_layout(list(ids.values()),
                               [(ids[s], ids[o]) for s, _, o in (*fact_edges, *mention_edges)], groups)

    total_nodes = len(ids)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for node, view in shown.items():
        x, y = positions[ids[node]]
        net.add_node(ids[node], label=view.label, title=_tooltip(view),  # colour: from its group
                     size=_size(view.articles), x=x, y=y, group=view.cls,
                     names=[view.label, view.label_en, *view.aliases] if view.label_en else [view.label, *view.aliases])
    for article in articles_shown:
        x, y = positions[ids[article]]
        headline = _first_label(graph, article, "fa") or str(next(iter(graph.objects(article, KG.headline)), ""))
        date = next(iter(graph.objects(article, KG.datePublished)), None)
        url = next(iter(graph.objects(article, KG.url)), None)
        tooltip = "\n".join(str(part) for part in ("خبر", headline, date, url) if part)
        net.add_node(ids[article], label=_short(headline), title=tooltip, shape="box",
                     x=x, y=y, group="Article", names=[headline], font={"size": 11})
    for subject, prop, obj in fact_edges:
        label = persian_label(prop, graph)
        arrows = {"to": {"enabled": prop not in SYMMETRIC_PROPERTIES}}
        net.add_edge(ids[subject], ids[obj], label=label, arrows=arrows, color="#666666",
                     title=f"{shown[subject].label} — {label} — {shown[obj].label}")
    for article, prop, entity in mention_edges:
        net.add_edge(ids[article], ids[entity], title=persian_label(prop, graph), dashes=True,
                     color={"color": "#cccccc", "opacity": 0.7}, arrows={"to": {"enabled": False}}, width=0.5)

    physics = total_nodes <= MAX_NODES_WITH_PHYSICS
    net.options = {
        "autoResize": True,
        "nodes": {"shape": "dot", "font": {"face": FONT_STACK, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"font": {"face": FONT_STACK, "size": 11, "align": "middle", "strokeWidth": 3},
                  "smooth": {"enabled": physics, "type": "dynamic"} if physics else False,
                  "arrows": {"to": {"scaleFactor": 0.6}}},
        "groups": {cls: {"color": {"background": colour, "border": _darker(colour),
                                   "highlight": {"background": colour, "border": "#222222"},
                                   "hover": {"background": colour, "border": "#222222"}}}
                   for cls, colour in (*CLASS_COLOURS.items(), ("Article", ARTICLE_COLOUR))},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "physics": ({"enabled": True, "solver": "barnesHut",
                     "barnesHut": {"gravitationalConstant": -4000, "springLength": 140, "avoidOverlap": 0.2},
                     "stabilization": {"enabled": True, "iterations": 150, "fit": True}}
                    if physics else {"enabled": False}),
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics,
                        "navigationButtons": False, "keyboard": False},
    }
    classes = sorted({v.cls for v in shown.values()}, key=list(CLASS_COLOURS).index)
    return NetworkView(net, len(entities), len(shown), len(fact_edges) + len(mention_edges),
                       len(articles), len(articles_shown), classes)
