"""The dataclasses that travel between the stages of the pipeline.

One :class:`Document` goes through ingest → text → entities → facts → graph; each
stage fills in its part and never reaches back.  Offsets come in two kinds:

* ``start``/``end`` index :attr:`Document.text`, the normalised text every stage
  after ``text`` works on;
* ``orig_start``/``orig_end`` index :attr:`Article.text`, the text as it was read,
  so a user can always find a mention in what the publisher wrote.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field


# The closed set of entity classes of the core vocabulary (../shared/eval/VOCABULARY.md).
ENTITY_CLASSES = ("Person", "City", "Country", "Province", "Region", "Organization", "Place")


@dataclass
class Article:
    """One news article as read from its source, before any processing."""

    id: str                      # JSONL ``id`` or the file's stem; unique within a build
    source: str                  # where it came from: ``path`` or ``path:line``
    text: str                    # the article body (site furniture already dropped)
    title: str | None = None     # headline
    date: _dt.date | None = None  # publication date, Gregorian
    url: str | None = None
    publisher: str | None = None  # surface name of the publisher («خبرگزاری مهر»)
    news_code: str | None = None  # «کد خبر: ...» when the page gives one


@dataclass
class Sentence:
    index: int
    start: int                   # offsets in Document.text
    end: int

    def text_of(self, doc: "Document") -> str:
        return doc.text[self.start:self.end]


@dataclass
class Mention:
    """A span of the text that names an entity."""

    start: int                   # offsets in Document.text
    end: int
    surface: str                 # the normalised text of the span
    cls: str                     # one of ENTITY_CLASSES
    entity_key: str              # key of the Entity it refers to (Document.entities)
    source: str = ""             # which recogniser found it: 'gazetteer', 'person-role', ...
    sentence: int = -1           # index into Document.sentences
    orig_start: int = -1         # offsets in Article.text
    orig_end: int = -1


@dataclass
class Entity:
    """A thing in the world; stable ``key`` → stable IRI across runs and articles."""

    key: str                     # e.g. 'geonames/124665', 'country/IR', 'org/metropolis', 'person/...'
    cls: str                     # one of ENTITY_CLASSES
    label_fa: str
    label_en: str | None = None
    aliases: set[str] = field(default_factory=set)   # other surface forms seen
    same_as: list[str] = field(default_factory=list)  # public identifiers known for certain


@dataclass
class Evidence:
    """Where a fact, statement or event comes from: a span of one sentence, and the rule that read it."""

    sentence: int                # index into Document.sentences
    start: int                   # offsets in Document.text
    end: int
    rule: str                    # name of the rule (kg/data/facts/rules.tsv) or recogniser
    confidence: float = 1.0      # in [0, 1]


# The status of a fact: stated (signed, existing, reported as done) or not yet.
STATUSES = ("stated", "proposed")


@dataclass
class Fact:
    """subject —predicate→ object, one of the core vocabulary's fact properties."""

    subject: str                 # entity key
    predicate: str               # local name: memberOf, met, mayorOf, ...
    object: str | int            # entity key, or an integer literal (population)
    evidence: Evidence
    status: str = "stated"       # one of STATUSES

    @property
    def literal(self) -> bool:
        return isinstance(self.object, int)


@dataclass
class Amount:
    """A count that matters, with its unit noun: «متروپلیس ... بیش از ۱۶۰ شهر» → (Metropolis, 160, شهر)."""

    subject: str                 # entity key of what is counted for
    value: int
    unit: str                    # the unit noun as written: «شهر», «زائر»
    evidence: Evidence
    qualifier: str | None = None  # more-than | about | less-than


@dataclass
class Statement:
    """A quoted or reported statement and who said it."""

    speaker: str                 # entity key of the Person (or Organization)
    text: str                    # the quoted words (normalised text)
    evidence: Evidence
    cue: str = ""                # the verb of saying: گفت، افزود، ...


@dataclass
class Event:
    """A meeting, visit or signing, with who took part, when and where."""

    kind: str                    # Meeting | Visit | Agreement
    participants: list[str]      # entity keys
    evidence: Evidence
    date: _dt.date | None = None
    place: str | None = None     # entity key
    status: str = "stated"


@dataclass
class Document:
    """One article on its way through the pipeline."""

    article: Article
    text: str = ""                       # normalised text (headline + body)
    to_original: list[int] = field(default_factory=list)  # Document.text index → Article.text index
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list = field(default_factory=list)            # kg.text.Token over Document.text, made once
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` back onto :attr:`Article.text`."""
        if not self.to_original:
            return start, end
        last = len(self.to_original) - 1
        o_start = self.to_original[min(start, last)]
        o_end = self.to_original[min(end - 1, last)] + 1 if end > start else o_start
        return o_start, o_end

    def sentence_at(self, offset: int) -> int:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s.index
        return -1
