"""Interviews: questions on lines of their own, each answered in the paragraphs that follow.

An answer has no verb of saying («گفت:»): the form itself says who speaks — the person the
lead names as interviewed («با X ... گفت‌وگو کرده‌ایم», «X در گفت‌وگو با ایسنا»).  Each
answer paragraph becomes a statement of that person.  Without two questions each followed by
an answer, or without a named interviewee, an article is no interview and nothing is read.
"""
from __future__ import annotations

import re

from ..document import Evidence, Statement
from ..text.normalize import fold
from .context import ArticleContext

MIN_QUESTIONS = 2
MAX_QUESTION_CHARS = 400
_RE_PARAGRAPH = re.compile(r"[^\n]+")
_RE_INTERVIEW_WORD = re.compile(r"گفت\s?\u200c?و\s?\u200c?گو|گفتگو|مصاحبه")


def interview_answers(ctx: ArticleContext) -> list[Statement]:
    """A statement of the interviewee for each answer paragraph, when the article is an interview."""
    doc = ctx.doc
    paragraphs = [(m.start(), m.end()) for m in _RE_PARAGRAPH.finditer(doc.text) if m.group().strip()]
    is_question = [_is_question(doc.text[a:b]) for a, b in paragraphs]
    answers = [k for k in range(1, len(paragraphs)) if is_question[k - 1] and not is_question[k]]
    if len(answers) < MIN_QUESTIONS:
        return []
    first_question = is_question.index(True)
    lead_end = paragraphs[first_question][0]
    interviewee = _interviewee(ctx, lead_end)
    if interviewee is None:
        return []
    out = []
    for k in range(first_question + 1, len(paragraphs)):
        if is_question[k]:
            continue
        a, b = paragraphs[k]
        out.append(Statement(interviewee, doc.text[a:b].strip(), Evidence(doc.sentence_at(a), a, b,
                                                                         "quote-interview", 0.7), "گفت‌وگو"))
    return out


def _is_question(paragraph: str) -> bool:
    """A question's paragraph: short, and ending in a question mark or set off by the bullet an interview
    marks its questions with («■ گفته می‌شود سفر شما ... انجامید.»)."""
    s = paragraph.strip()
    return len(s) <= MAX_QUESTION_CHARS and (s.endswith(("؟", "?")) or s.startswith(QUESTION_MARKS))


QUESTION_MARKS = ("■", "●", "▪", "◼", "◾", "♦", "س:", "سوال:", "سؤال:")


def _interviewee(ctx: ArticleContext, lead_end: int) -> str | None:
    """The person named after «با» in a sentence of the lead that speaks of an interview."""
    from ..entities.lexicon import Lexicon

    doc = ctx.doc
    toks = ctx.tokens
    address = Lexicon.load().honorifics     # «با سرکار خانم دکتر X»: forms of address before the name
    for s in doc.sentences:
        if s.start >= lead_end:
            break
        if not _RE_INTERVIEW_WORD.search(doc.text[s.start:s.end]):
            continue
        for m in ctx.mentions_in(s.index):
            if m.cls != "Person":
                continue
            k = ctx.token_index(m.start) - 1
            while k >= 0 and toks[k].key in address:
                k -= 1
            if k >= 0 and toks[k].text == "با":
                return m.entity_key
    # «دکتر X که ... شهردار کرج است، در این گفت‌وگو از ... سخن گفته است»: the subject of a lead sentence
    # that speaks of «this interview» (not the credit line «گفت‌وگو: Y، خبرنگار ...»)
    for s in doc.sentences:
        if s.start >= lead_end:
            break
        text = doc.text[s.start:s.end]
        if not _RE_THIS_INTERVIEW.search(text):
            continue
        first = next((m for m in ctx.mentions_in(s.index)), None)
        if first is not None and first.cls == "Person" and all(
                toks[k].key in address for k in range(ctx.token_index(s.start), ctx.token_index(first.start))):
            return first.entity_key
    return _interviewee_by_title(ctx, lead_end)


def _interviewee_by_title(ctx: ArticleContext, lead_end: int) -> str | None:
    """«شهردار خرمشهر که ... در گفت‌وگو با مهر ... گفته است»: a lead sentence about an interview opens with
    a title; the interviewee is the person the lead names with that title («عادل حمیدی‌نژاد شهردار خرمشهر»)."""
    from ..entities.lexicon import Lexicon

    doc = ctx.doc
    first_words = Lexicon.load().role_first_words
    for s in doc.sentences:
        if s.start >= lead_end:
            break
        text = doc.text[s.start:s.end]
        opening = _RE_TITLE_OPENS.match(text)
        if not _RE_INTERVIEW_WORD.search(text) or opening is None or fold(opening.group(1).split()[0]) not in first_words:
            continue
        title = " ".join(opening.group(1).split())
        for m in ctx.doc.mentions:
            if m.cls != "Person" or m.start >= lead_end:
                continue
            after = " ".join(doc.text[m.end:m.end + len(title) + 4].replace("،", " ").split())
            before = " ".join(doc.text[max(0, m.start - len(title) - 4):m.start].replace("،", " ").split())
            if after.startswith(title) or before.endswith(title):
                return m.entity_key
    return None


# A sentence opening with a title of one to three words before «که» or a comma (after a dateline «خرمشهر- »)
_RE_TITLE_OPENS = re.compile(r"\s*(?:[^\s\-]+\s*-\s*)?((?:[^\s،]+\s+){1,2}[^\s،]+)\s*(?:،|\s+که\s)")


_RE_THIS_INTERVIEW = re.compile(r"در\s+(?:این|همین)\s+(?:گفت\s?\u200c?و\s?\u200c?گو|گفتگو|مصاحبه)")
