"""Read a saved HTML news page with trafilatura: main text, headline, date and URL.

trafilatura drops every non-printable character, which for Persian includes
the zero-width non-joiner (half-space) inside words like «گفت‌وگو»; we swap it
for a printable placeholder before extraction and back afterwards.
"""
from __future__ import annotations

import datetime as _dt
import re

from ..document import Article
from ..text.dates import parse_date
from .encoding import BOMS as _BOMS, decode_bytes, garbled_share
from .text_page import build_article

_ZWNJ = "\u200c"
_PLACEHOLDER = "\U00010A50"  # a printable mark from a dead script: never in a Persian page
_RE_ZWNJ_ENTITY = re.compile(r"&(?:zwnj|#8204|#x200c);", re.IGNORECASE)
_RE_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


class HtmlError(ValueError):
    """The page has no article in it; ``str(error)`` is the one-line reason."""


def decode_html(data: bytes) -> str:
    """Decode page bytes: a BOM, then strict UTF-8, then the charset the page declares, then detection.

    UTF-8 comes before the declared charset because pages often keep a stale
    ``windows-1256`` declaration after their site moved to UTF-8.
    """
    if data.startswith(_BOMS) or b"\x00" in data:
        return decode_bytes(data)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _RE_META_CHARSET.search(data[:4096])
        if declared:
            try:
                text = data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                if garbled_share(text) < 0.01:
                    return text
    return decode_bytes(data)


def extract_article(html: str, *, id: str, source: str) -> Article:
    """The article on an HTML page; raises :class:`HtmlError` when there is none."""
    import trafilatura

    if "<" not in html:
        raise HtmlError("not an HTML page (no tags)")
    protected = _RE_ZWNJ_ENTITY.sub(_PLACEHOLDER, html.replace(_ZWNJ, _PLACEHOLDER))
    try:
        doc = trafilatura.bare_extraction(
            protected,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # lxml/trafilatura on broken markup: report, never raise
        raise HtmlError(f"malformed HTML ({type(exc).__name__})") from None
    if doc is None:
        raise HtmlError("no article text found in the HTML page")

    def restore(value: str | None) -> str | None:
        return value.replace(_PLACEHOLDER, _ZWNJ) if isinstance(value, str) else None

    text = restore(doc.text) or ""
    if not text.strip():
        raise HtmlError("no article text found in the HTML page")
    date: _dt.date | None = parse_date(doc.date) if isinstance(doc.date, str) else None
    title = restore(doc.title)
    if date is None and title:
        date = _byline_date(html, title)
    return build_article(
        text,
        id=id,
        source=source,
        title=title,
        date=date,
        url=restore(doc.url),
    )


_BYLINE_CHARS = 200   # the byline with the date sits just under the headline


def _byline_date(html: str, title: str) -> _dt.date | None:
    """The date of a page with no date in its metadata: the visible byline under the headline
    («۱۴۰۳/۱۰/۰۸ - ۱۲:۴۵»), which trafilatura leaves out of the text and htmldate cannot read
    when it is Jalali.  Only the few characters after the headline are looked at: the sidebar's
    dates belong to other news."""
    import trafilatura

    visible = trafilatura.html2txt(html).replace(_ZWNJ, "")
    headline = " ".join(title.replace(_ZWNJ, "").split())
    at = visible.find(headline)
    if at < 0:
        return None
    start = at + len(headline)
    return parse_date(visible[start:start + _BYLINE_CHARS])
