"""Headless Chromium for checking pages: the browser test, the benchmark and the screenshot use it.

Debian's ``chromium`` and ``chromium-driver`` packages (``/usr/bin/chromium``,
``/usr/bin/chromedriver``) driven by selenium — never a downloaded browser.  The
network is blocked twice (every host name resolves to nothing, and DevTools
blocks http/https/ws URLs) and every request the page makes is read back from
the performance log, so a test can assert that a page loaded nothing at all.

    >>> with headless_chromium() as driver:                  # doctest: +SKIP
    ...     timing = load_page(driver, "output/graph.html")
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("KG_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--force-device-scale-factor=1",
         "--host-resolver-rules=MAP * ~NOTFOUND")
BLOCKED_URLS = ["http://*", "https://*", "ws://*", "wss://*", "ftp://*"]


def chromium_missing() -> str | None:
    """Why the browser cannot run here (a reason for ``pytest.skip``), or None when it can."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            return f"{path} not found: apt-get install chromium chromium-driver (.ci/run does)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium not installed: pip install -e '.[test]'"
    return None


@contextmanager
def headless_chromium(width: int = 1400, height: int = 900) -> Iterator[Any]:
    """A selenium driver of headless Debian Chromium with a fresh profile and the network blocked."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": BLOCKED_URLS})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@dataclass
class Request:
    url: str
    failed: str = ""          # the error text when the request failed


_BROWSER_OWN = ("chrome:", "chrome-extension:", "chrome-search:", "chrome-untrusted:", "devtools:")


def requests_made(driver: Any) -> list[Request]:
    """Every request since the last call (the performance log is drained), with its failure if any."""
    by_id: dict[str, Request] = {}
    ignored: set[str] = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message.get("method") == "Network.requestWillBeSent":
            if params["request"]["url"].startswith(_BROWSER_OWN):
                ignored.add(params["requestId"])   # the browser's own UI (a favicon for its new-tab page)
                continue
            by_id[params["requestId"]] = Request(params["request"]["url"])
        elif message.get("method") == "Network.loadingFailed" and params["requestId"] not in ignored:
            request = by_id.setdefault(params["requestId"], Request("?"))
            request.failed = params.get("errorText") or params.get("blockedReason") or "failed"
    return list(by_id.values())


def console_errors(driver: Any) -> list[str]:
    """SEVERE console messages since the last call (script errors, CSP violations)."""
    return [entry["message"] for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def load_page(driver: Any, path: str | Path, timeout: float = 60.0) -> dict[str, float]:
    """Open ``path`` from file:// and wait until the explorer has drawn; its timings in milliseconds."""
    from selenium.webdriver.support.ui import WebDriverWait

    requests_made(driver)   # drain what the browser did before (its new-tab page)
    console_errors(driver)
    started = time.perf_counter()
    driver.get(Path(path).resolve().as_uri())
    WebDriverWait(driver, timeout, poll_frequency=0.05).until(
        lambda d: d.execute_script("return document.body && document.body.dataset.ready === '1'"))
    wall = (time.perf_counter() - started) * 1000
    timing = driver.execute_script(
        "var t = window.kgTiming, nav = performance.getEntriesByType('navigation')[0];"
        "return {script: t.start, fonts: t.fonts, drawn: t.drawn, interactive: t.interactive,"
        "        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null};")
    timing["wall"] = wall
    return timing


__all__ = ["chromium_missing", "headless_chromium", "requests_made", "console_errors", "load_page", "Request"]
