"""The explorer in a real browser: headless Debian Chromium, page from file://, network blocked.

Skipped with the reason when /usr/bin/chromium, /usr/bin/chromedriver or selenium
is missing; .ci/run installs them.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from kg.html import write_html
from kg.html.browser import chromium_missing, console_errors, headless_chromium, load_page, requests_made

from test_html_page import MAYOR_SENTENCE, QUOTE, SCRIPT_TAG, hostile_graph

pytestmark = pytest.mark.skipif(chromium_missing() is not None, reason=str(chromium_missing()))


@pytest.fixture(scope="module")
def page_path(tmp_path_factory) -> Path:
    return write_html(hostile_graph(), tmp_path_factory.mktemp("page") / "graph.html")


@pytest.fixture(scope="module")
def browser(page_path):
    with headless_chromium(1280, 800) as driver:
        timing = load_page(driver, page_path, timeout=30)
        driver.kg_timing = timing
        driver.kg_requests = requests_made(driver)
        driver.kg_console = console_errors(driver)
        yield driver


def js(driver, script: str, *args):
    return driver.execute_script(script, *args)


def test_page_loads_with_no_request_leaving_the_file(browser):
    assert browser.kg_requests, "the performance log saw no request at all"
    for request in browser.kg_requests:
        assert request.url.startswith(("file:", "data:")), request.url
        assert not request.failed, (request.url[:80], request.failed)
    assert browser.kg_console == []  # no script error, no CSP violation
    assert browser.kg_timing["interactive"] < 10_000


def test_nodes_are_drawn_on_the_canvas(browser):
    assert js(browser, "return kgExplorer.visibleNodes().length") == 6  # 4 entities and 2 articles
    # the canvas has painted pixels, not only its white background
    painted = js(browser, """
        var c = document.querySelector('#graph canvas'), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        var n = 0; for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;""")
    assert painted > 500
    assert js(browser, "return getComputedStyle(document.body).fontFamily").startswith("Vazirmatn")
    assert js(browser, "return document.fonts.check('16px Vazirmatn')")


def test_search_finds_a_persian_name_typed_with_arabic_letters(browser):
    box = browser.find_element("id", "query")
    box.clear()
    box.send_keys("كريمي")  # Arabic kaf and yeh for کریمی
    results = browser.find_elements("css selector", "#results button.result")
    assert results and "مینا کریمی" in results[0].text
    box.clear()
    box.send_keys("بندر عباس")  # a space where the name has none
    assert "بندرعباس" in browser.find_element("css selector", "#results button.result").text
    box.clear()
    box.send_keys("bandar")  # the English label
    results[0] = browser.find_element("css selector", "#results button.result")
    assert "بندرعباس" in results[0].text


def test_clicking_a_fact_shows_its_evidence_sentence_highlighted(browser):
    from selenium.webdriver.common.action_chains import ActionChains

    box = browser.find_element("id", "query")
    box.clear()
    box.send_keys("كريمي")
    browser.find_element("css selector", "#results button.result").click()
    details = browser.find_element("id", "details")
    assert "مینا کریمی" in details.find_element("tag name", "h2").text
    assert QUOTE in details.text  # the quotation under its speaker
    # the fact, from the node's panel, then a real click on the edge in the canvas
    details.find_element("css selector", "button[data-edge]").click()
    assert MAYOR_SENTENCE in details.text
    marks = [m.text for m in details.find_elements("css selector", ".sentence mark")]
    assert sorted(marks) == ["بندرعباس", "مینا کریمی"]
    time.sleep(0.4)  # the focus animation of the selection above
    js(browser, "document.getElementById('details').textContent = ''; kgExplorer.network.unselectAll()")
    canvas = browser.find_element("css selector", "#graph canvas")
    dx, dy = js(browser, """
        var net = kgExplorer.network, p = net.canvasToDOM(net.body.edges[0].edgeType.getPoint(0.5));
        var r = arguments[0].getBoundingClientRect();
        return [p.x - r.width / 2, p.y - r.height / 2];""", canvas)
    ActionChains(browser).move_to_element_with_offset(canvas, int(dx), int(dy)).click().perform()
    assert MAYOR_SENTENCE in browser.find_element("id", "details").text


def test_markup_in_a_headline_is_shown_as_text_and_never_runs(browser):
    js(browser, "kgExplorer.selectNode(kgExplorer.search('بندرعباس')[0])")
    details = browser.find_element("id", "details")
    headlines = [h.text for h in details.find_elements("css selector", ".headline")]
    assert any(SCRIPT_TAG in h for h in headlines)
    box = browser.find_element("id", "query")
    box.clear()
    box.send_keys("خانم کریمی")  # the alias that carries an <img onerror>
    browser.find_element("css selector", "#results button.result").click()
    assert js(browser, "return window.kgPwned === undefined")
    assert not browser.find_elements("css selector", "#details img, #details script")


def test_filters_neighbourhood_timeline_language_and_png(browser):
    js(browser, "kgExplorer.resetFilters()")
    browser.find_element("css selector", "input[data-class='Place']").click()
    assert js(browser, "return kgExplorer.visibleNodes().length") == 5
    js(browser, "kgExplorer.resetFilters()")
    js(browser, "kgExplorer.state.minSources = 2; kgExplorer.applyFilters()")
    assert js(browser, "return kgExplorer.visibleNodes().length") == 1  # only the city is in two articles
    js(browser, "kgExplorer.resetFilters(); kgExplorer.state.to = '2024-05-10'; kgExplorer.applyFilters()")
    # the June article drops out, and so does the publisher, which no article mentions
    assert js(browser, "return kgExplorer.visibleNodes().length") == 4
    js(browser, "kgExplorer.resetFilters(); kgExplorer.showNeighbourhood(kgExplorer.search('کیش')[0])")
    assert js(browser, "return kgExplorer.visibleNodes().length") == 2  # Kish and the article naming it
    js(browser, "kgExplorer.resetFilters()")
    ticks = browser.find_elements("css selector", "#timeline-strip .tick")
    assert len(ticks) == 1
    ticks[0].click()
    assert "دیدار" in browser.find_element("id", "details").text
    js(browser, "kgExplorer.setLanguage('en')")
    labels = js(browser, "return kgExplorer.network.body.data.nodes.get().map(function (n) { return n.label; })")
    assert any("Bandar Abbas" in label for label in labels)
    js(browser, "kgExplorer.setLanguage('fa')")
    assert js(browser, "return kgExplorer.exportPng().slice(0, 22)") == "data:image/png;base64,"
