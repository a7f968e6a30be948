"""Command line: a thin front over the library API (``kg.build``)."""
from __future__ import annotations

import argparse
import sys

from . import __version__, build


def _build(args: argparse.Namespace) -> int:
    progress = sys.stderr.isatty() and not args.quiet
    report = build(args.paths, args.output, base_iri=args.base, progress=progress)
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
    b.set_defaults(func=_build)
    return ap


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
