"""``kg serve``: a read-only SPARQL 1.1 endpoint over a build, with the explorer page at ``/``.

Why pyoxigraph inside the standard library's ``http.server`` rather than Oxigraph's
server binary or rdflib-endpoint: the binary (PyPI ``oxigraph``) needs its own
on-disk store loaded first and cannot serve the build's ``graph.html``;
rdflib-endpoint brings FastAPI and uvicorn and answers with rdflib's SPARQL engine,
which is far slower at corpus size.  Here the graph is parsed once into an
in-memory Oxigraph store, queries are answered by Oxigraph, and the protocol layer
is ~150 lines with no new dependency.  Read-only by construction: only
``Store.query`` is ever called (an update sent as a query is a syntax error, 400),
and ``update=`` or ``application/sparql-update`` requests get 403.

Protocol (SPARQL 1.1 Protocol, "query operation"):

* ``GET /sparql?query=...`` and ``POST /sparql`` with a form body (``query=...``)
  or an ``application/sparql-query`` body; ``/query`` is the same endpoint;
* results by content negotiation (``Accept``): SPARQL JSON (default), XML, CSV, TSV
  for SELECT/ASK; Turtle (default), N-Triples, RDF/XML, JSON-LD for CONSTRUCT/DESCRIBE;
* ``GET /`` the build's ``graph.html``; ``GET /graph.ttl`` (and the other
  ``graph.*`` files of the build) as downloads.
"""
from __future__ import annotations

import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from ..graph.vocabulary import PREFIXES
from .runner import QUERY_PREFIXES
from .store import load_store

_RESULT_TYPES = [  # (media type, format) for SELECT and ASK; first is the default
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("application/xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
]
_GRAPH_TYPES = [  # for CONSTRUCT and DESCRIBE
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
]
_DOWNLOADS = {
    "graph.ttl": "text/turtle; charset=utf-8",
    "graph.nt": "application/n-triples",
    "graph.trig": "application/trig; charset=utf-8",
    "graph.jsonld": "application/ld+json",
    "graph.graphml": "application/graphml+xml",
    "graph.gexf": "application/gexf+xml",
    "graph.csv": "text/csv; charset=utf-8",
}
_MAX_BODY = 1 << 20  # 1 MiB of query text is plenty


def negotiate(accept: str | None, offers: list[tuple[str, object]]) -> tuple[str, object] | None:
    """The offer the ``Accept`` header prefers (q-values honoured); the first offer for none or ``*/*``."""
    if not accept or not accept.strip():
        return offers[0]
    best: tuple[str, object] | None = None
    best_rank: tuple[float, int, int] | None = None
    for position, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        q = 1.0
        for p in parts[1:]:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        for offer in offers:
            major = offer[0].split("/")[0]
            if media in (offer[0], "*/*", f"{major}/*"):
                specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
                rank = (q, specificity, -position)
                if best_rank is None or rank > best_rank:
                    best, best_rank = offer, rank
                break
    return best


class SparqlHandler(BaseHTTPRequestHandler):
    """One request against the server's store; ``server.store`` and ``server.folder`` are set by :func:`make_server`."""

    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"

    # ------------------------------------------------------------------ routing
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        url = urlsplit(self.path)
        if url.path in ("/sparql", "/query"):
            params = parse_qs(url.query, keep_blank_values=True)
            if "update" in params:
                return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            queries = params.get("query", [])
            if not queries:
                return self._service_description()
            return self._answer(queries[0])
        if url.path in ("/", "/index.html", "/graph.html"):
            return self._file("graph.html", "text/html; charset=utf-8", fallback=True)
        name = url.path.lstrip("/")
        if name in _DOWNLOADS:
            return self._file(name, _DOWNLOADS[name])
        return self._error(HTTPStatus.NOT_FOUND, f"no such page: {url.path} (SPARQL is at /sparql)")

    def do_HEAD(self) -> None:  # noqa: N802
        self._head_only = True   # one handler serves every request of a keep-alive connection
        try:
            self.do_GET()
        finally:
            self._head_only = False

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/query"):
            return self._error(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only: only /sparql takes POST")
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self.close_connection = True  # the unread body must not be taken for the next request
            return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too long")
        body = self.rfile.read(length).decode("utf-8", errors="replace") if length else ""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
        if ctype == "application/sparql-query":
            return self._answer(body)
        if ctype in ("application/x-www-form-urlencoded", ""):
            params = parse_qs(body, keep_blank_values=True)
            params.update({k: v for k, v in parse_qs(url.query).items() if k not in params})
            if "update" in params:
                return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            if params.get("query"):
                return self._answer(params["query"][0])
            return self._error(HTTPStatus.BAD_REQUEST, "missing 'query' parameter")
        return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported Content-Type {ctype!r}")

    def do_PUT(self) -> None:  # noqa: N802
        self._error(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT

    def do_OPTIONS(self) -> None:  # noqa: N802  (CORS preflight, when enabled)
        self.send_response(HTTPStatus.NO_CONTENT)
        self._cors_headers()
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    # ------------------------------------------------------------------ answers
    def _answer(self, query: str) -> None:
        try:
            result = self.server.store.query(query, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as exc:
            return self._error(HTTPStatus.BAD_REQUEST, f"SPARQL syntax error: {' '.join(str(exc).split())}")
        except OSError as exc:
            return self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {' '.join(str(exc).split())}")
        offers = _GRAPH_TYPES if isinstance(result, ox.QueryTriples) else _RESULT_TYPES
        chosen = negotiate(self.headers.get("Accept"), offers)
        if chosen is None:
            wanted = ", ".join(media for media, _ in offers)
            return self._error(HTTPStatus.NOT_ACCEPTABLE, f"this result can be sent as: {wanted}")
        media, fmt = chosen
        try:
            if isinstance(result, ox.QueryTriples):
                prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
                data = ox.serialize(result, format=fmt, prefixes=prefixes)
            else:
                data = result.serialize(format=fmt)
        except OSError as exc:
            return self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {' '.join(str(exc).split())}")
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        self._send(HTTPStatus.OK, media + charset, data)

    def _service_description(self) -> None:
        text = ("SPARQL 1.1 query endpoint (read-only). GET /sparql?query=... or POST a query; "
                "results as JSON, XML, CSV or TSV by Accept header.\n")
        self._send(HTTPStatus.OK, "text/plain; charset=utf-8", text.encode())

    def _file(self, name: str, media: str, *, fallback: bool = False) -> None:
        path = self.server.folder / name if self.server.folder else None
        if path is None or not path.is_file():
            if fallback:
                page = ("<!doctype html><meta charset=utf-8><title>kg</title>"
                        "<p>No graph.html in this build. SPARQL endpoint: <a href=/sparql>/sparql</a></p>")
                return self._send(HTTPStatus.OK, "text/html; charset=utf-8", page.encode())
            return self._error(HTTPStatus.NOT_FOUND, f"this build has no {name}")
        self._send(HTTPStatus.OK, media, path.read_bytes())

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, status: HTTPStatus, media: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self._cors_headers()
        self.end_headers()
        if not getattr(self, "_head_only", False):
            self.wfile.write(data)

    def _cors_headers(self) -> None:
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", "*")

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        if self.server.verbose:
            sys.stderr.write("%s - %s\n" % (self.address_string(), format % args))


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server holding one read-only store (Oxigraph reads are thread-safe)."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: ox.Store, folder: Path | None,
                 *, cors: bool = False, verbose: bool = False) -> None:
        super().__init__(address, SparqlHandler)
        self.store, self.folder, self.cors, self.verbose = store, folder, cors, verbose

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/"


def make_server(build: str | Path, host: str = "127.0.0.1", port: int = 7878, *,
                cors: bool = False, verbose: bool = False) -> SparqlServer:
    """Load the build's graph and bind a server (``port=0``: any free port); call ``serve_forever()``."""
    build = Path(build)
    store = load_store(build)
    folder = build if build.is_dir() else build.parent
    return SparqlServer((host, port), store, folder, cors=cors, verbose=verbose)


def serve_in_thread(server: SparqlServer) -> threading.Thread:
    """Run ``server`` in a daemon thread (tests, notebooks); stop with ``server.shutdown()``."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
