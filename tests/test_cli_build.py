"""`kg build` as a user runs it: the summary, exit codes, one-line warnings for bad input, no tracebacks."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph

ARTICLE = ("شهردار یزد در دیدار با سرکنسول ایتالیا گفت: همکاری دو شهر ادامه دارد.\n\n"
           "به گزارش خبرگزاری مهر، کامران فرهمند شهردار یزد افزود: گردشگری اولویت ماست.\n")


def run_kg(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_good_and_bad_inputs_build_with_warnings(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (corpus / "feed.jsonl").write_text('{"id": "a", "text": "' + ARTICLE.replace("\n", " ") + '"}\nnot json\n{"id": "b"}\n',
                                       encoding="utf-8")
    done = run_kg("build", str(corpus), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert any("empty.txt" in w for w in warnings) and any("binary.txt" in w for w in warnings)
    assert any("feed.jsonl:2" in w for w in warnings) and any("feed.jsonl:3" in w for w in warnings)
    assert "articles read: 2" in done.stdout and "skipped: 4" in done.stdout
    assert "Person" in done.stdout  # entities by class
    store = pyoxigraph.Store()
    store.load(path=str(tmp_path / "out" / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 0
    assert (tmp_path / "out" / "graph.html").stat().st_size > 0


def test_nothing_readable_exits_2_and_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    done = run_kg("build", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"),
                  cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "missing.txt" in done.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_no_paths_builds_the_bundled_examples(tmp_path):
    done = run_kg("build", "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "graph.ttl").exists()
    articles = int(done.stdout.split("articles read:")[1].split()[0])
    assert articles >= 5


def test_build_writes_the_other_formats_asked_for(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run_kg("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--format", "nt,jsonld",
                  "--format", "graphml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "out"
    assert {p.name for p in out.iterdir()} >= {"graph.ttl", "graph.html", "graph.nt", "graph.jsonld", "graph.graphml"}
    assert (out / "graph.nt").read_text(encoding="utf-8").count(" .\n") > 10


def test_unknown_format_is_one_line_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run_kg("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--format", "docx", cwd=tmp_path)
    assert done.returncode != 0 and "Traceback" not in done.stderr and "docx" in done.stderr
