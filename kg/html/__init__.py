"""HTML stage: one self-contained, offline page to explore the graph (pyvis + vis-network).

    >>> write_html(builder.graph, "output/graph.html")   # doctest: +SKIP

The page is capped at ``max_nodes`` entities (those with most links) and
``max_edges`` facts so that a browser stays interactive; the page says so when
it shows only part, and the Turtle keeps everything.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import rdflib

from ..graph.serialize import write_text_atomic
from .model import Explorer, read_explorer
from .network import MAX_EDGES, MAX_NODES, build_network
from .page import render_page, safe_json

__all__ = ["write_html", "render_html", "render_explorer", "safe_json", "read_explorer", "Explorer",
           "MAX_NODES", "MAX_EDGES"]

DEFAULT_TITLE = "گراف دانش خبرها"


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the page is made, back as it was after.

    The page is made of some hundred thousand small objects (records, dicts,
    lists, tuples) none of which refers back to another, so reference counting
    frees them all; but each allocation counts toward the collector's next pass,
    and in a process that holds a large heap (the pipeline's models, the graph)
    those passes walked everything again and again: half the stage's time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def render_explorer(model: Explorer, *, title: str = DEFAULT_TITLE, max_nodes: int | None = MAX_NODES,
                    max_edges: int | None = MAX_EDGES) -> str:
    """The page for explorer records (what :func:`read_explorer` makes, or a benchmark's random graph)."""
    with _collector_paused():
        return render_page(build_network(model, max_nodes=max_nodes, max_edges=max_edges), title=title)


def render_html(graph: rdflib.Graph, title: str = DEFAULT_TITLE, *, max_nodes: int | None = MAX_NODES,
                max_edges: int | None = MAX_EDGES) -> str:
    """The page for ``graph`` as a string."""
    with _collector_paused():
        return render_explorer(read_explorer(graph), title=title, max_nodes=max_nodes, max_edges=max_edges)


def write_html(graph: rdflib.Graph, path: str | Path, *, title: str = DEFAULT_TITLE,
               max_nodes: int | None = MAX_NODES, max_edges: int | None = MAX_EDGES) -> Path:
    """Write the page for ``graph`` to ``path`` atomically; returns the path."""
    return write_text_atomic(path, render_html(graph, title=title, max_nodes=max_nodes, max_edges=max_edges))
