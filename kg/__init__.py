"""kg: turn Persian news articles into a knowledge graph.

    >>> import kg
    >>> report = kg.build(["articles/"], "output/")   # writes graph.ttl and graph.html
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .document import Article
from .pipeline import Pipeline, Report, Skipped, fewer_collections

__version__ = "0.1.0"
__all__ = ["build", "Report", "Skipped", "Pipeline", "__version__"]


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def build(
    paths: Iterable[str | Path] | None = None,
    out_dir: str | Path = "output",
    *,
    base_iri: str | None = None,
    progress: bool = False,
    warn: Callable[[str], None] = _warn,
    formats: Iterable[str] = ("turtle",),
    jobs: int | None = None,
) -> Report:
    """Read articles from ``paths`` (files or folders) and write ``graph.ttl`` and ``graph.html``.

    With no paths, the example articles shipped in the package are built.  Bad
    inputs are reported through ``warn`` and counted in the report; they never
    stop the build.  ``formats`` adds outputs beside graph.ttl (trig, jsonld, nt,
    graphml, gexf, csv: see :mod:`kg.export`); an unknown name raises ValueError.
    ``jobs`` is the number of processes for the per-article stages (default: one per
    CPU for a corpus of more than a few dozen articles); the graph is the same for any.
    """
    from .entities import link_across
    from .export import parse_formats, write_formats
    from .graph import GraphBuilder
    from .html import write_html
    from .ingest import example_paths, read_paths

    extra_formats = [f for f in parse_formats(formats) if f != "turtle"]  # fail before any work
    started = time.perf_counter()
    report = Report()
    paths = list(paths) if paths else example_paths()
    pipeline = Pipeline()
    builder = GraphBuilder(base_iri=base_iri)

    items = read_paths(paths)
    if progress:
        from tqdm import tqdm
        items = tqdm(items, unit=" articles", file=sys.stderr, leave=False, delay=1.0)

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Skipped):
                report.skipped.append(item)
                warn(str(item))
            else:
                yield item

    with fewer_collections():
        docs = []
        for article, result in pipeline.map(articles(), jobs):
            if isinstance(result, str):  # one bad article never loses the others
                skip = Skipped(article.source, f"could not be processed ({result})")
                report.skipped.append(skip)
                warn(str(skip))
            else:
                docs.append(result)
        link_across(docs)  # the same person named in several articles is one node
        for doc in docs:
            builder.add(doc)
        report.articles = len(docs)

        if report.articles:
            out = Path(out_dir)
            out.mkdir(parents=True, exist_ok=True)
            report.outputs.append(builder.write_turtle(out / "graph.ttl"))
            report.outputs.extend(write_formats(builder.graph, out, extra_formats))
            report.outputs.append(write_html(builder.graph, out / "graph.html"))
            report.entities_by_class = builder.entity_counts()
            report.facts_by_predicate = builder.fact_counts()
            report.statements = builder.statement_count()
    report.seconds = time.perf_counter() - started
    return report
