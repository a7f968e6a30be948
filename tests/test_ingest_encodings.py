"""Encodings (UTF-8 ± BOM, UTF-16, Windows-1256) and bad inputs: one Skipped each, the build goes on."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.document import Article
from kg.ingest import read_paths
from kg.pipeline import Skipped

TEXT = (
    "شهردار بوشهر از بندر دیلم بازدید کرد\n\n"
    "شهردار بوشهر صبح امروز در سفری یک‌روزه از تأسیسات بندری دیلم بازدید کرد و با مدیران محلی گفت‌وگو کرد.\n"
    "وی گفت: توسعه گردشگری دریایی در استان بوشهر بدون همکاری شهرها ممکن نیست."
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"])
def test_text_file_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    # Windows-1256 has no Persian yeh (U+06CC): Windows writes the Arabic one (U+064A).
    as_written = (lambda s: s.replace("ی", "ي")) if encoding == "cp1256" else (lambda s: s)
    path = tmp_path / f"bushehr-{encoding}.txt"
    path.write_bytes(as_written(TEXT).encode(encoding))
    [article] = list(read_paths([path]))
    assert isinstance(article, Article), article
    assert article.title == as_written("شهردار بوشهر از بندر دیلم بازدید کرد")
    assert as_written("توسعه گردشگری دریایی در استان بوشهر") in article.text


def test_cp1256_half_space_survives(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes(TEXT.replace("ی", "ي").encode("cp1256"))
    [article] = list(read_paths([path]))
    assert "گفت‌وگو" in article.text


def test_jsonl_with_bom_and_utf16(tmp_path: Path) -> None:
    line = json.dumps({"id": "b1", "text": TEXT}, ensure_ascii=False) + "\n"
    (tmp_path / "a.jsonl").write_bytes(line.encode("utf-8-sig"))
    (tmp_path / "b.jsonl").write_bytes(line.replace("b1", "b2").encode("utf-16"))
    assert [a.id for a in read_paths([tmp_path])] == ["b1", "b2"]


def _only_skip(items: list, name: str) -> Skipped:
    skips = [i for i in items if isinstance(i, Skipped)]
    assert len(skips) == 1, skips
    assert name in skips[0].source and "\n" not in skips[0].reason
    return skips[0]


@pytest.mark.parametrize(
    ("name", "content", "reason_word"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n\t ", "empty"),
        ("binary.txt", bytes(range(256)) * 20, "binary"),
        ("truncated.txt", (TEXT + "ی").encode("utf-8")[:-1], "truncated"),  # ends mid-character
        ("garbled.txt", TEXT.encode("utf-8")[:200] + b"\xff\xfe\xfa" + TEXT.encode("utf-8")[200:], "garbled"),
        ("halfutf16.txt", TEXT.encode("utf-16")[:-1], "truncated"),
        ("controls.txt", "".join(chr(c) for c in range(1, 9)).encode() * 50, "garbled"),
        ("nopage.html", b"<html><body><div></div></body></html>", "no article text"),
        ("binary.html", b"\x00\x01\x02<html>\x00\xff" * 100, "binary"),
    ],
)
def test_bad_file_is_skipped_with_its_name_and_good_one_still_read(
    tmp_path: Path, name: str, content: bytes, reason_word: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "zz-good.txt"
    good.write_text(TEXT, encoding="utf-8")
    items = list(read_paths([tmp_path]))
    skip = _only_skip(items, name)
    assert skip.source == str(bad)
    assert reason_word in skip.reason
    assert [a.id for a in items if isinstance(a, Article)] == ["zz-good"]


def test_file_over_50_mb_is_skipped_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(51 * 1024 * 1024)  # sparse: costs no disk and no time
    good = tmp_path / "ok.txt"
    good.write_text(TEXT, encoding="utf-8")
    items = list(read_paths([big, good]))
    skip = _only_skip(items, "huge.txt")
    assert "too large" in skip.reason and "50 MB" in skip.reason
    assert isinstance(items[1], Article)


def test_bad_jsonl_lines_name_the_line_and_others_come_through(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok1", "text": TEXT}, ensure_ascii=False)
    lines = [
        good,
        "{این json نیست",
        "[1, 2, 3]",
        json.dumps({"id": "no-text", "title": "بی‌متن"}, ensure_ascii=False),
        json.dumps({"id": "empty-text", "text": "   "}),
        json.dumps({"id": "number-text", "text": 12}),
        "",
        json.dumps({"id": "ok2", "text": TEXT, "date": "not a date"}, ensure_ascii=False),
    ]
    path.write_bytes("\n".join(lines).encode("utf-8") + b"\n" + b'{"id": "bad-bytes", "text": "\xff\xfe"}\n')
    items = list(read_paths([path]))
    assert [a.id for a in items if isinstance(a, Article)] == ["ok1", "ok2"]
    skips = {s.source: s.reason for s in items if isinstance(s, Skipped)}
    assert set(skips) == {f"{path}:{n}" for n in (2, 3, 4, 5, 6, 9)}
    assert "not valid JSON" in skips[f"{path}:2"]
    assert "not a JSON object" in skips[f"{path}:3"]
    assert all("'text'" in skips[f"{path}:{n}"] for n in (4, 5, 6))
    assert "UTF-8" in skips[f"{path}:9"]
    assert next(a for a in items if getattr(a, "id", "") == "ok2").date is None


def _html(body_text: str, charset: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in body_text.split("\n")[1:] if line)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{body_text.splitlines()[0]}</title></head><body><article><h1>{body_text.splitlines()[0]}</h1>"
            f"{paragraphs}</article></body></html>")


@pytest.mark.parametrize("declared", ["windows-1256", ""])
def test_html_in_windows_1256_with_or_without_declaration(tmp_path: Path, declared: str) -> None:
    text = TEXT.replace("ی", "ي")
    path = tmp_path / "old-site.html"
    path.write_bytes(_html(text, declared).encode("cp1256"))
    [article] = list(read_paths([path]))
    assert isinstance(article, Article), article
    assert article.title == "شهردار بوشهر از بندر ديلم بازديد کرد"
    assert "توسعه گردشگري دريايي" in article.text


def test_broken_but_readable_html_is_still_read(tmp_path: Path) -> None:
    page = _html(TEXT, "utf-8")
    broken = page.replace("</p>", "").replace("</article></body></html>", "<div><span")  # cut off, unclosed
    path = tmp_path / "cut.html"
    path.write_text(broken, encoding="utf-8")
    [article] = list(read_paths([path]))
    assert isinstance(article, Article), article
    assert "توسعه گردشگری دریایی" in article.text


def test_html_file_without_markup_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "plain.html"
    path.write_text(TEXT, encoding="utf-8")
    [skip] = list(read_paths([path]))
    assert skip == Skipped(str(path), "not an HTML page (no tags)")
