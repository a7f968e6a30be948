"""Explorer records → a pyvis Network plus the side data of the page's panels.

Nodes are the entities (colour and shape by class, size by the number of
articles that mention them); edges are the facts between two shown entities,
labelled by predicate.  Articles and their ``mentions`` edges are drawn too, but
only while the graph is small enough for them to help.  Past ``max_nodes`` the
page keeps the entities with most links (then most articles) and says so; the
Turtle keeps everything.

The node and edge dicts are vis-network's (what pyvis would hold), filled in
directly: pyvis's ``add_node``/``add_edge`` check every earlier node and edge
(quadratic: a minute at 20,000 nodes), and importing pyvis pulls in IPython and
networkx (a tenth of a second, more than the rest of the page for 100 articles),
so pyvis is imported only when someone asks :attr:`NetworkView.network` for a
pyvis ``Network``.
"""
from __future__ import annotations

import datetime as _dt
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import jdatetime

from ..graph.vocabulary import ENTITY_CLASS_IRIS, FACT_PROPERTIES, KG
from .labels import canvas_label, persian_digits, short
from .layout import compute_layout
from .model import Explorer, Source, term_labels

if TYPE_CHECKING:
    from pyvis.network import Network

FONT_STACK = ("Vazirmatn, Vazir, Sahel, Samim, 'Noto Naskh Arabic', 'Noto Sans Arabic', "
              "Tahoma, 'Segoe UI', 'DejaVu Sans', sans-serif")

# class → (colour, vis-network shape); the legend draws the same shapes.
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Person": ("#e15759", "dot"),
    "City": ("#4e79a7", "square"),
    "Country": ("#59a14f", "diamond"),
    "Province": ("#76b7b2", "hexagon"),
    "Region": ("#c9a227", "triangle"),
    "Organization": ("#f28e2b", "triangleDown"),
    "Place": ("#b07aa1", "star"),
    "Article": ("#9c9590", "box"),
}
CLASS_COLOURS = {cls: colour for cls, (colour, _shape) in CLASS_STYLE.items() if cls != "Article"}
EVENT_LABELS = {"Meeting": ("دیدار", "Meeting"), "Visit": ("سفر", "Visit"), "Agreement": ("توافق‌نامه", "Agreement")}

MAX_NODES = 5000             # the browser stays interactive (< 3 s) up to about this many nodes
MAX_EDGES = 20000
MAX_ARTICLES_SHOWN = 40      # articles are drawn as nodes only in small graphs
MAX_NODES_WITH_ARTICLES = 300
MAX_NODES_WITH_PHYSICS = 200
MAX_NODES_WITH_HOVER = 1500
MAX_MENTIONS_PER_ENTITY = 40  # sentences kept for one entity's panel


@dataclass
class NetworkView:
    """What the page shows: vis-network's nodes, edges and options, the panels' data and the figures for the header."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    options: dict[str, Any]
    info: dict[str, Any]
    entities_total: int
    entities_shown: int
    facts_total: int
    edges_shown: int
    articles_total: int
    articles_shown: int
    classes: list[str] = field(default_factory=list)

    @property
    def network(self) -> Network:
        """The same nodes, edges and options as a pyvis ``Network`` (made on demand; the page does not need it)."""
        from pyvis.network import Network

        net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
        net.nodes, net.edges = self.nodes, self.edges
        net.node_ids = [n["id"] for n in self.nodes]
        net.node_map = {n["id"]: n for n in self.nodes}
        net.options = self.options
        return net

    @property
    def capped(self) -> bool:
        return self.entities_shown < self.entities_total or self.edges_shown < self.facts_total


def _darker(colour: str, factor: float = 0.7) -> str:
    """The same hue, darker: the node's border."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def node_size(articles: int) -> float:
    """Radius grows with the log of the number of articles that mention the entity."""
    return round(min(60.0, 12.0 + 9.0 * math.log2(1 + articles)), 1)


def jalali(iso_date: str) -> str:
    """``2024-05-04`` → ``۱۴۰۳/۰۲/۱۵``; empty when the date does not parse."""
    try:
        day = jdatetime.date.fromgregorian(date=_dt.date.fromisoformat(iso_date))
    except (ValueError, TypeError):
        return ""
    return persian_digits(day.strftime("%Y/%m/%d"))


def choose_entities(model: Explorer, max_nodes: int | None) -> list[int]:
    """Entity indices to show: all of them, or the ``max_nodes`` with most links, then most articles."""
    if max_nodes is None or len(model.entities) <= max_nodes:
        return list(range(len(model.entities)))
    degree: Counter = Counter()
    for fact in model.facts:
        degree[fact.subject] += 1
        degree[fact.object] += 1
    ranked = sorted(range(len(model.entities)),
                    key=lambda i: (-degree[i], -len(model.entities[i].articles), i))
    return sorted(ranked[:max_nodes])


def _options(node_count: int, physics: bool) -> dict[str, Any]:
    big = node_count > MAX_NODES_WITH_HOVER
    return {
        "autoResize": True,
        "nodes": {"shape": "dot", "borderWidth": 1, "scaling": {"label": {"drawThreshold": 3}},
                  "font": {"face": FONT_STACK, "size": 16, "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"font": {"face": FONT_STACK, "size": 11, "align": "horizontal", "strokeWidth": 3},
                  "color": {"color": "#8a8a8a", "highlight": "#222222", "hover": "#444444"},
                  "smooth": {"enabled": True, "type": "dynamic"} if physics else False,
                  "arrows": {"to": {"scaleFactor": 0.6}}, "selectionWidth": 2},
        "groups": {cls: {"shape": shape,
                         "color": {"background": colour, "border": _darker(colour),
                                   "highlight": {"background": colour, "border": "#111111"},
                                   "hover": {"background": colour, "border": "#111111"}}}
                   for cls, (colour, shape) in CLASS_STYLE.items()},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "physics": ({"enabled": True, "solver": "barnesHut",
                     "barnesHut": {"gravitationalConstant": -4000, "springLength": 140, "avoidOverlap": 0.2},
                     "stabilization": {"enabled": True, "iterations": 60, "fit": True}}
                    if physics else {"enabled": False}),
        "interaction": {"hover": not big, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False, "multiselect": False},
    }


class _Tables:
    """Sentences referenced by the page, re-indexed so the page carries only those."""

    def __init__(self, model: Explorer) -> None:
        self.model = model
        self.index: dict[int, int] = {}
        self.rows: list[list[Any]] = []

    def source(self, source: Source | None) -> list[Any] | None:
        if source is None:
            return None
        if source.sentence not in self.index:
            sentence = self.model.sentences[source.sentence]
            self.index[source.sentence] = len(self.rows)
            self.rows.append([sentence.article, sentence.text])
        row: list[Any] = [self.index[source.sentence], [list(span) for span in source.spans]]
        if source.rule or source.status or source.confidence is not None:
            row += [source.rule, source.status, source.confidence]
        return row


def build_network(model: Explorer, *, max_nodes: int | None = MAX_NODES, max_edges: int | None = MAX_EDGES,
                  seed: int = 7) -> NetworkView:
    """Choose nodes and edges, lay them out, and fill vis-network's nodes and edges and the panels' data."""
    shown = choose_entities(model, max_nodes)
    node_id = {entity: i for i, entity in enumerate(shown)}
    facts = [f for f in model.facts if f.subject in node_id and f.object in node_id]
    if max_edges is not None and len(facts) > max_edges:
        facts = sorted(facts, key=lambda f: (-len(f.sources), not f.stated, f.subject, f.object))[:max_edges]

    show_articles = (len(model.articles) <= MAX_ARTICLES_SHOWN
                     and len(shown) + len(model.articles) <= MAX_NODES_WITH_ARTICLES)
    article_node = {a: len(shown) + a for a in range(len(model.articles))} if show_articles else {}
    mention_edges = [(article_node[a], node_id[e]) for a, entities in enumerate(model.article_mentions)
                     if a in article_node for e in entities if e in node_id]

    node_count = len(shown) + len(article_node)
    groups = {node_id[e]: model.entities[e].cls for e in shown}
    positions = compute_layout(list(range(node_count)),
                               [(node_id[f.subject], node_id[f.object]) for f in facts] + mention_edges,
                               groups, seed=seed)
    physics = node_count <= MAX_NODES_WITH_PHYSICS
    tooltips = node_count <= MAX_NODES_WITH_HOVER
    predicate_labels = {name: term_labels(iri) for name, iri in FACT_PROPERTIES.items()}
    predicate_labels["mentions"] = term_labels(KG.mentions)
    class_labels = {name: term_labels(iri) for name, iri in ENTITY_CLASS_IRIS.items()}
    class_labels["Article"] = term_labels(KG.Article)

    tables = _Tables(model)
    vis_nodes: list[dict[str, Any]] = []
    entity_rows: list[dict[str, Any]] = []
    for entity in shown:
        info = model.entities[entity]
        x, y = positions[node_id[entity]]
        node: dict[str, Any] = {"id": node_id[entity], "label": canvas_label(short(info.label_fa)),
                                "x": x, "y": y, "size": node_size(len(info.articles)), "group": info.cls}
        if tooltips:
            node["title"] = "\n".join(part for part in (
                info.label_fa, info.label_en, class_labels[info.cls][0],
                f"در {persian_digits(len(info.articles))} خبر") if part)
        vis_nodes.append(node)
        row: dict[str, Any] = {"fa": info.label_fa, "c": info.cls, "a": sorted(info.articles)}
        if info.label_en:
            row["en"] = info.label_en
        if info.aliases:
            row["al"] = info.aliases
        if info.geonames():
            row["geo"] = info.geonames()
        if info.literals:
            row["lit"] = [[predicate_labels[p][0], value] for p, value in info.literals]
        if info.mentions:
            row["m"] = [tables.source(s) for s in info.mentions[:MAX_MENTIONS_PER_ENTITY]]
            if len(info.mentions) > MAX_MENTIONS_PER_ENTITY:
                row["more"] = len(info.mentions) - MAX_MENTIONS_PER_ENTITY
        entity_rows.append(row)
    for article, nid in article_node.items():
        x, y = positions[nid]
        headline = model.articles[article].headline
        vis_nodes.append({"id": nid, "label": canvas_label(short(headline, 32)), "x": x, "y": y,
                          "group": "Article", "font": {"size": 11},
                          "title": "\n".join(p for p in (headline, model.articles[article].date) if p)})
        entity_rows.append({"c": "Article", "art": article})

    vis_edges: list[dict[str, Any]] = []
    fact_rows: list[dict[str, Any]] = []
    for fact in facts:
        fa, _en = predicate_labels[fact.predicate]
        edge: dict[str, Any] = {"id": len(vis_edges), "from": node_id[fact.subject], "to": node_id[fact.object],
                                "label": canvas_label(fa)}
        if fact.symmetric:
            edge["arrows"] = {"to": {"enabled": False}}
        if not fact.stated:
            edge["dashes"] = True
        vis_edges.append(edge)
        fact_rows.append({"p": fact.predicate, "st": int(fact.stated),
                          "src": [tables.source(s) for s in fact.sources]})
    for article, entity in mention_edges:
        vis_edges.append({"id": len(vis_edges), "from": article, "to": entity, "dashes": True, "width": 0.5,
                          "color": {"color": "#cccccc", "opacity": 0.7}, "arrows": {"to": {"enabled": False}}})
        fact_rows.append({"p": "mentions"})

    statements = [[node_id[s.speaker], s.text, tables.source(s.source)]
                  for s in model.statements if s.speaker in node_id]
    events = []
    for event in model.events:
        participants = [node_id[p] for p in event.participants if p in node_id]
        if participants:
            events.append({"k": event.kind, "d": event.date, "da": int(event.dated_by_article), "p": participants,
                           "pl": node_id.get(event.place) if event.place is not None else None,
                           "st": event.status, "src": tables.source(event.source)})

    used_classes = sorted({model.entities[e].cls for e in shown}, key=list(CLASS_STYLE).index)
    used_predicates = sorted({f.predicate for f in facts}, key=list(FACT_PROPERTIES).index)
    info = {
        "entities": entity_rows,
        "facts": fact_rows,
        "articles": [[a.headline, a.date, jalali(a.date), a.publisher, a.url] for a in model.articles],
        "sentences": tables.rows,
        "statements": statements,
        "events": events,
        "classes": [{"name": c, "fa": class_labels[c][0], "en": class_labels[c][1],
                     "colour": CLASS_STYLE[c][0], "shape": CLASS_STYLE[c][1]} for c in used_classes],
        "predicates": {p: list(predicate_labels[p]) for p in [*used_predicates, "mentions"]},
        "eventKinds": {k: list(v) for k, v in EVENT_LABELS.items()},
        "jalali": {d: jalali(d) for d in sorted({a.date for a in model.articles} | {e["d"] for e in events}) if jalali(d)},
        "labelsEn": [canvas_label(short(model.entities[e].label_en or model.entities[e].label_fa)) for e in shown],
        "physics": physics,
    }
    return NetworkView(vis_nodes, vis_edges, _options(node_count, physics), info, len(model.entities), len(shown),
                       len(model.facts), len(facts), len(model.articles), len(article_node), used_classes)
