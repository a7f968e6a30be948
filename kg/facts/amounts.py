"""Counts that matter, kept as quantities with their unit noun: «بیش از ۱۶۰ شهر», «۳۰ میلیون زائر».

Population has its own fact (``population``); this keeps the other counts Persian news gives
about a network, a city or a country, for the entity its clause is about.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..document import Amount, Evidence
from ..text.normalize import fold
from ..text.numbers import find_quantities
from .context import ArticleContext

DATA = Path(__file__).resolve().parent.parent / "data" / "facts"
SUBJECT_CLASSES = ("Organization", "City", "Country", "Province")


@lru_cache(maxsize=1)
def unit_nouns() -> tuple[str, ...]:
    """Folded unit nouns, longest first («دولت محلی» before «دولت»)."""
    rows = [line.strip() for line in (DATA / "units.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return tuple(sorted({fold(r) for r in rows}, key=len, reverse=True))


def find_amounts(ctx: ArticleContext) -> list[Amount]:
    doc = ctx.doc
    out: list[Amount] = []
    for s in doc.sentences:
        text = doc.text[s.start:s.end]
        for q in find_quantities(text):
            start, end = s.start + q.start, s.start + q.end
            unit = _unit_after(ctx, end)
            if unit is None or fold(unit) in (fold("نفر"),):
                continue
            clause = max(doc.text.rfind(":", s.start, start), s.start)
            subject = next((m for m in reversed(ctx.mentions_in(s.index))   # the nearest before, in the clause
                            if m.cls in SUBJECT_CLASSES and clause <= m.start and m.end <= start
                            and ctx.role_at(m) is None), None)
            if subject is not None:
                out.append(Amount(subject.entity_key, q.value, unit,
                                  Evidence(s.index, start, end + 1 + len(unit), "amount-unit", 0.6), q.qualifier))
    return out


def _unit_after(ctx: ArticleContext, end: int) -> str | None:
    """The unit noun right after a number, as written, if it is one that matters."""
    i = ctx.token_index(end)
    toks = ctx.tokens
    if i < len(toks) and toks[i].start < end:
        i += 1
    words = [t for t in toks[i:i + 2] if t.is_word]
    for n in (2, 1):
        if len(words) >= n:
            written = " ".join(t.text for t in words[:n])
            if fold(written) in unit_nouns():
                return written
    return None
