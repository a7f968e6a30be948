"""Events: each meeting, visit and signing as a node with participants, date and place.

The date is the one the sentence gives («۱۹ آذر ۱۴۰۴»), else the article's date when the
sentence says «امروز» (the day before for «روز گذشته»), else the last such weekday before the
article's date («روز چهارشنبه»).
"""
from __future__ import annotations

import datetime as dt

from ..document import Document, Event, Fact
from ..text.normalize import fold
from .context import ArticleContext

KIND = {"met": "Meeting", "visited": "Visit", "agreementWith": "Agreement", "sisterCityOf": "Agreement"}
TODAY = tuple(fold(w) for w in ("امروز", "امشب", "روز جاری"))
YESTERDAY = tuple(fold(w) for w in ("دیروز", "روز گذشته", "دیشب", "شب گذشته"))
WEEKDAYS = {fold(w): n for w, n in (("دوشنبه", 0), ("سه‌شنبه", 1), ("سه شنبه", 1), ("چهارشنبه", 2),
                                     ("پنجشنبه", 3), ("پنج‌شنبه", 3), ("جمعه", 4), ("شنبه", 5), ("یکشنبه", 6))}


def sentence_date(doc: Document, sentence: int) -> dt.date | None:
    s = doc.sentences[sentence]
    text = doc.text[s.start:s.end]
    try:
        from ..text.dates import find_date
        explicit = find_date(text)
    except ImportError:  # pragma: no cover - dates module is part of the package
        explicit = None
    if explicit:
        return explicit
    published = doc.article.date
    if published is None:
        return None
    words = [fold(w) for w in text.split()]
    squeezed = "".join(words)
    if any(t in squeezed for t in YESTERDAY):
        return published - dt.timedelta(days=1)
    if any(t in squeezed for t in TODAY):
        return published
    for i, w in enumerate(words):
        pair = w + (words[i + 1] if i + 1 < len(words) else "")
        day = WEEKDAYS.get(pair) if pair in WEEKDAYS else WEEKDAYS.get(w)
        if day is not None and i > 0 and words[i - 1] in {fold("روز"), fold("صبح"), fold("عصر"), fold("شب"), fold("ظهر")}:
            back = (published.weekday() - day) % 7
            return published - dt.timedelta(days=back)
    return None


def events_from(doc: Document, ctx: ArticleContext) -> list[Event]:
    out: list[Event] = []
    seen: set[tuple] = set()
    for f in doc.facts:
        kind = KIND.get(f.predicate)
        if kind is None or f.literal:
            continue
        participants = [f.subject, f.object] if f.predicate != "visited" else [f.subject]
        key = (kind, frozenset(participants), f.evidence.sentence)
        if key in seen:
            continue
        seen.add(key)
        place = f.object if f.predicate == "visited" else _place(ctx, f)
        out.append(Event(kind, participants, f.evidence, sentence_date(doc, f.evidence.sentence), place, f.status))
    return out


def _place(ctx: ArticleContext, f: Fact) -> str | None:
    """«در مشهد»: a place after «در» in the fact's sentence that is not one of the sides."""
    s = ctx.doc.sentences[f.evidence.sentence]
    for m in ctx.mentions_in(s.index):
        if m.cls in ("City", "Place") and m.entity_key not in (f.subject, f.object):
            i = ctx.token_index(m.start)
            if i > 0 and fold(ctx.tokens[i - 1].text) == fold("در") and ctx.role_at(m) is None:
                return m.entity_key
    return None
