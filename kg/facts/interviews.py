"""Interviews: questions on lines of their own, each answered in the paragraphs that follow.

An answer has no verb of saying («گفت:»): the form itself says who speaks — the person the
lead names as interviewed («با X ... گفت‌وگو کرده‌ایم», «X در گفت‌وگو با ایسنا»).  Each
answer paragraph becomes a statement of that person.  Without two questions each followed by
an answer, or without a named interviewee, an article is no interview and nothing is read.
"""
from __future__ import annotations

import re

from ..document import Evidence, Statement
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
    """«شهردار خرمشهر که ... در گفت‌وگو با مهر ... گفته است», «گفت‌وگو با شهردار علی‌آبادکتول»: a lead sentence
    about an interview opens with a title, or has one right after «با»; the interviewee is the person who holds
    that office in the lead («عادل حمیدی‌نژاد شهردار خرمشهر»)."""
    doc = ctx.doc
    for s in doc.sentences:
        if s.start >= lead_end:
            break
        text = doc.text[s.start:s.end]
        interview = bool(_RE_INTERVIEW_WORD.search(text))
        if not interview and not _RE_SAYS.search(text):
            continue
        opening = _RE_DATELINE.match(text)
        opens_at = s.start + (opening.end() if opening else 0)
        for r in ctx.roles:
            if not (s.start <= r.start < s.end) or r.office is None:
                continue
            # «گفت‌وگو با شهردار X»; or a lead that opens with the title: «شهردار X ... در گفت‌وگو با مهر»,
            # «شهردار X می‌گوید ...» (the questions that follow are put to him)
            if r.start != opens_at and not (interview and re.search(r"(?:^|\s)با\s+$",
                                                                    doc.text[max(s.start, r.start - 6):r.start])):
                continue
            holder = r.holder or next((o.holder for o in ctx.roles if o.office == r.office and o.holder
                                       and o.start < lead_end), None)
            if holder:
                return holder
    return None


_RE_SAYS = re.compile(r"(?:^|\s)می\u200c?گوید(?:\s|$)")
# A dateline before a lead: «خرمشهر- »
_RE_DATELINE = re.compile(r"\s*[^\s\-]+\s*-\s*")


_RE_THIS_INTERVIEW = re.compile(r"در\s+(?:این|همین)\s+(?:گفت\s?\u200c?و\s?\u200c?گو|گفتگو|مصاحبه)")
