"""The map from normalised text back to the original: every token maps onto the same word."""
from __future__ import annotations

import json
import random
from pathlib import Path

from kg.document import Article, Document
from kg.text import fold, normalize, prepare, tokenize

Z = "\u200c"

# Persian written for the test, with the defects seen in news pages: glued half-spaces,
# Arabic letters, Persian digits, kashida, harakat, doubled spaces, CRLF, stray ZWNJ.
MESSY = (
    "شهردار   تهران در نشست بینالمللی كلانشهرها گفت: «همکاریهای ویژهای آغاز شده است.»\r\n\r\n"
    "وی افزود: این تفاهمنامه در ۱۴۰۳/۱۱/۲۰ امضا شد و رشد ٣٫٥ درصدی را هدف گرفته‌اند.\n"
    "شهرهای خواهرخوانده می کنند و نمیتوانیم بـا انـعقـاد قـراردادهای تازه {z}کمک کنیم. ﷼\n"
    "کِتابِ گفتوگو درباره استراتژیها نوشته شده، و سازمانهای مردم نهاد کردهاند."
).format(z=Z)


def check_map(original: str) -> None:
    text, to_original = normalize(original)
    assert len(to_original) == len(text)
    assert all(0 <= i < len(original) for i in to_original)
    assert all(a <= b for a, b in zip(to_original, to_original[1:])), "map must not go backwards"
    doc = Document(article=Article(id="t", source="t", text=original), text=text, to_original=to_original)
    for token in tokenize(text):
        o_start, o_end = doc.original_span(token.start, token.end)
        assert fold(original[o_start:o_end]) == fold(token.text), (token.text, original[o_start:o_end])


def test_every_token_maps_to_the_same_word() -> None:
    check_map(MESSY)


def test_random_spans_map_to_the_same_words() -> None:
    text, to_original = normalize(MESSY)
    doc = Document(article=Article(id="t", source="t", text=MESSY), text=text, to_original=to_original)
    tokens = tokenize(text)
    rng = random.Random(7)
    for _ in range(200):
        a = rng.randrange(len(tokens))
        b = min(len(tokens) - 1, a + rng.randrange(4))
        start, end = tokens[a].start, tokens[b].end
        o_start, o_end = doc.original_span(start, end)
        assert fold(MESSY[o_start:o_end]) == fold(text[start:end])


def test_changed_characters_point_at_their_source() -> None:
    original = "كتاب ۱۲ بـا"
    text, to_original = normalize(original)
    assert text == "کتاب 12 با"
    assert [original[i] for i in to_original] == ["ك", "ت", "ا", "ب", " ", "۱", "۲", " ", "ب", "ا"]


def test_inserted_half_space_maps_inside_the_word() -> None:
    original = "سه گامهای بلند"
    text, to_original = normalize(original)
    zwnj = text.index(Z)
    assert original[to_original[zwnj]] in "گامهای"


def test_prepare_fills_the_document() -> None:
    doc = prepare(Document(article=Article(id="t", source="t", text=MESSY)))
    assert doc.text and len(doc.to_original) == len(doc.text)
    assert doc.sentences and all(doc.text[s.start:s.end].strip() for s in doc.sentences)


def test_dev_corpus_tokens_map_back(dev_corpus: Path) -> None:
    """On the real articles (read only, never copied): the map holds for every token."""
    texts = [json.loads(line)["text"] for line in (dev_corpus / "articles.jsonl").open(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in dev_corpus.glob("*.txt")]
    assert texts
    for original in texts:
        check_map(original)
