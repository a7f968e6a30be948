"""Facts stage: offices, the rule table, quotations and events for one article.

Sentences are read in order so «وی» and a verb with no subject continue the last person
who acted or spoke; titles and their holders are read for the whole article first
(kg.facts.context), so a title resolves forward as well as back.
"""
from __future__ import annotations

import re


from ..document import Document, Evidence, Fact, Mention, Sentence
from ..text.normalize import fold
from ..text.numbers import find_quantities
from .context import ENVOY_PREDICATES, IRAN, Agent, ArticleContext
from .amounts import find_amounts
from .events import events_from
from .interviews import interview_answers
from .quotes import QuoteFinder
from .rules import PLACE_NOUNS, WHERE_IN, RuleEngine, clause_status, plan_that_failed

__all__ = ["FactExtractor"]

# Predicates whose object must be of these classes, whatever the rule's slot found.
OBJECT_CLASSES = {
    "mayorOf": {"City"}, "governorOf": {"City", "Province"}, "ambassadorOf": {"Country"},
    "consulGeneralOf": {"Country"}, "secretaryGeneralOf": {"Organization"}, "headOf": {"Organization"},
    "memberOf": {"Organization"}, "sisterCityOf": {"City"}, "visited": {"City", "Country", "Place", "Province"},
    "met": {"Person"}, "locatedIn": {"Country", "Province", "Region", "City"},
}
SUBJECT_CLASSES = {
    "mayorOf": {"Person"}, "governorOf": {"Person"}, "ambassadorOf": {"Person"}, "consulGeneralOf": {"Person"},
    "secretaryGeneralOf": {"Person"}, "headOf": {"Person"}, "met": {"Person"}, "visited": {"Person"},
    "sisterCityOf": {"City"}, "population": {"City", "Country", "Province"},
}
# Words between a place and the wider place it lies in: «شیآن چین», «خوی از استان آذربایجان غربی»,
# «مشهد (شمال شرق ایران)».
LOCATION_FILLERS = {fold(w) for w in ("از", "در", "استان", "کشور", "جمهوری", "(", ")", "شمال", "جنوب", "شرق", "غرب",
                                       "مرکز", "شمال‌شرق", "شمال‌غرب", "جنوب‌شرق", "جنوب‌غرب", "شمالی", "جنوبی",
                                       "شرقی", "غربی", "مرکزی", "واقع")}
# Words between a site and its city: «در بافت قدیم تفلیس», «در حومه شیراز», «در نزدیکی شوش».
SITE_SURROUNDINGS = {fold(w) for w in ("بافت", "قدیم", "قدیمی", "تاریخی", "حومه", "نزدیکی", "حوالی", "محله",
                                       "محدوده", "اطراف")}
CITY_WORDS = {fold(w) for w in ("شهر", "کلانشهر", "کلان‌شهر", "بندر", "پایتخت", "مرکز", "شهرهای", "کلانشهرهای",
                                 "کلان‌شهرهای", "کلان‌شهر‌های", "شهر‌های", "سایر", "دیگر")}
_MUNICIPALITY = fold("شهرداری")
_RE_FRONTED_LIST = re.compile(r"\s*،\s*(?:شهرهای|کلانشهرهای|شهرستان‌های|شهرستانهای)\s+")   # «در استان X، شهرهای ...»
_RE_CENTRE_IS = re.compile(r"(?:مرکز|پایتخت)\s+")   # «... مرکز استان مازندران است»
# «شیراز ... در جنوب ایران است», «ماری در جنوب ترکمنستان قرار دارد»: a place after «در» and before a copula
_IN_A_PART = WHERE_IN + r"(?:کشور\s+|استان\s+)?$"
_RE_OPEN_WATER = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Bay)\b")     # a region's English label
_RE_IN_BEFORE = re.compile(rf"(?:^|\s){_IN_A_PART}")
_RE_IN_A_PART_AFTER = re.compile(r"\s*(?:نیز\s+|هم\s+)?" + WHERE_IN)      # «این شهر (نیز) در جنوب ...»
# («... در شمال استان اصفهان و در حاشیه کویر / و نزدیک مرز عراق قرار دارد»: a second phrase may come between)
_RE_COPULA_AFTER = re.compile(r"^\s*(?:و\s+(?:در|نزدیک|نزدیکی|کنار|مجاور)\s+[^،.:؛\n]{1,40}?\s+)?"
                              r"(?:است|قرار\s+دارد|قرار\s+گرفته|واقع\s+است|واقع\s+شده)(?:\s|[.،؛]|$)")
# what opens a clause or apposition on a sentence's subject: «کوسکو نیز که ...،», «نائین، با ...،»
_RE_ASIDE_AFTER = re.compile(r"\s*(?:نیز\s+)?(?:که\s|،)")
# «X با حدود ۱۷۰ هزار نفر جمعیت در (شرق) استان Y»: a place, its size, then where it is
_RE_SIZE_IN_BEFORE = re.compile(rf"(?:^|\s)(?:نیز\s+)?با\s+[^،.:؛«»\n]{{1,40}}?\s+(?:نفر\s+)?جمعیت\s+{_IN_A_PART}")
_RE_COPULA_AFTER_RANK = re.compile(r"\s*(?:است|بود|به\s+شمار\s+می|محسوب\s+می)")
_RE_AT_TOWN_HALL = re.compile(
    r"در\s+(?:محل|(?:محل\s+)?(?:ساختمان|کاخ|تالار|سالن)(?:\s+(?:مرکزی|اجتماعات|جلسات|همایش(?:\u200c|\s)?های))?)\s+"
    r"(?:شهرداری|شورای\s+اسلامی\s+شهر|شورای\s+شهر)\s+")
# «A و B این سند را در ... امضا کردند»: the verb of a subject of more than one signer
_RE_SIGNED_TOGETHER = re.compile(r"امضا\s+(?:کردند|نمودند)")
# «در این سفر شهردار را همراهی می‌کند»: a companion on the trip told before
ACCOMPANY = {fold(w) for w in ("همراهی",)}
# The trip, or the party that makes it: «در این سفر ... همراهی می‌کند», «هیئت را همراهی می‌کردند»
TRIP = {fold(w) for w in ("سفر", "سفری", "هیئت", "هیات", "هیئتی", "کاروان")}
# «هیئت (هفت‌نفره رودبار) که X، ...، نیز عضو آن است»: a member named in a relative clause (group 1)
_RE_MEMBER_OF_IT = re.compile(r"(?:\s+[^\s،.]+){0,3}?\s+که\s+([^.؛]{3,160}?)\s+(?:نیز\s+|هم\s+)?عضو\s+آن\s+"
                              r"(?:است|بود|هستند|بودند)")
# «هیئتی متشکل از مدیران شهری و X»: who follows these words after a delegation's noun is in it
MADE_UP_OF = {fold(w) for w in ("متشکل", "مرکب", "شامل")}
PRESENCE = {fold(w) for w in ("حضور", "عضو")}
# «همتای خود در مسکو»: the same office elsewhere
COUNTERPART = {fold(w) for w in ("همتای", "همتا")}
SELF_WORDS = {fold(w) for w in ("خود", "خویش", "اش", "وی", "او")}
# «دومین شهر بزرگ پرتغال», «مهم‌ترین بندر تجاری عمان»: what a city word may carry before the wider place
CITY_ADJECTIVES = {fold(w) for w in ("بزرگ", "مهم", "پرجمعیت", "تاریخی", "صنعتی", "بندری", "تجاری", "گردشگری",
                                     "توریستی", "مذهبی", "زیارتی", "ساحلی", "اقتصادی", "فرهنگی")}
# «یکی از بزرگ‌ترین مناطق صنعتی ایران», «مهم‌ترین قطب‌های گردشگری کشور»: what a ranked city is one of
RANK_NOUNS = {fold(w) for w in ("مناطق", "مراکز", "قطب", "قطب‌های", "قطبهای", "بنادر", "شهرها", "کلانشهرها",
                                 "پایتخت‌های", "پایتختهای")}
_FIRST_OR_ONLY = {fold(w) for w in ("تنها", "نخستین", "اولین")}   # «نخستین شهر شمال ایران»: ranked, too
# «X، جزیره‌ای در Y», «X، شهری در Y»: an indefinite place noun in an apposition that says where X is
A_PLACE = {fold(w) for w in ("شهری", "جزیره‌ای", "جزیره ای", "بندری", "روستایی", "شهرکی", "منطقه‌ای", "کلانشهری")}
PROVINCES_NOUNS = {fold(w) for w in ("استان", "استان‌های", "استانهای", "ولایت", "ولایات", "ایالت", "ایالت‌های")}
# «... نفر در آن / در X زندگی می‌کنند»: people living in a place (group 1: where the place's name starts)
_RE_RESIDENTS_AFTER = re.compile(r"\s*نفر\s+در\s+(?:(?:آن|این\s+شهر)\s+|()\S[^،.؛\n]{0,30}?\s+)"
                                 r"(?:زندگی|سکونت)\s+(?:می\u200c?کنند|دارند)")
# «... و شکی نزدیک به ۶۸ هزار نفر،»: a count of people that ends its clause
_RE_COUNT_ENDS = re.compile(r"\s*نفر\s*(?:[،.؛]|$|\s+(?:است|و)\s)")
# «و شکی (نزدیک به)»: «و», a place's name (group 1), and what may stand before the number (group 2)
_RE_AND_A_PLACE_BEFORE = re.compile(r"\sو\s+(?:شهر\s+)?(\S[^،.؛\n]{0,30}?)(\s*)$")
CONTAINS = {"City": {"Country", "Province"}, "Place": {"City", "Country", "Province"}, "Province": {"Country"},
            "Region": {"Country"}}
# A copula says outright where a place lies, a region too: «اوش ... در شرق دره فرغانه واقع است».  (Not in
# CONTAINS: a city merely written next to a region, «شیراز، جنوب ایران», is left to the country.)
STATED_CONTAINS = {**CONTAINS, "City": CONTAINS["City"] | {"Region"}}


# A past or future verb in the first person: «رفتم», «دیدار کردم», «سفر خواهم کرد»; «دیدار کردیم» (the speaker
# and those with them)
_RE_FIRST_PERSON_VERB = re.compile(r"(?<![\w\u200c])(?:کرد|رفت|بود|شد|آمد|داشت|دید|نمود|خواه|کرده\u200c?ا|"
                                   r"رفته\u200c?ا|بوده\u200c?ا|داشته\u200c?ا)(?:م|یم)(?![\w\u200c])")


class FactExtractor:
    """Built once; called per document after the entities stage."""

    def __call__(self, doc: Document) -> Document:
        ctx = ArticleContext.of(doc)
        facts: list[Fact] = self._offices(ctx) + self._counterparts(ctx) + self._locations(ctx)
        quotes = QuoteFinder(ctx)
        engine = RuleEngine(ctx)
        doc.statements.extend(interview_answers(ctx))
        last: str | None = None
        for s in doc.sentences:
            found = quotes.find(s.index, last)
            doc.statements.extend(found.statements)
            quoted = found.speaker or next((st.speaker for st in doc.statements
                                            if st.evidence.start <= s.start < st.evidence.end), None)
            actor = self._actor(ctx, s.index, last, quoted)
            facts.extend(engine.run(s.index, actor, quoted))
            last = found.speaker or (actor.key if actor and actor.key else last)
        # after the rules too: «اربیل، مرکز اقلیم کردستان عراق» (a rule's fact) puts Erbil in Iraq
        facts.extend(self._country_in_a_division_name(ctx, facts))
        facts.extend(self._the_country_s_one_city(ctx, facts))
        facts.extend(self._companions_on_the_trip(ctx, facts))
        facts.extend(self._at_a_municipality(ctx))
        facts.extend(self._town_of_a_landmark(ctx, facts))
        facts.extend(self._delegation_members_travel(ctx, facts))    # (where the head went, town halls too)
        facts.extend(self._populations_without_their_noun(ctx))
        doc.facts = self._clean(doc, self._not_denied(facts, engine))
        doc.events = events_from(doc, ctx)
        doc.amounts = find_amounts(ctx)
        return doc

    @staticmethod
    def _populations_without_their_noun(ctx: ArticleContext) -> list[Fact]:
        """Populations written without «جمعیت» next to the number: «حدود ۶۸ هزار نفر در آن زندگی می‌کنند»
        (the clause's place, or the place after «در»), and a second place's count that leans on the first's
        noun: «یاسوج حدود ۱۳۸ هزار نفر جمعیت دارد و شکی نزدیک به ۶۸ هزار نفر»."""
        out = []
        doc = ctx.doc
        for s in doc.sentences:
            text = doc.text[s.start:s.end]
            if "نفر" not in text:
                continue
            places = [m for m in ctx.mentions_in(s.index) if m.cls in ("City", "Province", "Country")
                      and ctx.role_at(m) is None and not ctx.in_reporting_prefix(m)]
            for q in find_quantities(text):
                a, b = s.start + q.start, s.start + q.end
                residents = _RE_RESIDENTS_AFTER.match(doc.text, b)
                owner = None
                if residents and residents.start(1) >= 0:
                    at = residents.start(1)
                    owner = next((m for m in places if m.start == at), None)
                elif residents:
                    clause = max([s.start] + [doc.text.rfind(mark, s.start, a) for mark in ("؛", ":")])
                    owner = next((m for m in places if clause <= m.start and m.end <= a), None)
                elif _RE_COUNT_ENDS.match(doc.text, b) and "جمعیت" in doc.text[s.start:a]:
                    lean = _RE_AND_A_PLACE_BEFORE.search(doc.text, s.start, a)
                    owner = next((m for m in places if lean and m.start == lean.start(1) and m.end == a - len(
                        lean.group(2))), None) if lean else None
                if owner is not None:
                    out.append(Fact(owner.entity_key, "population", q.value,
                                    Evidence(s.index, owner.start, b, "population-residents", 0.7)))
        return out

    @staticmethod
    def _at_a_municipality(ctx: ArticleContext) -> list[Fact]:
        """«X، شهردار لینتس، در ساختمان شهرداری یزد با ... دیدار کرد»: whoever is received at a city's town
        hall has come to that city (its own officials and the diplomats posted there are dropped later)."""
        out = []
        doc = ctx.doc
        for m in _RE_AT_TOWN_HALL.finditer(doc.text):
            sentence = doc.sentence_at(m.start())
            city = next((c.entity_key for c in ctx.mentions_in(sentence) if c.cls == "City" and c.start == m.end()),
                        None) or next((key for start, _end, key in ctx.city_anaphora(sentence) if start == m.end()),
                                      None)   # «در ساختمان شهرداری این شهر اسپانیایی»
            agent = FactExtractor._actor(ctx, sentence, None)
            if agent is not None and agent.key and agent.start < m.start():
                visitors = [agent.key]
                if _RE_SIGNED_TOGETHER.search(doc.text, m.end(), doc.sentences[sentence].end):
                    # «A، آکیم تراز، و B این سند را در ساختمان شهرداری X امضا کردند»: both signers came
                    visitors += [p.entity_key for p in ctx.mentions_in(sentence)
                                 if p.cls == "Person" and agent.start < p.start < m.start()]
            else:
                visitors = FactExtractor._signers(ctx, sentence, m.end())
            if city is None:
                continue
            for visitor in visitors:
                if FactExtractor._posted_in_capital(ctx, visitor, city) or FactExtractor._serves_city(ctx, visitor, city):
                    continue    # «سفیر ایران در ارمنستان ... در ساختمان شهرداری ایروان»: he lives there
                out.append(Fact(visitor, "visited", city, Evidence(sentence, m.start(), m.end(), "visited-town-hall", 0.6),
                                clause_status(ctx.squeezed(sentence), m.start(), only_before=True)))
        return out

    @staticmethod
    def _signers(ctx: ArticleContext, sentence: int, after: int) -> list[str]:
        """«... به امضای X و Y رسید», «با امضای X و Y امضا شد»: the persons named after «به امضای» or
        «با امضای» (after offset ``after``)."""
        text = ctx.doc.text
        end = ctx.doc.sentences[sentence].end
        at = max(text.find("به امضای", after, end), text.find("با امضای", after, end))
        if at < 0:
            return []
        return list(dict.fromkeys(p.entity_key for p in ctx.mentions_in(sentence) if p.cls == "Person" and p.start > at))

    @staticmethod
    def _posted_in_capital(ctx: ArticleContext, person: str, city: str) -> bool:
        """Whether the person is an ambassador and the city a capital: the embassy's own city."""
        from ..entities.capitals import is_capital

        return is_capital(city) and any(r.holder == person and r.title.predicate == "ambassadorOf" for r in ctx.roles)

    @staticmethod
    def _town_of_a_landmark(ctx: ArticleContext, facts: list[Fact]) -> list[Fact]:
        """«از قلعه کاکه‌گاوا بازدید کرد», «از مسجد جامع بافق دیدن کردند»: who visits a landmark named after
        its town has come to the town (the town's own officials are dropped later, as at its town hall)."""
        entities = ctx.doc.entities
        towns: dict[str, str] = {}     # a town's written form, folded → its key
        for key, e in entities.items():
            if e.cls == "City":
                for name in {e.label_fa, *e.aliases}:
                    towns[fold(name)] = key
        if not towns:
            return []
        out = []
        for f in facts:
            place = entities.get(f.object) if f.predicate == "visited" and not f.literal else None
            if place is None or place.cls != "Place":
                continue
            for name in {place.label_fa, *place.aliases}:
                words = name.split()
                town = next((towns[t] for n in range(1, len(words)) if (t := fold(" ".join(words[n:]))) in towns),
                            None)
                if town is not None and not FactExtractor._serves_city(ctx, f.subject, town):
                    ev = f.evidence
                    out.append(Fact(f.subject, "visited", town,
                                    Evidence(ev.sentence, ev.start, ev.end, "visited-landmark-town", 0.5), f.status))
                    break
        return out

    @staticmethod
    def _serves_city(ctx: ArticleContext, person: str, city: str) -> bool:
        """Whether the person holds a title of the city or of its own institution («رئیس شورای اسلامی شهر
        قم» at Qom's council hall is at home, not visiting)."""
        mentions = ctx.doc.mentions
        held = [r for r in ctx.roles if r.holder == person]
        for r in ctx.roles:
            # «معاون شهردار کازانلاک»: the deputy's title, and the office it is deputy in, right after it
            if r.of is None or not (r.holder == person or r.deputy and any(0 <= r.start - h.end <= 1 for h in held)):
                continue
            if r.of.entity_key == city or (r.of.cls == "Organization" and any(
                    m.cls == "City" and m.entity_key == city and r.of.start <= m.start and m.end <= r.of.end
                    for m in mentions)):
                return True
        return False

    @staticmethod
    def _posted_in_country(ctx: ArticleContext, person: str, country: str) -> bool:
        """Whether the person is an envoy posted in a town of ``country`` («سرکنسول هند در بندرعباس» lives in
        Iran: going along with a delegation through Iran is no visit to Iran)."""
        from ..entities.gazetteer import Gazetteer

        if not country.startswith("country/"):
            return False
        code = country.removeprefix("country/")
        by_key = Gazetteer.load().by_key
        for r in ctx.roles:
            if r.holder != person or r.title.predicate not in ENVOY_PREDICATES:
                continue
            for post in ctx.posts_of(r):
                entry = by_key.get(post.entity_key)
                if post.entity_key == country or (entry is not None and entry.kind == code):
                    return True
        return False

    @staticmethod
    def _companions_on_the_trip(ctx: ArticleContext, facts: list[Fact]) -> list[Fact]:
        """«X، رئیس شورای شهر، در این سفر شهردار را همراهی می‌کند», «X نیز هیئت را همراهی می‌کردند»: X goes
        where the trip told before goes."""
        out = []
        doc = ctx.doc
        home = _home_places(facts)
        for s in doc.sentences:
            words = {fold(w) for w in doc.text[s.start:s.end].split()}
            if not words & ACCOMPANY or not words & TRIP:
                continue
            along = doc.text.find("همراهی", s.start, s.end)
            if along >= 0 and plan_that_failed(doc.text, s.start, along, along, s.end):
                continue    # «قرار بود X نیز هیئت را در این سفر همراهی کند، اما ...»
            trips = [f for f in facts if f.predicate == "visited" and f.evidence.sentence <= s.index
                     and f.status == "stated" and (f.subject, f.object) not in home]
            agent = next((a for a in ctx.agents(s.index) if a.key and a.start >= ctx.reporting_prefix_end(s.index)),
                         None)
            if not trips or agent is None:
                continue
            last = max(trips, key=lambda f: f.evidence.sentence)
            if agent.key != last.subject and not FactExtractor._posted_in_country(ctx, agent.key, last.object):
                out.append(Fact(agent.key, "visited", last.object,
                                Evidence(s.index, agent.start, agent.end, "visited-accompanying", 0.6)))
        return out

    @staticmethod
    def _delegation_members_travel(ctx: ArticleContext, facts: list[Fact]) -> list[Fact]:
        """The members of a led delegation («هیئتی متشکل از ... و X», «X ... نیز در این هیئت حضور دارد») go
        where its head goes."""
        from .context import DELEGATION

        if not ctx.delegations():
            return []
        doc, toks = ctx.doc, ctx.tokens
        members: dict[str, tuple[str, Mention]] = {}   # member key → (head key, a mention of the member)
        for k, tok in enumerate(toks[:-1]):
            if tok.key not in DELEGATION:
                continue
            head = ctx.delegation_head(tok.start)
            if head is None:
                continue
            sentence = doc.sentence_at(tok.start)
            people = [m for m in ctx.mentions_in(sentence) if m.cls == "Person" and m.entity_key != head]
            nxt = toks[k + 1]
            if nxt.key in MADE_UP_OF:                                  # «هیئتی متشکل از ... و X»
                clause_end = _clause_end(doc.text, nxt.end, doc.sentences[sentence].end)
                people = [m for m in people if nxt.end <= m.start < clause_end]
            elif nxt.key in PRESENCE and k > 0 and toks[k - 1].key in (fold("در"), fold("این")):
                people = [m for m in people if m.start < tok.start]    # «X ... نیز در این هیئت حضور دارد»
            elif (member := _RE_MEMBER_OF_IT.match(doc.text, tok.end)) is not None:
                # «هیئت هفت‌نفره رودبار که X، رئیس شورای شهر، نیز عضو آن است، ...»
                people = [m for m in people if member.start(1) <= m.start < member.end(1)]
            else:
                continue
            for m in people:
                members.setdefault(m.entity_key, (head, m))
        out = []
        home = _home_places(facts)
        for member, (head, m) in members.items():
            for f in facts:
                if f.predicate == "visited" and f.subject == head and (member, f.object) not in home \
                        and (head, f.object) not in home:
                    out.append(Fact(member, "visited", f.object,
                                    Evidence(m.sentence, m.start, m.end, "visited-with-delegation", 0.6), f.status))
        return out

    @staticmethod
    def _not_denied(facts: list[Fact], engine: RuleEngine) -> list[Fact]:
        """Drop what another sentence of the article denies («درباره احتمال خواهرخواندگی دو شهر گفت: شیراز و
        ایروان خواهرخوانده نیستند»), unless the fact's own sentence reports it done («امضا شد»)."""
        if not engine.denied:
            return facts
        denied = {_triple(f) for f in engine.denied}
        return [f for f in facts if _triple(f) not in denied or engine.signed(f.evidence.sentence)]

    # -- per sentence ----------------------------------------------------------------------------
    @staticmethod
    def _actor(ctx: ArticleContext, sentence: int, last: str | None, quoted: str | None = None) -> Agent | None:
        """The sentence's agent: the first person, title or pronoun after «به گزارش ...،», not after «با»;
        «من» inside a quotation is its speaker."""
        start = ctx.reporting_prefix_end(sentence)
        s = ctx.doc.sentences[sentence]
        if quoted and _RE_FIRST_PERSON_VERB.search(ctx.doc.text, s.start, s.end) and not any(
                a.kind == "first-person" for a in ctx.agents(sentence)):
            # «... به ترکیه رفتم و در ازمیر با ... دیدار کردم»: a verb in the first person has the speaker as
            # its subject, whoever else the sentence names
            return Agent(s.start, s.start, quoted, "speaker")
        for a in ctx.agents(sentence):
            if a.start < start:
                continue
            if ctx.after_ba(a):
                continue
            if a.kind == "first-person":
                if quoted:
                    return Agent(a.start, a.end, quoted, "pronoun")
                continue
            if a.kind == "pronoun":
                return Agent(a.start, a.end, last, "pronoun") if last else None
            return a
        return None

    # -- rules that read structure rather than a cue ---------------------------------------------------
    @staticmethod
    def _offices(ctx: ArticleContext) -> list[Fact]:
        """«محمدرضا قلندرشریف، شهردار مشهد» → mayorOf; a title matched to its holder by position counts less."""
        out = []
        for r in ctx.roles:
            pred = r.title.predicate
            # an office, or a deputy title that makes its holder a member («نایب‌رئیس مجمع»), never the head
            counts = r.title.kind == "office" or (r.title.kind == "deputy" and pred == "memberOf")
            if not (r.holder and pred and r.of) or r.deputy or not counts:
                continue
            of = r.of.entity_key
            if r.of.cls not in r.title.object_classes:
                # «والی بلخ» where the article names «ولایت بلخ»: the division named after the city
                of = FactExtractor._division_named_after(ctx, r.of) if "Province" in r.title.object_classes else None
                if of is None:
                    continue
            rule, conf = ("office-inferred", 0.6) if r.inferred else ("office-apposition", 0.9)
            ev = Evidence(ctx.doc.sentence_at(r.start), r.start, r.end, rule, conf)
            if of == r.of.entity_key:
                pred = r.title.predicate_for(r.of.cls)    # «حاکم خیوه» is its mayor, «حاکم ولایت خوارزم» governs it
            out.append(Fact(r.holder, pred, of, ev))
            if pred == "headOf" and fold(r.of.surface).startswith(_MUNICIPALITY):
                # «رئیس شهرداری (بلدیه) طرابلس»: the head of a city's municipality is its mayor
                city = next((c for c in ctx.mentions_in(ev.sentence) if c.cls == "City"
                             and r.of.start <= c.start and c.end <= r.of.end), None)
                if city is not None:
                    out.append(Fact(r.holder, "mayorOf", city.entity_key, ev))
        return out

    @staticmethod
    def _division_named_after(ctx: ArticleContext, city: Mention) -> str | None:
        """The key of a division the article names after ``city`` («ولایت بلخ» for «بلخ»), if any."""
        if city.cls != "City":
            return None
        name = " " + fold(ctx.doc.entities[city.entity_key].label_fa)
        surface = " " + fold(city.surface)
        return next((m.entity_key for m in ctx.doc.mentions if m.cls == "Province" and m.source == "division-of-city"
                     and fold(m.surface).endswith((name, surface))), None)

    @staticmethod
    def _counterparts(ctx: ArticleContext) -> list[Fact]:
        """«شهردار تهران ... با سرگئی سابیانین، همتای خود در مسکو»: the counterpart holds the same office
        (the sentence's other title) in the place named after «در»."""
        out = []
        doc, toks = ctx.doc, ctx.tokens
        for i, tok in enumerate(toks[:-3]):
            if tok.key not in COUNTERPART or toks[i + 1].key not in SELF_WORDS or toks[i + 2].key != fold("در"):
                continue
            sentence = doc.sentence_at(tok.start)
            ms = ctx.mentions_in(sentence)
            place = next((m for m in ms if m.start == toks[i + 3].start and m.cls in ("City", "Province", "Country")), None)
            person = next((m for m in reversed(ms) if m.cls == "Person" and m.end <= tok.start
                           and doc.text[m.end:tok.start].strip(" ،,«»") == ""), None)
            office = next((r for r in ctx.roles if doc.sentence_at(r.start) == sentence and r.title.kind == "office"
                           and not r.deputy and r.title.predicate and r.start < tok.start), None)
            if place is None or person is None or office is None or place.cls not in office.title.object_classes:
                continue
            out.append(Fact(person.entity_key, office.title.predicate, place.entity_key,
                            Evidence(sentence, person.start, place.end, "office-counterpart", 0.7)))
        return out

    @staticmethod
    def _locations(ctx: ArticleContext) -> list[Fact]:
        """A place followed by the wider place it lies in («کراسنودار روسیه», «مشهد دومین کلانشهر ایران»)."""
        out = []
        doc = ctx.doc
        for m in doc.mentions:  # «پایتخت ایران» named Tehran: Tehran lies in Iran
            if m.source == "capital":
                country = next((c for c in ctx.mentions_in(m.sentence) if c.cls == "Country" and c.end == m.end), None)
                if country is not None:
                    out.append(Fact(m.entity_key, "locatedIn", country.entity_key,
                                    Evidence(m.sentence, m.start, m.end, "capital-of", 0.9)))
        out.extend(FactExtractor._ranked_cities(ctx))
        out.extend(FactExtractor._fronted_place_lists(ctx))
        out.extend(FactExtractor._centre_of_copula(ctx))
        out.extend(FactExtractor._in_place_copula(ctx))
        out.extend(FactExtractor._this_city_in(ctx))
        out.extend(FactExtractor._in_this_country(ctx))
        out.extend(FactExtractor._iranian_city_in_its_province(ctx))
        for s in doc.sentences:
            ms = sorted(ctx.outer_mentions(s.index) + [m for m in ctx.mentions_in(s.index) if m.cls == "City"],
                        key=lambda m: m.start)
            for a in ms:
                if a.cls not in CONTAINS or (a.cls == "Region" and _RE_OPEN_WATER.search(
                        doc.entities[a.entity_key].label_en or "")):
                    continue    # «بندری بر ساحل اقیانوس هند در جنوب کنیا»: the ocean lies in no country
                # a chain of ever wider places: «خوی از استان آذربایجان غربی جمهوری اسلامی ایران»
                last, rule = a, None
                while True:
                    b, city_word = FactExtractor._wider_after(ctx, ms, last.end, last.cls)
                    if b is not None and b.entity_key == a.entity_key and last is a and b.start > a.end:
                        last = b    # «قرطبه (کوردوبا) در جنوب اسپانیا»: the same city's other name first
                        continue
                    if b is not None and b.cls == "Region" and "Region" not in CONTAINS.get(last.cls, ()):
                        beyond, _ = FactExtractor._wider_after(ctx, ms, b.end, b.cls)
                        if beyond is not None and beyond.cls == "Country":
                            b = beyond  # «... در منطقه آناتولی مرکزی ترکیه»: through the region to its country
                    if b is None or b.entity_key == a.entity_key or b.cls not in CONTAINS.get(last.cls, ()):
                        break
                    rule = rule or ("located-city-of" if city_word else "located-adjacent")
                    if b.cls in CONTAINS[a.cls]:
                        out.append(Fact(a.entity_key, "locatedIn", b.entity_key,
                                        Evidence(s.index, a.start, b.end, rule, 0.8)))
                        if last is a and re.match(r"\s*از\s", doc.text[a.end:b.start]):
                            # «شهرهای تهران، مشهد و کرج از ایران»: the whole list is from there
                            out.extend(Fact(m.entity_key, "locatedIn", b.entity_key,
                                            Evidence(s.index, m.start, b.end, "located-list-from", 0.7))
                                       for m in FactExtractor._listed_before(doc.text, ms, a))
                    last = b
        return out

    @staticmethod
    def _fronted_place_lists(ctx: ArticleContext) -> list[Fact]:
        """«در استان اصفهان، شهرهای شهرضا، گلپایگان و خوانسار نیز ...»: the cities listed after a place put
        first with «در» lie in it."""
        out = []
        text = ctx.doc.text
        for s in ctx.doc.sentences:
            ms = ctx.mentions_in(s.index)
            for wider in ms:
                if wider.cls not in ("Province", "Country") or not re.fullmatch(r"(?:\S+\s+)?در\s+",
                                                                              text[s.start:wider.start]):
                    continue
                opening = _RE_FRONTED_LIST.match(text, wider.end)
                if opening is None:
                    continue
                cities = [m for m in ms if m.cls == "City" and m.start >= opening.end()]
                listed = cities[:1]
                for a, b in zip(cities, cities[1:]):
                    if text[a.end:b.start].strip() not in ("،", ",", "و"):
                        break
                    listed.append(b)
                if listed and listed[0].start == opening.end():
                    out.extend(Fact(c.entity_key, "locatedIn", wider.entity_key,
                                    Evidence(s.index, c.start, wider.end, "located-fronted-list", 0.7)) for c in listed)
        return out

    @staticmethod
    def _listed_before(text: str, ms: list[Mention], last: Mention) -> list[Mention]:
        """The places of the same class listed before ``last`` («A، B و C»), nearest first."""
        out, cur = [], last
        for m in reversed(list({m.start: m for m in ms if m.end <= last.start and m.cls == last.cls}.values())):
            if text[m.end:cur.start].strip() not in ("،", ",", "و", "، و"):
                break
            out.append(m)
            cur = m
        return out

    @staticmethod
    def _country_in_a_division_name(ctx: ArticleContext, located: list[Fact]) -> list[Fact]:
        """«اقلیم کردستان عراق»: a division written with its country's name lies in that country, and so do
        the places the text puts in it («سلیمانیه در اقلیم کردستان عراق»)."""
        from ..entities.gazetteer import Gazetteer

        by_key = Gazetteer.load().by_key
        out = []
        for m in ctx.doc.mentions:
            entry = by_key.get(m.entity_key) if m.cls == "Province" else None
            country = by_key.get(f"country/{entry.kind}") if entry is not None and entry.kind else None
            if country is None or not m.surface.replace("\u200c", "").endswith(country.label_fa.replace("\u200c", "")):
                continue
            ev = Evidence(m.sentence, m.start, m.end, "located-division-name", 0.8)
            out.append(Fact(m.entity_key, "locatedIn", country.key, ev))
            out.extend(Fact(f.subject, "locatedIn", country.key, ev) for f in located
                       if f.predicate == "locatedIn" and f.object == m.entity_key and f.evidence.sentence == m.sentence)
        return out

    @staticmethod
    def _the_country_s_one_city(ctx: ArticleContext, facts: list[Fact]) -> list[Fact]:
        """«... به مالزی سفر کرده بود» in an article whose one Malaysian city named as a place where something
        happens («در کوالالامپور») is Kuala Lumpur: the trip to the country was to that city."""
        from ..entities.gazetteer import Gazetteer

        by_key = Gazetteer.load().by_key
        cities: dict[str, set[str]] = {}
        for m in ctx.doc.mentions:
            entry = by_key.get(m.entity_key) if m.cls == "City" and not ctx.in_reporting_prefix(m) else None
            if entry is None or not entry.kind:
                continue
            i = ctx.token_index(m.start)
            while i > 0 and ctx.tokens[i - 1].key in PLACE_NOUNS:
                i -= 1      # «در شهر غازی‌عنتاب»
            if i > 0 and ctx.tokens[i - 1].key == fold("در"):
                cities.setdefault(f"country/{entry.kind}", set()).add(m.entity_key)
        # (not Iran: the Iranian press names Iranian cities for every other reason too)
        return [Fact(f.subject, "visited", next(iter(cities[f.object])), f.evidence, f.status) for f in facts
                if f.predicate == "visited" and f.object != IRAN and len(cities.get(f.object, ())) == 1]

    @staticmethod
    def _centre_of_copula(ctx: ArticleContext) -> list[Fact]:
        """«ساری با حدود ۳۵۰ هزار نفر جمعیت مرکز استان مازندران است»: the clause's first city is the centre
        of the province named after «مرکز استان», however much stands between."""
        out = []
        doc = ctx.doc
        for m in _RE_CENTRE_IS.finditer(doc.text):
            sentence = doc.sentence_at(m.start())
            ms = ctx.mentions_in(sentence)
            wider = next((w for w in ms if w.start >= m.end() - 1 and w.cls in ("Province", "Country")
                          and doc.text[m.end():w.start].strip() == ""), None)
            # «... مرکز استان مازندران است», «... مرکز استان خراسان شمالی و یکی از ... است»
            if wider is None or not re.match(r"\s*(?:است|و\s)", doc.text[wider.end:wider.end + 8]):
                continue
            s = doc.sentences[sentence]
            marks = ("،", ":", "اینکه", " که ", "«")
            clause = max(max(doc.text.rfind(mark, s.start, m.start()) for mark in marks), s.start)
            city = next((c for c in ms if c.cls == "City" and clause <= c.start < m.start() and ctx.role_at(c) is None),
                        None)
            if city is None and doc.text.startswith("،", clause):
                # «بجنورد با نزدیک به ۲۵۰ هزار نفر جمعیت، مرکز استان خراسان شمالی و ...»: one comma further back
                outer = max(max(doc.text.rfind(mark, s.start, clause) for mark in marks), s.start)
                city = next((c for c in ms if c.cls == "City" and outer <= c.start < clause and ctx.role_at(c) is None),
                            None)
            key = city.entity_key if city is not None else None
            if key is None and doc.text.startswith(" که ", clause):
                # «این شهر، که مرکز استان همدان است»: the city the relative clause hangs on
                head_end = len(doc.text[:clause].rstrip(" ،"))
                key = next((c.entity_key for c in ms if c.cls == "City" and c.end == head_end), None) or next(
                    (k for _a, end, k in ctx.city_anaphora(sentence) if end == head_end), None)
            if key is not None:
                out.append(Fact(key, "locatedIn", wider.entity_key,
                                Evidence(sentence, city.start if city else clause, wider.end, "located-centre-is", 0.7)))
        return out

    @staticmethod
    def _in_place_copula(ctx: ArticleContext) -> list[Fact]:
        """«شیراز نیز ... در جنوب ایران است», «ماری در جنوب ترکمنستان قرار دارد»: the clause's first place lies
        in the place written between «در» and a copula; «ملایر با حدود ۱۷۰ هزار نفر جمعیت در استان همدان، ...»:
        a place sized, then where it is, copula or not."""
        out = []
        for s in ctx.doc.sentences:
            ms = ctx.mentions_in(s.index)
            for wider in ms:
                if wider.cls not in ("Country", "Province", "Region", "City"):
                    continue
                found = FactExtractor._sized_place(ctx, s, ms, wider) or FactExtractor._place_before_copula(
                    ctx, s, ms, wider)
                if found is not None and found[0].entity_key != wider.entity_key:
                    place, rule = found
                    out.append(Fact(place.entity_key, "locatedIn", wider.entity_key,
                                    Evidence(s.index, place.start, wider.end, rule, 0.7)))
        return out

    @staticmethod
    def _this_city_in(ctx: ArticleContext) -> list[Fact]:
        """«به گفته شهردار ماهشهر، این شهر در جنوب استان خوزستان ...»: «این شهر» right before «در» and a
        province, country or region says where the city it stands for lies, copula or not."""
        out = []
        text = ctx.doc.text
        for s in ctx.doc.sentences:
            ms = None
            for start, end, key in ctx.city_anaphora(s.index):
                at = _RE_IN_A_PART_AFTER.match(text, end)
                if at is None:
                    continue
                ms = ms if ms is not None else ctx.mentions_in(s.index)
                wider = next((m for m in ms if m.start == at.end() and m.cls in ("Province", "Country", "Region")), None)
                if wider is not None and wider.entity_key != key:
                    out.append(Fact(key, "locatedIn", wider.entity_key,
                                    Evidence(s.index, start, wider.end, "located-this-city-in", 0.7)))
        return out

    @staticmethod
    def _in_this_country(ctx: ArticleContext) -> list[Fact]:
        """«به آروشا در شمال این کشور رفته است»: a city right before «در (شمال) این کشور» lies in the country
        «این کشور» stands for."""
        out = []
        text = ctx.doc.text
        for s in ctx.doc.sentences:
            for start, end, key in ctx.country_anaphora(s.index):
                where = _RE_IN_BEFORE.search(text, max(s.start, start - 40), start)
                if where is None:
                    continue
                head_end = len(text[:where.start()].rstrip())
                city = next((m for m in ctx.mentions_in(s.index) if m.cls == "City" and m.end == head_end), None)
                if city is not None and city.entity_key != key:
                    out.append(Fact(city.entity_key, "locatedIn", key,
                                    Evidence(s.index, city.start, end, "located-in-this-country", 0.7)))
        return out

    @staticmethod
    def _iranian_city_in_its_province(ctx: ArticleContext) -> list[Fact]:
        """«دامغان هم در استان سمنان حدود ۶۰ هزار نفر ساکن دارد»: an Iranian city before «در (شمال) استان Y»
        in the same clause lies in Y when GeoNames puts it there (:mod:`kg.entities.containment`); the loose
        shape alone would say too much («شهردار کرج در استان فارس گفت»)."""
        from ..entities.containment import iranian_province_of

        out = []
        text = ctx.doc.text
        for s in ctx.doc.sentences:
            ms = ctx.mentions_in(s.index)
            for wider in ms:
                if wider.cls != "Province" or not wider.entity_key.startswith("province/") \
                        or _RE_IN_BEFORE.search(text, max(s.start, wider.start - 40), wider.start) is None:
                    continue
                clause = max(text.rfind(mark, s.start, wider.start) for mark in ("،", ":", "؛", "«"))
                city = next((c for c in reversed(ms) if c.cls == "City" and max(clause, s.start) <= c.start
                             and c.end <= wider.start and ctx.role_at(c) is None), None)
                if city is not None and iranian_province_of(city.entity_key) == wider.entity_key:
                    out.append(Fact(city.entity_key, "locatedIn", wider.entity_key,
                                    Evidence(s.index, city.start, wider.end, "located-iranian-province", 0.7)))
        return out

    @staticmethod
    def _sized_place(ctx: ArticleContext, s: Sentence, ms: list[Mention], wider: Mention) -> tuple[Mention, str] | None:
        """«X با حدود N نفر جمعیت در (شرق) استان Y»: X, right before its size."""
        text = ctx.doc.text
        sized = _RE_SIZE_IN_BEFORE.search(text[max(s.start, wider.start - 80):wider.start])
        if sized is None:
            return None
        at = wider.start - len(sized.group(0))
        place = next((c for c in ms if c.end <= at and not text[c.end:at].strip(" ") and c.cls in CONTAINS
                      and wider.cls in CONTAINS[c.cls] and ctx.role_at(c) is None), None)
        return (place, "located-in-sized") if place is not None else None

    @staticmethod
    def _place_before_copula(ctx: ArticleContext, s: Sentence, ms: list[Mention], wider: Mention
                             ) -> tuple[Mention, str] | None:
        """The place a clause «... در (جنوب) Y است / قرار دارد» is about: the clause's first place, the head of
        a relative clause («قونیه که در قلب ... ترکیه قرار دارد»), or the sentence's subject before a clause
        or apposition on it («کوسکو نیز که ... بود، در جنوب شرقی پرو ... قرار دارد»)."""
        text = ctx.doc.text
        copula = _RE_COPULA_AFTER.match(text[wider.end:wider.end + 64])
        if copula is None:
            return None
        before = _RE_IN_BEFORE.search(text[max(s.start, wider.start - 40):wider.start])
        if before is None:
            return None
        if wider.cls == "Region" and (copula.group(0).rstrip(" .،؛\n").endswith("است") and "واقع" not in copula.group(0)
                                      or re.search(r"ساحل|کرانه|کنار", before.group(0))):
            return None     # a region only by «قرار دارد / واقع است»; «در ساحل اقیانوس هند» is a coast, not a place within
        at = wider.start - len(before.group(0))
        clause = max([s.start] + [text.rfind(mark, s.start, at) for mark in ("،", ":", "اینکه", " که ")])
        if text.startswith(" که ", clause):
            head = next((c for c in ms if c.end <= clause and not text[c.end:clause].strip()), None)
            clause = head.start if head is not None else clause
        place = next((c for c in ms if clause <= c.start and c.end <= at and c.cls in STATED_CONTAINS
                      and wider.cls in STATED_CONTAINS[c.cls] and ctx.role_at(c) is None
                      and not any(o is not c and o.start <= c.start and c.end <= o.end for o in ms)), None)
        if place is None and text.startswith("،", clause):
            head = next((c for c in ms if c.start < clause), None)
            if head is not None and head.cls in STATED_CONTAINS and wider.cls in STATED_CONTAINS[head.cls] \
                    and ctx.role_at(head) is None and _RE_ASIDE_AFTER.match(text, head.end) \
                    and not text[s.start:head.start].strip():
                place = head
        return (place, "located-in-copula") if place is not None else None

    @staticmethod
    def _ranked_cities(ctx: ArticleContext) -> list[Fact]:
        """«تبریز ... بزرگترین شهر شمال‌غرب ایران است», «اصفهان ... سومین کلانشهر ایران»: a superlative or
        ordinal before «شهر/کلانشهر» and a country or province after it; the place is the clause's first city."""
        out = []
        toks = ctx.tokens
        for i, tok in enumerate(toks[:-1]):
            word = fold(tok.text)
            ranked = word.endswith("ترین") or (word.endswith("مین") and len(word) > 4) or word in _FIRST_OR_ONLY \
                or (word == fold("از") and i > 0 and (toks[i - 1].key == fold("یکی") or (   # «یکی از قطب‌های ...»
                    toks[i - 1].text in ("،", ",") and toks[i + 1].key in CITY_WORDS)))     # «X ...، از شهرهای ...»
            if ranked and toks[i + 1].key in PROVINCES_NOUNS:
                out.extend(FactExtractor._ranked_province(ctx, i))
                continue
            if not ranked or fold(toks[i + 1].text) not in CITY_WORDS | RANK_NOUNS:
                continue
            sentence = ctx.doc.sentence_at(tok.start)
            ms = ctx.mentions_in(sentence)
            wider, _ = FactExtractor._wider_after(ctx, ms, tok.end)
            if wider is None or wider.cls not in ("Country", "Province", "Region"):
                continue
            if word == fold("از") and not _RE_COPULA_AFTER_RANK.match(ctx.doc.text[wider.end:wider.end + 30]):
                continue    # «یکی از شهرهای کره جنوبی را بررسی خواهیم کرد» says nothing of where a city lies
            s = ctx.doc.sentences[sentence]
            clause = max(ctx.doc.text.rfind(":", s.start, tok.start), s.start)
            # «شهردار بصره، بزرگ‌ترین شهر جنوب عراق»: the apposition right after a title's city is the city's
            # «در آلماتی، بزرگ‌ترین شهر قزاقستان»: the city right before the apposition; else the clause's first
            # (not the reporter's «به گزارش ... از اهواز،»)
            city = next((m for m in ms if m.cls == "City" and ctx.doc.text[m.end:tok.start].strip() == "،"), None) \
                or next((m for m in ms if m.cls == "City" and clause <= m.start < tok.start and not ctx.in_reporting_prefix(m)
                         and (ctx.role_at(m) is None or ctx.doc.text[m.end:tok.start].strip() == "،")), None)
            if city is not None:
                out.append(Fact(city.entity_key, "locatedIn", wider.entity_key,
                                Evidence(sentence, city.start, wider.end, "located-ranked-city", 0.7)))
        return out

    @staticmethod
    def _ranked_province(ctx: ArticleContext, i: int) -> list[Fact]:
        """«گلستان ... یکی از استان‌های مرزی ایران است»: the clause's first province lies in the country named
        after «استان‌های» and its adjectives."""
        toks = ctx.tokens
        sentence = ctx.doc.sentence_at(toks[i].start)
        ms = ctx.mentions_in(sentence)
        k = i + 2
        while k < len(toks) and k <= i + 4 and toks[k].is_word and toks[k].key.endswith("ی") \
                and not any(m.start == toks[k].start for m in ms):
            k += 1      # «مرزی», «شمالی»
        country = next((m for m in ms if k < len(toks) and m.start == toks[k].start and m.cls == "Country"), None)
        if country is None:
            return []
        s = ctx.doc.sentences[sentence]
        clause = max(ctx.doc.text.rfind(":", s.start, toks[i].start), s.start)
        province = next((m for m in ms if m.cls == "Province" and clause <= m.start < toks[i].start), None)
        if province is None:
            return []
        return [Fact(province.entity_key, "locatedIn", country.entity_key,
                     Evidence(sentence, province.start, country.end, "located-ranked-province", 0.7))]

    @staticmethod
    def _wider_after(ctx: ArticleContext, ms: list[Mention], end: int, cls: str | None = None
                     ) -> tuple[Mention | None, bool]:
        """The place named right after offset ``end`` past location fillers («از», «استان», «(شمال شرق»), if any;
        ``cls`` is the class of the place that ends there, for «لاهور و کراچی پاکستان»."""
        i = ctx.token_index(end - 1) + 1
        skipped, city_word, joined = 0, False, False
        while i < len(ctx.tokens) and skipped < 5:
            tok = ctx.tokens[i]
            b = next((m for m in ms if m.start == tok.start), None)
            if b is not None:
                if joined and city_word and b.cls == "City":
                    return None, city_word  # «از منظر فرهنگی اورامان و شهر پاوه»: the next item of a list
                if joined and not city_word:
                    # «لاهور و کراچی پاکستان»: both lie in what follows the last; not an apposition on the last
                    # alone («ماکو و دوغوبایزید، شهری در استان آغری»)
                    alone = ctx.doc.text[b.end:b.end + 2].lstrip().startswith(("،", ","))
                    return (FactExtractor._wider_after(ctx, ms, b.end)[0] if b.cls == cls and not alone else None), \
                        city_word
                return b, city_word
            key = fold(tok.text)
            if key in CITY_WORDS or (skipped == 0 and key in RANK_NOUNS):
                city_word = True
            elif city_word and (key in CITY_ADJECTIVES or (key.endswith("ی") and tok.is_word and skipped <= 3)):
                pass    # «بندر اقیانوسی ایران»: a relational adjective after the city word
            elif city_word and key == "و" and i + 1 < len(ctx.tokens) and fold(ctx.tokens[i + 1].text) in CITY_ADJECTIVES:
                pass    # «مناطق صنعتی و گردشگری جمهوری اسلامی ایران»
            elif key == "و" and skipped == 0:
                joined = True  # «تهران و سایر کلانشهرهای ایران», «لاهور و کراچی پاکستان»
            elif tok.text in ("،", ",") and i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].key == fold("در"):
                pass    # «قصرشیرین، در غرب استان کرمانشاه»
            elif tok.text in ("،", ",") and skipped == 0 and i + 2 < len(ctx.tokens) \
                    and ctx.tokens[i + 1].key == fold("این") and ctx.tokens[i + 2].key in CITY_WORDS:
                i += 2      # «آستاراخان، این شهر بندری جنوب روسیه»
                skipped += 1
                continue
            elif tok.text in ("،", ",") and skipped == 0 and i + 1 < len(ctx.tokens) \
                    and ctx.tokens[i + 1].key in CITY_WORDS and not any(m.start == ctx.tokens[i + 1].start for m in ms):
                pass    # «تیانجین، بندر بزرگ شمال چین»: an apposition that says where the city is
            elif tok.text in ("،", ",") and i + 2 < len(ctx.tokens) and ctx.tokens[i + 1].key in A_PLACE \
                    and (ctx.tokens[i + 2].key == fold("در") or (ctx.tokens[i + 2].key.endswith("ی") and i + 3 < len(
                        ctx.tokens) and ctx.tokens[i + 3].key == fold("در"))):
                pass    # «کیش، جزیره‌ای در استان هرمزگان», «طنجه، شهری بندری در شمال مراکش»
            elif tok.text in ("،", ",") and i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].key in A_PLACE \
                    and (dar := _dar_after_a_size(ctx.tokens, i + 2)) is not None:
                i = dar     # «سردشت، شهری حدود ۴۶ هزار نفری در جنوب غربی استان آذربایجان غربی»
                skipped += 1
                continue
            elif tok.text in ("،", ",") and i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].key in A_PLACE \
                    and (dar := _dar_after_a_description(ctx.tokens, i + 2)) is not None:
                i = dar     # «کیسومو، بندری بر ساحل دریاچه ویکتوریا در غرب کنیا»
                skipped += 1
                continue
            elif (key in A_PLACE and skipped and ctx.tokens[i - 1].text in ("،", ",")) or (
                    key.endswith("ی") and skipped and ctx.tokens[i - 1].key in A_PLACE):
                i += 1      # the apposition's own noun and adjective («، شهری بندری در ...») are not counted
                continue
            elif cls == "Place" and key in SITE_SURROUNDINGS:
                pass    # «حمام‌های آباناتوبانی در بافت قدیم تفلیس»
            elif key not in LOCATION_FILLERS and not (
                    not city_word and i + 1 < len(ctx.tokens) and fold(ctx.tokens[i + 1].text) in CITY_WORDS
                    and tok.is_word and not tok.text.isdigit()):
                return None, city_word
            skipped += 1
            i += 1
        return None, city_word

    # -- checks and merging -------------------------------------------------------------------------------
    @staticmethod
    def _contradicts_geonames(f: Fact) -> bool:
        """«قشم و کراسنودار روسیه»: GeoNames knows Qeshm is in Iran, so it does not lie in Russia."""
        if f.predicate != "locatedIn":
            return False
        from ..entities.gazetteer import Gazetteer

        by_key = Gazetteer.load().by_key
        entry = by_key.get(f.subject)
        known = entry.kind if entry is not None and entry.cls in ("City", "Province") else ""
        if not (len(known) == 2 and known.isupper()):
            return False
        if str(f.object).startswith("country/"):
            return f.object != f"country/{known}"
        # «کرمانشاه و سلیمانیه در اقلیم کردستان عراق»: a province of another country does not hold Kermanshah
        wider = by_key.get(f.object)
        country = wider.kind if wider is not None and wider.cls == "Province" else ""
        if country == known == "IR":
            # «شهردار کرج در استان فارس گفت»: GeoNames knows Karaj's province
            from ..entities.containment import iranian_province_of

            own = iranian_province_of(f.subject)
            return own is not None and own != f.object
        return len(country) == 2 and country.isupper() and country != known

    @staticmethod
    def _clean(doc: Document, facts: list[Fact]) -> list[Fact]:
        """Drop facts whose sides have the wrong class; keep one fact per (s, p, o, status)."""
        cls = {k: e.cls for k, e in doc.entities.items()}
        home = _home_places(facts)   # a mayor or governor does not "visit" the place of his own office
        seen: dict[tuple, Fact] = {}
        for f in facts:
            if f.subject == f.object or FactExtractor._contradicts_geonames(f) or _implausible_population(f):
                continue
            if f.predicate == "visited" and (f.subject, f.object) in home:
                continue
            if f.predicate in SUBJECT_CLASSES and cls.get(f.subject) not in SUBJECT_CLASSES[f.predicate]:
                continue
            if not f.literal and f.predicate in OBJECT_CLASSES and cls.get(f.object) not in OBJECT_CLASSES[f.predicate]:
                continue
            key = (f.subject, f.predicate, f.object, f.status)
            if f.predicate in _SYMMETRIC:
                key = (frozenset((f.subject, f.object)), f.predicate, f.status)
            if key not in seen or f.evidence.confidence > seen[key].evidence.confidence:
                seen[key] = f
        # a fact stated anywhere in the article is not also "proposed" (the key's last part is the status)
        stated = {k[:-1] for k, f in seen.items() if f.status == "stated"}
        return [f for k, f in seen.items() if f.status == "stated" or k[:-1] not in stated]


_SYMMETRIC = {"met", "sisterCityOf", "agreementWith"}


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where the clause going on at ``start`` ends: the verb-bearing part after a list is left out
    («هیئتی متشکل از A و B، روز سه‌شنبه عازم X شد»: the list ends at the comma after its last name)."""
    m = re.search(r"،\s*(?:روز|صبح|عصر|شب|امروز|دیروز|بامداد|ظهر|از|به|در|با)\s", text[start:limit])
    return start + m.start() if m else limit


def _dar_after_a_size(tokens: list, i: int) -> int | None:
    """Index of the «در» that follows a place's size («حدود ۴۶ هزار نفری در ...», «۲۰۰ هزار نفری در ...»)
    starting at token ``i``; None when anything else stands there."""
    k = i
    while k < len(tokens) and k - i < 6 and (tokens[k].is_number or tokens[k].key in _SIZE_WORDS):
        k += 1
    if k > i and tokens[k - 1].key in _SIZE_ENDS and k + 1 < len(tokens) and tokens[k].text in ("،", ","):
        k += 1      # «آباده، شهری با حدود ۶۰ هزار نفر ساکن، در شمال استان فارس»
    return k if k > i and k < len(tokens) and tokens[k].key == fold("در") and tokens[k - 1].key in _SIZE_ENDS | {"،"} \
        else None


def _dar_after_a_description(tokens: list, i: int) -> int | None:
    """Index of the «در» that ends a short description of a place in apposition («بندری بر ساحل دریاچه
    ویکتوریا در ...», «شهری کوهستانی و کوچک در ...») starting at token ``i``: words only, no relative clause."""
    for k in range(i, min(i + 7, len(tokens))):
        if tokens[k].key == fold("در"):
            return k if k > i else None
        if not tokens[k].is_word or tokens[k].key in _ENDS_A_DESCRIPTION:
            return None
    return None


_ENDS_A_DESCRIPTION = {fold(w) for w in ("که", "است", "بود", "را", "با")}
_SIZE_WORDS = {fold(w) for w in ("حدود", "بیش", "از", "نزدیک", "به", "کمتر", "هزار", "میلیون", "نفری", "نفر", "جمعیت",
                                 "با", "تقریبا", "تقریباً", "ساکن")}
_SIZE_ENDS = {fold(w) for w in ("نفری", "نفر", "جمعیت", "ساکن")}


# A country's population read from the text is within this factor of GeoNames' figure, or it is another place's
POPULATION_FACTOR = 3


def _implausible_population(f: Fact) -> bool:
    """«خاساویورت، ... داغستان روسیه با حدود ۱۴۰ هزار نفر جمعیت»: a town's number read as its country's, far
    from what GeoNames gives the country."""
    if f.predicate != "population" or not str(f.subject).startswith("country/"):
        return False
    from ..entities.gazetteer import Gazetteer

    entry = Gazetteer.load().by_key.get(str(f.subject))
    known = entry.population if entry is not None else None
    return bool(known) and not known / POPULATION_FACTOR <= int(f.object) <= known * POPULATION_FACTOR


def _home_places(facts: list[Fact]) -> set[tuple]:
    """(person, place) of every mayor's and governor's own city or province in the article, and its country
    («هیئت ... راهی ایران شد»: a mayor of Abarkuh going back to Iran visits nothing)."""
    from ..entities.gazetteer import Gazetteer

    by_key = Gazetteer.load().by_key
    offices = [(f.subject, f.object) for f in facts if f.predicate in ("mayorOf", "governorOf")]
    countries = {(person, f"country/{entry.kind}") for person, place in offices
                 if (entry := by_key.get(place)) is not None and len(entry.kind) == 2}
    return set(offices) | countries


def _triple(f: Fact) -> tuple:
    """A fact's subject, predicate and object; either way round for symmetric predicates."""
    if f.predicate in _SYMMETRIC:
        return (f.predicate, frozenset((str(f.subject), str(f.object))))
    return (f.predicate, str(f.subject), str(f.object))
