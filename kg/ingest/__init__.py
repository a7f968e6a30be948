"""Ingest stage: read articles from .txt pages, .html pages, .jsonl corpora and folders of them.

Every problem with an input becomes a :class:`~kg.pipeline.Skipped` with a
one-line reason, and reading goes on with the next input; nothing here raises.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from ..document import Article
from ..pipeline import Skipped
from .encoding import MAX_BYTES, DecodeError, decode_bytes
from .html_page import HtmlError, decode_html, extract_article
from .jsonl import read_jsonl
from .text_page import build_article, parse_page

__all__ = ["read_paths", "read_file", "example_paths", "build_article", "parse_page", "TEXT_SUFFIXES",
           "HTML_SUFFIXES", "JSONL_SUFFIXES"]

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def example_paths() -> list[Path]:
    """The example articles shipped with the package (``kg/examples/``)."""
    return [Path(__file__).resolve().parent.parent / "examples"]


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    """Articles from files and folders (searched recursively, in sorted order), with ids made unique."""
    seen_ids: set[str] = set()
    for item in _read_all(paths):
        if isinstance(item, Article):
            base, n = item.id, 1
            while item.id in seen_ids:  # two files named x.txt in different folders stay two articles
                n += 1
                item.id = f"{base}-{n}"
            seen_ids.add(item.id)
        yield item


def _read_all(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    for path in map(Path, paths):
        try:
            if path.is_dir():
                files = sorted(
                    (f for f in path.rglob("*") if f.suffix.lower() in KNOWN_SUFFIXES and f.is_file()),
                    key=lambda f: f.relative_to(path).parts,
                )
                for f in files:
                    yield from read_file(f)
            elif path.exists():
                yield from read_file(path)
            else:
                yield Skipped(str(path), "no such file or directory")
        except OSError as exc:
            yield Skipped(str(path), f"cannot be read ({exc.strerror or type(exc).__name__})")


def read_file(path: Path) -> Iterator[Article | Skipped]:
    """The article(s) in one file: a JSONL corpus gives many, a page gives one."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield Skipped(str(path), f"file too large ({size / 2**20:.0f} MB, limit {MAX_BYTES // 2**20} MB)")
            return
        data = path.read_bytes()
        if suffix in HTML_SUFFIXES:
            yield extract_article(decode_html(data), id=path.stem, source=str(path))
        else:  # .txt, and any file named explicitly whatever its extension
            yield build_article(decode_bytes(data), id=path.stem, source=str(path))
    except (DecodeError, HtmlError) as exc:
        yield Skipped(str(path), str(exc))
    except OSError as exc:
        yield Skipped(str(path), f"cannot be read ({exc.strerror or type(exc).__name__})")
    except Exception as exc:  # a reader bug must cost one file, not the build
        yield Skipped(str(path), f"could not be read ({type(exc).__name__}: {exc})")
