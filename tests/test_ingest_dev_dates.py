"""On the dev corpus every article with a gold datePublished gets that date (skipped without ../shared)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.document import Article
from kg.ingest import read_paths

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def _gold_dates() -> dict[str, dt.date]:
    dates: dict[str, dt.date] = {}
    for gold in sorted(DEV.glob("gold-*.tsv")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 4 and not line.startswith("#") and cols[2] == "datePublished":
                dates[cols[0]] = dt.date.fromisoformat(cols[3].lstrip("="))
    return dates


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev not present (fresh clone)")
def test_dev_corpus_dates_match_gold() -> None:
    gold = _gold_dates()
    assert gold, "no datePublished lines in the gold files"
    items = list(read_paths([DEV]))
    articles = {a.id: a for a in items if isinstance(a, Article)}
    assert len(articles) == len(items)                      # nothing in the dev corpus is skipped
    got = {key: articles[key].date for key in gold}
    assert got == gold


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev not present (fresh clone)")
def test_dev_pasted_page_metadata() -> None:
    [article] = [a for a in read_paths([DEV]) if isinstance(a, Article) and a.source.endswith(".txt")]
    assert article.date == dt.date(2025, 4, 29)
    assert article.title and article.text.startswith(article.title)
    assert article.text.count(article.title) == 1
    assert article.news_code and article.news_code.isdigit()
    assert article.publisher and article.publisher.startswith("خبرگزاری")
    assert "نظر شما" not in article.text and "پیشنهاد سردبیر" not in article.text
