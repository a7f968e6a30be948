"""Ingest stage: read articles from files and folders (placeholder: .txt only)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from ..document import Article
from ..pipeline import Skipped


def example_paths() -> list[Path]:
    return [Path(__file__).resolve().parent.parent / "examples"]


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    for p in map(Path, paths):
        files = sorted(p.rglob("*.txt")) if p.is_dir() else [p]
        for f in files:
            yield Article(id=f.stem, source=str(f), text=f.read_text(encoding="utf-8"))
