#!/usr/bin/env python3
"""How fast does kg build a graph, compared with hazm alone on the same texts?

    .venv/bin/python bench/bench_build.py            # 2000 articles, prints a table
    .venv/bin/python bench/bench_build.py --n 500 --no-save

Reads the dev corpus (../shared/corpus/dev, or kg/examples when ../shared is
absent) with kg.ingest.read_paths, repeats it to N articles, and times on one
core: ingest, each stage of kg.pipeline.Pipeline, GraphBuilder.add,
write_turtle and write_html.  In the same run it times the *floor*:
hazm.Normalizer().normalize + sent_tokenize + word_tokenize on the same texts,
the least any Persian pipeline does.  The ratio kg/floor is what to watch: an
absolute rate depends on the machine, the ratio much less.

The script only uses the public shapes of the stages (``Pipeline.stages`` as
``[(name, callable)]``, ``GraphBuilder.add``), so it keeps working while the
stages are filled in; a stage that raises is counted, not fatal.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

# One core: no BLAS or tokenizer thread pools behind our back.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "TOKENIZERS_PARALLELISM"):
    os.environ.setdefault(_var, "1" if _var != "TOKENIZERS_PARALLELISM" else "false")

REPO = Path(__file__).resolve().parents[1]
DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
EXAMPLES = REPO / "kg" / "examples"
RESULTS = REPO / "bench" / "results"
ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}

# Measure the kg beside this script, even if another checkout is installed in the venv.
sys.path.insert(0, str(REPO))


@dataclass
class Timings:
    """Seconds per step, in the order the steps ran, plus failures per step."""

    seconds: dict[str, float] = field(default_factory=dict)
    failures: Counter = field(default_factory=Counter)
    first_failure: dict[str, str] = field(default_factory=dict)

    def add(self, step: str, seconds: float) -> None:
        self.seconds[step] = self.seconds.get(step, 0.0) + seconds

    def fail(self, step: str, exc: BaseException) -> None:
        self.failures[step] += 1
        self.first_failure.setdefault(step, f"{type(exc).__name__}: {exc}"[:200])

    @property
    def total(self) -> float:
        return sum(self.seconds.values())


def pin_to_one_core() -> str:
    """Run on one CPU so the numbers mean 'single core' even if a library spawns threads."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to cpu {cpu}"
    return "not pinned (no sched_setaffinity)"


def corpus_paths(given: list[str]) -> tuple[list[Path], str]:
    """The files to read: the ones given, else the dev corpus's articles, else the examples."""
    if given:
        return [Path(p) for p in given], ", ".join(given)
    if DEV_CORPUS.is_dir():
        files = sorted(p for p in DEV_CORPUS.iterdir() if p.suffix in ARTICLE_SUFFIXES)
        return files, str(DEV_CORPUS)
    return [EXAMPLES], f"{EXAMPLES} (../shared absent)"


def read_articles(paths: list[Path], n: int, timings: Timings) -> tuple[list[Any], int, list[str]]:
    """Read ``paths`` with kg's ingest again and again until there are ``n`` articles.

    Each pass really re-reads the files, so ingest is timed per article like the
    other steps.  Copies get distinct ids (``id~k``) so the graph sees N articles.
    """
    from kg.ingest import read_paths

    articles: list[Any] = []
    skipped: list[str] = []
    distinct = 0
    passes = 0
    while len(articles) < n:
        started = time.perf_counter()
        batch = []
        for item in read_paths(paths):
            if hasattr(item, "text") and hasattr(item, "id"):
                batch.append(item)
            elif passes == 0:
                skipped.append(str(item))
        timings.add("ingest", time.perf_counter() - started)
        if not batch:
            raise SystemExit(f"error: no article could be read from {', '.join(map(str, paths))}")
        if passes == 0:
            distinct = len(batch)
        for article in batch[: n - len(articles)]:
            articles.append(article if passes == 0 else renamed(article, f"{article.id}~{passes}"))
        passes += 1
    # Only the passes' share that was kept counts: scale ingest to exactly n articles.
    timings.seconds["ingest"] *= n / (passes * distinct)
    return articles, distinct, skipped


def renamed(article: Any, new_id: str) -> Any:
    if dataclasses.is_dataclass(article):
        return dataclasses.replace(article, id=new_id)
    import copy
    clone = copy.copy(article)
    clone.id = new_id
    return clone


def text_of(article: Any) -> str:
    """Headline and body, as kg's text stage sees them."""
    title = getattr(article, "title", None)
    return f"{title}\n{article.text}" if title else article.text


def pipeline_stages(pipeline: Any) -> list[tuple[str, Callable]]:
    """The pipeline's (name, stage) list; the whole pipeline as one stage if it has none."""
    stages = getattr(pipeline, "stages", None)
    if stages:
        return [(str(name), stage) for name, stage in stages]
    return [("pipeline", pipeline)]


def build_pipeline(setup: dict[str, float]) -> Any:
    """kg's Pipeline, built once as kg.build does; a failure here is one line, not a traceback."""
    started = time.perf_counter()
    try:
        from kg.pipeline import Pipeline
        pipeline = Pipeline()
    except Exception as exc:
        raise SystemExit(f"error: kg.pipeline.Pipeline() failed: {type(exc).__name__}: {exc}") from None
    setup["Pipeline()"] = time.perf_counter() - started
    return pipeline


def run_kg(pipeline: Any, articles: list[Any], out_dir: Path, timings: Timings, setup: dict[str, float]) -> int:
    """Run kg's stages on every article, then build and write the graph; returns articles processed."""
    from kg.document import Document

    stages = pipeline_stages(pipeline)
    whole_pipeline = stages == [("pipeline", pipeline)]

    builder = None
    try:
        from kg.graph import GraphBuilder
        started = time.perf_counter()
        try:
            builder = GraphBuilder(base_iri=None)
        except TypeError:
            builder = GraphBuilder()
        setup["GraphBuilder()"] = time.perf_counter() - started
    except Exception as exc:  # the graph stage may not exist yet
        timings.fail("graph.add", exc)

    processed = 0
    for article in articles:
        doc: Any = article if whole_pipeline else Document(article=article)
        for name, stage in stages:
            started = time.perf_counter()
            try:
                result = stage(doc)
            except Exception as exc:
                timings.add(name, time.perf_counter() - started)
                timings.fail(name, exc)
                doc = None
                break
            timings.add(name, time.perf_counter() - started)
            doc = doc if result is None else result
        if doc is None:
            continue
        if builder is not None:
            started = time.perf_counter()
            try:
                builder.add(doc)
            except Exception as exc:
                timings.fail("graph.add", exc)
                continue
            finally:
                timings.add("graph.add", time.perf_counter() - started)
        processed += 1

    if builder is not None:
        started = time.perf_counter()
        try:
            builder.write_turtle(out_dir / "graph.ttl")
        except Exception as exc:
            timings.fail("graph.write_turtle", exc)
        timings.add("graph.write_turtle", time.perf_counter() - started)

        started = time.perf_counter()
        try:
            from kg.html import write_html
            write_html(builder.graph, out_dir / "graph.html")
        except Exception as exc:
            timings.fail("html.write_html", exc)
        timings.add("html.write_html", time.perf_counter() - started)
    return processed


def run_floor(texts: list[str], timings: Timings, setup: dict[str, float]) -> None:
    """hazm's normaliser, sentence and word tokenisers on the same texts: the floor."""
    from hazm import Normalizer, sent_tokenize, word_tokenize

    started = time.perf_counter()
    normalizer = Normalizer()
    setup["hazm.Normalizer()"] = time.perf_counter() - started
    for text in texts:
        started = time.perf_counter()
        normalized = normalizer.normalize(text)
        timings.add("normalize", time.perf_counter() - started)
        started = time.perf_counter()
        sentences = sent_tokenize(normalized)
        timings.add("sent_tokenize", time.perf_counter() - started)
        started = time.perf_counter()
        for sentence in sentences:
            word_tokenize(sentence)
        timings.add("word_tokenize", time.perf_counter() - started)


def run_kg_parallel(pipeline: Any, paths: list[Path], n: int, out_dir: Path, jobs: int) -> float:
    """Wall-clock seconds for the same N articles with ``jobs`` processes, as ``kg build -j`` runs them:
    ingest in this process, the stages in forked workers, then graph, Turtle and page here."""
    from kg.graph import GraphBuilder
    from kg.html import write_html
    from kg.ingest import read_paths

    def articles():
        count, passes = 0, 0
        while count < n:
            for item in read_paths(paths):
                if hasattr(item, "text") and count < n:
                    yield item if passes == 0 else renamed(item, f"{item.id}~{passes}")
                    count += 1
            passes += 1

    started = time.perf_counter()
    builder = GraphBuilder()
    for _article, doc in pipeline.map(articles(), jobs):
        if not isinstance(doc, str):
            builder.add(doc)
    builder.write_turtle(out_dir / "graph.ttl")
    write_html(builder.graph, out_dir / "graph.html")
    return time.perf_counter() - started


def collector_as_in_build():
    """The garbage-collector settings kg.build runs under (kg.pipeline.fewer_collections), if any."""
    import contextlib
    try:
        from kg.pipeline import fewer_collections
    except ImportError:
        return contextlib.nullcontext()
    return fewer_collections()


def warm_up(pipeline: Any, articles: list[Any]) -> float:
    """Run the distinct articles once through kg's stages and hazm, untimed, so lazy loads don't skew one stage."""
    from hazm import Normalizer, sent_tokenize, word_tokenize
    from kg.document import Document

    started = time.perf_counter()
    normalizer = Normalizer()
    for text in map(text_of, articles):
        for sentence in sent_tokenize(normalizer.normalize(text)):
            word_tokenize(sentence)
    stages = pipeline_stages(pipeline)
    for article in articles:
        doc: Any = article if stages == [("pipeline", pipeline)] else Document(article=article)
        try:
            for _name, stage in stages:
                doc = stage(doc) or doc
        except Exception:
            pass  # counted in the timed run
    return time.perf_counter() - started


def table(timings: Timings, n: int) -> list[str]:
    total = timings.total or float("nan")
    lines = [f"  {'step':<22}{'seconds':>9}{'share':>8}{'ms/article':>12}"]
    for step, seconds in timings.seconds.items():
        lines.append(f"  {step:<22}{seconds:>9.3f}{seconds / total:>8.1%}{1000 * seconds / n:>12.3f}")
    lines.append(f"  {'total':<22}{timings.total:>9.3f}{'':>8}{1000 * timings.total / n:>12.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="example:\n  .venv/bin/python bench/bench_build.py --n 2000")
    ap.add_argument("paths", nargs="*", metavar="PATH",
                    help="articles to read (default: ../shared/corpus/dev, else kg/examples)")
    ap.add_argument("--n", type=int, default=2000, help="articles to process (the corpus is repeated; default 2000)")
    ap.add_argument("--no-warmup", action="store_true", help="time the first, cold pass too")
    ap.add_argument("--json", type=Path, metavar="FILE",
                    help="write results here (default: bench/results/bench_build-<time>.json)")
    ap.add_argument("--no-save", action="store_true", help="print only; write no JSON")
    ap.add_argument("--jobs", type=int, default=0, metavar="N",
                    help="also time the whole build with N worker processes on N CPUs (kg build -j N), "
                         "wall clock, against the same one-core floor")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("--n must be at least 1")

    all_cpus = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    pinned = pin_to_one_core()
    paths, source = corpus_paths(args.paths)
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"error: {missing[0]}: no such file or folder", file=sys.stderr)
        return 1

    ingest = Timings()
    articles, distinct, skipped = read_articles(paths, args.n, ingest)
    texts = [text_of(a) for a in articles]
    n_chars = sum(map(len, texts))
    setup: dict[str, float] = {}
    pipeline = build_pipeline(setup)
    warmup = 0.0 if args.no_warmup else warm_up(pipeline, articles[:distinct])

    floor = Timings()
    run_floor(texts, floor, setup)

    kg_timings = Timings()
    kg_timings.seconds.update(ingest.seconds)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as out, collector_as_in_build():
        processed = run_kg(pipeline, articles, Path(out), kg_timings, setup)

    kg_rate = args.n / kg_timings.total
    floor_rate = args.n / floor.total
    ratio = kg_rate / floor_rate

    parallel_rate = None
    if args.jobs > 1:
        if all_cpus is not None:
            os.sched_setaffinity(0, all_cpus)
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as out, collector_as_in_build():
            parallel_rate = args.n / run_kg_parallel(pipeline, paths, args.n, Path(out), args.jobs)

    import kg
    print(f"kg {getattr(kg, '__version__', '?')} build benchmark: {args.n} articles "
          f"({distinct} distinct from {source}, repeated), {n_chars / args.n:.0f} chars/article")
    print(f"python {platform.python_version()} on {platform.machine()}, single core ({pinned}); "
          f"warm-up {warmup:.2f} s" + (" skipped" if args.no_warmup else " (untimed)"))
    print("setup (not in the rates): " + ", ".join(f"{k} {v:.2f} s" for k, v in setup.items()))
    for line in skipped:
        print(f"  skipped by ingest: {line}")
    print("\nkg (ingest → stages → graph → html):")
    print("\n".join(table(kg_timings, args.n)))
    print("\nfloor (hazm alone on the same texts):")
    print("\n".join(table(floor, args.n)))
    for step, count in kg_timings.failures.items():
        print(f"\nwarning: {step} failed on {count} article(s); first: {kg_timings.first_failure[step]}")
    if processed < args.n:
        print(f"warning: only {processed}/{args.n} articles went all the way through")
    print()
    print(f"kg    : {kg_rate:10.1f} articles/s")
    print(f"floor : {floor_rate:10.1f} articles/s  (hazm normalize + sent_tokenize + word_tokenize)")
    slower = f"kg is {1 / ratio:.1f}x slower than the floor" if ratio < 1 else f"kg is {ratio:.1f}x the floor's speed"
    print(f"ratio kg/floor: {ratio:.3f}  ({slower})")
    if parallel_rate is not None:
        cpus = len(all_cpus) if all_cpus is not None else "?"
        print(f"kg -j {args.jobs}: {parallel_rate:10.1f} articles/s wall clock on {cpus} CPUs;"
              f" ratio to the one-core floor {parallel_rate / floor_rate:.3f} (not like for like: more cores)")

    if not args.no_save:
        target = args.json or RESULTS / f"bench_build-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({
            "when": dt.datetime.now().isoformat(timespec="seconds"),
            "kg_version": getattr(kg, "__version__", None),
            "python": platform.python_version(),
            "source": source, "n": args.n, "distinct": distinct, "processed": processed,
            "chars_per_article": n_chars / args.n, "warmup_seconds": warmup, "setup_seconds": setup,
            "kg": {"articles_per_second": kg_rate, "seconds": kg_timings.seconds,
                   "failures": dict(kg_timings.failures), "first_failure": kg_timings.first_failure},
            "floor": {"articles_per_second": floor_rate, "seconds": floor.seconds},
            "ratio_kg_over_floor": ratio,
            "parallel": {"jobs": args.jobs, "articles_per_second": parallel_rate,
                         "ratio_over_one_core_floor": parallel_rate / floor_rate} if parallel_rate else None,
        }, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"wrote {target.relative_to(REPO) if target.is_relative_to(REPO) else target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
