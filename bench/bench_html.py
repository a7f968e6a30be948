#!/usr/bin/env python3
"""How big a graph can the explorer page hold? Layout time, file size and time to interactive in Chromium.

    .venv/bin/python bench/bench_html.py                    # 100 / 1,000 / 5,000 / 20,000 nodes
    .venv/bin/python bench/bench_html.py --sizes 1000 5000 --runs 3 --no-browser

Random graphs (seeded) with four facts per entity, made directly as explorer
records (kg.html.model.Explorer): made-up Persian names, one source sentence
per fact, a fifth as many dated articles.  For each size it times the layout
(kg.html.layout.compute_layout) and the whole page rendering in Python, writes
the page, and opens it from file:// in headless Debian Chromium (network
blocked) until the explorer reports its first drawn, idle frame.  20,000 nodes
are measured twice: capped as ``kg build`` writes it (top 5,000 by degree) and
uncapped, to show why the cap exists.  Targets from issue 4: interactive
< 3 s at 5,000 nodes / 20,000 edges, layout < 10 s.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.graph.vocabulary import FACT_PROPERTIES, SYMMETRIC_PROPERTIES  # noqa: E402
from kg.html import network as network_module  # noqa: E402
from kg.html import render_explorer  # noqa: E402
from kg.html.browser import chromium_missing, headless_chromium, load_page  # noqa: E402
from kg.html.model import ArticleInfo, EntityInfo, Explorer, FactInfo, SentenceInfo, Source  # noqa: E402

SYLLABLES = ["آ", "با", "ری", "شا", "مه", "نو", "ده", "سا", "کی", "لا", "زر", "پور", "گل", "تا", "ور", "دان", "یک", "هر"]
CLASSES = ["Person", "City", "Country", "Province", "Region", "Organization", "Place"]
PREDICATES = [p for p in FACT_PROPERTIES if p != "population"]


def random_graph(nodes: int, edges_per_node: int = 4, seed: int = 1) -> Explorer:
    """A seeded random explorer graph: ``nodes`` entities, ``edges_per_node × nodes`` facts."""
    rng = random.Random(seed)
    model = Explorer()
    start = dt.date(2023, 1, 1)
    for a in range(max(1, nodes // 5)):
        model.articles.append(ArticleInfo(f"خبر شمارهٔ {a}", (start + dt.timedelta(days=rng.randrange(700))).isoformat(),
                                          "خبرگزاری نمونه", f"https://example.org/news/{a}"))
    for i in range(nodes):
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) + " " + \
               "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        entity = EntityInfo(f"https://example.org/e/{i}", rng.choice(CLASSES), name, f"Entity {i}")
        entity.articles = {rng.randrange(len(model.articles)) for _ in range(rng.randint(1, 4))}
        model.entities.append(entity)
    seen: set[tuple[int, int]] = set()
    while len(model.facts) < nodes * edges_per_node:
        s, o = rng.randrange(nodes), rng.randrange(nodes)
        if s == o or (s, o) in seen:
            continue
        seen.add((s, o))
        predicate = rng.choice(PREDICATES)
        text = f"{model.entities[s].label_fa} و {model.entities[o].label_fa} در نشستی دربارهٔ همکاری گفت‌وگو کردند."
        model.sentences.append(SentenceInfo(rng.randrange(len(model.articles)), text))
        source = Source(len(model.sentences) - 1, [(0, len(model.entities[s].label_fa))], "bench", "stated", 0.9)
        model.facts.append(FactInfo(s, predicate, o, FACT_PROPERTIES[predicate] in SYMMETRIC_PROPERTIES, True, [source]))
    return model


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000, 20000])
    parser.add_argument("--runs", type=int, default=2, help="browser loads per page (median reported)")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    missing = None if args.no_browser else chromium_missing()
    if missing:
        print(f"bench_html: no browser timings ({missing})", file=sys.stderr)

    layout_seconds: list[float] = []
    original_layout = network_module.compute_layout

    def timed_layout(*a, **k):
        started = time.perf_counter()
        result = original_layout(*a, **k)
        layout_seconds.append(time.perf_counter() - started)
        return result

    network_module.compute_layout = timed_layout
    cases = []
    for size in args.sizes:
        cases.append((f"{size:,}", size, network_module.MAX_NODES))
        if size > network_module.MAX_NODES:
            cases.append((f"{size:,} uncapped", size, None))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        browser = headless_chromium() if not missing and not args.no_browser else None
        driver = browser.__enter__() if browser else None
        try:
            for name, size, cap in cases:
                model = random_graph(size)
                layout_seconds.clear()
                started = time.perf_counter()
                html = render_explorer(model, max_nodes=cap, max_edges=None if cap is None else network_module.MAX_EDGES)
                render = time.perf_counter() - started
                path = Path(tmp) / f"graph-{size}-{cap}.html"
                path.write_text(html, encoding="utf-8")
                shown = min(size, cap or size)
                interactive = ""
                if driver is not None:
                    times = [load_page(driver, path, timeout=300)["interactive"] for _ in range(args.runs)]
                    interactive = f"{statistics.median(times) / 1000:.2f}"
                rows.append((name, shown, len(model.facts), layout_seconds[0], render, len(html.encode()) / 1e6,
                             interactive))
                print(f"  {name}: done", file=sys.stderr, flush=True)
        finally:
            if browser:
                browser.__exit__(None, None, None)
    print(f"{'graph':>18} {'nodes shown':>11} {'facts':>7} {'layout s':>9} {'page s':>7} {'MB':>6} {'interactive s':>13}")
    for name, shown, facts, layout, render, size_mb, interactive in rows:
        print(f"{name:>18} {shown:>11,} {facts:>7,} {layout:>9.2f} {render:>7.2f} {size_mb:>6.1f} {interactive:>13}")
    print("targets: interactive < 3 s at 5,000 nodes / 20,000 edges; layout < 10 s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
