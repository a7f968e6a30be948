"""HTML stage: an offline pyvis page (placeholder)."""
from __future__ import annotations

from pathlib import Path

import rdflib


def write_html(graph: rdflib.Graph, path: Path) -> Path:
    Path(path).write_text("<!doctype html><html lang='fa' dir='rtl'></html>", encoding="utf-8")
    return Path(path)
