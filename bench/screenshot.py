#!/usr/bin/env python3
"""A screenshot of the explorer on the dev corpus: are the Persian labels shaped and right-to-left?

    .venv/bin/python bench/screenshot.py                       # builds ../shared/corpus/dev
    .venv/bin/python bench/screenshot.py --page output/graph.html --out /tmp/shot.png

Builds the dev corpus (kg/examples when ../shared is absent) into a temporary
folder, opens graph.html in headless Debian Chromium with the network blocked,
zooms on the entity mentioned in most articles, clicks it so the side panel
shows its sources, and writes two PNGs (the zoomed view, and the same view with
English labels) to bench/results/ (gitignored).  Look at them: the canvas
labels must read right to left with joined letters, and a label that mixes
scripts (``شهر 10 (Mashhad)``) must keep its Persian word first on the right.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
sys.path.insert(0, str(REPO))

from kg.html.browser import chromium_missing, console_errors, headless_chromium, load_page, requests_made  # noqa: E402


def build_page(out_dir: Path) -> Path:
    import kg

    source = DEV_CORPUS if DEV_CORPUS.is_dir() else REPO / "kg" / "examples"
    report = kg.build([source], out_dir, warn=lambda message: None)
    print(f"built {source}: {report.articles} articles", file=sys.stderr)
    return out_dir / "graph.html"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--page", type=Path, help="an existing graph.html (default: build the dev corpus)")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "screenshot-dev.png")
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args()
    missing = chromium_missing()
    if missing:
        print(f"screenshot: {missing}", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        page = args.page or build_page(Path(tmp))
        with headless_chromium(args.width, args.height) as driver:
            timing = load_page(driver, page)
            hub = driver.execute_script(
                "var e = JSON.parse(document.getElementById('kg-data').textContent).info.entities, best = 0;"
                "e.forEach(function (r, i) { if (r.c !== 'Article' && (r.a || []).length > (e[best].a || []).length) best = i; });"
                "kgExplorer.selectNode(best); kgExplorer.network.moveTo({position: kgExplorer.network.getPosition(best),"
                " scale: 1.4}); return e[best].fa;")
            time.sleep(0.6)
            driver.save_screenshot(str(args.out))
            driver.execute_script("kgExplorer.setLanguage('en')")
            time.sleep(0.3)
            english = args.out.with_name(args.out.stem + "-en.png")
            driver.save_screenshot(str(english))
            failed = [r for r in requests_made(driver) if r.failed or not r.url.startswith(("file:", "data:"))]
            errors = console_errors(driver)
    print(f"page {page}: interactive after {timing['interactive']:.0f} ms; zoomed on {hub!r}")
    print(f"wrote {args.out} and {english}")
    if failed or errors:
        print(f"problems: requests {[(r.url[:80], r.failed) for r in failed]} console {errors}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
