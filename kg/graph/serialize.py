"""Turtle output, written atomically, through Oxigraph's serialiser.

Measured on a 224k-triple graph of this project's shape (330 synthetic articles,
one machine, one run): rdflib's Turtle serialiser 10.8 s; sorting the triples,
converting them to pyoxigraph terms and letting Oxigraph write them 2.7 s
(Oxigraph's own writing is 0.06 s of that), the output a little smaller.  So
Oxigraph is the default and rdflib's serialiser stays available
(``engine="rdflib"``).

Oxigraph groups consecutive triples of one subject, so triples are sorted by
subject first to get the compact ``s p o ; p o .`` layout (and the same file for
the same graph, run after run).

A graph made by :class:`~kg.graph.GraphBuilder` sits on a
:class:`~kg.graph.plain_store.PlainStore`: its triples go to Oxigraph as sorted
N-Triples text without ever becoming rdflib terms, in the same order, so the
file is byte for byte the same (108k triples of the dev corpus repeated: 0.3 s
instead of 1.6 s; tests/test_graph_plain_store.py compares the two paths).
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from . import plain_store
from .plain_store import PlainStore
from .vocabulary import PREFIXES

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@contextmanager
def atomic_writer(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary file handle whose content replaces ``path`` only once it is complete.

    The temporary file sits in the same folder, so ``os.replace`` is a rename on
    one file system and a reader never sees a half-written file.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, _file_mode(path))  # mkstemp makes 0600; the result should read like any new file
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _file_mode(path: Path) -> int:
    """The mode ``path`` has, or the one a newly created file would get under the umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically."""
    with atomic_writer(path) as fh:
        fh.write(text.encode("utf-8"))
    return Path(path)


class _TermConverter:
    """rdflib terms → pyoxigraph terms, memoised (the same IRIs recur many times)."""

    def __init__(self) -> None:
        self._nodes: dict[URIRef, ox.NamedNode] = {}
        self._bnodes: dict[BNode, ox.BlankNode] = {}

    def node(self, term: URIRef) -> ox.NamedNode:
        found = self._nodes.get(term)
        if found is None:
            found = self._nodes[term] = ox.NamedNode(str(term))
        return found

    def subject(self, term):
        if isinstance(term, URIRef):
            return self.node(term)
        if isinstance(term, BNode):
            found = self._bnodes.get(term)
            if found is None:
                found = self._bnodes[term] = ox.BlankNode()
            return found
        raise ValueError(f"cannot serialise {term!r} as a subject")

    def object(self, term):
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype and str(term.datatype) != _XSD_STRING:
                return ox.Literal(str(term), datatype=self.node(term.datatype))
            return ox.Literal(str(term))
        return self.subject(term)


def _sort_key(triple) -> tuple:
    """The order of plain_store.sort_key for rdflib terms; a literal's language and datatype break ties,
    so «"رشت"» and «"رشت"@fa» come out in the same order every run."""
    s, p, o = triple
    return (str(s), str(p), str(o), getattr(o, "language", None) or "", str(getattr(o, "datatype", None) or ""))


def oxigraph_triples(graph: Graph) -> list[ox.Triple]:
    """The graph's triples as pyoxigraph triples, sorted: grouped by subject, same output every run."""
    if isinstance(graph.store, PlainStore):
        return list(plain_store.oxigraph_triples(graph.store))
    convert = _TermConverter()
    triples = sorted(graph, key=_sort_key)
    return [ox.Triple(convert.subject(s), convert.node(p), convert.object(o)) for s, p, o in triples]


def write_turtle(graph: Graph, path: str | Path, *, prefixes: dict[str, str] | None = None,
                 engine: str = "oxigraph") -> Path:
    """Serialise ``graph`` as Turtle to ``path`` atomically; returns the path.

    ``prefixes`` (default: the kg vocabulary's) only shorten the output.
    """
    path = Path(path)
    prefixes = dict(PREFIXES if prefixes is None else prefixes)
    if engine == "rdflib":
        for prefix, ns in prefixes.items():
            graph.bind(prefix, ns, override=True)
        data = graph.serialize(format="turtle", encoding="utf-8")
        with atomic_writer(path) as fh:
            fh.write(data)
        return path
    if engine != "oxigraph":
        raise ValueError(f"unknown serialiser {engine!r}")
    if isinstance(graph.store, PlainStore):
        triples = plain_store.oxigraph_triples(graph.store)
    else:
        triples = oxigraph_triples(graph)
    with atomic_writer(path) as fh:
        ox.serialize(triples, fh, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return path
