"""Stable, readable IRIs for the graph's resources.

The same input always gives the same IRI (across runs and builders), so graphs
built at different times can be merged and queried together.  Entity IRIs are the
base IRI plus the entity key (``geonames/124665``, ``person/...``); article IRIs
are ``article/<slug>``; sentences, mentions, quotations and assertions hang below
their article, named by position so that they too are reproducible.

Persian letters stay as they are (IRIs allow them and they stay readable); every
character an IRI does not allow — spaces, quotes, ``<>``, controls, zero-width and
direction marks — is percent-encoded, so the Turtle output always parses.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

from .vocabulary import DEFAULT_BASE_IRI, GEONAMES_IRI, WIKIDATA_IRI

# ASCII characters that may stay unescaped in a path segment (RFC 3987 iunreserved
# and a few sub-delims that are harmless in Turtle).  '/' separates key parts.
_ASCII_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
_SLUG_DROP = re.compile(r"[^\w.~-]+", re.UNICODE)


def _keep_as_is(ch: str) -> bool:
    """Whether ``ch`` may appear raw in an IRI path without confusing anyone."""
    if ch in _ASCII_SAFE:
        return True
    if ord(ch) < 0xA0:
        return False
    # letters, combining marks and digits of any script; not format characters
    # (ZWNJ, RLM ...), spaces, punctuation or private-use characters
    return unicodedata.category(ch)[0] in "LMN"


def encode_path(text: str) -> str:
    """Percent-encode everything in ``text`` an IRI path should not hold raw."""
    text = unicodedata.normalize("NFC", text)
    return "".join(ch if _keep_as_is(ch) else quote(ch, safe="") for ch in text)


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def slugify(text: str) -> str:
    """A readable path segment for ``text``: words joined by '-', letters of any script kept.

    Different strings may share a slug ('a b' and 'a-b'); callers that need
    uniqueness add :func:`short_hash` (see :meth:`Iris.article`).
    """
    text = unicodedata.normalize("NFC", text).replace("\u200c", "-")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")  # harakat
    slug = _SLUG_DROP.sub("-", text).strip("-._~").lower()
    return re.sub(r"-{2,}", "-", slug)


def normalise_base(base_iri: str | None) -> str:
    """The base IRI, ending in '/' or '#' so that keys can be appended."""
    base = (base_iri or DEFAULT_BASE_IRI).strip()
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", base) or any(c in base for c in '<>"{}|\\^`'):
        raise ValueError(f"not a usable base IRI: {base!r}")
    return base if base.endswith(("/", "#")) else base + "/"


class Iris:
    """Mints the IRIs of one graph under one base."""

    def __init__(self, base_iri: str | None = None) -> None:
        self.base = normalise_base(base_iri)
        self._article_iris: dict[str, str] = {}  # slug → IRI; every node of an article hangs below it

    def entity(self, key: str) -> URIRef:
        key = key.strip().strip("/")
        if not key:
            raise ValueError("empty entity key")
        return URIRef(self.base + encode_path(key))

    def article_slug(self, article_id: str) -> str:
        """``article_id`` itself when already a clean slug, else its slug plus a short hash."""
        slug = slugify(article_id)
        if slug == article_id and slug:
            return slug
        return f"{slug}-{short_hash(article_id, 6)}" if slug else short_hash(article_id, 10)

    def article(self, slug: str) -> URIRef:
        return URIRef(self.article_iri(slug))

    def article_iri(self, slug: str) -> str:
        """The article's IRI as a plain string, percent-encoded once per slug."""
        found = self._article_iris.get(slug)
        if found is None:
            found = self._article_iris[slug] = self.base + "article/" + encode_path(slug)
        return found

    def sentence(self, slug: str, index: int) -> URIRef:
        return URIRef(f"{self.article_iri(slug)}/sentence/{index}")

    def mention(self, slug: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.article_iri(slug)}/mention/{start}-{end}")

    def statement(self, slug: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.article_iri(slug)}/statement/{start}-{end}")

    def event(self, slug: str, kind: str, *parts: object) -> URIRef:
        return URIRef(f"{self.article_iri(slug)}/{kind.lower()}/{short_hash('|'.join(map(str, parts)), 12)}")

    def assertion(self, slug: str, *parts: object) -> URIRef:
        return URIRef(f"{self.article_iri(slug)}/fact/{short_hash('|'.join(map(str, parts)), 12)}")


_GEONAMES = re.compile(r"^(?:geonames[:/]|https?://(?:sws\.|www\.)?geonames\.org/)(\d+)/?(?:[^/]*)?$", re.I)
_WIKIDATA = re.compile(r"^(?:wikidata[:/]|wd:|https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/)?(Q\d+)$", re.I)


@lru_cache(maxsize=65536)
def same_as_iri(identifier: str) -> URIRef | None:
    """The canonical IRI of a public identifier, or None when it is not recognised.

    GeoNames ids become ``https://sws.geonames.org/ID/`` and Wikidata ids
    ``http://www.wikidata.org/entity/Q...`` (the forms those services publish);
    any other absolute http(s) IRI is kept as given.
    """
    identifier = identifier.strip()
    if m := _GEONAMES.match(identifier):
        return URIRef(GEONAMES_IRI.format(m.group(1)))
    if m := _WIKIDATA.match(identifier):
        return URIRef(WIKIDATA_IRI.format(m.group(1).upper()))
    if re.match(r"^https?://[^\s<>\"{}|\\^`]+$", identifier):
        return URIRef(identifier)
    return None


@lru_cache(maxsize=65536)
def key_same_as(key: str) -> URIRef | None:
    """An identifier implied by the entity key itself (``geonames/124665``)."""
    m = re.match(r"^geonames/(\d+)$", key.strip())
    return URIRef(GEONAMES_IRI.format(m.group(1))) if m else None
