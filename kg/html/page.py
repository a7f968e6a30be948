"""Render the page: our Jinja template, vis-network, the explorer and a Persian font inlined.

pyvis's own templates load vis-network and Bootstrap from CDNs whatever
``cdn_resources`` says, so the page is rendered from ``page.html`` here with the
shipped assets inlined (Vazirmatn as a base64 ``@font-face``): it opens from
``file://`` with no network, and its Content-Security-Policy forbids loading
anything from anywhere.

Everything that comes from articles (labels, aliases, headlines, sentences,
URLs) is untrusted.  It reaches the page only inside one ``<script
type="application/json">`` block, serialised by :func:`safe_json`, which escapes
``<``, ``>`` and ``&`` so no ``</script>`` or tag can appear; the explorer reads
it with ``JSON.parse`` and puts it in the DOM as text nodes only.
"""
from __future__ import annotations

import base64
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from .labels import persian_digits
from .network import CLASS_STYLE, FONT_STACK, NetworkView

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}

# vis-network shape → the same shape in the legend's 20×20 SVG
_SVG_SHAPES = {
    "dot": ("circle", 'cx="10" cy="10" r="7"'),
    "square": ("rect", 'x="3" y="3" width="14" height="14"'),
    "diamond": ("polygon", 'points="10,1 19,10 10,19 1,10"'),
    "hexagon": ("polygon", 'points="10,2 17,6 17,14 10,18 3,14 3,6"'),
    "triangle": ("polygon", 'points="10,2 18,17 2,17"'),
    "triangleDown": ("polygon", 'points="2,3 18,3 10,18"'),
    "star": ("polygon", 'points="10,1 12.6,7 19,7.3 14,11.4 15.7,18 10,14.3 4.3,18 6,11.4 1,7.3 7.4,7"'),
    "box": ("rect", 'x="2" y="5" width="16" height="10" rx="2"'),
}


def safe_json(value: Any) -> str:
    """JSON that can sit inside an HTML ``<script>`` element without ending it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for character, escaped in _JSON_ESCAPES.items():   # no escape holds another's character: order is free
        if character in text:
            text = text.replace(character, escaped)
    return text


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A shipped asset's text, refused if it could close or confuse the element it is inlined in."""
    text = resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")
    lowered = text.lower()
    if "</script" in lowered or "<!--" in lowered or "</style" in lowered:
        raise ValueError(f"asset {name} cannot be inlined safely")
    return text


@lru_cache(maxsize=None)
def font_base64(name: str) -> str:
    """A shipped font (assets/fonts, SIL Open Font License) as base64 for a data: URL."""
    data = resources.files(__package__).joinpath("assets", "fonts", name).read_bytes()
    return base64.b64encode(data).decode("ascii")


@lru_cache(maxsize=1)
def _template():
    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(resources.files(__package__).joinpath("page.html").read_text(encoding="utf-8"))


def cap_notice(view: NetworkView) -> str:
    """The sentence that tells the reader the page shows only part of the graph."""
    if view.entities_shown < view.entities_total:
        return (f"این صفحه {persian_digits(view.entities_shown)} موجودیتِ پرپیوندتر از "
                f"{persian_digits(view.entities_total)} را نشان می‌دهد ({persian_digits(view.edges_shown)} از "
                f"{persian_digits(view.facts_total)} پیوند)؛ همهٔ آن‌ها در graph.ttl هست.")
    if view.edges_shown < view.facts_total:
        return (f"این صفحه {persian_digits(view.edges_shown)} پیوند از {persian_digits(view.facts_total)} را "
                "نشان می‌دهد؛ همهٔ آن‌ها در graph.ttl هست.")
    if view.articles_total and not view.articles_shown and view.entities_shown < 300:
        return "خبرها برای خوانایی به‌صورت گره نمایش داده نشده‌اند؛ منبع‌ها در پنل کناری‌اند."
    return ""


def render_page(view: NetworkView, title: str = "گراف دانش خبرها") -> str:
    """The complete HTML document for ``view``."""
    from .. import __version__

    data = {"nodes": view.nodes, "edges": view.edges, "options": view.options, "info": view.info}
    counts = (f"{persian_digits(view.entities_total)} موجودیت، "
              f"{persian_digits(view.facts_total)} پیوند، {persian_digits(view.articles_total)} خبر")
    legend = []
    for item in view.info["classes"] + ([{"name": "Article", "fa": "خبر", "en": "Article",
                                          "colour": CLASS_STYLE["Article"][0], "shape": "box"}]
                                        if view.articles_shown else []):
        tag, attrs = _SVG_SHAPES[item["shape"]]
        legend.append({"name": item["name"], "label": item["fa"], "label_en": item["en"], "colour": item["colour"],
                       "svg_tag": Markup(tag), "svg_attrs": Markup(attrs)})
    predicates = [{"name": name, "label": fa, "label_en": en}
                  for name, (fa, en) in view.info["predicates"].items() if name != "mentions"]
    dates = sorted(a[1] for a in view.info["articles"] if a[1])
    return _template().render(
        title=title,
        version=__version__,
        counts=counts,
        note=cap_notice(view),
        legend=legend,
        predicates=predicates,
        first_date=dates[0] if dates else "",
        last_date=dates[-1] if dates else "",
        font_stack=Markup(FONT_STACK),
        font_regular=Markup(font_base64("Vazirmatn-Regular.woff2")),
        font_bold=Markup(font_base64("Vazirmatn-Bold.woff2")),
        vis_css=Markup(asset("vis-network.min.css")),
        vis_js=Markup(asset("vis-network.min.js")),
        explorer_css=Markup(asset("explorer.css")),
        explorer_js=Markup(asset("explorer.js")),
        data_json=Markup(safe_json(data)),
    )
