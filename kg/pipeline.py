"""The ordered stages that turn input paths into a graph.

ingest → text → entities → facts → graph → html.  Stages with data (gazetteers,
rules) are built once per :class:`Pipeline`; each is then called per document.
"""
from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .document import Article, Document


@dataclass
class Skipped:
    """An input (or part of one) that could not be read, and why: one line for the user."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Report:
    """What a build did, for the summary screen and for callers of :func:`kg.build`."""

    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities_by_class: Counter = field(default_factory=Counter)
    facts_by_predicate: Counter = field(default_factory=Counter)
    statements: int = 0
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        """0 when anything was built, 2 when nothing could be."""
        return 0 if self.articles else 2

    def summary(self) -> str:
        lines = [f"articles read: {self.articles}   skipped: {len(self.skipped)}"]
        for s in self.skipped[:20]:
            lines.append(f"  skipped {s}")
        if len(self.skipped) > 20:
            lines.append(f"  ... and {len(self.skipped) - 20} more")
        if self.entities_by_class:
            ents = ", ".join(f"{c} {n}" for c, n in self.entities_by_class.most_common())
            lines.append(f"entities: {sum(self.entities_by_class.values())} ({ents})")
        if self.facts_by_predicate:
            facts = ", ".join(f"{p} {n}" for p, n in self.facts_by_predicate.most_common())
            lines.append(f"facts: {sum(self.facts_by_predicate.values())} ({facts})")
        if self.statements:
            lines.append(f"statements: {self.statements}")
        for p in self.outputs:
            lines.append(f"wrote {p}")
        lines.append(f"in {self.seconds:.1f} s")
        return "\n".join(lines)


Stage = Callable[[Document], Document]


class Pipeline:
    """The per-document stages, built once with their data."""

    def __init__(self) -> None:
        from .entities import EntityRecognizer
        from .facts import FactExtractor
        from .text import prepare

        self.stages: list[tuple[str, Stage]] = [
            ("text", prepare),
            ("entities", EntityRecognizer()),
            ("facts", FactExtractor()),
        ]

    def __call__(self, article: Article) -> Document:
        doc = Document(article=article)
        for _name, stage in self.stages:
            doc = stage(doc)
        return doc

    def run(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            yield self(article)

    def map(self, articles: Iterable[Article], jobs: int | None = None) -> Iterator[tuple[Article, Document | str]]:
        """``(article, document)`` for each article in input order, or ``(article, reason)`` when the
        stages failed on it (one bad article never stops the others).

        With ``jobs`` > 1 the articles are shared among that many worker processes, forked from this
        one so that they inherit the loaded gazetteers instead of reading them again; ``None`` means
        one per CPU once there are enough articles to pay for starting them.  The order of the
        results, and so the graph written, is the same for any number of jobs.
        """
        articles = iter(articles)
        jobs = _jobs_wanted(jobs)
        head = list(itertools.islice(articles, PARALLEL_MIN_ARTICLES)) if jobs > 1 else []
        if jobs <= 1 or len(head) < PARALLEL_MIN_ARTICLES or "fork" not in multiprocessing.get_all_start_methods():
            for article in itertools.chain(head, articles):
                yield article, _run_one(self, article)
            return
        yield from self._map_forked(itertools.chain(head, articles), jobs)

    def _map_forked(self, articles: Iterator[Article], jobs: int) -> Iterator[tuple[Article, Document | str]]:
        """The stages in forked workers, a bounded number of batches in flight, results in input order.

        Reading the input stays in this process (so warnings keep their order).  Should a worker
        die (killed for memory, say), the batches it left undone run here instead: the build is
        slower, never short of an article.
        """
        global _WORKER_PIPELINE
        _WORKER_PIPELINE = self
        batches = _batched(articles, PARALLEL_BATCH)
        in_flight: deque[tuple[list[Article], Future | None]] = deque()
        broken = False
        # frozen, the loaded data stays shared with the workers: no collector pass writes to its pages
        with _frozen_heap():
            pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
            try:
                for batch in itertools.chain(batches, [None]):
                    if batch is not None:
                        future = None
                        if not broken:
                            try:
                                future = pool.submit(_run_batch, batch)
                            except BrokenProcessPool:
                                broken = True
                        in_flight.append((batch, future))
                    while in_flight and (batch is None or len(in_flight) > jobs * PARALLEL_BATCHES_PER_JOB):
                        done, future = in_flight.popleft()
                        results = None
                        if future is not None:
                            try:
                                results = future.result()
                            except BrokenProcessPool:
                                broken = True
                            except Exception:  # noqa: BLE001 - a result that could not come back: redo it here
                                pass
                        if results is None:  # the pool lost a worker: this batch runs here
                            results = [_run_one(self, article) for article in done]
                        yield from zip(done, results)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
                _WORKER_PIPELINE = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run a corpus build with the cyclic garbage collector mostly out of the way.

    The loaded word lists and gazetteers are a few hundred thousand long-lived objects, and a
    build adds triples by the million; Python's collector would walk them all again and again
    (about a sixth of a build's time, measured with bench/bench_build.py).  They are frozen out of
    its sight and it runs less often; the documents hold no reference cycles to wait for it.
    Settings are restored afterwards.
    """
    thresholds = gc.get_threshold()
    with _frozen_heap():
        gc.set_threshold(50_000, 20, 100)
        try:
            yield
        finally:
            gc.set_threshold(*thresholds)


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """Every object alive now out of the collector's sight, until the block ends; a no-op when
    something (a caller, or an enclosing block) froze the heap already."""
    if gc.get_freeze_count():
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


# Below this many articles one process is quicker than starting workers.
PARALLEL_MIN_ARTICLES = 64
PARALLEL_BATCH = 16   # articles per trip to a worker
PARALLEL_BATCHES_PER_JOB = 4  # batches waiting per worker: enough to keep it busy, not the whole corpus
_WORKER_PIPELINE: Pipeline | None = None


def _jobs_wanted(jobs: int | None) -> int:
    if jobs is not None:
        return max(1, jobs)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _run_one(pipeline: Pipeline, article: Article) -> Document | str:
    try:
        return pipeline(article)
    except Exception as exc:  # reported by the caller with the article's name
        return f"{type(exc).__name__}: {exc}"


def _batched(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(itertools.islice(items, size)):
        yield batch


def _run_batch(articles: list[Article]) -> list[Document | str]:
    """In a worker: the stages on a batch.  Tokens are dropped before the trip back (later steps
    do not read them, and they are most of a document's objects)."""
    assert _WORKER_PIPELINE is not None
    out = [_run_one(_WORKER_PIPELINE, article) for article in articles]
    for result in out:
        if isinstance(result, Document):
            result.tokens = []
    return out
