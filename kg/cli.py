"""Command line: a thin front over the library API (``kg.build``)."""
from __future__ import annotations

import argparse
import sys

from . import __version__, build


def _error(message: str, code: int) -> int:
    """One line on stderr, no traceback; the exit code says what kind of failure it was."""
    print(f"error: {message}", file=sys.stderr)
    return code


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value}")
    return value


def _build(args: argparse.Namespace) -> int:
    from .export import parse_formats
    try:
        formats = parse_formats(args.format or ["turtle"])
    except ValueError as exc:
        return _error(str(exc), 2)
    progress = sys.stderr.isatty() and not args.quiet
    report = build(args.paths, args.output, base_iri=args.base, progress=progress, formats=formats,
                   jobs=args.jobs)
    if not args.quiet:
        print(report.summary())
    if report.exit_code:
        print("error: no article could be read; nothing was written", file=sys.stderr)
    return report.exit_code


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="Persian news articles → knowledge graph.")
    ap.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser(
        "build",
        help="build graph.ttl and graph.html from articles",
        description="Build a knowledge graph from Persian news articles.",
        epilog="examples:\n  kg build                       # the bundled example articles\n"
               "  kg build corpus/ news.jsonl -o out/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("paths", nargs="*", metavar="PATH",
                   help=".txt, .html/.htm, .jsonl files or folders (default: bundled examples)")
    b.add_argument("-o", "--output", default="output", metavar="DIR", help="output folder (default: output/)")
    b.add_argument("--base", default=None, metavar="IRI", help="base IRI of the graph's resources")
    b.add_argument("-q", "--quiet", action="store_true", help="print nothing but warnings")
    b.add_argument("-j", "--jobs", type=_positive_int, default=None, metavar="N",
                   help="processes for the per-article work (default: one per CPU when there are many "
                        "articles; 1 for none)")
    b.add_argument("-f", "--format", action="append", metavar="FMT",
                   help="also write graph.<ext> in FMT: turtle (default, always written), trig, jsonld, nt, "
                        "graphml, gexf, csv; repeat or give a comma list")
    b.set_defaults(func=_build)
    _add_query_commands(sub)
    return ap


# ----------------------------------------------------------------------------- query, serve, load, validate
def _query(args: argparse.Namespace) -> int:
    from .query import GraphReadError, QueryError, bundled_queries, execute, format_table, load_store
    from .query import materialise, parse_params, serialize_raw

    if args.list:
        for name, q in bundled_queries().items():
            params = " ".join(f"[--param {p.name}=…]" for p in q.params)
            print(f"{name:22} {q.description.split(': ')[0]}.  {params}".rstrip())
        return 0
    if not args.graph or not args.sparql:
        return _error("kg query needs GRAPH and QUERY (or --list); see kg query --help", 2)
    try:
        params = parse_params(args.param or [])
        store = load_store(args.graph)
        raw = execute(store, args.sparql, params)
        if args.format == "table":
            sys.stdout.write(format_table(materialise(raw)) + "\n")
        else:
            sys.stdout.buffer.write(serialize_raw(raw, args.format))
            sys.stdout.flush()
    except GraphReadError as exc:
        return _error(str(exc), 2)
    except QueryError as exc:
        return _error(str(exc), 1)
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .query import GraphReadError
    from .query.endpoint import make_server

    try:
        server = make_server(args.build, args.host, args.port, cors=args.cors, verbose=args.verbose)
    except GraphReadError as exc:
        return _error(str(exc), 2)
    print(f"serving {args.build} at {server.url}  (SPARQL endpoint: {server.url}sparql; read-only; Ctrl-C stops)",
          flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


def _load(args: argparse.Namespace) -> int:
    from .query import GraphReadError
    from .query.loader import LoadError, load_build

    try:
        report = load_build(args.build, args.endpoint, graph=args.graph, replace=not args.merge)
    except GraphReadError as exc:
        return _error(str(exc), 2)
    except LoadError as exc:
        return _error(str(exc), 1)
    print(report.summary())
    return 0


def _validate(args: argparse.Namespace) -> int:
    from .graph.validate import validate_build
    from .query import GraphReadError

    try:
        report = validate_build(args.build)
    except GraphReadError as exc:
        return _error(str(exc), 2)
    print(report.summary())
    return 0 if report.conforms else 1


def _add_query_commands(sub) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    q = sub.add_parser(
        "query", help="run a SPARQL query (bundled, file or text) on a build",
        description="Run SPARQL on a build's graph. QUERY is a bundled query name (kg query --list), "
                    "a .rq file, or the query text (prefixes kg: rdfs: skos: owl: schema: xsd: kgr: are predeclared).",
        epilog="examples:\n  kg query --list\n  kg query output/ sister-cities --param city=مشهد\n"
               "  kg query output/graph.ttl my.rq --format csv > rows.csv\n"
               "  kg query output/ 'SELECT ?c WHERE { ?c a kg:City }'\n"
               "exit codes: 0 answered, 1 bad query or parameter, 2 graph missing or unreadable",
        formatter_class=raw)
    q.add_argument("graph", nargs="?", metavar="GRAPH", help="a build folder or a .ttl/.nt/.trig/.jsonld file")
    q.add_argument("sparql", nargs="?", metavar="QUERY", help="bundled query name, .rq file or SPARQL text")
    q.add_argument("-p", "--param", action="append", metavar="NAME=VALUE",
                   help="fill the query's VALUES ?NAME { UNDEF } with what VALUE names (Persian spelling folded)")
    q.add_argument("-f", "--format", choices=("table", "csv", "tsv", "json", "xml"), default="table",
                   help="table (default) or a W3C SPARQL results format; CONSTRUCT prints Turtle")
    q.add_argument("--list", action="store_true", help="list the bundled queries and exit")
    q.set_defaults(func=_query)

    s = sub.add_parser(
        "serve", help="serve a build as a read-only SPARQL endpoint with the explorer page",
        description="Serve a build: the explorer page (graph.html) at /, a read-only SPARQL 1.1 endpoint "
                    "at /sparql (GET/POST; JSON, XML, CSV, TSV by Accept header).",
        epilog="examples:\n  kg serve output/\n  kg serve output/ --port 8000 --cors   # for YASGUI in a browser",
        formatter_class=raw)
    s.add_argument("build", metavar="DIR", help="a build folder (or a graph file)")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    s.add_argument("--cors", action="store_true", help="allow web pages from other origins to query")
    s.add_argument("-v", "--verbose", action="store_true", help="log each request to stderr")
    s.set_defaults(func=_serve)

    ld = sub.add_parser(
        "load", help="upload a build to a triple store (SPARQL 1.1 Graph Store Protocol)",
        description="Upload a build's graph.ttl to a triple store as one named graph "
                    "(PUT replaces it, POST merges into it). Basic auth from KG_LOAD_AUTH=user:password.",
        epilog="examples:\n  kg load output/ --endpoint http://localhost:7878/store              # Oxigraph\n"
               "  kg load output/ --endpoint http://localhost:3030/kg/data --merge     # Fuseki\n"
               "  kg load output/ --endpoint http://localhost:7200/repositories/kg/rdf-graphs/service  # GraphDB",
        formatter_class=raw)
    ld.add_argument("build", metavar="DIR", help="a build folder (or a .ttl/.nt file)")
    ld.add_argument("--endpoint", required=True, metavar="URL", help="the store's Graph Store Protocol URL")
    ld.add_argument("--graph", metavar="IRI", help="named graph (default: <base>graph/<folder name>)")
    mode = ld.add_mutually_exclusive_group()
    mode.add_argument("--replace", action="store_true", help="replace the named graph (default)")
    mode.add_argument("--merge", action="store_true", help="add to the named graph")
    ld.set_defaults(func=_load)

    v = sub.add_parser(
        "validate", help="check a build against the SHACL shapes of the kg vocabulary",
        description="Validate a build's graph with pySHACL against kg/graph/shapes.ttl.",
        epilog="examples:\n  kg validate output/\nexit codes: 0 conforms, 1 does not (short report), 2 unreadable",
        formatter_class=raw)
    v.add_argument("build", metavar="DIR", help="a build folder or a graph file")
    v.set_defaults(func=_validate)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
