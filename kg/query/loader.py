"""``kg load``: push a build into a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

One build is one named graph: ``PUT`` replaces that graph (the default, so loading
the same build twice leaves one copy), ``POST`` merges into it.  The graph is named
with ``?graph=IRI`` (indirect identification), which Oxigraph (``/store``), Apache
Jena Fuseki (``/DATASET/data``), GraphDB (``/repositories/REPO/rdf-graphs/service``)
and Virtuoso (``/sparql-graph-crud``) all accept.  The Turtle file is streamed as it
is, so a corpus-sized build is never held in memory twice.
"""
from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit, urlunsplit
from urllib.request import Request, urlopen

from ..graph.iris import slugify
from ..graph.vocabulary import DEFAULT_BASE_IRI
from .store import graph_file

_MEDIA = {".ttl": "text/turtle", ".nt": "application/n-triples"}


class LoadError(RuntimeError):
    """The upload failed; the message is one line naming the endpoint and the reason."""


@dataclass
class LoadReport:
    endpoint: str
    graph: str
    method: str
    status: int
    bytes_sent: int
    file: Path

    def summary(self) -> str:
        action = "replaced" if self.method == "PUT" else "merged into"
        return (f"{action} graph <{self.graph}> at {self.endpoint}: {self.bytes_sent:,} bytes "
                f"of {self.file.name} (HTTP {self.status})")


def default_graph_iri(build: Path) -> str:
    """``<base>graph/<folder name>``: one stable name per build folder, under the graph's own base IRI."""
    base = DEFAULT_BASE_IRI
    file = graph_file(build)
    with file.open("r", encoding="utf-8", errors="replace") as fh:
        head = fh.read(1 << 16)
    if m := re.search(r"<([^<>\s]+/)article/[^<>\s/]+>", head):
        base = m.group(1)
    folder = build if build.is_dir() else build.parent
    name = slugify(folder.resolve().name) or "build"
    return f"{base}graph/{name}"


def load_build(build: str | Path, endpoint: str, *, graph: str | None = None, replace: bool = True,
               auth: str | None = None, timeout: float = 300.0) -> LoadReport:
    """Upload the build's graph (Turtle) to a Graph Store Protocol ``endpoint`` as one named graph.

    ``auth`` is ``USER:PASSWORD`` for HTTP basic authentication (default: the
    ``KG_LOAD_AUTH`` environment variable, so a password stays out of the process list).
    """
    build = Path(build)
    file = graph_file(build)
    media = _MEDIA.get(file.suffix.lower())
    if media is None:
        raise LoadError(f"{file}: only Turtle or N-Triples builds can be loaded")
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise LoadError(f"{endpoint}: not an http(s) URL of a Graph Store endpoint")
    graph = graph or default_graph_iri(build)
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+", graph):
        raise LoadError(f"--graph {graph!r}: not an absolute IRI")
    query = "&".join(q for q in (parts.query, urlencode({"graph": graph})) if q)
    url = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))
    method = "PUT" if replace else "POST"
    size = file.stat().st_size
    headers = {"Content-Type": f"{media}; charset=utf-8", "Content-Length": str(size)}
    auth = auth if auth is not None else os.environ.get("KG_LOAD_AUTH")
    if auth:
        headers["Authorization"] = "Basic " + base64.b64encode(auth.encode("utf-8")).decode("ascii")
    with file.open("rb") as body:
        request = Request(url, data=body, method=method, headers=headers)
        try:
            with urlopen(request, timeout=timeout) as response:  # noqa: S310 (the user's own endpoint)
                status = response.status
        except HTTPError as exc:
            detail = " ".join(exc.read(300).decode("utf-8", errors="replace").split())
            raise LoadError(f"{endpoint}: HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")) from None
        except URLError as exc:
            raise LoadError(f"{endpoint}: cannot connect ({exc.reason})") from None
        except (TimeoutError, OSError) as exc:
            raise LoadError(f"{endpoint}: upload failed ({exc})") from None
    return LoadReport(endpoint, graph, method, status, size, file)
