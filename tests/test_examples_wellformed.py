"""The bundled example articles and the test articles: well-formed, messy where
promised, consistent with their gold file, and written for kg (not copied)."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

ARTICLE_FIELDS = ("id", "url", "title", "date", "publisher", "text")
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", **{chr(0x06F0 + i): str(i) for i in range(10)}})
_NOISE = re.compile(r"[\s\u200c«»:،,.؛()]+")


def fold(text: str) -> str:
    """One key per spelling: Arabic letters, digits, half-spaces and punctuation folded away."""
    return _NOISE.sub("", text.translate(_FOLD))


def read_articles(folder: Path) -> dict[str, str]:
    """id → headline and body, read the simple way (tags stripped, JSONL fields joined)."""
    articles: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix == ".txt":
            articles[path.stem] = path.read_text(encoding="utf-8")
        elif path.suffix == ".html":
            raw = re.sub(r"<(script|style)\b.*?</\1>", " ", path.read_text(encoding="utf-8"), flags=re.S)
            articles[path.stem] = html.unescape(re.sub(r"<[^>]+>", " ", raw))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                assert record["id"] not in articles, f"duplicate id {record['id']}"
                articles[record["id"]] = f"{record.get('title', '')}\n{record['text']}"
    return articles


def shingles(text: str, size: int = 8) -> set[tuple[str, ...]]:
    words = [w for w in re.split(r"[\s\u200c«»:،,.؛()\"]+", text.translate(_FOLD)) if w]
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def test_examples_cover_every_input_format(examples_dir: Path) -> None:
    suffixes = {p.suffix for p in examples_dir.iterdir()}
    assert {".txt", ".html", ".jsonl"} <= suffixes
    assert (examples_dir / "README.md").is_file()
    assert 5 <= len(read_articles(examples_dir)) <= 8


@pytest.mark.parametrize("folder", ["examples", "fixtures"])
def test_jsonl_articles_carry_the_article_fields(folder: str, examples_dir: Path, fixture_articles_dir: Path) -> None:
    base = examples_dir if folder == "examples" else fixture_articles_dir
    for path in base.glob("*.jsonl"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            record = json.loads(line)
            required = ARTICLE_FIELDS if folder == "examples" else ("id", "url", "title", "text")
            missing = [f for f in required if not str(record.get(f, "")).strip()]
            assert not missing, f"{path.name}:{n}: missing {missing}"


def test_examples_keep_the_messy_spellings_the_readme_promises(examples_dir: Path) -> None:
    texts = read_articles(examples_dir).values()
    assert any(t.count("ي") > 20 and t.count("ك") > 3 for t in texts), "one article typed with Arabic ي/ك"
    assert any("مترو پلیس" in t for t in texts)
    assert any(w in t for t in texts for w in ("بینالمللی", "تفاهمنامه", "میکنند", "میکند"))
    assert any(re.search("[۰-۹]", t) for t in texts) and any(re.search("[0-9]", t) for t in texts)


def test_pasted_page_has_header_line_and_site_furniture(examples_dir: Path) -> None:
    header = re.compile(r"^[۰-۹0-9]{4}/[۰-۹0-9]{2}/[۰-۹0-9]{2} \| [۰-۹0-9:]+ \| کد خبر: ?[۰-۹0-9]+$", re.M)
    pages = [p.read_text(encoding="utf-8") for p in examples_dir.glob("*.txt")]
    pasted = [t for t in pages if header.search(t)]
    assert pasted, "no .txt example with a «date | time | کد خبر» line"
    assert all("نظر شما" in t and "پیشنهاد سردبیر" in t and "نمایش بیشتر" in t for t in pasted)


def test_html_example_is_a_full_page(examples_dir: Path) -> None:
    for path in examples_dir.glob("*.html"):
        page = path.read_text(encoding="utf-8")
        assert re.search(r"<title>[^<]+</title>", page)
        assert re.search(r'property="article:published_time" content="\d{4}-\d\d-\d\d', page)
        assert "<nav" in page and "<footer" in page


def test_gold_of_examples_names_real_articles_and_exact_quotes(examples_dir: Path, examples_gold: Path) -> None:
    articles = {k: fold(v) for k, v in read_articles(examples_dir).items()}
    seen: set[str] = set()
    for n, line in enumerate(examples_gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        article, subject, predicate, obj, status = line.split("\t")
        assert article in articles, f"line {n}: unknown article {article}"
        assert status in ("required", "optional"), f"line {n}"
        seen.add(article)
        if predicate == "said":
            assert fold(obj) in articles[article], f"line {n}: quote not in {article}: {obj}"
        if predicate not in ("datePublished",) and not subject.startswith("url:"):
            assert any(fold(s) in articles[article] for s in subject.split("|")), f"line {n}: {subject}"
    assert seen == set(articles), f"articles without gold: {set(articles) - seen}"


def test_gold_of_examples_reads_with_the_shared_scorer(examples_gold: Path, scorer) -> None:
    items = scorer.read_gold(str(examples_gold))
    assert len(items) > 100
    assert {g.predicate for g in items} >= {"type", "mayorOf", "met", "sisterCityOf", "memberOf", "said", "population"}


@pytest.mark.parametrize("folder", ["examples", "fixtures"])
def test_articles_are_written_for_kg_not_copied_from_the_dev_corpus(
    folder: str, examples_dir: Path, fixture_articles_dir: Path, dev_corpus: Path
) -> None:
    dev = read_articles(dev_corpus)
    dev_shingles = set().union(*(shingles(t) for t in dev.values()))
    base = examples_dir if folder == "examples" else fixture_articles_dir
    for article_id, text in read_articles(base).items():
        copied = shingles(text) & dev_shingles
        assert not copied, f"{article_id} shares 8 words in a row with the dev corpus: {' '.join(next(iter(copied)))}"
