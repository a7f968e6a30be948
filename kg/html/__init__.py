"""HTML stage: one self-contained, offline pyvis page of the graph.

    >>> write_html(builder.graph, "output/graph.html")   # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path

import rdflib

from ..graph.serialize import write_text_atomic
from .network import build_network
from .page import render_page, safe_json

__all__ = ["write_html", "render_html", "safe_json"]


def render_html(graph: rdflib.Graph, title: str = "گراف دانش خبرها") -> str:
    """The page for ``graph`` as a string."""
    return render_page(build_network(graph), title=title)


def write_html(graph: rdflib.Graph, path: str | Path, *, title: str = "گراف دانش خبرها") -> Path:
    """Write the page for ``graph`` to ``path`` atomically; returns the path."""
    return write_text_atomic(path, render_html(graph, title=title))
