"""The ordered stages that turn input paths into a graph.

ingest → text → entities → facts → graph → html.  Stages with data (gazetteers,
rules) are built once per :class:`Pipeline`; each is then called per document.
"""
from __future__ import annotations

from collections import Counter
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
