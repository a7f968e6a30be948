"""Shared test fixtures: where the bundled examples, the test articles and ../shared live.

Tests that need ../shared (the dev corpus, its gold files, the scorer) ask for
these fixtures and are skipped, with a reason, in a fresh clone without it.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

TESTS_DIR = Path(__file__).resolve().parent
REPO_DIR = TESTS_DIR.parent
SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The example articles shipped in the package (kg/examples)."""
    return REPO_DIR / "kg" / "examples"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """tests/fixtures: articles written for the tests and gold for the examples."""
    return TESTS_DIR / "fixtures"


@pytest.fixture(scope="session")
def fixture_articles_dir(fixtures_dir: Path) -> Path:
    """A small corpus of good articles (one .txt, one .html, one .jsonl with two lines)."""
    return fixtures_dir / "articles"


@pytest.fixture(scope="session")
def examples_gold(fixtures_dir: Path) -> Path:
    """Gold facts for kg/examples, in the format of ../shared/corpus/dev/gold-*.tsv."""
    return fixtures_dir / "gold-examples.tsv"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} not present (fresh clone): shared-data checks run in CI")
    return SHARED_DIR


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    dev = SHARED_DIR / "corpus" / "dev"
    if not dev.is_dir():
        pytest.skip("../shared/corpus/dev not present (fresh clone): dev-corpus checks run in CI")
    return dev


@pytest.fixture(scope="session")
def gold_files(dev_corpus: Path) -> list[Path]:
    """The dev corpus's hand-written gold files (gold-*.tsv), sorted."""
    files = sorted(dev_corpus.glob("gold-*.tsv"))
    if not files:
        pytest.skip(f"no gold-*.tsv in {dev_corpus}")
    return files


@pytest.fixture(scope="session")
def scorer(shared_dir: Path) -> ModuleType:
    """../shared/eval/score.py imported as a module (read_gold, norm, ...)."""
    path = shared_dir / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"{path} not present")
    spec = importlib.util.spec_from_file_location("kg_shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def nlp():
    """The per-article pipeline (text → entities → facts), built once: its gazetteers take seconds to load."""
    from kg.pipeline import Pipeline

    return Pipeline()
