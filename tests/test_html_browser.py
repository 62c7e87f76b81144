"""The HTML page in a real headless Chromium, driven by the DevTools protocol.

Chromium must be installed (`apt-get install chromium`; .ci/run does it). Without it the
tests fail, unless TIMELINE_ALLOW_NO_BROWSER=1 says that skipping them is acceptable.
Screenshots are saved to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1280,1400",
)  # fmt: skip
HOSTILE_ARTICLE = """---
date: 2019-10-14
---
Rebels seized the town of Raqqa on Sunday, the group said <script>window.__pwned = 1</script> in a statement.
On Saturday, fighters posted <img src=x onerror="window.__pwned = 2"> &amp; "quotes" 'single' online from Kobani.
"""


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("TIMELINE_ALLOW_NO_BROWSER"):
        pytest.skip("chromium is not installed and TIMELINE_ALLOW_NO_BROWSER is set")
    pytest.fail(
        "chromium is not installed: `apt-get install -y chromium` (as .ci/run does), or set "
        "TIMELINE_ALLOW_NO_BROWSER=1 to skip the browser tests knowingly"
    )


class Page:
    """One browser tab over the DevTools protocol: commands, and the events it reported."""

    def __init__(self, url: str):
        import websocket  # the `test` extra

        self.socket = websocket.create_connection(url, timeout=30)
        self.next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression: str):
        result = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {expression}")

    def open(self, path: Path) -> None:
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        # No network at all: any request the page tried would fail and be seen below.
        self.send(
            "Network.emulateNetworkConditions",
            offline=True,
            latency=0,
            downloadThroughput=-1,
            uploadThroughput=-1,
        )
        self.send("Emulation.setDeviceMetricsOverride", width=1280, height=1400,
                  deviceScaleFactor=1, mobile=False)  # fmt: skip
        self.send("Page.navigate", url=path.as_uri())
        self.wait_for("document.body && document.body.dataset.ready === 'true'")

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions, error log entries (CSP included)."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                found.append(f"console: {params['args']}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails']}")
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(f"log: {params['entry']['text']}")
        return found

    def requests(self) -> list[str]:
        return [
            e["params"]["request"]["url"]
            for e in self.events
            if e.get("method") == "Network.requestWillBeSent"
        ]

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shot = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=False)
        target = ARTIFACTS / name
        target.write_bytes(base64.b64decode(shot["data"]))
        return target


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A headless Chromium with a fresh profile; yields a function that opens a new tab."""
    executable = chromium_path()
    profile = tmp_path_factory.mktemp("chromium-profile")
    process = subprocess.Popen(
        [executable, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{executable} did not start (exit status {process.poll()})")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        pages: list[Page] = []

        def new_page() -> Page:
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/json/new?about:blank", method="PUT"
            )
            with urllib.request.urlopen(request, timeout=10) as response:
                target = json.load(response)
            page = Page(target["webSocketDebuggerUrl"])
            pages.append(page)
            return page

        yield new_page
        for page in pages:
            page.socket.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def build(tmp_path: Path, *paths: Path) -> tuple[Path, list[dict]]:
    """The HTML page and the JSONL events of the same build."""
    page = tmp_path / "timeline.html"
    runner = CliRunner()
    result = runner.invoke(cli, ["build", *map(str, paths), "-o", str(page), "-q"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["build", *map(str, paths), "--format", "jsonl", "-q"])
    return page, [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def seeds_page(browser, tmp_path_factory):
    html, events = build(tmp_path_factory.mktemp("seeds"), SEEDS)
    page = browser()
    page.open(html)
    return page, events, html


SHOWN_CARDS = "[...document.querySelectorAll('#event-list li.event')].filter(c => !c.hidden)"


def test_page_loads_offline_without_errors_or_requests(seeds_page):
    page, _, html = seeds_page
    assert page.problems() == []
    assert page.requests() == [html.as_uri()]  # the page itself, and nothing else
    page.screenshot("timeline.png")


def test_page_shows_every_event_of_the_seeds_with_its_sources(seeds_page):
    page, events, _ = seeds_page
    ids = page.evaluate(f"{SHOWN_CARDS}.map(c => c.dataset.id)")
    assert ids == [e["id"] for e in events]
    markers = page.evaluate(
        "[...document.querySelectorAll('#chart .marker')].map(m => m.dataset.id)"
    )
    assert sorted(markers) == sorted(e["id"] for e in events)
    outlets = page.evaluate(f"{SHOWN_CARDS}.map(c => c.querySelectorAll('.source').length)")
    assert outlets == [len(e["sources"]) for e in events]
    count = page.evaluate("document.getElementById('visible-count').textContent")
    assert count == f"{len(events)} of {len(events)} events shown"


def test_actor_and_place_filters_show_only_matching_events(seeds_page):
    page, events, _ = seeds_page
    actor = "Turkey"
    place = next(p["name"] for e in events for p in e["places"] if "lat" in p)

    def choose(select: str, value: str):
        page.evaluate(
            f"(() => {{ const s = document.getElementById({json.dumps(select)});"
            f" s.value = {json.dumps(value)}; s.dispatchEvent(new Event('change')); }})()"
        )
        return page.evaluate(f"{SHOWN_CARDS}.map(c => c.dataset.id)")

    assert choose("actor-filter", actor) == [e["id"] for e in events if actor in e["actors"]]
    markers = page.evaluate("document.querySelectorAll('#chart .marker').length")
    assert markers == sum(actor in e["actors"] for e in events)
    choose("actor-filter", "")
    expected = [e["id"] for e in events if place in {p["name"] for p in e["places"]}]
    assert choose("place-filter", place) == expected
    page.screenshot("timeline-filtered.png")
    choose("place-filter", "")
    assert page.evaluate(f"{SHOWN_CARDS}.length") == len(events)
    assert page.problems() == []


def test_zoom_changes_the_date_axis(seeds_page):
    page, _, _ = seeds_page
    labels = "[...document.querySelectorAll('#chart .tick text')].map(t => t.textContent)"
    before = page.evaluate(labels)
    for _ in range(5):
        page.evaluate("document.getElementById('zoom-in').click()")
    after = page.evaluate(labels)
    assert after != before
    page.evaluate("document.getElementById('zoom-fit').click()")
    assert page.evaluate(labels) == before
    assert page.problems() == []


def test_map_draws_the_geocoded_places(seeds_page):
    page, events, _ = seeds_page
    drawn = set(
        page.evaluate("[...document.querySelectorAll('#map .place')].map(p => p.dataset.place)")
    )
    towns = {p["name"] for e in events for p in e["places"] if p.get("geo_precision") == "town"}
    assert towns and towns <= drawn


def test_hostile_article_text_renders_as_text(browser, tmp_path):
    article = tmp_path / "corpus" / "hostile.txt"
    article.parent.mkdir()
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    html, events = build(tmp_path, article.parent)
    assert len(events) == 2
    page = browser()
    page.open(html)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert (
        page.evaluate("document.querySelectorAll('#event-list img, #event-list script').length")
        == 0
    )
    text = page.evaluate("document.getElementById('event-list').textContent")
    assert "<script>window.__pwned = 1</script>" in text
    assert '<img src=x onerror="window.__pwned = 2"> &amp; "quotes" \'single\'' in text
    assert page.problems() == []
    assert page.requests() == [html.as_uri()]
    page.screenshot("timeline-hostile.png")
