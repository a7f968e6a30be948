"""Quoted and reported statements: «X گفت: ...», «وی افزود: ...», «X با بیان اینکه ...، گفت».

The speaker is the sentence's agent before the verb of saying (not the one after «با», not
the agency of «به گزارش ...»); «وی» and a verb with no subject continue the last speaker.
The quoted words run from the colon (or «که») to the end of the paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..document import Evidence, Statement
from ..text.normalize import fold
from .context import RE_VERB_AND, ArticleContext

DATA = Path(__file__).resolve().parent.parent / "data" / "facts"
# «با بیان اینکه Q، گفت»: what comes between these and the verb is itself a statement.
INDIRECT_OPENERS = tuple(fold(w) for w in ("با بیان اینکه", "با بیان این که", "با اشاره به اینکه",
                                           "با اشاره به این که", "با تاکید بر اینکه", "با تأکید بر اینکه",
                                           "با تاکید بر این که", "با بیان اين که"))
HEADLINE_SPEAKER_WORDS = 6
EMPHASIS_VERBS = tuple(fold(w).replace(" ", "") for w in ("تاکید کرد", "تأکید کرد", "تاکید نمود", "تأکید نمود"))


@lru_cache(maxsize=1)
def speech_verbs() -> tuple[str, ...]:
    rows = [line.strip() for line in (DATA / "speech_verbs.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return tuple(sorted({fold(r) for r in rows}, key=len, reverse=True))


_RE_QUOTE_OPENS = re.compile(r"\s*(:|که\s)")
_RE_ACCORDING_TO = re.compile(r"\s*به\s+گفته\s+")
_BARE_SAYING = ("گفت", "افزود")
# a clause right after the verb: a word that is not «و», «که», «به», a verb's own tail or punctuation
_RE_BARE_CLAUSE = re.compile(r" (?!(?:و|که|به|در|با|از|است|بود|شد|می)(?:\s|$))[^\s،,:.؛]+\s+\S+\s+\S+")
# What continues a speech verb into another word: a half-space («گفت‌وگو»), or «و گو» written apart.
_RE_COMPOUND_AFTER = re.compile("\u200c|\\s?و\\s?\u200c?گو")


@dataclass
class QuoteResult:
    statements: list[Statement]
    speaker: str | None


class QuoteFinder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc

    def find(self, sentence: int, last_speaker: str | None) -> QuoteResult:
        s = self.doc.sentences[sentence]
        text = self.doc.text
        sq = self.ctx.squeezed(sentence)
        verbs: list[tuple[int, int, str]] = []
        squeezed = sq.s
        for v in speech_verbs():
            if v not in squeezed:
                continue
            for a, b in sq.find_all(v):
                if _RE_COMPOUND_AFTER.match(text, b):
                    continue    # «گفت‌وگو کردم» is a talk, not «گفت»
                if not any(a < vb and va < b for va, vb, _ in verbs):
                    verbs.append((a, b, v))
        verbs.sort()
        out: list[Statement] = []
        speaker = None
        fronted_taken = False
        for v_start, v_end, verb in verbs:
            fronted = None if fronted_taken else self._fronted_quote(sentence, v_start)
            if fronted is not None:  # «"..."؛ این را X، شهردار تبریز، گفت»
                out.append(Statement(fronted[0], fronted[1], Evidence(self.doc.sentence_at(fronted[2]), fronted[2],
                                                                      fronted[3], "quote-fronted", 0.8), verb))
                speaker = last_speaker = fronted[0]
                fronted_taken = True   # «... این را X گفت و افزود: ...»: the next verb opens a quote of its own
                continue
            who = (speaker if fronted_taken else None) or self._speaker(sentence, v_start) or last_speaker
            quote_start = self._quote_start(v_end, s.end)
            if who is None:
                continue
            speaker = last_speaker = who
            opener = self._indirect(sentence, v_start)
            if opener is not None:
                a, b = opener
                if b - a > 10:
                    out.append(Statement(who, text[a:b].strip(" ،"), Evidence(sentence, a, b, "quote-indirect", 0.7),
                                         verb))
            if quote_start is None:
                # «X بر ضرورت حضور ... تأکید کرد», «X از تمایل خود به سفر ... سخن گفت»: what was stressed or told
                told = None if opener is not None else self._told_object(sentence, v_start, verb)
                if told is not None:
                    a, b = told
                    out.append(Statement(who, text[a:b].strip(" ،"), Evidence(sentence, a, b, "quote-object", 0.6),
                                         verb))
                continue
            end = self._paragraph_end(quote_start)
            quote = text[quote_start:end].strip(" «»\"")
            if len(quote.split()) >= 3:
                out.append(Statement(who, quote, Evidence(sentence, quote_start, end, "quote-colon", 0.9), verb))
        if not out:
            told = self._according_to(sentence)    # «به گفته X، ...»
            if told is not None:
                out.append(told)
                speaker = told.speaker
        if not verbs:
            headline = self._headline_quote(sentence)
            if headline:
                out.append(headline)
                speaker = headline.speaker
        return QuoteResult(out, speaker)

    # -- parts ---------------------------------------------------------------------------------
    def _speaker(self, sentence: int, before: int) -> str | None:
        start = self.ctx.reporting_prefix_end(sentence)
        # «میرحسینی ... را پیشنهاد داد و کریم گفت:»: a done clause ended, the verb has a subject of its own
        ends = [m.end() for m in RE_VERB_AND.finditer(self.doc.text, start, before)]
        if ends and any(a.key and a.kind != "pronoun" and ends[-1] <= a.start < before
                        for a in self.ctx.agents(sentence)):
            start = ends[-1]
        # «... دعوت کرد تا به کچ سفر کند؛ شهردار خاش گفت که ...»: a semicolon opens a clause of its own
        semicolon = self.doc.text.rfind("؛", start, before)
        if semicolon >= 0 and any(a.key and a.kind != "pronoun" and semicolon < a.start < before
                                  for a in self.ctx.agents(sentence)):
            start = semicolon + 1
        for a in self.ctx.agents(sentence):
            if a.start < start:
                continue
            if a.start >= before:
                break
            if self.ctx.after_ba(a):
                continue
            if a.kind == "pronoun":
                return None  # the caller continues the last speaker
            return a.key
        # no person: an organisation that opens the clause speaks («وزارت امور خارجه اعلام کرد: ...»)
        text = self.doc.text
        for m in self.ctx.outer_mentions(sentence):
            if m.cls == "Organization" and start <= m.start < before and not text[start:m.start].strip(" ،"):
                return m.entity_key
        return None

    def _fronted_quote(self, sentence: int, v_start: int) -> tuple[str, str, int, int] | None:
        """«"تبریز ... استفاده می‌کنیم"؛ این را رسول پاکزاد، شهردار تبریز، ... گفت»: the words come first in
        guillemets, «این را» names the speaker before the verb."""
        s = self.doc.sentences[sentence]
        text = self.doc.text
        if text.startswith("این را", s.start):
            return self._quote_before(sentence, v_start)
        if not text.startswith("«", s.start):
            return None
        close = text.find("»", s.start, v_start)
        marker = text.find("این را", close if close > 0 else s.start, v_start)
        if close < 0 or marker < 0 or text[close + 1:marker].strip(" ؛،") != "":
            return None
        agents = [a for a in self.ctx.agents(sentence) if marker < a.start < v_start and a.key]
        if not agents:
            return None
        return agents[0].key, text[s.start + 1:close].strip(), s.start + 1, close

    def _quote_before(self, sentence: int, v_start: int) -> tuple[str, str, int, int] | None:
        """«"... باشد." این را X، شهردار اراک، ... گفت.»: the guillemets closed a sentence (or more) before."""
        s = self.doc.sentences[sentence]
        text = self.doc.text
        close = text.rfind("»", 0, s.start)
        opening = text.rfind("«", 0, close) if close > 0 else -1
        if opening < 0 or text[close + 1:s.start].strip(" .؛،\n") or "»" in text[opening + 1:close]:
            return None
        agents = [a for a in self.ctx.agents(sentence) if s.start < a.start < v_start and a.key]
        quote = text[opening + 1:close].strip(" .")
        if not agents or len(quote.split()) < 3:
            return None
        return agents[0].key, quote, opening + 1, close

    def _quote_start(self, v_end: int, s_end: int) -> int | None:
        text = self.doc.text
        m = _RE_QUOTE_OPENS.match(text, v_end)
        if m:
            return m.end()
        # «نیک‌فرجام گفت این پیشنهاد ... بررسی خواهد شد»: «گفت» / «افزود» straight before the clause
        if text[max(0, v_end - 5):v_end].endswith(_BARE_SAYING) and _RE_BARE_CLAUSE.match(text, v_end, s_end):
            return v_end + 1
        return None

    def _according_to(self, sentence: int) -> Statement | None:
        """«به گفته خسروی‌فر، خواهرخواندگی دو شهر هنوز نهایی نشده ...»: what X says, after the comma."""
        s = self.doc.sentences[sentence]
        text = self.doc.text
        opener = _RE_ACCORDING_TO.match(text, s.start, s.end)
        if opener is None:
            return None
        comma = text.find("،", opener.end(), s.end)
        agents = [a for a in self.ctx.agents(sentence) if opener.end() <= a.start < comma and a.key]
        if comma < 0 or not agents or agents[0].kind == "pronoun":
            return None
        a, b = comma + 1, s.end
        quote = text[a:b].strip(" .")
        if len(quote.split()) < 4:
            return None
        return Statement(agents[0].key, quote, Evidence(sentence, a, b, "quote-according-to", 0.7), "به گفته")

    def _paragraph_end(self, start: int) -> int:
        nl = self.doc.text.find("\n", start)
        return len(self.doc.text) if nl < 0 else nl

    def _told_object(self, sentence: int, v_start: int, verb: str) -> tuple[int, int] | None:
        """The object of «بر ... تأکید کرد» or «از ... سخن گفت» ending at the verb, when it is a few words long."""
        text = self.doc.text
        s = self.doc.sentences[sentence]
        head = text[s.start:v_start].rstrip()
        if verb.startswith(EMPHASIS_VERBS):
            marker = " بر "
        elif verb == fold("گفت") and head.endswith("سخن"):
            marker, head = " از ", head[:-3].rstrip()
        else:
            return None
        at = head.rfind(marker)
        speaker_end = max((a.end for a in self.ctx.agents(sentence) if a.start < s.start + at), default=s.start)
        if at < 0 or s.start + at < speaker_end:
            return None
        a, b = s.start + at + len(marker), s.start + len(head)
        return (a, b) if len(text[a:b].split()) >= 3 else None

    def _indirect(self, sentence: int, v_start: int) -> tuple[int, int] | None:
        sq = self.ctx.squeezed(sentence)
        for opener in INDIRECT_OPENERS:
            hits = [h for h in sq.find_all(opener) if h[1] <= v_start]
            if hits:
                a = hits[-1][1]
                comma = self.doc.text.rfind("،", a, v_start)
                return (a, comma if comma > a else v_start)
        return None

    def _headline_quote(self, sentence: int) -> Statement | None:
        """«دبیرکل متروپلیس: مشهد ...»: a short speaker, a colon, the words."""
        s = self.doc.sentences[sentence]
        line = self.doc.text[s.start:s.end]
        colon = line.find(":")
        if colon <= 0 or len(line[:colon].split()) > HEADLINE_SPEAKER_WORDS:
            return None
        agents = [a for a in self.ctx.agents(sentence) if a.start < s.start + colon and a.key]
        if not agents:
            return None
        start = s.start + colon + 1
        end = self._paragraph_end(start)
        quote = self.doc.text[start:end].strip(" «»\"")
        if len(quote.split()) < 3:
            return None
        return Statement(agents[0].key, quote, Evidence(sentence, start, end, "quote-headline", 0.8), ":")
