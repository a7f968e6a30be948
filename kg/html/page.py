"""Render the page: our Jinja template, vis-network inlined, data as escaped JSON.

pyvis's own templates load vis-network and Bootstrap from CDNs whatever
``cdn_resources`` says, so the page is rendered from ``page.html`` here with the
shipped assets inlined: it opens from ``file://`` with no network, and its
Content-Security-Policy forbids loading anything from anywhere.

Everything that comes from articles (labels, aliases, headlines, URLs) is
untrusted.  It reaches the page only inside one ``<script type="application/json">``
block, serialised by :func:`safe_json`, which escapes ``<``, ``>`` and ``&`` so no
``</script>`` or tag can appear; the page's script reads it with ``JSON.parse``
and vis-network shows string tooltips with ``innerText`` (never as HTML).
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from .network import CLASS_COLOURS, FONT_STACK, NetworkView, persian_digits, persian_label
from ..graph.vocabulary import ENTITY_CLASS_IRIS

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def safe_json(value: Any) -> str:
    """JSON that can sit inside an HTML ``<script>`` element without ending it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "".join(_JSON_ESCAPES.get(ch, ch) for ch in text)


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A shipped asset's text, refused if it could close or confuse the element it is inlined in."""
    text = resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")
    lowered = text.lower()
    if "</script" in lowered or "<!--" in lowered or "</style" in lowered:
        raise ValueError(f"asset {name} cannot be inlined safely")
    return text


@lru_cache(maxsize=1)
def _template():
    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(resources.files(__package__).joinpath("page.html").read_text(encoding="utf-8"))


def render_page(view: NetworkView, title: str = "گراف دانش خبرها") -> str:
    """The complete HTML document for ``view``."""
    from .. import __version__

    nodes, edges, _heading, _height, _width, options = view.network.get_network_data()
    data = {"nodes": nodes, "edges": edges,
            "options": json.loads(options) if isinstance(options, str) else options}
    counts = (f"{persian_digits(view.entities_total)} موجودیت، "
              f"{persian_digits(view.edges_shown)} پیوند، {persian_digits(view.articles_total)} خبر")
    note = ""
    if view.entities_shown < view.entities_total:
        note = (f"نمایش {persian_digits(view.entities_shown)} موجودیتِ پرتکرارتر از "
                f"{persian_digits(view.entities_total)}")
    elif view.articles_total and not view.articles_shown:
        note = "خبرها برای خوانایی نمایش داده نشده‌اند"
    legend = [{"label": persian_label(ENTITY_CLASS_IRIS[c]), "color": CLASS_COLOURS[c]} for c in view.classes]
    return _template().render(
        title=title,
        version=__version__,
        counts=counts,
        note=note,
        legend=legend,
        font_stack=Markup(FONT_STACK),
        vis_css=Markup(asset("vis-network.min.css")),
        vis_js=Markup(asset("vis-network.min.js")),
        data_json=Markup(safe_json(data)),
    )
