"""The HTML page: offline from file://, right-to-left Persian, and immune to text from articles."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.document import Article, Document, Entity, Evidence, Fact, Mention, Sentence
from kg.graph import GraphBuilder
from kg.html import render_html, safe_json, write_html
from kg.html import network as network_module
from kg.html.layout import compute_layout

SCRIPT_TAG = "<script>alert(1)</script>"
IMG_TAG = "<img src=x onerror=alert(1)>"


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse(html: str) -> _Tags:
    tags = _Tags()
    tags.feed(html)
    return tags


def make_doc(n: int, text: str, spans: list[tuple[str, str, str, str]], title: str | None = None) -> Document:
    doc = Document(article=Article(id=f"n{n}", source=f"n{n}.txt", text=text, title=title,
                                   url=f"https://example.ir/n/{n}"),
                   text=text, sentences=[Sentence(0, 0, len(text))])
    for surface, cls, key, label in spans:
        i = text.index(surface)
        doc.mentions.append(Mention(i, i + len(surface), surface, cls, key, "test", 0, i, i + len(surface)))
        doc.entities.setdefault(key, Entity(key, cls, label))
    return doc


def hostile_graph():
    text = "مینا کریمی شهردار بندرعباس در نشستی با مسئولان شهر کیش گفت‌وگو کرد."
    doc = make_doc(1, text, [
        ("مینا کریمی", "Person", "person/mina-karimi-9f", "مینا کریمی " + IMG_TAG),
        ("بندرعباس", "City", "geonames/141681", "بندرعباس"),
        ("کیش", "Place", "place/kish", "کیش"),
    ], title="نشست شهری " + SCRIPT_TAG)
    doc.entities["place/kish"].aliases.add("جزیره کیش </script><script>alert(2)</script>")
    doc.facts = [Fact("person/mina-karimi-9f", "mayorOf", "geonames/141681", Evidence(0, 0, 10, "mayor"))]
    second = make_doc(2, "بندرعباس میزبان نمایشگاه دریایی شد.", [("بندرعباس", "City", "geonames/141681", "بندرعباس")])
    builder = GraphBuilder()
    builder.add(doc)
    builder.add(second)
    return builder.graph


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(hostile_graph())


def data_of(html: str) -> dict:
    (block,) = re.findall(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(block)


def test_page_is_rtl_persian(page):
    tags = parse(page)
    html_tag = next(attrs for tag, attrs in tags.tags if tag == "html")
    assert html_tag["lang"] == "fa" and html_tag["dir"] == "rtl"
    assert any(tag == "meta" and attrs.get("charset") == "utf-8" for tag, attrs in tags.tags)
    assert "Vazirmatn" in page and "Tahoma" in page  # a Persian-capable font stack


def test_page_loads_nothing_from_anywhere(page):
    tags = parse(page)
    assert not [attrs for tag, attrs in tags.tags if tag == "script" and "src" in attrs]
    assert not [attrs for tag, attrs in tags.tags if tag == "link"]
    for tag, attrs in tags.tags:
        for name in ("src", "href", "data"):
            assert not re.match(r"\s*(https?:)?//", attrs.get(name) or ""), (tag, attrs)
    csp = next(attrs["content"] for tag, attrs in tags.tags if attrs.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    # vis-network itself is inlined
    assert any("vis-network" in s and len(s) > 100_000 for s in tags.scripts)


def test_text_from_articles_cannot_inject_markup(page):
    assert SCRIPT_TAG not in page
    assert IMG_TAG not in page
    assert "alert(2)" not in page.replace("alert(2)\\u003c", "")  # only inside escaped JSON
    tags = parse(page)
    assert [tag for tag, _ in tags.tags].count("script") == 3  # data, vis-network, our own code
    assert not [tag for tag, _ in tags.tags if tag == "img"]
    assert not any(k.startswith("on") for _, attrs in tags.tags for k in attrs)


def test_escaped_data_still_carries_the_exact_text(page):
    data = data_of(page)
    labels = {n["label"] for n in data["nodes"]}
    assert "مینا کریمی " + IMG_TAG in labels
    assert any(SCRIPT_TAG in n["label"] or SCRIPT_TAG in n["title"] for n in data["nodes"])
    kish = next(n for n in data["nodes"] if n["label"] == "کیش")
    assert isinstance(kish["title"], str)  # a string: vis-network shows it with innerText, never as HTML
    assert "جزیره کیش </script><script>alert(2)</script>" in kish["title"]


def test_nodes_edges_colours_and_sizes(page):
    data = data_of(page)
    by_label = {n["label"]: n for n in data["nodes"]}
    city, person = by_label["بندرعباس"], by_label["مینا کریمی " + IMG_TAG]
    groups = data["options"]["groups"]  # colour by class, through vis-network groups
    assert (city["group"], person["group"]) == ("City", "Person")
    assert groups["City"]["color"]["background"] != groups["Person"]["color"]["background"]
    assert city["size"] > person["size"]  # mentioned in two articles, the person in one
    assert "شهر" in city["title"] and "۲ خبر" in city["title"]
    fact = [e for e in data["edges"] if e.get("label") == "شهردار"]
    assert len(fact) == 1 and (fact[0]["from"], fact[0]["to"]) == (person["id"], city["id"])
    # a small graph shows its articles and their mentions too
    assert sum(1 for n in data["nodes"] if n.get("group") == "Article") == 2
    assert all(isinstance(n["x"], (int, float)) and isinstance(n["y"], (int, float)) for n in data["nodes"])


def test_big_graph_drops_articles_and_physics(monkeypatch):
    monkeypatch.setattr(network_module, "MAX_NODES_WITH_ARTICLES", 2)
    monkeypatch.setattr(network_module, "MAX_NODES_WITH_PHYSICS", 1)
    monkeypatch.setattr(network_module, "MAX_ENTITIES", 2)
    html = render_html(hostile_graph())
    data = data_of(html)
    assert not [n for n in data["nodes"] if n.get("group") == "Article"]
    assert len(data["nodes"]) == 2
    assert data["options"]["physics"] == {"enabled": False}
    assert "نمایش ۲ موجودیت" in html  # the page says it shows only part


def test_write_html_is_atomic_and_returns_the_path(tmp_path: Path):
    target = tmp_path / "out" / "graph.html"
    assert write_html(hostile_graph(), target) == target
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]


def test_safe_json_cannot_close_a_script_element():
    text = safe_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_layout_places_every_node_and_keeps_neighbours_close():
    nodes = list(range(60))
    ring = [(i, (i + 1) % 40) for i in range(40)]  # one ring of 40, then 20 lone nodes
    positions = compute_layout(nodes, ring)
    assert set(positions) == set(nodes)
    assert len(set(positions.values())) == len(nodes)

    def dist(a, b):
        (ax, ay), (bx, by) = positions[a], positions[b]
        return ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5

    neighbours = sum(dist(a, b) for a, b in ring) / len(ring)
    across = sum(dist(i, (i + 20) % 40) for i in range(40)) / 40
    assert neighbours < across
