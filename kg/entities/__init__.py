"""Entities stage: gazetteer matching, institution names, person names, linking within the article.

The order matters and follows the evidence: fixed names from the gazetteer first (cities,
countries, networks), then institutions anchored on them («شورای شهر قم»), then persons in
the words that are left, then surnames alone linked to the full names.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Entity, Mention
from ..text.normalize import fold, lexicon_knows, lexicon_tags
from ..text.tokens import Token, tokenize
from .capitals import capital_of
from .gazetteer import GazetteerEntry
from .gazetteer import name_key as lookup_key
from .keys import name_key
from .landmarks import find_landmarks
from .lexicon import is_persian_word, is_verb_form, zipf
from .organizations import SHORT_FORM_IN_BRACKETS, OrgFinder, outlet_key
from .persons import CLAUSE_AFTER_SUBJECT, NAME_PARTICLES, PersonFinder, PersonSpan
from .soundalike import division_ends_in_a_vowel, geonames_city, persian_skeleton

__all__ = ["EntityRecognizer", "link_across"]

# A shorter form of a name, or a surname alone, must have at least this many letters to join a full name.
MIN_PARTIAL_NAME = 6
# Words for a first-level division abroad that is named after its centre («ولایت هرات», «کانتی مومباسا»)
# («ناحیه شماخی»: an Azerbaijani district; «دپارتمان کوچابامبا»: a Latin American department; «منطقه آروشا»:
# a Tanzanian region)
DIVISION_WORDS = ("ولایت", "ایالت", "کانتی", "استان", "ناحیه", "دپارتمان", "منطقه")
# Division words that also name the city itself, loosely: a division only when the text sets it apart
LOOSE_DIVISION_WORDS = ("استان", "ناحیه", "منطقه")
# A surname misspelt by one letter («ویکراماسینگه») joins the name only when this long: short words are too close.
MIN_VARIANT_SURNAME = 7


class EntityRecognizer:
    """Built once with its gazetteers; called per document."""

    def __init__(self) -> None:
        from .gazetteer import Gazetteer

        self.gazetteer = Gazetteer.load()
        # describing words between a city's cue and its name («شهر تاریخی», «بندر ساحلی»)
        self._describing = {c.key for c in self.gazetteer.cues.get("city", []) if c.where == "between"}
        self.orgs = OrgFinder()
        self.persons = PersonFinder()

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        for m in self.gazetteer.find(text):
            self._add_known(doc, m.start, m.end, m, "gazetteer")
        self._add_capitals(doc)
        self._keep_the_parent_a_gloss_names(doc)
        self._widen_countries_to_their_state_form(doc)
        self._choose_homonyms_by_country(doc)
        self._add_divisions_no_table_lists(doc)
        self._add_countries_inside_division_names(doc)
        self._add_natural_regions(doc)
        self._add_villages_and_peaks(doc)
        self._add_two_word_towns_named_by_cue(doc)
        self._add_foreign_towns_named_by_cue(doc)
        self._add_county_seats(doc)
        self._add_divisions_named_after_cities(doc)     # after the towns found by cue too («کانتی لامو»)
        self._read_a_country_from_another_as_its_town(doc)
        self._release_bodies_that_open_a_city_body(doc)     # (after the towns: «مجلس ... بلیده»)
        anchors = [(m.start, m.end) for m in doc.mentions]
        spans = self.orgs.find(text, anchors, doc.tokens or None)
        # an office someone heads in this article («مدیرکل روابط عمومی شهرداری تبریز») is a node of its own
        # wherever it is named
        headed = {fold(span.label) for span in spans if self._after_a_title(text, span.start)}
        for span in spans:
            spoken_for = self.orgs.spoken_for(span.label)
            if spoken_for and fold(span.label) not in headed:
                # «به گزارش روابط عمومی شهرداری شیراز»: the office speaks for the municipality, one node
                known = self.gazetteer.lookup(spoken_for, "Organization")
                if known is not None:
                    self._add_known(doc, span.start, span.end, known, span.rule)
                else:
                    self._add(doc, span.start, span.end, "Organization", name_key("org", spoken_for), spoken_for,
                              span.rule)
                continue
            known = self.gazetteer.lookup(span.label) or self._described_known_body(doc, span.start, span.end)
            if known is not None:
                self._add_known(doc, span.start, span.end, known, span.rule)
            else:
                label = self._named_by_anchor(doc, span.start, span.end, span.label)
                key = outlet_key(label) if span.outlet else name_key("org", label)
                self._add(doc, span.start, span.end, "Organization", key, label, span.rule)
        self._add_publisher(doc)
        self._merge_long_names_with_their_short_form(doc)
        self._add_short_forms_defined_in_brackets(doc)
        self._merge_bracketed_city_names(doc)
        self._merge_names_with_a_place_after(doc)
        self._extend_missions_to_their_host(doc)
        self._add_landmarks(doc)
        self._release_surname_places(doc)
        self._release_given_name_places(doc)
        self._release_places_in_quoted_names(doc)
        self._release_quoted_epithets(doc)
        blocked = [(m.start, m.end) for m in doc.mentions]
        people = self.persons.find(text, blocked, doc.tokens or None)
        self._add_persons(doc, people, blocked)
        doc.mentions.sort(key=lambda m: (m.start, -m.end))
        for m in doc.mentions:
            m.sentence = doc.sentence_at(m.start)
            m.orig_start, m.orig_end = doc.original_span(m.start, m.end)
        return doc

    # -- helpers -------------------------------------------------------------------------------
    def _add(self, doc: Document, start: int, end: int, cls: str, key: str, label: str, source: str,
             label_en: str | None = None, same_as: list[str] | None = None) -> None:
        surface = doc.text[start:end]
        entity = doc.entities.get(key)
        if entity is None:
            entity = doc.entities[key] = Entity(key, cls, label, label_en, set(), list(same_as or []))
        if surface != entity.label_fa and not self._names_something_else(surface, key):
            entity.aliases.add(surface)
        doc.mentions.append(Mention(start, end, surface, entity.cls, key, source))

    def _add_wherever_written(self, doc: Document, word: str, cls: str, key: str, label: str, source: str,
                              same_as: list[str] | None = None, joiners: str = "-") -> None:
        """A mention of ``key`` wherever the text writes ``word`` as a whole word and nothing is found there yet:
        a name the article defined once («او.دبلیو.اچ.سی», «منطقه ارسباران» → «ارسباران», a town found by cue)."""
        for use in _uses_of(word, doc.text, joiners):
            if not any(o.start < use.end() and use.start() < o.end for o in doc.mentions):
                self._add(doc, use.start(), use.end(), cls, key, label, source, same_as=same_as)

    def _add_known(self, doc: Document, start: int, end: int, entry, source: str) -> None:
        """A mention of a gazetteer entry (or match): its key, class, labels and identifiers."""
        self._add(doc, start, end, entry.cls, entry.key, entry.label_fa, source,
                  label_en=entry.label_en, same_as=list(entry.same_as))

    def _names_something_else(self, surface: str, key: str) -> bool:
        """«شانگهای» read as the SCO is still the city's name: it stays on the mention, not the SCO's labels,
        so a label never names two nodes."""
        other = self.gazetteer.lookup(surface)
        return other is not None and other.key != key

    def _described_known_body(self, doc: Document, start: int, end: int):
        """«شبکه بین‌المللی سیتی‌نت», «سازمان جهانی یونسکو»: a head noun and describing words before a known
        body's name are that body (None when other words stand between)."""
        inner = next((m for m in doc.mentions if m.end == end and start < m.start and m.cls == "Organization"
                      and m.entity_key in self.gazetteer.by_key), None)
        if inner is None:
            return None
        words = [fold(w) for w in doc.text[start:inner.start].split()]
        if not words or not all(w in _BODY_DESCRIPTORS for w in words[1:]) or (len(words) == 1 and words[0] not in _BARE_BODY_NOUNS):
            return None     # («شبکه ایکلی», «سازمان یونسکو»: the bare noun too, but not «مرکز یونسکو», a centre of its own)
        return self.gazetteer.by_key[inner.entity_key]

    def _named_by_anchor(self, doc: Document, start: int, end: int, label: str) -> str:
        """An institution's name with its place in canonical form: «شهرداری پایتخت ایران» → «شهرداری تهران»,
        «شورای شهر مشهد مقدس» → «شورای شهر مشهد», so variants are one node."""
        anchor = min((m for m in doc.mentions if m.end == end and start < m.start
                      and m.cls in ("City", "Country", "Province", "Region")), key=lambda m: m.start, default=None)
        if anchor is None:
            return label
        head = " ".join(doc.text[start:anchor.start].split())
        return self.orgs.canonical(f"{head} {doc.entities[anchor.entity_key].label_fa}")

    def _release_places_in_quoted_names(self, doc: Document) -> None:
        """«ایزابل مورنو گارسس»، دبیرکل UCLG: a run of two to five words in guillemets with a title after it
        is a person's name, whatever town names («مورنو», «شیروان») it holds."""
        lex = self.persons.lex
        for m in re.finditer(r"«([^«»\n]{3,60})»\s*،?\s*(\S+)", doc.text):
            words = m.group(1).split()
            if not 2 <= len(words) <= 5 or fold(m.group(2)) not in lex.role_first_words:
                continue
            inside = [o for o in doc.mentions if m.start(1) <= o.start and o.end <= m.end(1)]
            if not inside or any(o.cls not in ("City", "Province", "Region") for o in inside):
                continue
            for o in inside:
                doc.mentions.remove(o)
                _forget_if_unmentioned(doc, o.entity_key)

    def _release_quoted_epithets(self, doc: Document) -> None:
        """«کونمینگ ... «شهر بهار» خوانده می‌شود»: a city named only inside a quoted «شهر ...» is an epithet
        of another city («بهار» is spring, not the town in Hamadan), not a mention of that town."""
        for q in re.finditer(r"«شهر\s[^«»\n]{2,40}»", doc.text):
            inside = [o for o in doc.mentions if o.cls == "City" and q.start() < o.start and o.end < q.end()]
            for o in inside:
                if not any(m.entity_key == o.entity_key and not (q.start() < m.start < q.end()) for m in doc.mentions):
                    doc.mentions.remove(o)
                    _forget_if_unmentioned(doc, o.entity_key)

    def _release_given_name_places(self, doc: Document) -> None:
        """«با شیروان عمر مصطفی، استاندار اربیل», «تانه پاراتا، شهردار روتوروآ»: a town's name that opens a run of
        name words, closed by a comma and a title (or by the title alone after a foreign surname, or opened by a
        title or honorific: «تان‌سری هریس لاجیمین»), is a given name, not the town."""
        tokens = doc.tokens or tokenize(doc.text)
        starts = {t.start: i for i, t in enumerate(tokens)}
        lex = self.persons.lex
        taken = {t for m in doc.mentions for t in range(m.start, m.end)}
        for m in [m for m in doc.mentions if m.cls == "City" and m.source == "gazetteer"]:
            i = starts.get(m.start)
            if i is None or tokens[i].end != m.end:
                continue
            j = i + 1
            while j < len(tokens) and j - i <= 3 and tokens[j].is_word and tokens[j].start not in taken \
                    and (lex.is_given(tokens[j].text) or not lex.known(tokens[j].text)):
                j += 1
            after_title = i > 0 and tokens[i - 1].key in lex.name_titles | lex.honorifics and j - i >= 2
            if after_title:
                pass                # «تان‌سری هریس لاجیمین»: a Malay title, then the name
            elif j < len(tokens) and j - i >= 2 and fold(tokens[j].text) in lex.role_first_words \
                    and not lex.known(tokens[j - 1].text):
                pass                # «آیبک توکتوسونوف شهردار قره‌کل»: a foreign surname, then the title
            elif j - i < 2 or j + 1 >= len(tokens) or tokens[j].text not in ("،", ","):
                continue            # a name word after it (a foreign one: «تانه پاراتا»), then a comma
            elif j - i == 2 and lex.known(tokens[i + 1].text):
                continue            # (one word the lexicon knows is no surname enough)
            elif fold(tokens[j + 1].text) not in lex.role_first_words:
                continue
            doc.mentions.remove(m)
            _forget_if_unmentioned(doc, m.entity_key)

    def _release_surname_places(self, doc: Document) -> None:
        """«مرتضی عابدین ورامین، نخستین سرکنسول»: a place name that ends a given name + surname
        (and is followed by a comma, a title or the end) is the person's surname, not the place."""
        tokens = doc.tokens or tokenize(doc.text)
        starts = {t.start: i for i, t in enumerate(tokens)}
        lex = self.persons.lex
        for m in [m for m in doc.mentions if m.cls in ("City", "Province") and m.source == "gazetteer"]:
            i = starts.get(m.start)
            if i is None or i < 1:
                continue
            j = next((k for k in range(i, len(tokens)) if tokens[k].end >= m.end), len(tokens) - 1) + 1
            if self._foreign_given_name_before(doc, tokens, i, j, m):
                continue
            nxt = tokens[j] if j < len(tokens) else None
            ends_name = nxt is None or nxt.text in ("،", ",", "»") or fold(nxt.text) in lex.role_first_words
            before, given = tokens[i - 1], tokens[i - 2]
            # «جیمز اوتینو کاماو، فرماندار نایروبی»: foreign name words before the place and a title after it
            titled = nxt is not None and (fold(nxt.text) in lex.role_first_words or (
                nxt.text in ("،", ",") and j + 1 < len(tokens) and fold(tokens[j + 1].text) in lex.role_first_words))
            namey = lex.is_given(given.text) or (titled and given.is_word and not lex.is_common(given.text)
                                                 and not lex.known(before.text))
            if i >= 2 and ends_name and namey and before.is_word and not self.persons._is_barrier(before, set()) \
                    and not any(o.start <= before.start < o.end for o in doc.mentions):
                doc.mentions.remove(m)
                _forget_if_unmentioned(doc, m.entity_key)

    def _foreign_given_name_before(self, doc: Document, tokens: list, i: int, j: int, m: Mention) -> bool:
        """«اوزلم کایا، سرکنسول ترکیه»: a place (tokens i..j-1) right after a word no Persian text uses, opening
        the clause, and followed by «،» and a title, is that person's surname. Releases the place; whether it did."""
        lex = self.persons.lex
        given = tokens[i - 1]
        opens = i == 1 or tokens[i - 2].text in ("،", ",", ".", "«", ":", "؛") or "\n" in doc.text[tokens[i - 2].end:given.start]
        titled = j + 1 < len(tokens) and tokens[j].text in ("،", ",") and fold(tokens[j + 1].text) in lex.role_first_words
        if not (opens and titled and given.is_word and not lex.known(given.text) and not lex.is_common(given.text)) \
                or any(o.start <= given.start < o.end for o in doc.mentions):
            return False
        doc.mentions.remove(m)
        _forget_if_unmentioned(doc, m.entity_key)
        return True

    def _merge_long_names_with_their_short_form(self, doc: Document) -> None:
        """«شبکه منطقه‌ای شهرهای آسیا و اقیانوسیه (سیتی‌نت)»: a long name the tables lack, followed by a
        known body's short name in brackets, is that body."""
        known = {m.start: m for m in doc.mentions if m.cls == "Organization" and m.entity_key in self.gazetteer.by_key}
        for m in [m for m in doc.mentions if m.cls == "Organization" and m.entity_key not in self.gazetteer.by_key]:
            short = _in_brackets_after(doc.text, m, known)
            if short is not None:
                _move_mention(doc, m, short.entity_key)

    def _add_short_forms_defined_in_brackets(self, doc: Document) -> None:
        """«سازمان شهرهای میراث جهانی (او.دبلیو.اچ.سی)»: an organisation's short form that the article defines
        in brackets after its name names it there and wherever the article uses it again («دبیرکل او.دبلیو.اچ.سی»)."""
        text = doc.text
        for m in [m for m in doc.mentions if m.cls == "Organization"]:
            short = SHORT_FORM_IN_BRACKETS.match(text, m.end)
            if short is None or any(o.start < short.end(1) and short.start(1) < o.end for o in doc.mentions):
                continue
            self._add_wherever_written(doc, short.group(1), "Organization", m.entity_key, short.group(1), "short-form",
                                       joiners=".")

    def _merge_bracketed_city_names(self, doc: Document) -> None:
        """«قرطبه (کوردوبا)»: a city's other name in brackets right after it is the same city, even where the
        tables give that name to another («کوردوبا» alone is Argentina's)."""
        cities = {m.start: m for m in doc.mentions if m.cls == "City"}
        for m in list(cities.values()):
            other = _in_brackets_after(doc.text, m, cities)
            if other is not None and other.entity_key != m.entity_key:
                _move_mention(doc, other, m.entity_key)

    def _merge_names_with_a_place_after(self, doc: Document) -> None:
        """«دانشگاه ملی پوسان کره جنوبی» then «رئیس دانشگاه ملی پوسان»: the place written after an
        institution's name the first time says where it is; both forms are one node, under the short name."""
        orgs = [m for m in doc.mentions if m.cls == "Organization" and m.entity_key not in self.gazetteer.by_key]
        by_surface = {fold(m.surface): m.entity_key for m in orgs}
        places = [m for m in doc.mentions if m.cls in ("City", "Country", "Province", "Region")]
        for m in orgs:
            place = next((p for p in places if p.end == m.end and m.start < p.start), None)
            if place is None:
                continue
            short_key = by_surface.get(fold(doc.text[m.start:place.start].strip()))
            if short_key is not None and short_key != m.entity_key:
                _move_mention(doc, m, short_key)

    def _extend_missions_to_their_host(self, doc: Document) -> None:
        """«سفارت جمهوری اسلامی ایران در گرجستان», «کمیسیون ملی یونسکو در ایران»: a mission's name runs on
        through «در» and the place that hosts it; a later «سفارت ایران» in the article is the same mission
        when the article names one such."""
        text = doc.text
        places = {m.start: m for m in doc.mentions if m.cls in ("City", "Country")}
        extended: dict[str, set[str]] = {}
        for m in [m for m in doc.mentions if m.cls == "Organization" and m.source != "gazetteer"]:
            at = _RE_IN_AFTER.match(text, m.end)
            host = places.get(at.end()) if at is not None and m.surface.startswith(_MISSION_HEADS) else None
            if host is None:
                continue
            old_key = m.entity_key
            label = f"{doc.entities[old_key].label_fa} در {host.surface}"
            m.end, m.surface = host.end, text[m.start:host.end]
            key = name_key("org", label)
            doc.entities.setdefault(key, Entity(key, "Organization", label, None, set(), []))
            if m.surface != label:
                doc.entities[key].aliases.add(m.surface)
            m.entity_key = key
            extended.setdefault(old_key, set()).add(key)
        for old_key, keys in extended.items():
            if len(keys) == 1:      # «سفارت ایران» after «سفارت ایران در گرجستان», and no other embassy of Iran
                for o in [o for o in doc.mentions if o.entity_key == old_key]:
                    _move_mention(doc, o, next(iter(keys)))
            _forget_if_unmentioned(doc, old_key)

    def _add_landmarks(self, doc: Document) -> None:
        """Sites named in a visit's frame («از برج قابوس بازدید کرد») that no gazetteer holds."""
        places = [(m.start, m.end) for m in doc.mentions if m.cls in ("City", "Country", "Province")]
        for span in find_landmarks(doc.text, doc.tokens or None, places):
            if any(m.start <= span.start and span.end <= m.end and m.cls in ("Place", "Organization")
                   for m in doc.mentions):
                continue  # a known site («حرم امام رضا») or an institution («دانشگاه ...») already
            if any(m.start < span.start < m.end or m.start < span.end < m.end for m in doc.mentions):
                continue  # it would cut another name in two
            label = " ".join(span.label.split())
            self._add(doc, span.start, span.end, "Place", name_key("place", label), label, "landmark-visited")

    def _add_countries_inside_division_names(self, doc: Document) -> None:
        """«اقلیم کردستان عراق»: the country written at the end of a division's name is a mention of it too,
        as a city inside «شهرداری مشهد» is."""
        for m in [m for m in doc.mentions if m.cls == "Province"]:
            entry = self.gazetteer.by_key.get(m.entity_key)
            country = self.gazetteer.by_key.get(f"country/{entry.kind}") if entry is not None and entry.kind else None
            if country is None or m.surface == country.label_fa or not m.surface.endswith(" " + country.label_fa):
                continue
            start = m.end - len(country.label_fa)
            if not any(o.start == start and o.entity_key == country.key for o in doc.mentions):
                self._add_known(doc, start, m.end, country, "country-in-division-name")

    def _add_divisions_named_after_cities(self, doc: Document) -> None:
        """«ولایت سمرقند», «کانتی مومباسا»: a division abroad named after its centre, which no table lists,
        is a Province of its own (the city inside it stays a City).  «استان X» abroad only where the text
        sets the province apart from its city (:func:`_province_as_such`): the press uses it loosely for
        the city and its province alike («مسئولان استان خراسان رضوی و استان نجف»)."""
        text = doc.text
        found = []
        for m in [m for m in doc.mentions if m.cls in ("City", "Region")]:
            entry = self.gazetteer.by_key.get(m.entity_key)
            if (entry is None and m.source != "town-by-cue") or (entry is not None and entry.kind == "IR"):
                continue            # Iran's provinces are all in the gazetteer; a town found by cue is abroad
            if m.cls == "Region" and m.surface.split()[0] in _WATER_NOUNS:
                continue            # «منطقه دریای سیاه» is the Black Sea region, no division
            head = text[max(0, m.start - 12):m.start].rstrip()
            word = next((w for w in DIVISION_WORDS if head.endswith(w)), None)
            start = m.start - (len(text[:m.start]) - len(text[:m.start].rstrip())) - len(word) if word else -1
            if word is None or start < 0 or (start > 0 and text[start - 1].isalpha()):
                continue
            if entry is not None and entry.kind in _TOWN_WILAYATS and word == "ولایت":
                continue            # Oman's «ولایت رستاق» is the town's own district, the town itself
            if any(o.cls in ("Province", "Organization") and o.start <= start < o.end for o in doc.mentions):
                continue
            found.append((m, word, start))
        # «در استان استارا زاگورا ...، فرماندار استان استارا زاگورا»: once set apart, the province everywhere
        as_such = {(word, m.entity_key) for m, word, start in found if _province_as_such(text, start, m.end)}
        for m, word, start in found:
            if word in LOOSE_DIVISION_WORDS and (word, m.entity_key) not in as_such:
                continue
            label = " ".join(text[start:m.end].split())   # as written: «کانتی مومباسا», not GeoNames' «ممباسا»
            self._add(doc, start, m.end, "Province", name_key("province", label), label, "division-of-city")
            # «ولایت بالکان» (Turkmenistan) is not the Balkans; «شهری در استان آغری» speaks of the province only
            if m.cls == "Region" or word in LOOSE_DIVISION_WORDS:
                doc.mentions.remove(m)
                _forget_if_unmentioned(doc, m.entity_key)

    def _add_divisions_no_table_lists(self, doc: Document) -> None:
        """«ایالت پارانا», «استان سیچوان», «استان جاوه شرقی»: a division word before a name no table knows
        (a word rare in Persian: a foreign name) is a Province.  The gazetteers list Iran's provinces and the
        divisions named after their centres; states and provinces abroad have names of their own.
        Abroad a division may also be named by a direction: «استان شمال سینا», and «استان شمال» alone before a
        comma or the sentence's end (Lebanon's North)."""
        text = doc.text
        for m in _RE_DIVISION_NAME.finditer(text):
            if any(o.start < m.end(2) and m.start(2) < o.end for o in doc.mentions):
                continue
            second = m.group(3)
            second_free = bool(second) and not any(o.start < m.end(3) and m.start(3) < o.end for o in doc.mentions)
            if fold(m.group(2)) in _DIRECTION_NOUNS:
                if second_free and zipf(second) < RARE_NAME_ZIPF:
                    end = m.end(3)       # «استان شمال باطنه»
                elif _RE_NAME_ENDS.match(text, m.end(2)) or any(
                        o.cls == "Country" and o.start == m.start(3) for o in doc.mentions):
                    end = m.end(2)       # «مرکز استان شمال،», «استان جنوب لبنان»
                else:
                    continue             # «استان شمال کشور»
            elif zipf(m.group(2)) >= RARE_NAME_ZIPF:
                continue
            else:
                end = m.end(2)
                if second_free and (fold(second) in _DIRECTION_ADJECTIVES or zipf(second) < RARE_NAME_ZIPF):
                    end = m.end(3)   # «جاوه شرقی», «ریو گرانده»
            country = next((o.entity_key.removeprefix("country/") for o in doc.mentions
                            if o.cls == "Country" and o.start == m.start(3)), None)
            if end == m.end(2) and text[end - 2:end] in ("ای", "وی") and country is not None \
                    and division_ends_in_a_vowel(m.group(2), country):
                end -= 1    # «استان زامبزیای موزامبیک»: the «ی» joins a name ending in a vowel to its country
            label = " ".join(text[m.start():end].split())
            self._add(doc, m.start(), end, "Province", name_key("province", label), label, "division-by-name")

    def _keep_the_parent_a_gloss_names(self, doc: Document) -> None:
        """«یو سی ال جی-میوا (بخش خاورمیانه و غرب آسیای سازمان جهانی شهرها و دولت‌های محلی متحد)»: a section's
        long name glossing its short one names nothing new, but the parent body inside it is named there."""
        text = doc.text
        for m in [m for m in doc.mentions if m.cls == "Organization"]:
            opening = text.rfind("(", 0, m.start)
            if opening < 0 or text[opening + 1:m.start].strip() or not text[m.end:].lstrip().startswith(")"):
                continue
            glossed = next((o for o in doc.mentions if o.entity_key == m.entity_key and o.end <= opening
                            and not text[o.end:opening].strip()), None)
            if glossed is None:
                continue
            for word in re.finditer(r"\s(?=\S)", text[m.start:m.end]):
                rest = m.start + word.end()
                inner = next((g for g in self.gazetteer.find(text[rest:m.end]) if g.start == 0 and
                              g.end == m.end - rest and g.cls == "Organization" and g.key != m.entity_key), None)
                if inner is not None:
                    doc.mentions.remove(m)
                    self._add_known(doc, rest, m.end, inner, "gazetteer")
                    break

    def _add_natural_regions(self, doc: Document) -> None:
        """«رشته‌کوه قفقاز بزرگ», «دریاچه ایسیک‌کول», «منطقه ارسباران», «زاگرس جنوبی»: a landform noun before a
        name (a foreign or rare word, or a region the tables know) is a Place of its own, an area («منطقه X»)
        or a known region with a direction after it a Region; the bare name elsewhere in the article is the
        same one («گلیم ارسباران»)."""
        text = doc.text
        governed = {fold(m.group(2)) for m in _RE_LANDFORM.finditer(text) if m.group(1) == "منطقه"
                    and _RE_GOVERNOR_BEFORE.search(text, max(0, m.start() - 12), m.start())}
        for m in _RE_LANDFORM.finditer(text):
            name_start, name_end = m.start(2), m.end(2)
            inside = [o for o in doc.mentions if o.start < m.end() and m.start() < o.end]
            known = next((o for o in inside if o.start == name_start and o.cls in ("Region", "Province", "City")), None)
            if known is not None and known.cls == "City" and fold(m.group(1)) in _NAMED_AFTER_A_TOWN \
                    and known.end == name_end:
                doc.mentions.remove(known)      # «دریاچه ارومیه» is the lake, not the city
                _forget_if_unmentioned(doc, known.entity_key)
                known = None
            elif known is not None and known.cls != "Region":
                continue                        # «منطقه آستاراخان», «جزیره کیش»: the tables' place stays
            elif known is None and (inside or not (_could_name_a_landform(m.group(2), m.group(1) in _AREA_NOUNS)
                                                   or self._county_by_its_context(text, m))
                                    or (m.group(1).startswith("جنگل") and lexicon_knows(m.group(2)))):
                continue                        # (a forest of a tree the lexicon knows, «جنگل‌های حرا», is no name)
            end = known.end if known is not None else name_end
            after = re.match(r"\s+(\S+)", text[end:end + 12])
            if after and fold(after.group(1)) in _DIRECTION_ADJECTIVES | (
                    set() if m.group(1) in _AREA_NOUNS else _SIZE_ADJECTIVES):   # «قفقاز بزرگ», not «شهرستان X بزرگ است»
                end += after.end()
            if known is not None and known.end < end:
                doc.mentions.remove(known)      # «رشته‌کوه قفقاز بزرگ» is not the Caucasus
                _forget_if_unmentioned(doc, known.entity_key)
            elif known is not None:
                continue                        # «دره فرغانه», «منطقه قفقاز»: the tables' region
            label = " ".join(text[m.start():end].split())
            # an area («منطقه ارسباران») or a wide landform (a range, a peninsula) is a Region; a county
            # the tables lack («شهرستان چالدران») is named as its town is, a City; a mountain, lake, valley or
            # island a Place
            cls = "City" if m.group(1) == "شهرستان" else "Region" if m.group(1) in _AREA_NOUNS \
                or fold(m.group(1)) in _WIDE_LANDFORMS else "Place"
            if m.group(1) == "منطقه" and fold(m.group(2)) in governed:
                cls = "Province"    # «استاندار منطقه پوانی»: a region with a governor is a first-level division
            key = name_key(cls.lower(), label)
            source = "county" if cls == "City" else "landform"
            self._add(doc, m.start(), end, cls, key, label, source)
            self._add_wherever_written(doc, text[m.start():end], cls, key, label, source)   # the whole name again
            name = text[name_start:end]
            if not re.search(_RE_TOWN_CUE_BEFORE + re.escape(name) + r"(?![\w\u200c])|(?<![\w\u200c])"
                             + re.escape(name) + _RE_TOWN_APPOSITION_AFTER, text):
                # (but «شهردار اوهرید» ... «دریاچه اوهرید», «لامو، مرکز کانتی لامو» ... «جزیره لامو»: the lake or
                # island is named after the town, whose name it is)
                self._add_wherever_written(doc, name, cls, key, label, source)
        for m in [m for m in doc.mentions if m.cls == "Region" and m.source == "gazetteer"]:
            after = re.match(r"\s+(\S+)", text[m.end:m.end + 12])
            if after and fold(after.group(1)) in _DIRECTION_ADJECTIVES and not any(
                    o.start == m.end + after.start(1) for o in doc.mentions):
                end = m.end + after.end()
                label = " ".join(text[m.start:end].split())     # «زاگرس جنوبی»
                doc.mentions.remove(m)
                _forget_if_unmentioned(doc, m.entity_key)
                self._add(doc, m.start, end, "Region", name_key("region", label), label, "landform")

    def _add_villages_and_peaks(self, doc: Document) -> None:
        """«روستای گردشگری مصر», «قله کی‌تو»: a village or a peak is a Place of its own, though its name is a
        country's or a town's in the tables (Egypt, Quito)."""
        text = doc.text
        for m in _RE_VILLAGE_OR_PEAK.finditer(text):
            name_start, name_end = m.start(2), m.end(2)
            inside = [o for o in doc.mentions if o.start < name_end and name_start < o.end]
            # (a country after «قله» is whose peak it is: «بلندترین قله ایران»)
            named = [o for o in inside if o.start == name_start and o.end == name_end
                     and (o.cls == "City" or (o.cls == "Country" and m.group(1) == "روستای"))]
            if inside != named or (not named and not _could_name_a_landform(m.group(2), area=False)):
                continue
            for o in named:
                doc.mentions.remove(o)
                _forget_if_unmentioned(doc, o.entity_key)
            label = f"{m.group(1)} {m.group(2)}"     # «روستای گردشگری مصر» and «روستای مصر» are one village
            key = name_key("place", label)
            self._add(doc, m.start(), name_end, "Place", key, label, "landform")
            if not named:
                self._add_wherever_written(doc, m.group(2), "Place", key, label, "landform")

    def _add_county_seats(self, doc: Document) -> None:
        """«سی‌سخت، مرکز شهرستان دنا», «پل‌سفید مرکز بخش ...»: the word before a county's seat is a town, though
        the tables lack it or it is a word too; linked to the Iranian GeoNames town that sounds like it."""
        text = doc.text
        for m in _RE_COUNTY_SEAT.finditer(text):
            name = m.group(1)
            before = text[max(0, m.start() - 8):m.start()].rstrip().split()
            opens = m.start() == 0 or text[m.start() - 1] == "\n" or text[:m.start()].rstrip().endswith(("،", ",", ".")) \
                or (before and fold(before[-1]) in _PREPOSITIONS_BEFORE_A_TOWN | _SEAT_OPENERS)
            if not opens or any(o.start < m.end(1) and m.start(1) < o.end for o in doc.mentions) \
                    or is_verb_form(name) or zipf(name) >= SEAT_NAME_MAX_ZIPF:
                continue
            key, same_as = _town_key(name, geonames_city(name, {"IR"}))
            self._add_wherever_written(doc, name, "City", key, name, "county-seat", same_as=same_as)

    @staticmethod
    def _county_by_its_context(text: str, m: re.Match) -> bool:
        """«مرکز شهرستان طارم», «فرمانداری شهرستان سوادکوه», «شهرستان دنا در استان ...»: a county's name may be a
        word («طارم» is an adjective too), when its seat, its governor or its province stands beside it."""
        if m.group(1) != "شهرستان" or zipf(m.group(2)) >= LANDFORM_NAME_MAX_ZIPF:
            return False
        before = text[max(0, m.start() - 12):m.start()].split()
        return bool(before and fold(before[-1]) in _COUNTY_CONTEXT) or bool(
            re.match(r"\s+(?:در|از)\s+(?:استان|شمال|جنوب|شرق|غرب)", text[m.end():m.end() + 16]))

    def _add_two_word_towns_named_by_cue(self, doc: Document) -> None:
        """«شهردار اورو پرتو»: after a city's cue, a foreign word and the next word (a Persian word or not:
        «پرتو») that together sound like a GeoNames city of a country the article names are that town,
        even where the first word alone is a town of the tables (Évreux).  Two words matched by sound leave
        little to chance; one word alone is :meth:`_add_foreign_towns_named_by_cue`'s."""
        tokens = doc.tokens or tokenize(doc.text)
        countries = {m.entity_key.removeprefix("country/") for m in doc.mentions if m.cls == "Country"}
        if not countries:
            return
        for i in range(1, len(tokens) - 1):
            first, second = tokens[i], tokens[i + 1]
            if tokens[i - 1].key not in _TOWN_CUES or not (first.is_word and second.is_word) \
                    or zipf(first.text) >= FOREIGN_FIRST_WORD_MAX_ZIPF or is_persian_word(first.text) \
                    or self.persons.lex.is_given(first.text) or second.key in self.persons.lex.stopwords \
                    or is_verb_form(second.text) or second.key in self.persons.lex.role_first_words \
                    or zipf(second.text) >= COMMON_WORD_ZIPF:     # «بندر صحار روز یکشنبه»: no town's second word
                continue
            inside = [m for m in doc.mentions if m.start < second.end and first.start < m.end]
            if any(m.cls != "City" or m.start < first.start or m.end > second.end for m in inside):
                continue
            name = f"{first.text} {second.text}"
            # the first word must sound of its own, and the two enough together: «کاکه‌گاوا» ('K') and «امضا»
            # make no two-word town, «پورت ویلا» ('PRT' and 'L') does
            if len(persian_skeleton(first.text)) < 2 or (len(persian_skeleton(second.text)) < 2
                                                         and len(persian_skeleton(name)) < 4):
                continue
            gid = geonames_city(name, countries)
            if gid is None:
                continue
            _drop_cities_inside(doc, name)      # «اورو» was read as Évreux there too
            self._add_wherever_written(doc, name, "City", f"geonames/{gid}", name, "town-by-cue",
                                       same_as=[f"https://sws.geonames.org/{gid}/"])

    def _add_foreign_towns_named_by_cue(self, doc: Document) -> None:
        """«شهردار خیخون»، «شهر قره‌کل»، «دگو در کره جنوبی»: a word rare in Persian (a foreign name) that no
        table lists, right after a city's cue noun or right before «در/از/،» and a country, is a town.  It is
        the GeoNames city of a country the article names whose name sounds the same, if there is one."""
        tokens = doc.tokens or tokenize(doc.text)
        town_cues = _TOWN_CUES | self.persons.lex.mayor_title_ends     # «سینداکو X», «پرزیدنته مونیسیپال X»
        taken = [(m.start, m.end) for m in doc.mentions]
        countries = {m.entity_key.removeprefix("country/") for m in doc.mentions if m.cls == "Country"}
        country_at = {m.start: m.entity_key.removeprefix("country/") for m in doc.mentions if m.cls == "Country"}
        # a region or a foreign province may stand between a town and its country: «X در استان میاگی ژاپن»
        region_at = {m.start: m.end for m in doc.mentions if m.cls in ("Region", "Province")}
        for i, tok in enumerate(tokens):
            if not tok.is_word or len(tok.key) < 3:
                continue
            before = tokens[i - 1] if i else None
            if before is not None and before.key in self._describing and i >= 2 and tokens[i - 2].key in town_cues:
                before = tokens[i - 2]      # «شهر تاریخی سایرام»
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            cued = before is not None and before.key in town_cues and (
                after is None or not after.is_word or zipf(after.text) >= RARE_NAME_ZIPF)   # not «شهردار ایزابل آریاس»
            apposition = after is not None and after.text in ("،", ",") and i + 2 < len(tokens) \
                and tokens[i + 2].key in _TOWN_APPOSITIONS          # «دوغوبایزید، شهری در ...»
            linked = _country_after_a_part(tokens, i + 2, country_at, region_at) \
                if after is not None and after.key in _TOWN_LINKS else None    # «X در (جنوب) Y»
            country_next = after is not None and (after.start in country_at or linked is not None) and (
                before is None or not before.is_word or before.key in _LIST_WORDS)
            # a given name after a cue is the person's («شهردار ایزابل آریاس»), unless no name word follows it
            # («شهر مختومقلی در ترکمنستان», a town named after the poet)
            given = self.persons.lex.is_given(tok.text) and not (
                cued and (after is None or not after.is_word or after.key in _PREPOSITIONS_BEFORE_A_TOWN))
            if not (cued or country_next or apposition) or any(s < tok.end and tok.start < e for s, e in taken) \
                    or not all(c.isalpha() or c == "\u200c" for c in tok.text) or given:
                continue
            iranian = None
            if zipf(tok.text) >= RARE_NAME_ZIPF or is_persian_word(tok.text):
                iranian = cued and self._iranian_town_by_sound(tok.text)
                if not iranian:
                    continue
            # the country written right after it first («کولنا از بنگلادش», in a list of towns from others)
            own = "IR" if iranian else country_at.get(after.start) if after is not None else None
            if own is None and country_next:
                own = country_at.get(linked)
            first = self._romance_name_start(tokens, i, doc.mentions) if apposition else i
            if first == i and i > 0 and tokens[i - 1].key in _ROMANCE_PARTICLES:
                continue    # the end of a longer name whose start is not found: not a town of its own
            name = " ".join(t.text for t in tokens[first:i + 1])
            if first < i:
                _drop_cities_inside(doc, name)  # «اواخاکا د خوارز»: not the state's city «اواخاکا» there
            key, same_as = _town_key(name, geonames_city(name, {own} if own else countries))
            # there and wherever else the article writes it («خیخون، بندری در ...»)
            self._add_wherever_written(doc, name, "City", key, name, "town-by-cue", same_as=same_as)
            if first + 1 < i and tokens[first].key in _ROMANCE_SAINTS:     # «سن کریستوبال» for the whole name
                short = f"{tokens[first].text} {tokens[first + 1].text}"
                self._add_wherever_written(doc, short, "City", key, name, "town-by-cue", same_as=same_as)
            taken = [(m.start, m.end) for m in doc.mentions]

    @staticmethod
    def _iranian_town_by_sound(word: str) -> bool:
        """«شهردار تایباد»: an Iranian town the tables spell otherwise (GeoNames: «تایب آباد») is a word hazm's
        lexicon knows, so only its cue and its sound tell it: not too common a word, no adjective, and the
        consonants of an Iranian GeoNames town."""
        plural = word.endswith(("ان", "ها")) and zipf(word[:-2].rstrip("\u200c")) >= PLURAL_STEM_MIN_ZIPF
        # «شهر خشتی»: a word and the relational «ی» describes the town; «به آن شهر برویم»: a verb follows it
        relational = word.endswith("ی") and zipf(word[:-1]) >= RELATIONAL_STEM_MIN_ZIPF
        return (zipf(word) < IRANIAN_TOWN_MAX_ZIPF and "AJ" not in lexicon_tags(word) and not plural
                and not relational and not is_verb_form(word)
                and (len(persian_skeleton(word)) >= 3 or zipf(word) < SHORT_TOWN_MAX_ZIPF)   # «نیر»: rare, two sounds
                and geonames_city(word, {"IR"}) is not None)

    def _romance_name_start(self, tokens: list, i: int, mentions: list[Mention]) -> int:
        """Where a Spanish, Portuguese, Italian or French town's name that ends at token ``i`` starts: «سن پدرو
        د آتاکاما، شهری ...», «سن مارتین د لوس آندس»: a particle («د», «دل», «لوس») before it, and before that a
        saint's word and one name, or foreign words, from the head of the clause.  ``i`` when there is none."""
        first = i
        while first > 1 and tokens[first - 1].key in _ROMANCE_PARTICLES:
            first -= 1
        if first == i:
            return i

        def free(k: int) -> bool:     # a word no other name holds, or a city's: «اواخاکا د خوارز»
            return k >= 0 and tokens[k].is_word and not any(
                m.start < tokens[k].end and tokens[k].start < m.end and m.cls != "City" for m in mentions)

        if first >= 2 and free(first - 1) and free(first - 2) and tokens[first - 2].key in _ROMANCE_SAINTS:
            first -= 2          # «سن مارتین د ...»: the saint's word and the name, whatever the name's frequency
        else:
            while first > 0 and i - first < 5 and free(first - 1) and (not is_persian_word(tokens[first - 1].text) or any(
                    m.start == tokens[first - 1].start and m.cls == "City" for m in mentions)):
                first -= 1
        opens = first == 0 or not tokens[first - 1].is_word or tokens[first - 1].key in _TOWN_CUES \
            or tokens[first - 1].key in _PREPOSITIONS_BEFORE_A_TOWN     # «خواهرخواندگی داراب با سن کریستوبال د ...»
        return first if opens and tokens[first].key not in _ROMANCE_PARTICLES else i

    def _read_a_country_from_another_as_its_town(self, doc: Document) -> None:
        """«اسلامشهر از ایران، عمان از اردن و دهوک از عراق»: a country's name said to be from another country
        is a town of that country with the same name (Amman, not Oman), found by sound in GeoNames."""
        text = doc.text
        countries = {m.start: m for m in doc.mentions if m.cls == "Country"}
        for m in list(countries.values()):
            link = re.match(r"\s+از\s+", text[m.end:m.end + 8])
            other = countries.get(m.end + link.end()) if link else None
            opener = text[max(0, m.start - 2):m.start].strip()
            if other is None or other.entity_key == m.entity_key or opener not in _LIST_OPENERS:
                continue
            gid = geonames_city(m.surface, {other.entity_key.removeprefix("country/")})
            if gid is None:
                continue
            doc.mentions.remove(m)
            _forget_if_unmentioned(doc, m.entity_key)
            entry = self.gazetteer.by_key.get(f"geonames/{gid}")
            if entry is not None:
                self._add(doc, m.start, m.end, "City", entry.key, entry.label_fa, "town-of-country",
                          label_en=entry.label_en, same_as=list(entry.same_as))
            else:
                self._add(doc, m.start, m.end, "City", f"geonames/{gid}", m.surface, "town-of-country",
                          same_as=[f"https://sws.geonames.org/{gid}/"])

    def _add_capitals(self, doc: Document) -> None:
        """«شهردار پایتخت ایران»: «پایتخت» + a country names its capital (not in «X پایتخت Y», which says it)."""
        for m in [m for m in doc.mentions if m.cls == "Country"]:
            before = doc.text[max(0, m.start - 12):m.start].split()
            if not before or before[-1] != "پایتخت":
                continue
            start = doc.text.rfind("پایتخت", 0, m.start)
            previous = [p for p in doc.mentions if p.end <= start and doc.text[p.end:start].strip() == ""]
            if previous and previous[-1].cls == "City":
                continue  # «بروکسل پایتخت بلژیک»
            capital = capital_of(self.gazetteer, m.entity_key)
            if capital is not None:
                self._add_known(doc, start, m.end, capital, "capital")

    def _release_bodies_that_open_a_city_body(self, doc: Document) -> None:
        """«مجلس شهر تفلیس» is the city's assembly, not Iran's «مجلس»: a known body named by a bare head
        noun, followed by «شهر», opens an institution of that city (found next, by its head); after «این»
        it points back to the body named before («رئیس این مجلس»), whichever that was."""
        cities = {c.start for c in doc.mentions if c.cls == "City"}
        for m in [m for m in doc.mentions if m.cls == "Organization" and m.source == "gazetteer"]:
            # («مجلس شعبی بلدی غردایه»: foreign words, then the town, make a town's own body too)
            town_body = False
            for w in _RE_NEXT_WORD.finditer(doc.text, m.end, m.end + 40):
                if w.end() in cities:
                    town_body = w.start() > m.end      # at least one foreign word before the town
                    break
                if is_persian_word(w.group(1)) or w.start() - m.end > 30:
                    break
            if fold(m.surface) in self.orgs.heads and (re.match(r"\s+شهر\s", doc.text[m.end:m.end + 6]) or town_body
                                                        or doc.text[max(0, m.start - 4):m.start] == "این "):
                doc.mentions.remove(m)
                _forget_if_unmentioned(doc, m.entity_key)

    def _choose_homonyms_by_country(self, doc: Document) -> None:
        """«طرابلس» is Libya's Tripoli unless the article names Lebanon and not Libya: a city name shared with
        a big city abroad goes to the one whose country the article names."""
        countries = {m.entity_key.removeprefix("country/") for m in doc.mentions if m.cls == "Country"}
        for m in [m for m in doc.mentions if m.cls == "City" and m.source == "gazetteer"]:
            others = self.gazetteer.homonyms.get(lookup_key(m.surface))
            owner = self.gazetteer.by_key.get(m.entity_key)
            if owner is not None and not others and owner.kind not in countries | {"IR"}:
                self._relink_to_a_named_country_s_town(doc, m, owner, countries)
                continue
            if not others or owner is None or owner.kind in countries:
                continue
            named = [o for o in others if o.kind in countries]
            if len({o.kind for o in named}) != 1:
                continue
            other = max(named, key=lambda o: o.population or 0)
            old_key = m.entity_key
            m.entity_key = other.key
            if other.key not in doc.entities:
                doc.entities[other.key] = Entity(other.key, "City", other.label_fa, other.label_en, set(),
                                                 list(other.same_as))
            _forget_if_unmentioned(doc, old_key)

    def _relink_to_a_named_country_s_town(self, doc: Document, m: Mention, owner: GazetteerEntry,
                                          countries: set[str]) -> None:
        """«رستاق» is Afghanistan's Rustaq in the tables, Oman's (GeoNames spells it only «الرستاق») where the
        article names Oman and not Afghanistan: a small town abroad whose country the article does not name
        is the town of a named country that sounds the same (a long enough name: four consonants or more)."""
        if (owner.population or 0) >= HOMONYM_MAX_RELINKED or len(persian_skeleton(m.surface)) < 4:
            return
        gid = geonames_city(m.surface, countries - {"IR"})
        if gid is None or f"geonames/{gid}" == owner.key:
            return
        entry = self.gazetteer.by_key.get(f"geonames/{gid}")
        old_key, m.entity_key = m.entity_key, f"geonames/{gid}"
        if m.entity_key not in doc.entities:
            doc.entities[m.entity_key] = Entity(m.entity_key, "City", entry.label_fa if entry else m.surface,
                                                entry.label_en if entry else None, set(),
                                                list(entry.same_as) if entry else [f"https://sws.geonames.org/{gid}/"])
        if m.surface != doc.entities[m.entity_key].label_fa:
            doc.entities[m.entity_key].aliases.add(m.surface)     # «رستاق», where GeoNames has «الرستاق»
        _forget_if_unmentioned(doc, old_key)

    def _widen_countries_to_their_state_form(self, doc: Document) -> None:
        """«جمهوری سوسیالیستی ویتنام», «پادشاهی تایلند»: a state form before a country's name is part of
        the name (the tables list the common ones; this covers the rest)."""
        text = doc.text
        for m in [m for m in doc.mentions if m.cls == "Country"]:
            form = _RE_STATE_FORM.search(text, max(0, m.start - 60), m.start) or \
                _RE_ENVOY_STATE.search(text, max(0, m.start - 30), m.start)
            if form is None or any(o is not m and o.end > form.start() and o.start < m.start for o in doc.mentions):
                continue
            m.start = form.start(form.lastindex or 0)
            m.surface = text[m.start:m.end]
            doc.entities[m.entity_key].aliases.add(m.surface)

    def _after_a_title(self, text: str, start: int) -> bool:
        """Whether a title stands right before ``start`` («مدیرکل روابط عمومی ...»)."""
        words = text[max(0, start - 20):start].split()
        return bool(words) and fold(words[-1]) in self.persons.lex.roles

    def _add_publisher(self, doc: Document) -> None:
        """The publisher named by ingest is an organisation even where the text does not say so."""
        name = doc.article.publisher
        if not name:
            return
        # «روابط عمومی شهرداری شیراز» speaks for «شهرداری شیراز»: one node, the office's name an alias of it
        spoken_for = self.orgs.spoken_for(name)
        known = self.gazetteer.lookup(spoken_for or name, "Organization")
        bracketed = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
        if known is None and bracketed:     # «خبرگزاری جمهوری اسلامی (ایرنا)»: the long or the short name
            known = self.gazetteer.lookup(bracketed.group(1), "Organization") or \
                self.gazetteer.lookup(bracketed.group(2), "Organization")
        key = known.key if known else name_key("org", spoken_for) if spoken_for else outlet_key(name)
        if key in doc.entities:
            if name != doc.entities[key].label_fa:
                doc.entities[key].aliases.add(name)  # so the graph can tie the article's publisher to it
            return
        label = known.label_fa if known else spoken_for or name
        start = doc.text.find(name)
        covered = start < 0 or any(m.start <= start < m.end for m in doc.mentions)
        if not covered and known is not None:
            self._add_known(doc, start, start + len(name), known, "publisher")
        elif not covered:
            self._add(doc, start, start + len(name), "Organization", key, label, "publisher")
        else:
            doc.entities[key] = Entity(key, "Organization", label, known.label_en if known else None,
                                       {name} - {label}, list(known.same_as) if known else [])

    def _surnames(self, full: PersonSpan) -> set[str]:
        """Folded words a full name may be written by alone: its last word (or last two), and any rare word
        of it that is not a given name («آلوارو سرانو گیل» → «سرانو»)."""
        if len(full.tokens) < 2:
            return set()
        lex = self.persons.lex
        surnames = {fold(full.tokens[-1])}
        if len(full.tokens) >= 3:
            surnames.add(fold("".join(full.tokens[-2:])))
        surnames |= {fold(t) for t in full.tokens[:-1]
                     if len(fold(t)) >= 3 and not lex.is_given(t) and not lex.is_common(t)
                     and fold(t) not in NAME_PARTICLES}
        # «حبیب‌اف» / «حبیب‌اوف», «علی‌یف» / «علی‌اف»: the Russian ending is written either way
        surnames |= {s[:-len(a)] + b for s in surnames for a, b in _RUSSIAN_ENDINGS if s.endswith(a) and len(s) > 4}
        # «الخفاجی» / «خفاجی»: an Arabic surname is written with its article or without it
        return surnames | {s[2:] for s in surnames if s.startswith("ال") and len(s) > 5}

    def _namesake(self, doc: Document, start: int, end: int, honorific: str | None,
                  groups: list[list[PersonSpan]]) -> list[PersonSpan]:
        """Which of several people sharing a surname a mention of it stands for: «خانم ساکی» the woman,
        «ساکی، رئیس شورا» the one first written with that title, else the one named last before it."""
        if len(groups) == 1:
            return groups[0]
        lex = self.persons.lex
        word_before = honorific or (doc.text[max(0, start - 12):start].split() or [""])[-1]
        gender = {fold("خانم"): "F", fold("بانو"): "F", fold("آقای"): "M"}.get(fold(word_before))
        if gender:
            fits = [g for g in groups if lex.gender_of_given.get(fold(g[0].tokens[0])) == gender]
            if len(fits) == 1:
                return fits[0]
        title = _apposition_word(doc.text, end)
        if title:
            fits = [g for g in groups if any(_apposition_word(doc.text, p.end) == title for p in g)]
            if len(fits) == 1:
                return fits[0]
        named_before = [(max(p.start for p in g if p.start < start), i) for i, g in enumerate(groups)
                        if any(p.start < start for p in g)]
        return groups[max(named_before)[1]] if named_before else groups[0]

    def _release_surnames_read_as_places(self, doc: Document, groups: list[list[PersonSpan]],
                                         taken: list[tuple[int, int]]) -> None:
        """«ریکاردو آلمیدا پریرا ... پریرا در پاسخ گفت»: a town's name that is the surname of a person of the
        article, standing alone as the subject of its clause, is that person (not Pereira in Colombia)."""
        surnames = {s for g in groups if len(g[0].tokens) >= 2 for s in self._surnames(g[0])}
        if not surnames:
            return
        for m in [m for m in doc.mentions if m.cls == "City" and m.source == "gazetteer" and fold(m.surface) in surnames]:
            before = doc.text[max(0, m.start - 3):m.start].strip()[-1:]
            after = doc.text[m.end:m.end + 20].split()[:1]
            if before not in _CLAUSE_HEADS or not after:
                continue
            if self._subject_before(fold(after[0])):
                doc.mentions.remove(m)
                _forget_if_unmentioned(doc, m.entity_key)
                if (m.start, m.end) in taken:
                    taken.remove((m.start, m.end))

    def _subject_before(self, next_key: str) -> bool:
        """Whether a word standing before the folded word ``next_key`` reads as its clause's subject: «X در ...»,
        «X نیز ...», «X گفت»."""
        return next_key in CLAUSE_AFTER_SUBJECT or next_key in self.persons.lex.predicate_words

    def _link_one_word_name(self, doc: Document, full: PersonSpan, key: str, taken: list[tuple[int, int]]) -> None:
        """«با خانم ژائو، دبیرکل فدراسیون، ... ژائو گفت»: a person known by one word (an honorific or a title
        beside it) is that word written again as the subject of a clause."""
        word = fold(full.tokens[0])
        lex = self.persons.lex
        if len(word) < 3 or lex.is_common(full.tokens[0]):
            return
        tokens = doc.tokens or tokenize(doc.text)
        for n, tok in enumerate(tokens[:-1]):
            after = tokens[n + 1]
            if tok.key == word and self._subject_before(after.key) \
                    and not any(s <= tok.start < e for s, e in taken):
                self._add(doc, tok.start, tok.end, "Person", key, full.name, "person-surname")
                taken.append((tok.start, tok.end))

    def _add_persons(self, doc: Document, people: list[PersonSpan], blocked: list[tuple[int, int]]) -> None:
        """Group the names of one person, then link surnames written alone."""
        groups: list[list[PersonSpan]] = []
        # longest names first, so «قلندرشریف» joins «محمدرضا قلندرشریف»
        for p in sorted(people, key=lambda p: -len(fold(p.name))):
            same = [g for g in groups if _same_person(p, g[0])]
            if same:
                self._namesake(doc, p.start, p.end, p.honorific, same).append(p)
            else:
                groups.append([p])
        taken = list(blocked) + [(p.start, p.end) for p in people]
        self._release_surnames_read_as_places(doc, groups, taken)
        for g in groups:
            full = g[0]
            key = name_key("person", full.name)
            for p in g:
                self._add(doc, p.start, p.end, "Person", key, full.name, p.rule)
                if p.honorific:
                    doc.entities[key].aliases.add(f"{p.honorific} {p.name}")
            if len(full.tokens) == 1:
                self._link_one_word_name(doc, full, key, taken)
            # a surname written alone: «قلندرشریف افزود»; a foreign family name may stand first or in the
            # middle («ژائو مینگ‌هوی» → «ژائو», «آلوارو سرانو گیل» → «سرانو»): any rare word of the name
            # that is not a given name
            if len(full.tokens) >= 2:
                surnames = self._surnames(full)
                lex = self.persons.lex
                # an East Asian family name that is also a word («پارک») stands alone only as a subject:
                # «پارک در این دیدار گفت», not «پارک ساحلی»
                subject_only = {fold(full.tokens[0])} & lex.family_first if len(full.tokens) == 2 else set()
                tokens = doc.tokens or tokenize(doc.text)
                for n, tok in enumerate(tokens):
                    key_ = tok.key
                    if n + 2 < len(tokens) and tokens[n + 1].text in ("-", "‐") and tokens[n + 2].end - tok.start \
                            == len(tok.text) + 1 + len(tokens[n + 2].text) \
                            and fold(doc.text[tok.start:tokens[n + 2].end]) in surnames \
                            and not any(s <= tok.start < e for s, e in taken):
                        # «کوواچویچ-بابیچ اظهار کرد»: a hyphenated surname written alone
                        self._add(doc, tok.start, tokens[n + 2].end, "Person", key, full.name, "person-surname")
                        taken.append((tok.start, tokens[n + 2].end))
                        continue
                    if n + 1 < len(tokens) and tokens[n + 1].is_word and len(key_) >= 2 \
                            and key_ + tokens[n + 1].key in surnames and not any(
                                s <= t.start < e for s, e in taken for t in tokens[n:n + 2]):
                        # «دشتی زاده» for «دشتی‌زاده»: the surname with a space for its half-space
                        self._add(doc, tok.start, tokens[n + 1].end, "Person", key, full.name, "person-surname")
                        taken.append((tok.start, tokens[n + 1].end))
                        continue
                    if key_ in subject_only:
                        after = tokens[n + 1] if n + 1 < len(tokens) else None
                        if after is None or not self._subject_before(after.key):
                            continue
                    elif key_ in surnames and len(key_) >= 3:
                        namesakes = [o for o in groups if o is not g and key_ in self._surnames(o[0])]
                        if namesakes and self._namesake(doc, tok.start, tok.end, None, [g, *namesakes]) is not g:
                            continue    # «ساکی، رئیس شورا» is the council head, not the member who shares his name
                    elif key_ not in surnames or len(key_) < 3:
                        # «ویکراماسینگه» for «ویکرماسینگه»: a long unknown word one letter off a surname
                        if not (len(key_) >= MIN_VARIANT_SURNAME and not lex.known(tok.text)
                                and any(len(sn) >= MIN_VARIANT_SURNAME and _one_edit(key_, sn) for sn in surnames)):
                            continue
                    if not any(s <= tok.start < e for s, e in taken):
                        self._add(doc, tok.start, tok.end, "Person", key, full.name, "person-surname")
                        taken.append((tok.start, tok.end))


# A landform noun and the name after it: «رشته‌کوه قفقاز», «دریاچه ایسیک‌کول», «جزیره کیوشو», «منطقه ارسباران»
_RE_LANDFORM = re.compile("(?<![\\w\u200c])(?<!می )(رشته[\u200c ]?کوه(?:[\u200c ]?های)?|کوه[\u200c ]?های|کوه|دریاچه|جزیره|"
                          "شبه[\u200c ]?جزیره|دره|رودخانه|رود|آبشار|آتش[\u200c ]?فشان|تپه|تالاب|دشت|کویر|خلیج|جنگل(?:[\u200c ]?های)?|"
                          "صحرای|بیابان|منطقه|شهرستان)\\s+([^\\W\\d_][\\w\u200c\\-]*)")
# «X، مرکز شهرستان Y», «X مرکز بخش Y است»: X (group 1) is the seat of a county or district
_RE_COUNTY_SEAT = re.compile("(?<![\\w\u200c])([^\\W\\d_][\\w\u200c]*[^\\W\\d_])\\s*،?\\s+مرکز\\s+(?:شهرستان|بخش)\\s")
# A county seat's name may be as frequent as this (wordfreq counts «آب‌بر» 5.8 by its halves), not more
SEAT_NAME_MAX_ZIPF = 6.0
# Words a town's name may follow in a sentence («وارد پل‌سفید، مرکز ...»)
_SEAT_OPENERS = {fold(w) for w in ("وارد", "شهر", "سفر", "راهی")}
# Countries whose «ولایت» is a town's district (Oman's wilayat), not a province as in Central Asia
_TOWN_WILAYATS = {"OM"}
# «روستای (گردشگری) X», «قله X»: a village or a peak, and its name (group 2)
_RE_VILLAGE_OR_PEAK = re.compile("(?<![\\w\u200c])(روستای|قله)\\s+(?:(?:گردشگری|تاریخی|کوهستانی|ییلاقی|مرزی|ساحلی|"
                                 "پلکانی|زیبای)\\s+)?([^\\W\\d_][\\w\u200c\\-]*)")
# A sea's or gulf's name: a region around it is no division («منطقه دریای سیاه»)
_WATER_NOUNS = ("دریای", "خلیج", "اقیانوس", "دریاچه")
# What names a county's seat or office right before «شهرستان X»
_COUNTY_CONTEXT = {fold(w) for w in ("مرکز", "فرمانداری", "فرماندار", "بخشداری", "شهرستان")}
_GOVERNORS = "استاندار|والی|فرماندار|کمیسر"      # the titles of a division's head, before its name
_RE_GOVERNOR_BEFORE = re.compile(f"(?:{_GOVERNORS})\\s+$")
_AREA_NOUNS = ("منطقه", "شهرستان", "صحرای", "بیابان")
# Landforms whose name may be a town's: «دریاچه ارومیه», «رودخانه میناب», «آبشار یاسوج», «دره کاتماندو», «کوه‌های
# تالش» (not «جزیره کیش»: the town)
_NAMED_AFTER_A_TOWN = {fold(w) for w in ("دریاچه", "رودخانه", "رود", "آبشار", "تالاب", "کوه", "دشت", "دره",
                                         "کوه‌های", "کوه های", "کوههای")}
# Landforms wide enough to hold towns and provinces: a range («رشته‌کوه قراقروم», «کوه‌های تیان‌شان»), a peninsula.
# (A desert or plain stays a Place: delegations visit one, «از کویر مرنجاب بازدید کرد».)
_WIDE_LANDFORMS = {fold(w) for w in ("رشته‌کوه", "رشته کوه", "رشته‌کوه‌های", "رشته کوه های", "رشته‌کوههای", "کوه‌های",
                                     "کوه های", "کوههای", "شبه‌جزیره", "شبه جزیره")}
_SIZE_ADJECTIVES = {fold(w) for w in ("بزرگ", "کوچک")}
# A landform's name may be a word this frequent («کوه دماوند», «دره البرز»), an area's («منطقه ارسباران») less
LANDFORM_NAME_MAX_ZIPF = 4.7
# A word this frequent before a final «ی» makes the whole a relational adjective («کوهستان» + «ی»), no name
RELATIONAL_STEM_MIN_ZIPF = 3.0
AREA_NAME_MAX_ZIPF = 3.5


def _could_name_a_landform(word: str, area: bool) -> bool:
    """Whether the word after «کوه», «دریاچه», «منطقه» ... can be a name: not too frequent, not an adjective
    (hazm tags it AJ: «سرسبز», «صعب‌العبور»), not a relational adjective the lexicon lacks («کوهستانی», «کویری»)."""
    from ..text.normalize import lexicon_tags, repair_word

    if zipf(word) >= (AREA_NAME_MAX_ZIPF if area else LANDFORM_NAME_MAX_ZIPF):
        return False
    if "\u200c" in repair_word(word.replace("\u200c", "")) or ("\u200c" in word and zipf(word.split("\u200c")[0]) >= 4):
        return False    # a glued verb or compound: «میتوانند», «نیمه‌خودمختار»
    tags = lexicon_tags(word)
    if "AJ" in tags:
        return False
    # «کوهستانی», «کویری»: a word and the relational «ی»; «میستی», «لوکولدی»: a name ending so
    return not (word.endswith("ی") and tags in ((), ("0",)) and zipf(word[:-1]) >= RELATIONAL_STEM_MIN_ZIPF)


# Nouns a town's name follows («شهردار خیخون», «شهر قره‌کل»), and what stands between a town and its country
_TOWN_CUE_WORDS = ("شهر", "شهردار", "شهرداری", "بندر", "کلانشهر")      # not «شهرک صنعتی X»
_TOWN_CUES = {fold(w) for w in _TOWN_CUE_WORDS}
_RE_TOWN_CUE_BEFORE = r"(?<![\w\u200c])(?:" + "|".join(_TOWN_CUE_WORDS) + r")\s+"
_TOWN_LINKS = {fold(w) for w in ("در", "از", "،", ",")}
# «دگو در جنوب شرق کره جنوبی», «X در ساحل اژه ترکیه»: where in the country, between «در» and its name
_PART_WORDS = {fold(w) for w in ("شمال", "جنوب", "شرق", "غرب", "مرکز", "شمال‌شرق", "شمال‌غرب", "جنوب‌شرق", "جنوب‌غرب",
                                 "شمالی", "جنوبی", "شرقی", "غربی", "ساحل", "سواحل", "کرانه", "قلب", "حاشیه")}
_TOWN_APPOSITION_WORDS = ("شهری", "بندری", "شهرکی", "شهرستانی", "مرکز", "پایتخت", "جزیره‌ای")   # «لامو، مرکز کانتی لامو»
_TOWN_APPOSITIONS = {fold(w) for w in _TOWN_APPOSITION_WORDS}
_RE_TOWN_APPOSITION_AFTER = r"\s*،\s*(?:" + "|".join(_TOWN_APPOSITION_WORDS) + r")\s"
# What stands before an item of a list: «، X از Y», «و X از Y»
_LIST_OPENERS = {"", "،", ",", "و", ":"}
# Words that may stand before a town named with its country: a list, a preposition
_LIST_WORDS = {fold(w) for w in ("و", "از", "در", "به", "با", "شهرهای", "میان", "بین")}
# «ایالت پارانا», «استان جاوه شرقی»: a division word and one or two words of a name no table lists
_RE_DIVISION_NAME = re.compile("(?<![\\w\u200c])(ایالت|استان|ولایت|دپارتمان)"
                               "\\s+([^\\W\\d_]+(?:-[^\\W\\d_]+)?)"     # «ووکوار-سریم»
                               "(?:\\s+([^\\W\\d_]+))?")


def _town_key(name: str, gid: str | None) -> tuple[str, list[str] | None]:
    """The key and GeoNames link of a town found by its cue: its GeoNames id when its sound matched one, else
    a key of its written name."""
    return (f"geonames/{gid}", [f"https://sws.geonames.org/{gid}/"]) if gid else (name_key("city", name), None)


def _country_after_a_part(tokens: list[Token], k: int, country_at: dict[int, str], region_at: dict[int, int]
                          ) -> int | None:
    """Start of the country named at token ``k``, past up to three words of where in it («جنوب شرق») and a
    region or province («ساحل اژه», «استان میاگی»), or None."""
    for _ in range(4):
        if k >= len(tokens):
            return None
        if tokens[k].start in country_at:
            return tokens[k].start
        if tokens[k].start in region_at:
            end = region_at[tokens[k].start]
            while k < len(tokens) and tokens[k].start < end:
                k += 1
        elif tokens[k].key in _PART_WORDS:
            k += 1
        else:
            return None
    return None


_DIRECTION_ADJECTIVES = {fold(w) for w in ("شرقی", "غربی", "شمالی", "جنوبی", "مرکزی")}
_DIRECTION_NOUNS = {fold(w) for w in ("شمال", "جنوب", "شرق", "غرب")}
# A name that ends here: punctuation, the line's end, «و» or a preposition follows
_RE_NAME_ENDS = re.compile("\\s*(?:[،,.؛:!?؟)\n]|$|(?:و|در|با|به|از)\\s)")
# Below this Zipf frequency a word is rare in Persian text: a foreign name rather than a word
RARE_NAME_ZIPF = 3.0
# The first word of a two-word town abroad may be this frequent when it is no Persian word («پورت» of «پورت ویلا»)
FOREIGN_FIRST_WORD_MAX_ZIPF = 4.5
# A town whose name has two consonants only («نیر» 3.3) is read by sound only when the word is this rare
SHORT_TOWN_MAX_ZIPF = 3.6
# A town abroad this big keeps its name though the article names another country (Paris, Bonn)
HOMONYM_MAX_RELINKED = 100_000
# A word this common («روز» 6.2, «دیدار» 5.1) is never a second word of a town's name matched by sound
COMMON_WORD_ZIPF = 5.0
# An Iranian town's name after its cue may be a word hazm knows («تایباد» 3.4, «خلخال» 3.7), but not a common one
IRANIAN_TOWN_MAX_ZIPF = 4.2
PLURAL_STEM_MIN_ZIPF = 3.5      # «شهر شاعران»: a plural of a word, not a town that sounds like one
# «وان، مرکز استان وان», «استاندار استان ترابزون», «استان آستاراخان با ۹۶۰ هزار نفر جمعیت»: the province itself
_RE_PROVINCE_BEFORE = re.compile(f"(?:مرکز|{_GOVERNORS})\\)?\\s+$")   # «ووی‌وود (استاندار) استان X»
_RE_PROVINCE_AFTER = re.compile("^\\s*(?:،\\s*)?(?:با\\s+)?(?:جمعیت|[^.!?؟\\n]{0,30}\\s+نفر\\s+جمعیت)")


def _province_as_such(text: str, start: int, end: int) -> bool:
    """Whether «استان X» at ``start``–``end`` speaks of the province as a unit of its own: the city is its
    centre, a governor heads it, a population is given for it, a town is said to lie in it («شهری در استان
    آغری»)."""
    return bool(_RE_PROVINCE_BEFORE.search(text, max(0, start - 12), start)
                or _RE_TOWN_IN_BEFORE.search(text, max(0, start - 48), start)
                or _RE_PROVINCE_AFTER.match(text[end:end + 60]))


# «دوغوبایزید، شهری در استان آغری»: a town said to lie in the province
# («شهری حدود ۱۱ هزار نفری در منطقه X», «کازانلاک با ۴۴ هزار نفر جمعیت در استان X»)
_RE_TOWN_IN_BEFORE = re.compile(
    "(?:(?:شهری|بندری|روستایی|شهرکی|شهرستانی)(?:\\s+\\S+){0,4}|نفر\\s+جمعیت)\\s+در\\s+$")


# Particles inside Romance place names («سن پدرو د آتاکاما», «ریو د ژانیرو») and the saints that open them
_ROMANCE_PARTICLES = {fold(w) for w in ("د", "دل", "دی", "دو", "دا", "دلا", "ده", "لا", "لوس", "لاس")}
_PREPOSITIONS_BEFORE_A_TOWN = {fold(w) for w in ("با", "و", "از", "به", "در", "تا")}
_ROMANCE_SAINTS = {fold(w) for w in ("سن", "سان", "سانتا", "سانتو", "سائو", "سنت", "سانت")}

# What may stand right before a subject that opens its clause (the text's start, punctuation, a line break).
_CLAUSE_HEADS = {"", ".", "،", ",", "؛", ":", "«", "\n"}


_RE_NEXT_WORD = re.compile(r"\s*([^\s،.:؛«»()]+)\s+")   # a word and the space after it
_BARE_BODY_NOUNS = {fold(w) for w in ("شبکه", "سازمان")}
# Words that describe a body without naming it: «شبکه بین‌المللی سیتی‌نت», «سازمان جهانی ...».
_BODY_DESCRIPTORS = {fold(w) for w in ("بین‌المللی", "بین المللی", "بینالمللی", "جهانی", "منطقه‌ای", "منطقه ای",
                                       "منطقهای", "آسیایی", "اروپایی", "معتبر", "مهم", "بزرگ")}
_RUSSIAN_ENDINGS = [(fold(a), fold(b)) for a, b in (("اف", "اوف"), ("اوف", "اف"), ("یف", "ییف"), ("ییف", "یف"))]
# A state form that may open a country's name: «جمهوری سوسیالیستی», «پادشاهی», «امیرنشین».
_RE_STATE_FORM = re.compile(
    "(?<![\\w\u200c])(?:جمهوری|پادشاهی|امیرنشین|سلطان\u200c?نشین|سلطنت|دوک\u200c?نشین)"
    "(?:\\s+(?:اسلامی|خلق|سوسیالیستی|دموکراتیک|فدرال|فدرالی|عربی|متحد|متحده|هاشمی|توده\u200cای|مردمی)){0,3}\\s+$")

# «سفیر دولت قطر»: after an envoy's title «دولت» is the state's name, not its government
_RE_ENVOY_STATE = re.compile("(?:سفیر|سرکنسول|کنسول|کاردار)\\s+(دولت)\\s+$")


def _apposition_word(text: str, end: int) -> str:
    """The folded first word of a comma apposition right after ``end`` («ساکی، رئیس شورا» → «رئیس»)."""
    m = re.match(r"\s*،\s*(\S+)", text[end:end + 40])
    return fold(m.group(1)) if m else ""


def _drop_cities_inside(doc: Document, name: str) -> None:
    """Forget the cities read inside each use of a longer town name the article writes."""
    for use in _uses_of(name, doc.text, "-"):
        for m in [m for m in doc.mentions if m.cls == "City" and use.start() <= m.start and m.end <= use.end()]:
            doc.mentions.remove(m)
            _forget_if_unmentioned(doc, m.entity_key)


def _uses_of(word: str, text: str, joiners: str = "-") -> Iterator[re.Match[str]]:
    """Every place ``text`` writes ``word`` as a whole word: not inside another («ولگا» in «ولگا-کاسپین»)."""
    edge = f"\\w\u200c{re.escape(joiners)}"
    return re.finditer(f"(?<![{edge}]){re.escape(word)}(?![{edge}])", text)


def _in_brackets_after(text: str, m: Mention, starts: dict[int, Mention]) -> Mention | None:
    """The mention (among ``starts``, by start offset) written in brackets right after ``m``: «X (Y)»."""
    bracket = re.match(r"\s*\(\s*", text[m.end:m.end + 4])
    inner = starts.get(m.end + bracket.end()) if bracket else None
    return inner if inner is not None and text[inner.end:inner.end + 3].lstrip().startswith(")") else None


# Missions named with the place that hosts them («سفارت ایران در مسقط»)
_MISSION_HEADS = ("سفارت", "سرکنسولگری", "کنسولگری", "رایزنی", "نمایندگی", "کمیسیون ملی", "دفتر نمایندگی")
_RE_IN_AFTER = re.compile(r"\s+در\s+")


def _move_mention(doc: Document, m: Mention, key: str) -> None:
    """Make ``m`` a mention of ``key`` (its surface an alias there), dropping its old entity if now unnamed."""
    old_key = m.entity_key
    m.entity_key = key
    doc.entities[key].aliases.add(m.surface)
    _forget_if_unmentioned(doc, old_key)


def _forget_if_unmentioned(doc: Document, key: str) -> None:
    """Drop an entity no mention names any more (after a mention was released or re-keyed)."""
    if not any(o.entity_key == key for o in doc.mentions):
        doc.entities.pop(key, None)


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one inserted, dropped or changed letter apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _same_person(short: PersonSpan, full: PersonSpan) -> bool:
    """«قلندرشریف», «محمدرضا قلندر» and «محمدرضا قلندر شریف» name one person."""
    s, f = fold(short.name), fold(full.name)
    if s == f:
        return True
    if len(short.tokens) == 1:
        return f.endswith(s) and len(s) >= 3
    return f.startswith(s) or f.endswith(s)


def link_across(docs: list[Document]) -> None:
    """One person, one node across articles: «محمدرضا قلندر» (one article) joins «محمدرضا قلندرشریف»
    (another) when exactly one longer name in the corpus extends it."""
    rename = _person_renames(docs)
    if rename:
        for doc in docs:
            _rekey(doc, rename)
        _longest_labels(docs, set(rename.values()))


def _person_renames(docs: list[Document]) -> dict[str, str]:
    """Person key → the key of the one longer name that extends it (a fuller name, or a surname alone)."""
    names: dict[str, str] = {}            # folded full name → key
    rename: dict[str, str] = {}
    for doc in docs:
        for e in doc.entities.values():
            if e.cls == "Person":
                first = names.setdefault(fold(e.label_fa), e.key)
                if first != e.key:          # the same name spaced differently: «قلندر شریف» / «قلندرشریف»
                    rename[e.key] = first
    # every prefix and suffix of a name, long enough to be a name itself, points to that name's key:
    # linear in the corpus rather than comparing every pair of names
    extended_by: dict[str, set[str]] = {}
    for full, key in names.items():
        for n in range(MIN_PARTIAL_NAME, len(full)):
            extended_by.setdefault(full[:n], set()).add(key)
            extended_by.setdefault(full[-n:], set()).add(key)
    for short, key in names.items():
        targets = extended_by.get(short, set()) - {key}
        if key not in rename and len(targets) == 1:
            rename[key] = targets.pop()
    for k in list(rename):                  # follow chains: a → b → c
        seen = {k}
        while rename[k] in rename and rename[k] not in seen:
            seen.add(rename[k])
            rename[k] = rename[rename[k]]
    return rename


def _rekey(doc: Document, rename: dict[str, str]) -> None:
    """Point a document's mentions, facts, statements and events at the renamed keys; merge its entities."""
    for m in doc.mentions:
        m.entity_key = rename.get(m.entity_key, m.entity_key)
    for f in doc.facts:
        f.subject = rename.get(f.subject, f.subject)
        if isinstance(f.object, str):
            f.object = rename.get(f.object, f.object)
    for st in doc.statements:
        st.speaker = rename.get(st.speaker, st.speaker)
    for ev in doc.events:
        ev.participants = [rename.get(p, p) for p in ev.participants]
    merged: dict[str, Entity] = {}
    for e in doc.entities.values():
        key = rename.get(e.key, e.key)
        target = merged.get(key)
        if target is None:
            target = merged[key] = e if key == e.key else Entity(key, e.cls, e.label_fa, e.label_en, set(),
                                                                  list(e.same_as))
        if e is not target:
            if e.label_fa != target.label_fa:
                target.aliases.add(e.label_fa)
            target.aliases |= e.aliases - {target.label_fa}
    doc.entities = merged


def _longest_labels(docs: list[Document], keys: set[str]) -> None:
    """A merged person's label is the longest form of the name seen; the others become aliases."""
    best: dict[str, str] = {}
    for doc in docs:
        for e in doc.entities.values():
            if e.key in keys and len(e.label_fa) > len(best.get(e.key, "")):
                best[e.key] = e.label_fa
    for doc in docs:
        for e in doc.entities.values():
            label = best.get(e.key)
            if label and label != e.label_fa:
                e.aliases.add(e.label_fa)
                e.label_fa = label
                e.aliases.discard(label)
