"""The HTML page: offline from file://, right-to-left Persian, its panels' data, and immune to text from articles."""
from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.document import Article, Document, Entity, Event, Evidence, Fact, Mention, Sentence, Statement
from kg.graph import GraphBuilder
from kg.html import read_explorer, render_html, safe_json, write_html
from kg.html import network as network_module
from kg.html.labels import LRI, PDI, RLI, canvas_label
from kg.html.layout import compute_layout

SCRIPT_TAG = "<script>window.kgPwned=1</script>"
IMG_TAG = "<img src=x onerror=window.kgPwned=2>"
MAYOR_SENTENCE = "مینا کریمی شهردار بندرعباس در نشستی با مسئولان شهر کیش گفت‌وگو کرد."
QUOTE = "همکاری دو شهر در گردشگری دریایی ادامه می‌یابد"


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


def make_doc(n: int, text: str, spans: list[tuple[str, str, str, str]], title: str | None = None,
             date: dt.date | None = None) -> Document:
    doc = Document(article=Article(id=f"n{n}", source=f"n{n}.txt", text=text, title=title, date=date,
                                   url=f"https://example.ir/n/{n}", publisher="خبرگزاری نمونه"),
                   text=text, sentences=[Sentence(0, 0, len(text))])
    for surface, cls, key, label in spans:
        i = text.index(surface)
        doc.mentions.append(Mention(i, i + len(surface), surface, cls, key, "test", 0, i, i + len(surface)))
        doc.entities.setdefault(key, Entity(key, cls, label))
    return doc


def hostile_graph():
    """Two articles written for the tests: a mayor, a quotation, a meeting, and markup in headline and alias."""
    doc = make_doc(1, MAYOR_SENTENCE + " او گفت " + QUOTE + ".", [
        ("مینا کریمی", "Person", "person/mina-karimi-9f", "مینا کریمی"),
        ("بندرعباس", "City", "geonames/141681", "بندرعباس"),
        ("کیش", "Place", "place/kish", "کیش"),
    ], title="نشست شهری " + SCRIPT_TAG, date=dt.date(2024, 5, 4))
    doc.sentences = [Sentence(0, 0, len(MAYOR_SENTENCE)), Sentence(1, len(MAYOR_SENTENCE) + 1, len(doc.text))]
    doc.entities["place/kish"].aliases.add("جزیره کیش </script><script>alert(2)</script>")
    doc.entities["person/mina-karimi-9f"].aliases.add("خانم کریمی " + IMG_TAG)
    doc.entities["geonames/141681"].label_en = "Bandar Abbas"
    doc.facts = [Fact("person/mina-karimi-9f", "mayorOf", "geonames/141681", Evidence(0, 0, 10, "mayor-title", 0.9))]
    quote_at = doc.text.index(QUOTE)
    doc.statements = [Statement("person/mina-karimi-9f", QUOTE, Evidence(1, quote_at, quote_at + len(QUOTE), "quote"))]
    doc.events = [Event("Meeting", ["person/mina-karimi-9f", "place/kish"], Evidence(0, 0, 20, "meeting"),
                        date=dt.date(2024, 5, 3))]
    second = make_doc(2, "بندرعباس میزبان نمایشگاه دریایی شد.", [("بندرعباس", "City", "geonames/141681", "بندرعباس")],
                      title="نمایشگاه دریایی", date=dt.date(2024, 6, 1))
    builder = GraphBuilder()
    builder.add(doc)
    builder.add(second)
    return builder.graph


@pytest.fixture(scope="module")
def graph():
    return hostile_graph()


@pytest.fixture(scope="module")
def page(graph) -> str:
    return render_html(graph)


def data_of(html: str) -> dict:
    (block,) = re.findall(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(block)


def plain(label: str) -> str:
    return label.strip(RLI + LRI + PDI)


def test_page_is_rtl_persian_with_its_own_font(page):
    tags = parse(page)
    html_tag = next(attrs for tag, attrs in tags.tags if tag == "html")
    assert html_tag["lang"] == "fa" and html_tag["dir"] == "rtl"
    assert any(tag == "meta" and attrs.get("charset") == "utf-8" for tag, attrs in tags.tags)
    faces = re.findall(r"@font-face\s*{[^}]*font-family:\s*Vazirmatn[^}]*url\(data:font/woff2;base64,([A-Za-z0-9+/=]{1000,})\)",
                       page)
    assert len(faces) == 2  # regular and bold, inlined


def test_page_loads_nothing_from_anywhere(page):
    tags = parse(page)
    assert not [attrs for tag, attrs in tags.tags if tag == "script" and "src" in attrs]
    assert not [attrs for tag, attrs in tags.tags if tag == "link"]
    for tag, attrs in tags.tags:
        for name in ("src", "href", "data", "action"):
            assert not re.match(r"\s*(https?:)?//", attrs.get(name) or ""), (tag, attrs)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert not re.search(r"@import", page)
    csp = next(attrs["content"] for tag, attrs in tags.tags if attrs.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    assert any("vis-network" in s and len(s) > 100_000 for s in tags.scripts)  # vis-network itself is inlined


def test_text_from_articles_cannot_inject_markup(page):
    assert SCRIPT_TAG not in page
    assert IMG_TAG not in page
    assert "alert(2)" not in page.replace("alert(2)\\u003c", "")  # only inside escaped JSON
    tags = parse(page)
    assert [tag for tag, _ in tags.tags].count("script") == 3  # data, vis-network, the explorer
    assert not [tag for tag, _ in tags.tags if tag == "img"]
    assert not any(k.startswith("on") for _, attrs in tags.tags for k in attrs)


def test_escaped_data_still_carries_the_exact_text(page):
    info = data_of(page)["info"]
    assert any(SCRIPT_TAG in article[0] for article in info["articles"])
    kish = next(row for row in info["entities"] if row.get("fa") == "کیش")
    assert "جزیره کیش </script><script>alert(2)</script>" in kish["al"]
    person = next(row for row in info["entities"] if row.get("fa") == "مینا کریمی")
    assert "خانم کریمی " + IMG_TAG in person["al"]


def test_nodes_edges_colours_shapes_and_sizes(page):
    data = data_of(page)
    by_label = {plain(n["label"]): n for n in data["nodes"]}
    city, person = by_label["بندرعباس"], by_label["مینا کریمی"]
    groups = data["options"]["groups"]  # colour and shape by class, through vis-network groups
    assert (city["group"], person["group"]) == ("City", "Person")
    assert groups["City"]["color"]["background"] != groups["Person"]["color"]["background"]
    assert groups["City"]["shape"] != groups["Person"]["shape"]
    assert city["size"] > person["size"]  # mentioned in two articles, the person in one
    assert "شهر" in city["title"] and "۲ خبر" in city["title"]
    fact = [e for e in data["edges"] if plain(e.get("label", "")) == "شهردار"]
    assert len(fact) == 1 and (fact[0]["from"], fact[0]["to"]) == (person["id"], city["id"])
    assert data["info"]["predicates"]["mayorOf"] == ["شهردار", "mayor of"]  # the English toggle's label
    assert sum(1 for n in data["nodes"] if n.get("group") == "Article") == 2  # small graph: articles drawn too
    assert all(isinstance(n["x"], (int, float)) and isinstance(n["y"], (int, float)) for n in data["nodes"])
    legend = parse(page).tags
    assert {attrs["data-class"] for tag, attrs in legend if "data-class" in attrs} >= {"City", "Person", "Place"}


def test_a_fact_carries_its_source_sentence_with_both_ends_highlighted(page):
    data = data_of(page)
    info = data["info"]
    edge = next(e for e in data["edges"] if plain(e.get("label", "")) == "شهردار")
    (source,) = info["facts"][edge["id"]]["src"]
    article_index, text = info["sentences"][source[0]]
    assert text == MAYOR_SENTENCE
    assert sorted(text[s:e] for s, e in source[1]) == ["بندرعباس", "مینا کریمی"]
    assert source[2:] == ["mayor-title", "stated", 0.9]
    headline, date, jalali, publisher, url = info["articles"][article_index]
    assert (date, jalali, publisher, url) == ("2024-05-04", "۱۴۰۳/۰۲/۱۵", "خبرگزاری نمونه", "https://example.ir/n/1")


def test_statements_and_events_are_listed_under_their_people(page):
    data = data_of(page)
    info = data["info"]
    person_id = next(n["id"] for n in data["nodes"] if plain(n["label"]) == "مینا کریمی")
    ((speaker, text, source),) = info["statements"]
    assert (speaker, text) == (person_id, QUOTE)
    sentence = info["sentences"][source[0]][1]
    assert [sentence[s:e] for s, e in source[1]] == [QUOTE]
    (event,) = info["events"]
    assert event["k"] == "Meeting" and event["d"] == "2024-05-03" and person_id in event["p"]
    city = next(row for row in info["entities"] if row.get("fa") == "بندرعباس")
    assert city["geo"] == "https://sws.geonames.org/141681/" and city["en"] == "Bandar Abbas"


def test_big_graph_is_capped_by_degree_with_a_notice(monkeypatch, graph):
    monkeypatch.setattr(network_module, "MAX_NODES_WITH_ARTICLES", 2)
    monkeypatch.setattr(network_module, "MAX_NODES_WITH_PHYSICS", 1)
    html = render_html(graph, max_nodes=2)
    data = data_of(html)
    assert not [n for n in data["nodes"] if n.get("group") == "Article"]
    # of four entities (one the publisher), the two ends of the only fact have the most links
    assert sorted(plain(n["label"]) for n in data["nodes"]) == ["بندرعباس", "مینا کریمی"]
    assert data["options"]["physics"] == {"enabled": False}
    assert "این صفحه ۲ موجودیتِ پرپیوندتر از ۴ را نشان می‌دهد" in html  # the page says it shows only part
    assert "graph.ttl" in html


def test_canvas_labels_are_bidi_isolated_by_script():
    assert canvas_label("شهر 10 (Mashhad)") == RLI + "شهر 10 (Mashhad)" + PDI
    assert canvas_label("UCLG آسیا") == RLI + "UCLG آسیا" + PDI  # a Persian label starting in Latin stays RTL
    assert canvas_label("Bandar Abbas (port)") == LRI + "Bandar Abbas (port)" + PDI
    assert canvas_label("") == ""


def test_model_reads_every_source_of_a_fact(graph):
    model = read_explorer(graph)
    (fact,) = model.facts
    assert (model.entities[fact.subject].label_fa, fact.predicate, model.entities[fact.object].label_fa) == \
        ("مینا کریمی", "mayorOf", "بندرعباس")
    assert fact.stated and [model.sentences[s.sentence].text for s in fact.sources] == [MAYOR_SENTENCE]
    city = next(e for e in model.entities if e.label_fa == "بندرعباس")
    assert len(city.articles) == 2 and len(city.mentions) == 2


def test_write_html_is_atomic_and_returns_the_path(tmp_path: Path, graph):
    target = tmp_path / "out" / "graph.html"
    assert write_html(graph, target) == target
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
