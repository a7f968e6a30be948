"""Worker processes change how fast a build runs, never what it writes."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import kg
from kg.ingest import read_paths
from kg.pipeline import PARALLEL_MIN_ARTICLES, Pipeline


@pytest.fixture(scope="module")
def corpus(examples_dir: Path, fixtures_dir: Path, tmp_path_factory) -> Path:
    """Our own articles (examples and the held-out fixtures), copied under new ids until there are
    enough to start workers, with one broken line in the middle."""
    articles = [a for a in read_paths([examples_dir, fixtures_dir / "heldout"]) if hasattr(a, "text")]
    path = tmp_path_factory.mktemp("parallel") / "corpus.jsonl"
    lines = []
    k = 0
    while len(lines) < PARALLEL_MIN_ARTICLES + 20:
        for a in articles:
            lines.append(json.dumps({"id": f"{a.id}-{k}", "text": a.text, "title": a.title, "url": a.url,
                                     "date": a.date.isoformat() if a.date else None}, ensure_ascii=False))
        k += 1
    lines.insert(len(lines) // 2, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _build(corpus: Path, out: Path, jobs: int) -> kg.Report:
    return kg.build([corpus], out, jobs=jobs, warn=lambda _m: None)


def test_two_workers_write_the_same_bytes_as_one_process(corpus, tmp_path):
    one = _build(corpus, tmp_path / "one", jobs=1)
    two = _build(corpus, tmp_path / "two", jobs=2)
    assert one.articles == two.articles >= PARALLEL_MIN_ARTICLES
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "two" / "graph.ttl").read_bytes()
    assert one.entities_by_class == two.entities_by_class and one.facts_by_predicate == two.facts_by_predicate
    assert [str(s) for s in two.skipped] == [str(s) for s in one.skipped]
    assert len(two.skipped) == 1 and "not valid JSON" in two.skipped[0].reason


def test_map_keeps_input_order_and_reports_a_failing_article(examples_dir):
    """Results come back in input order; an article the stages cannot handle comes back as its reason."""
    pipeline = Pipeline()
    good = [a for a in read_paths([examples_dir]) if hasattr(a, "text")]
    broken = dataclasses.replace(good[0], id="broken", text=None)  # not text: the text stage raises
    articles = [dataclasses.replace(a, id=f"{a.id}-{k}") for k in range(PARALLEL_MIN_ARTICLES // len(good) + 1)
                for a in good]
    articles.insert(3, broken)
    results = list(pipeline.map(articles, jobs=2))
    assert [a.id for a, _r in results] == [a.id for a in articles]
    reasons = [(a.id, r) for a, r in results if isinstance(r, str)]
    assert len(reasons) == 1 and reasons[0][0] == "broken" and "TypeError" in reasons[0][1]
    for article, doc in results:
        if article.id != "broken":
            assert doc.article.id == article.id and doc.entities


def test_build_leaves_the_garbage_collector_as_it_found_it(examples_dir, tmp_path):
    """kg.build quiets the collector while it works (kg.pipeline.fewer_collections), then restores it."""
    import gc

    before = gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()
    kg.build([examples_dir], tmp_path, warn=lambda _m: None)
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before


def test_a_worker_that_dies_loses_no_article(examples_dir):
    """A worker killed mid-batch (as the kernel does when memory runs out): its batches run in the
    parent instead, and every article still comes back, in order."""
    import os

    parent = os.getpid()

    def die_in_a_worker(doc):
        if doc.article.id.endswith("-kill") and os.getpid() != parent:
            os._exit(1)
        return doc

    pipeline = Pipeline()
    pipeline.stages.append(("die", die_in_a_worker))
    good = [a for a in read_paths([examples_dir]) if hasattr(a, "text")]
    articles = [dataclasses.replace(a, id=f"{a.id}-{k}") for k in range(40) for a in good]  # more than in flight
    articles[5] = dataclasses.replace(articles[5], id="victim-kill")
    results = list(pipeline.map(articles, jobs=2))
    assert [a.id for a, _r in results] == [a.id for a in articles]
    assert all(not isinstance(r, str) and r.entities for _a, r in results)
